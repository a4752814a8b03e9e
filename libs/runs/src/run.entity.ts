import { BackupJobEntity } from '@zdm/jobs';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { RunLevel, RunResult, RunState, RunTrigger } from './domain/run-state';

/** bigint columns come back as strings (`pg` and the embedded driver alike). */
const bigintAsNumber = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** One execution of one job (spec §7). Schema: migrations/1764000600000-create-runs.ts. */
@Entity({ name: 'runs' })
export class RunEntity {
  @PrimaryGeneratedColumn({ name: 'id' })
  id: number;

  @Column({ name: 'job_id', type: 'integer' })
  jobId: number;

  @ManyToOne(() => BackupJobEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id' })
  job?: BackupJobEntity;

  /** The job's server, copied at creation so agents claim by server without a join. */
  @Column({ name: 'server_id', type: 'integer' })
  serverId: number;

  @Column({ name: 'trigger', type: 'varchar', length: 16 })
  trigger: RunTrigger;

  @Column({ name: 'level', type: 'varchar', length: 16 })
  level: RunLevel;

  /** The schedule slot this run is for (null for manual runs). */
  @Column({ name: 'scheduled_for', type: 'timestamptz', nullable: true })
  scheduledFor: Date | null;

  @Column({ name: 'state', type: 'varchar', length: 16 })
  state: RunState;

  @Column({ name: 'result', type: 'varchar', length: 16, nullable: true })
  result: RunResult | null;

  @Column({ name: 'progress_percent', type: 'double precision', default: 0 })
  progressPercent: number;

  @Column({ name: 'bytes_done', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  bytesDone: number | null;

  @Column({ name: 'bytes_total', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  bytesTotal: number | null;

  /** The agent that claimed the run (agents lib), null while queued. */
  @Column({ name: 'agent_id', type: 'integer', nullable: true })
  agentId: number | null;

  /** While running: the run ends `lost` when this passes without a call from its agent. */
  @Column({ name: 'lease_expires_at', type: 'timestamptz', nullable: true })
  leaseExpiresAt: Date | null;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 255, nullable: true })
  idempotencyKey: string | null;

  /** File name of the image the run wrote (inside BACKUP_REPOSITORY_PATH). */
  @Column({ name: 'image', type: 'varchar', length: 1024, nullable: true })
  image: string | null;

  @Column({ name: 'error_message', type: 'text', nullable: true })
  errorMessage: string | null;

  /** Lines in run_log so far (the next line's seq is this + 1). */
  @Column({ name: 'log_lines', type: 'integer', default: 0 })
  logLines: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
