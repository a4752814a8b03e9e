import { ChainLink, RunKind, RunLevel, RunResult, RunState, RunTrigger } from './domain/run-state';
import { RunEntity } from './run.entity';

/*
 * A `runs` row as raw SQL returns it (snake_case), decoded: every repository of the runs lib selects
 * RUN_COLUMNS (alias `r`) and reads them with runFrom / runRowFrom.
 */

/** A run with its job's and server's names, as routes show it. */
export interface RunRow extends RunEntity {
  jobName: string;
  partition: string;
  serverName: string;
}

export const RUN_COLUMNS = `r.id, r.job_id, r.server_id, r.trigger, r.level, r.scheduled_for, r.state, r.result,
  r.progress_percent, r.bytes_done, r.bytes_total, r.agent_id, r.lease_expires_at, r.idempotency_key,
  r.idempotency_hash, r.image, r.error_message, r.log_lines, r.created_at, r.started_at, r.ended_at, r.updated_at,
  r.kind, r.point_image, r.chain`;

export const date = (value: unknown): Date | null =>
  value === null || value === undefined ? null : new Date(value as string);
export const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

export const json = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

/** A `runs` row (snake_case, as raw SQL returns it) → RunEntity. */
export function runFrom(row: Record<string, unknown>): RunEntity {
  return Object.assign(new RunEntity(), {
    id: Number(row.id),
    jobId: Number(row.job_id),
    serverId: Number(row.server_id),
    trigger: row.trigger as RunTrigger,
    level: row.level as RunLevel,
    scheduledFor: date(row.scheduled_for),
    state: row.state as RunState,
    result: (row.result as RunResult | null) ?? null,
    progressPercent: Number(row.progress_percent ?? 0),
    bytesDone: num(row.bytes_done),
    bytesTotal: num(row.bytes_total),
    agentId: num(row.agent_id),
    leaseExpiresAt: date(row.lease_expires_at),
    idempotencyKey: (row.idempotency_key as string | null) ?? null,
    idempotencyHash: (row.idempotency_hash as string | null) ?? null,
    image: (row.image as string | null) ?? null,
    errorMessage: (row.error_message as string | null) ?? null,
    logLines: Number(row.log_lines ?? 0),
    createdAt: date(row.created_at)!,
    startedAt: date(row.started_at),
    endedAt: date(row.ended_at),
    updatedAt: date(row.updated_at)!,
    kind: ((row.kind as RunKind | undefined) ?? 'backup') as RunKind,
    pointImage: (row.point_image as string | null) ?? null,
    chain: (json(row.chain) as ChainLink[] | null) ?? null,
  });
}

export function runRowFrom(row: Record<string, unknown>): RunRow {
  return Object.assign(runFrom(row), {
    jobName: String(row.job_name),
    partition: String(row.partition),
    serverName: String(row.server_name),
  });
}
