import { CenterEntity, RepositoryEntity, ServerEntity } from '@zdm/inventory';
import type { RepositoryType } from '@zdm/inventory';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { JobMode, ScriptRun } from './domain/job-mode';
import { JobStatus } from './domain/job-status';

/** One backup job: one partition of one server (spec §4.1 "one job per partition"). */
@Entity({ name: 'backup_jobs' })
@Index('uq_backup_jobs_name', ['name'], { unique: true })
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

  @ManyToOne(() => CenterEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'center_id' })
  center?: CenterEntity;

  @Column({ name: 'server_id', type: 'integer' })
  serverId: number;

  @ManyToOne(() => ServerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'server_id' })
  server?: ServerEntity;

  @Column({ name: 'user_id', type: 'integer', nullable: true })
  userId: number | null;

  @Column({ name: 'partition', type: 'varchar', length: 255 })
  partition: string;

  @Column({ name: 'mode', type: 'varchar', length: 16 })
  mode: JobMode;

  @Column({ name: 'repository_id', type: 'integer' })
  repositoryId: number;

  @ManyToOne(() => RepositoryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'repository_id' })
  repository?: RepositoryEntity;

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

  @Column({ name: 'exclude_dir', type: 'jsonb', default: () => "'[]'::jsonb" })
  excludeDir: string[];

  @Column({ name: 'exclude_partition', type: 'jsonb', default: () => "'[]'::jsonb" })
  excludePartition: string[];

  @Column({ name: 'mail_event', type: 'varchar', length: 1024, nullable: true })
  mailEvent: string | null;

  @Column({ name: 'network_limit', type: 'integer', default: 0 })
  networkLimit: number;

  @Column({ name: 'auto_start', type: 'boolean', default: false })
  autoStart: boolean;

  @Column({ name: 'script_path', type: 'varchar', length: 1024, nullable: true })
  scriptPath: string | null;

  @Column({ name: 'script_run', type: 'varchar', length: 8, nullable: true })
  scriptRun: ScriptRun | null;

  @Column({ name: 'description', type: 'varchar', length: 1000, nullable: true })
  description: string | null;

  @Column({ name: 'basic_schedule_id', type: 'integer', nullable: true })
  basicScheduleId: number | null;

  @Column({ name: 'advanced_schedule_id', type: 'integer', nullable: true })
  advancedScheduleId: number | null;

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
