import type { BackupJob } from '@zdm/jobs';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ChainLink, RunKind, RunLevel, RunResult, RunState, RunTrigger } from './domain/run-state';

/** bigint columns come back as strings (`pg` and the embedded driver alike). */
const bigintAsNumber = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * One execution of one job (spec §7). Schema: migrations/1764000600000-create-runs.ts; the
 * constraints and indexes are declared here too, with the names the migration gives them.
 */
@Entity({ name: 'runs' })
@Unique('uq_runs_job_slot', ['jobId', 'scheduledFor'])
@Index('uq_runs_job_active', ['jobId'], { unique: true, where: `state <> 'done'` })
@Index('uq_runs_job_idempotency', ['jobId', 'idempotencyKey'], { unique: true, where: 'idempotency_key IS NOT NULL' })
@Index('ix_runs_job', ['jobId', 'id'])
@Index('ix_runs_queued', ['serverId', 'id'], { where: `state = 'queued'` })
@Index('ix_runs_queued_since', ['createdAt'], { where: `state = 'queued'` })
@Index('ix_runs_lease', ['leaseExpiresAt'], { where: `state IN ('running', 'cancelling')` })
@Index('ix_runs_job_success', ['jobId', 'endedAt'], { where: `result IN ('success', 'warning')` })
@Index('ix_runs_agent', ['agentId'], { where: `state IN ('running', 'cancelling')` })
@Check('runs_trigger_check', `trigger IN ('schedule', 'manual', 'catch-up', 'retry')`)
@Check('runs_kind_check', `kind IN ('backup', 'verify', 'restore')`)
@Check('runs_level_check', `level IN ('full', 'increment')`)
@Check('runs_state_check', `state IN ('queued', 'running', 'cancelling', 'done')`)
@Check('runs_result_check', `result IN ('success', 'warning', 'failed', 'cancelled', 'lost', 'skipped', 'missed')`)
@Check('runs_progress_percent_check', 'progress_percent BETWEEN 0 AND 100')
@Check('ck_runs_result', `(state = 'done') = (result IS NOT NULL)`)
export class RunEntity {
  @PrimaryGeneratedColumn({ name: 'id' })
  id: number;

  @Column({ name: 'job_id', type: 'integer' })
  jobId: number;

  @ManyToOne('BackupJobEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id', foreignKeyConstraintName: 'runs_job_id_fkey' })
  job?: BackupJob;

  /** The job's server, copied at creation so agents claim by server without a join. */
  @Column({ name: 'server_id', type: 'integer' })
  serverId: number;

  @Column({ name: 'trigger', type: 'varchar', length: 16 })
  trigger: RunTrigger;

  @Column({ name: 'level', type: 'varchar', length: 16 })
  level: RunLevel;

  /** What the run does (spec §13); a verify run's `level` is its restore point's. */
  @Column({ name: 'kind', type: 'varchar', length: 16, default: 'backup' })
  kind: RunKind;

  /** The restore point (image file name) a verify or restore run works on; null for backups. */
  @Column({ name: 'point_image', type: 'text', nullable: true })
  pointImage: string | null;

  /** The chain the claim handed the agent, full first; null until claimed (and for a full backup: `[]`). */
  @Column({ name: 'chain', type: 'jsonb', nullable: true })
  chain: ChainLink[] | null;

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

  /** SHA-256 (hex) of the request the Idempotency-Key came with; null without a key or before it was kept. */
  @Column({ name: 'idempotency_hash', type: 'varchar', length: 64, nullable: true })
  idempotencyHash: string | null;

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
