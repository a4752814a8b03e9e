import type { BackupRepository, Center, RepositoryType, Server, User } from '@zdm/inventory';
import type { Schedule } from '@zdm/schedules';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { JobMode, ScriptRun } from './domain/job-mode';
import { JobStatus } from './domain/job-status';

/**
 * One backup job: one partition of one server (spec §4.1 "one job per partition"). Relations to
 * other libs' tables name their entity (those libs keep their entities to themselves).
 */
@Entity({ name: 'backup_jobs' })
@Unique('uq_backup_jobs_name', ['name'])
@Index('ix_backup_jobs_base_name', ['baseName'])
@Index('ix_backup_jobs_server', ['serverId'])
@Index('ix_backup_jobs_center', ['centerId'])
@Index('ix_backup_jobs_user', ['userId'])
@Index('ix_backup_jobs_mode', ['mode'])
@Index('ix_backup_jobs_partition', ['partition'])
@Index('ix_backup_jobs_status', ['status'])
@Index('ix_backup_jobs_repository', ['repositoryType', 'repositoryPath'])
@Index('ix_backup_jobs_repository_id', ['repositoryId'])
@Index('ix_backup_jobs_basic_schedule', ['basicScheduleId'])
@Index('ix_backup_jobs_advanced_schedule', ['advancedScheduleId'])
@Check('backup_jobs_mode_check', `mode IN ('full', 'increment', 'smart')`)
@Check('backup_jobs_repository_type_check', `repository_type IN ('smb', 'nfs')`)
@Check('backup_jobs_rotation_check', 'rotation BETWEEN 1 AND 30')
@Check('backup_jobs_network_limit_check', 'network_limit >= 0')
@Check('backup_jobs_script_run_check', `script_run IN ('before', 'after')`)
@Check(
  'backup_jobs_status_check',
  `status IN ('Preparing', 'Processing', 'Complete', 'Scheduled', 'Registered', 'Canceling', 'Canceled', 'Error')`,
)
export class BackupJobEntity {
  @PrimaryGeneratedColumn({ name: 'id' })
  id: number;

  @Column({ name: 'name', type: 'varchar', length: 255 })
  name: string;

  /** The registration's `jobName` a generated name was built from (null for explicit names). */
  @Column({ name: 'base_name', type: 'varchar', length: 255, nullable: true })
  baseName: string | null;

  @Column({ name: 'center_id', type: 'integer' })
  centerId: number;

  @ManyToOne('CenterEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'center_id', foreignKeyConstraintName: 'backup_jobs_center_id_fkey' })
  center?: Center;

  @Column({ name: 'server_id', type: 'integer' })
  serverId: number;

  @ManyToOne('ServerEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'server_id', foreignKeyConstraintName: 'backup_jobs_server_id_fkey' })
  server?: Server;

  @Column({ name: 'user_id', type: 'integer', nullable: true })
  userId: number | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'backup_jobs_user_id_fkey' })
  user?: User | null;

  @Column({ name: 'partition', type: 'varchar', length: 255 })
  partition: string;

  @Column({ name: 'mode', type: 'varchar', length: 16 })
  mode: JobMode;

  @Column({ name: 'repository_id', type: 'integer' })
  repositoryId: number;

  @ManyToOne('RepositoryEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'repository_id', foreignKeyConstraintName: 'backup_jobs_repository_id_fkey' })
  repository?: BackupRepository;

  @Column({ name: 'repository_type', type: 'varchar', length: 8 })
  repositoryType: RepositoryType;

  @Column({ name: 'repository_path', type: 'varchar', length: 1024 })
  repositoryPath: string;

  @Column({ name: 'rotation', type: 'smallint', default: 1 })
  rotation: number;

  @Column({ name: 'compression', type: 'boolean', default: false })
  compression: boolean;

  @Column({ name: 'encryption', type: 'boolean', default: false })
  encryption: boolean;

  @Column({ name: 'exclude_dir', type: 'jsonb', default: [] })
  excludeDir: string[];

  @Column({ name: 'exclude_partition', type: 'jsonb', default: [] })
  excludePartition: string[];

  @Column({ name: 'mail_event', type: 'varchar', length: 1024, nullable: true })
  mailEvent: string | null;

  @Column({ name: 'network_limit', type: 'integer', default: 0 })
  networkLimit: number;

  @Column({ name: 'auto_start', type: 'boolean', default: false })
  autoStart: boolean;

  /** Queue a verify run after each successful backup run (spec §13). */
  @Column({ name: 'verify_after_backup', type: 'boolean', default: false })
  verifyAfterBackup: boolean;

  @Column({ name: 'script_path', type: 'varchar', length: 1024, nullable: true })
  scriptPath: string | null;

  @Column({ name: 'script_run', type: 'varchar', length: 8, nullable: true })
  scriptRun: ScriptRun | null;

  @Column({ name: 'description', type: 'varchar', length: 1000, nullable: true })
  description: string | null;

  @Column({ name: 'basic_schedule_id', type: 'integer', nullable: true })
  basicScheduleId: number | null;

  @ManyToOne('ScheduleEntity', { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'basic_schedule_id', foreignKeyConstraintName: 'backup_jobs_basic_schedule_id_fkey' })
  basicSchedule?: Schedule | null;

  @Column({ name: 'advanced_schedule_id', type: 'integer', nullable: true })
  advancedScheduleId: number | null;

  @ManyToOne('ScheduleEntity', { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'advanced_schedule_id', foreignKeyConstraintName: 'backup_jobs_advanced_schedule_id_fkey' })
  advancedSchedule?: Schedule | null;

  /** False while paused (spec §13): its schedule slots neither fire nor count as missed. */
  @Column({ name: 'enabled', type: 'boolean', default: true })
  enabled: boolean;

  /** When it was last enabled again after a pause: slots before it are not the job's. */
  @Column({ name: 'resumed_at', type: 'timestamptz', nullable: true })
  resumedAt: Date | null;

  @Column({ name: 'status', type: 'varchar', length: 16 })
  status: JobStatus;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A job row as registration writes it: every column but the generated ones (no relations). */
export type NewBackupJob = Omit<
  BackupJobEntity,
  'id' | 'createdAt' | 'updatedAt' | 'center' | 'server' | 'repository' | 'user' | 'basicSchedule' | 'advancedSchedule'
>;
