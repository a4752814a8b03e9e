import type { Server } from '@zdm/inventory';
import type { BackupJob } from '@zdm/jobs';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** One image of a recovery's chain. */
export interface RecoveryChainLink {
  image: string;
  level: 'full' | 'increment';
}

/**
 * One recovery job (spec §14): restore a restore point of one source partition (its backup job's)
 * onto one partition of a target server. Schema: migrations/1765000800000-create-recoveries.ts.
 */
@Entity({ name: 'recovery_jobs' })
@Unique('uq_recovery_jobs_name', ['name'])
@Index('ix_recovery_jobs_target', ['targetServerId', 'targetPartition'])
@Index('ix_recovery_jobs_source_job', ['sourceJobId'])
export class RecoveryJobEntity {
  @PrimaryGeneratedColumn({ name: 'id' })
  id: number;

  @Column({ name: 'name', type: 'varchar', length: 255 })
  name: string;

  @Column({ name: 'source_server_id', type: 'integer' })
  sourceServerId: number;

  @ManyToOne('ServerEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'source_server_id', foreignKeyConstraintName: 'fk_recovery_jobs_source_server' })
  sourceServer?: Server;

  /** The backup job whose restore points are restored (the source partition's). */
  @Column({ name: 'source_job_id', type: 'integer' })
  sourceJobId: number;

  @ManyToOne('BackupJobEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'source_job_id', foreignKeyConstraintName: 'fk_recovery_jobs_source_job' })
  sourceJob?: BackupJob;

  @Column({ name: 'source_partition', type: 'varchar', length: 255 })
  sourcePartition: string;

  @Column({ name: 'target_server_id', type: 'integer' })
  targetServerId: number;

  @ManyToOne('ServerEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'target_server_id', foreignKeyConstraintName: 'fk_recovery_jobs_target_server' })
  targetServer?: Server;

  @Column({ name: 'target_partition', type: 'varchar', length: 255 })
  targetPartition: string;

  /** The restore point chosen at registration (image file name); retries restore the same point. */
  @Column({ name: 'point_image', type: 'text' })
  pointImage: string;

  /** The point's chain at registration, full first. */
  @Column({ name: 'chain', type: 'jsonb' })
  chain: RecoveryChainLink[];

  @Column({ name: 'overwrite', type: 'boolean', default: false })
  overwrite: boolean;

  @Column({ name: 'auto_start', type: 'boolean', default: true })
  autoStart: boolean;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
