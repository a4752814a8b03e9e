import { Injectable } from '@nestjs/common';
import { BackupJobEntity } from '@zdm/jobs';
import { EntityManager, MoreThan } from 'typeorm';
import { ScheduleSource } from './domain/schedule-source';
import { ChainLink, RunKind, RunLevel, RunLogLevel, RunResult, RunState, RunTrigger } from './domain/run-state';
import { RunEntity } from './run.entity';
import { RunLogEntity } from './run-log.entity';

/** Values of a new run. */
export interface NewRun {
  jobId: number;
  serverId: number;
  trigger: RunTrigger;
  level: RunLevel;
  scheduledFor: Date | null;
  state: RunState;
  result: RunResult | null;
  idempotencyKey: string | null;
  /** Fingerprint of the request the Idempotency-Key came with (`requestFingerprint`). */
  idempotencyHash?: string | null;
  createdAt: Date;
  endedAt: Date | null;
  /** Why a run recorded `done` at once did not run (skipped, missed); null otherwise. */
  errorMessage?: string | null;
  /** Default `backup`. */
  kind?: RunKind;
  /** The restore point a verify (or restore) run works on. */
  pointImage?: string | null;
}

/** Columns a transition may change. */
export type RunPatch = Partial<
  Pick<
    RunEntity,
    | 'state'
    | 'result'
    | 'progressPercent'
    | 'bytesDone'
    | 'bytesTotal'
    | 'agentId'
    | 'leaseExpiresAt'
    | 'image'
    | 'errorMessage'
    | 'startedAt'
    | 'endedAt'
    | 'chain'
  >
>;

/** A run with its job's and server's names, as routes show it. */
export interface RunRow extends RunEntity {
  jobName: string;
  partition: string;
  serverName: string;
}

/** A job whose scheduler row must be (re)computed, with its schedule. */
export interface TriggerSource {
  jobId: number;
  schedule: ScheduleSource;
}

/** A claimed due slot of one job (locked until the claiming transaction ends). */
export interface DueTrigger extends TriggerSource {
  /**
   * False when the row was computed from a schedule the job no longer has, or from before the
   * schedule's revision or the job's resumption (skip it; sync recomputes it).
   */
  current: boolean;
  serverId: number;
  mode: BackupJobEntity['mode'];
  nextRunAt: Date;
  nextRole: 'basic' | 'advanced';
}

export interface RunFilter {
  jobId: number;
  result?: RunResult;
  trigger?: RunTrigger;
  from?: Date;
  to?: Date;
  skip: number;
  take: number;
}

export interface MonitoringRow {
  jobId: number;
  jobName: string;
  serverId: number;
  serverName: string;
  /** The latest run that is not `skipped`. */
  lastRun: {
    id: number;
    state: RunState;
    result: RunResult | null;
    startedAt: Date | null;
    endedAt: Date | null;
  } | null;
  lastSuccessAt: Date | null;
  /** The scheduler's next unhandled slot (in the past when the scheduler is behind or was down). */
  nextRunAt: Date | null;
  /** The earliest slot a run was recorded for after the last success. */
  firstSlotSinceSuccess: Date | null;
  schedule: ScheduleSource | null;
  /** The job is paused (`enabled: false`). */
  paused: boolean;
}

/**
 * Since when a job's schedule slots are the job's: the schedule's creation, its in-place revision or
 * the job's resumption after a pause, whichever is latest (j = the job, b = its basic row). In
 * milliseconds, as a JavaScript Date holds it: `run_triggers.since` is compared with it after a round
 * trip through the scheduler.
 */
const SCHEDULE_SINCE = `date_trunc('milliseconds', greatest(b.created_at, b.revised_at, j.resumed_at))`;

/** Schedule columns (b = basic row, a = advanced row, j = the job) → ScheduleSource. */
const SCHEDULE_COLUMNS = `b.id AS schedule_id, b.type AS schedule_type, b.fields AS basic_fields,
  a.id AS advanced_schedule_id, a.fields AS advanced_fields, b.timezone AS schedule_timezone,
  ${SCHEDULE_SINCE} AS schedule_since, b.state AS schedule_state, j.enabled AS job_enabled`;

function scheduleFrom(row: Record<string, unknown>): ScheduleSource | null {
  if (row.schedule_id === null || row.schedule_id === undefined) return null;
  return {
    scheduleId: Number(row.schedule_id),
    advancedScheduleId: num(row.advanced_schedule_id),
    type: Number(row.schedule_type) as ScheduleSource['type'],
    basic: json(row.basic_fields) as ScheduleSource['basic'],
    advanced: (json(row.advanced_fields) as ScheduleSource['advanced']) ?? null,
    timezone: String(row.schedule_timezone),
    since: date(row.schedule_since)!,
    enabled: row.schedule_state === 'Enabled' && row.job_enabled === true,
  };
}

const json = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

const RUN_COLUMNS = `r.id, r.job_id, r.server_id, r.trigger, r.level, r.scheduled_for, r.state, r.result,
  r.progress_percent, r.bytes_done, r.bytes_total, r.agent_id, r.lease_expires_at, r.idempotency_key,
  r.idempotency_hash, r.image, r.error_message, r.log_lines, r.created_at, r.started_at, r.ended_at, r.updated_at,
  r.kind, r.point_image, r.chain`;

const date = (value: unknown): Date | null =>
  value === null || value === undefined ? null : new Date(value as string);
const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

/** A `runs` row (snake_case, as raw SQL returns it) → RunEntity. */
function runFrom(row: Record<string, unknown>): RunEntity {
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

function runRowFrom(row: Record<string, unknown>): RunRow {
  return Object.assign(runFrom(row), {
    jobName: String(row.job_name),
    partition: String(row.partition),
    serverName: String(row.server_name),
  });
}

const PATCH_COLUMNS: Record<keyof RunPatch, string> = {
  state: 'state',
  result: 'result',
  progressPercent: 'progress_percent',
  bytesDone: 'bytes_done',
  bytesTotal: 'bytes_total',
  agentId: 'agent_id',
  leaseExpiresAt: 'lease_expires_at',
  image: 'image',
  errorMessage: 'error_message',
  startedAt: 'started_at',
  endedAt: 'ended_at',
  chain: 'chain',
};

/** Every SQL statement of runs, run_log and run_triggers. Each takes the caller's EntityManager. */
@Injectable()
export class RunsRepository {
  /** Jobs (of `jobIds`) that have a successful full run: their next smart increment may stay an increment. */
  async jobsWithSuccessfulFull(manager: EntityManager, jobIds: number[]): Promise<Set<number>> {
    if (jobIds.length === 0) return new Set();
    const rows = (await manager.query(
      `SELECT DISTINCT job_id FROM runs
        WHERE job_id = ANY($1::integer[]) AND kind = 'backup' AND level = 'full' AND result IN ('success', 'warning')`,
      [jobIds],
    )) as { job_id: number | string }[];
    return new Set(rows.map((r) => Number(r.job_id)));
  }

  // ---- runs --------------------------------------------------------------------------------------

  /** Insert one run; `undefined` when a unique guard (slot, active run, idempotency key) refused it. */
  async insert(manager: EntityManager, run: NewRun): Promise<RunEntity | undefined> {
    return (await this.insertMany(manager, [run]))[0];
  }

  /**
   * Insert runs in one statement, each with its first log line (seq 1: queued, or the `errorMessage`
   * of a run recorded skipped / missed);
   * rows a unique guard refuses (the slot exists, the job has an active run, the Idempotency-Key was
   * used) are left out. Returns the runs inserted.
   */
  async insertMany(manager: EntityManager, runs: NewRun[]): Promise<RunEntity[]> {
    if (runs.length === 0) return [];
    const rows = (await manager.query(
      `WITH ins AS (
         INSERT INTO runs (job_id, server_id, trigger, level, scheduled_for, state, result, idempotency_key,
                           created_at, ended_at, error_message, idempotency_hash, kind, point_image, log_lines)
         SELECT *, 1 FROM unnest($1::integer[], $2::integer[], $3::varchar[], $4::varchar[], $5::timestamptz[],
                                 $6::varchar[], $7::varchar[], $8::varchar[], $9::timestamptz[], $10::timestamptz[],
                                 $11::text[], $12::varchar[], $13::varchar[], $14::text[])
         ON CONFLICT DO NOTHING
         RETURNING *),
       logged AS (
         INSERT INTO run_log (run_id, seq, time, level, message)
         SELECT ins.id, 1, ins.created_at,
                CASE WHEN ins.result IS NULL THEN 'info' ELSE 'warn' END,
                coalesce(ins.error_message,
                         CASE WHEN ins.kind = 'backup' THEN format('Queued: %s %s run.', ins.trigger, ins.level)
                              ELSE format('Queued: %s %s of %s.', ins.trigger, ins.kind, ins.point_image) END)
           FROM ins)
       SELECT ${RUN_COLUMNS} FROM ins r ORDER BY r.id`,
      [
        runs.map((r) => r.jobId),
        runs.map((r) => r.serverId),
        runs.map((r) => r.trigger),
        runs.map((r) => r.level),
        runs.map((r) => r.scheduledFor?.toISOString() ?? null),
        runs.map((r) => r.state),
        runs.map((r) => r.result),
        runs.map((r) => r.idempotencyKey),
        runs.map((r) => r.createdAt.toISOString()),
        runs.map((r) => r.endedAt?.toISOString() ?? null),
        runs.map((r) => r.errorMessage ?? null),
        runs.map((r) => r.idempotencyHash ?? null),
        runs.map((r) => r.kind ?? 'backup'),
        runs.map((r) => r.pointImage ?? null),
      ],
    )) as Record<string, unknown>[];
    return rows.map(runFrom);
  }

  /** Jobs (of `jobIds`) with a run that is not done. */
  async activeJobs(manager: EntityManager, jobIds: number[]): Promise<Set<number>> {
    if (jobIds.length === 0) return new Set();
    const rows = (await manager.query(`SELECT job_id FROM runs WHERE job_id = ANY($1::integer[]) AND state <> 'done'`, [
      jobIds,
    ])) as { job_id: number | string }[];
    return new Set(rows.map((r) => Number(r.job_id)));
  }

  /** A run by id (optionally locked FOR UPDATE for a transition). */
  async find(manager: EntityManager, id: number, lock = false): Promise<RunEntity | undefined> {
    const rows = (await manager.query(`SELECT ${RUN_COLUMNS} FROM runs r WHERE r.id = $1${lock ? ' FOR UPDATE' : ''}`, [
      id,
    ])) as Record<string, unknown>[];
    return rows[0] ? runFrom(rows[0]) : undefined;
  }

  /** A run by id with job, partition and server names. */
  async findRow(manager: EntityManager, id: number): Promise<RunRow | undefined> {
    const rows = (await manager.query(
      `SELECT ${RUN_COLUMNS}, j.name AS job_name, j.partition, s.name AS server_name
         FROM runs r JOIN backup_jobs j ON j.id = r.job_id JOIN servers s ON s.id = r.server_id
        WHERE r.id = $1`,
      [id],
    )) as Record<string, unknown>[];
    return rows[0] ? runRowFrom(rows[0]) : undefined;
  }

  /** The job's run that is not done, if any (at most one: uq_runs_job_active). */
  async activeRun(manager: EntityManager, jobId: number): Promise<RunEntity | undefined> {
    const rows = (await manager.query(`SELECT ${RUN_COLUMNS} FROM runs r WHERE r.job_id = $1 AND r.state <> 'done'`, [
      jobId,
    ])) as Record<string, unknown>[];
    return rows[0] ? runFrom(rows[0]) : undefined;
  }

  /** The job's run made with this Idempotency-Key, if any. */
  async findByIdempotencyKey(manager: EntityManager, jobId: number, key: string): Promise<RunEntity | undefined> {
    const rows = (await manager.query(
      `SELECT ${RUN_COLUMNS} FROM runs r WHERE r.job_id = $1 AND r.idempotency_key = $2`,
      [jobId, key],
    )) as Record<string, unknown>[];
    return rows[0] ? runFrom(rows[0]) : undefined;
  }

  /** Write a transition's columns (and `updated_at`); returns the row as it is now. */
  async update(manager: EntityManager, id: number, patch: RunPatch, at: Date): Promise<RunEntity> {
    const keys = (Object.keys(patch) as (keyof RunPatch)[]).filter((k) => patch[k] !== undefined);
    const values = keys.map((k) => {
      const value = patch[k];
      if (k === 'chain') return value === null ? null : JSON.stringify(value);
      return value instanceof Date ? value.toISOString() : value;
    });
    const sets = keys.map((k, i) => `${PATCH_COLUMNS[k]} = $${i + 2}${k === 'chain' ? '::jsonb' : ''}`);
    sets.push(`updated_at = $${keys.length + 2}`);
    // UPDATE … RETURNING inside a CTE: a SELECT answers rows the same way on both engines.
    const rows = (await manager.query(
      `WITH r AS (UPDATE runs SET ${sets.join(', ')} WHERE id = $1 RETURNING *) SELECT ${RUN_COLUMNS} FROM r`,
      [id, ...values, at.toISOString()],
    )) as Record<string, unknown>[];
    return runFrom(rows[0]);
  }

  /**
   * Lock the oldest queued run of one of `serverIds` that no other transaction holds (FOR UPDATE SKIP
   * LOCKED: concurrent claimers each get a different run or none).
   */
  async lockNextQueued(manager: EntityManager, serverIds: number[]): Promise<RunEntity | undefined> {
    if (serverIds.length === 0) return undefined;
    const rows = (await manager.query(
      `SELECT ${RUN_COLUMNS} FROM runs r
        WHERE r.state = 'queued' AND r.server_id = ANY($1::integer[])
        ORDER BY r.id LIMIT 1 FOR UPDATE SKIP LOCKED`,
      [serverIds],
    )) as Record<string, unknown>[];
    return rows[0] ? runFrom(rows[0]) : undefined;
  }

  /** How many runs each agent holds (running or cancelling). */
  async activeByAgent(manager: EntityManager, agentIds: number[]): Promise<Map<number, number>> {
    if (agentIds.length === 0) return new Map();
    const rows = (await manager.query(
      `SELECT agent_id, count(*)::integer AS n FROM runs
        WHERE agent_id = ANY($1::integer[]) AND state IN ('running', 'cancelling') GROUP BY agent_id`,
      [agentIds],
    )) as { agent_id: number; n: number }[];
    return new Map(rows.map((r) => [Number(r.agent_id), Number(r.n)]));
  }

  /** Queued runs per server, for these servers (servers with none are absent): the claim long poll. */
  async queuedByServer(manager: EntityManager, serverIds: number[]): Promise<Map<number, number>> {
    if (serverIds.length === 0) return new Map();
    const rows = (await manager.query(
      `SELECT server_id, count(*)::integer AS n FROM runs
        WHERE state = 'queued' AND server_id = ANY($1::integer[]) GROUP BY server_id`,
      [serverIds],
    )) as { server_id: number; n: number }[];
    return new Map(rows.map((r) => [Number(r.server_id), Number(r.n)]));
  }

  /** The results of those of `runIds` that are runs of job `jobId` (null while a run is not done). */
  async resultsOfJobRuns(
    manager: EntityManager,
    jobId: number,
    runIds: number[],
  ): Promise<Map<number, RunResult | null>> {
    if (!runIds.length) return new Map();
    const rows = (await manager.query(
      `SELECT id, CASE WHEN state = 'done' THEN result END AS result FROM runs
        WHERE job_id = $1 AND id = ANY($2::integer[])`,
      [jobId, runIds],
    )) as { id: number; result: RunResult | null }[];
    return new Map(rows.map((r) => [Number(r.id), r.result]));
  }

  /** Runs in progress (running or cancelling) held by any of `agentIds`. */
  async heldBy(manager: EntityManager, agentIds: number[]): Promise<{ id: number; agentId: number }[]> {
    if (!agentIds.length) return [];
    const rows = (await manager.query(
      `SELECT id, agent_id FROM runs WHERE state IN ('running', 'cancelling') AND agent_id = ANY($1::integer[])`,
      [agentIds],
    )) as { id: number; agent_id: number }[];
    return rows.map((r) => ({ id: Number(r.id), agentId: Number(r.agent_id) }));
  }

  /** Leases of running/cancelling runs that end before `until` are moved to `until`; how many. */
  async extendLeases(manager: EntityManager, until: Date): Promise<number> {
    // UPDATE … RETURNING inside a CTE: a SELECT answers rows the same way on both engines.
    const [{ n }] = (await manager.query(
      `WITH u AS (UPDATE runs SET lease_expires_at = $1, updated_at = now()
                   WHERE state IN ('running', 'cancelling') AND lease_expires_at < $1 RETURNING id)
       SELECT count(*)::integer AS n FROM u`,
      [until.toISOString()],
    )) as { n: number }[];
    return Number(n);
  }

  /** Running/cancelling runs whose lease ran out before `now`, locked (SKIP LOCKED). */
  async lockExpiredLeases(manager: EntityManager, now: Date, limit: number): Promise<RunEntity[]> {
    const rows = (await manager.query(
      `SELECT ${RUN_COLUMNS} FROM runs r
        WHERE r.state IN ('running', 'cancelling') AND r.lease_expires_at < $1
        ORDER BY r.lease_expires_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [now.toISOString(), limit],
    )) as Record<string, unknown>[];
    return rows.map(runFrom);
  }

  /** Queued runs created before `before` (nobody claimed them in time), locked (SKIP LOCKED). */
  async lockOverdueQueued(manager: EntityManager, before: Date, limit: number): Promise<RunEntity[]> {
    const rows = (await manager.query(
      `SELECT ${RUN_COLUMNS} FROM runs r
        WHERE r.state = 'queued' AND r.created_at < $1
        ORDER BY r.created_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [before.toISOString(), limit],
    )) as Record<string, unknown>[];
    return rows.map(runFrom);
  }

  /** A job's runs, newest first, filtered; with the total. */
  async history(manager: EntityManager, filter: RunFilter): Promise<{ rows: RunRow[]; total: number }> {
    const where = ['r.job_id = $1'];
    const params: unknown[] = [filter.jobId];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.result) add('r.result = ?', filter.result);
    if (filter.trigger) add('r.trigger = ?', filter.trigger);
    if (filter.from) add('r.created_at >= ?', filter.from.toISOString());
    if (filter.to) add('r.created_at <= ?', filter.to.toISOString());
    const condition = where.join(' AND ');
    const [{ total }] = (await manager.query(
      `SELECT count(*)::integer AS total FROM runs r WHERE ${condition}`,
      params,
    )) as {
      total: number;
    }[];
    const rows = (await manager.query(
      `SELECT ${RUN_COLUMNS}, j.name AS job_name, j.partition, s.name AS server_name
         FROM runs r JOIN backup_jobs j ON j.id = r.job_id JOIN servers s ON s.id = r.server_id
        WHERE ${condition}
        ORDER BY r.id DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, filter.take, filter.skip],
    )) as Record<string, unknown>[];
    return { rows: rows.map(runRowFrom), total: Number(total) };
  }

  /** Every job (of one server) with its latest run, last success and schedule, by job id. */
  async monitoring(manager: EntityManager, serverId?: number): Promise<MonitoringRow[]> {
    const rows = (await manager.query(
      `SELECT j.id AS job_id, j.name AS job_name, j.server_id, s.name AS server_name,
              lr.id AS last_run_id, lr.state AS last_run_state, lr.result AS last_run_result,
              lr.started_at AS last_run_started_at, lr.ended_at AS last_run_ended_at,
              ls.ended_at AS last_success_at, t.next_run_at,
              (SELECT min(r.scheduled_for) FROM runs r
                WHERE r.job_id = j.id AND r.scheduled_for > coalesce(ls.ended_at, '-infinity')) AS first_slot_since_success,
              ${SCHEDULE_COLUMNS}
         FROM backup_jobs j
         JOIN servers s ON s.id = j.server_id
         LEFT JOIN run_triggers t ON t.job_id = j.id AND t.schedule_id = j.basic_schedule_id
         LEFT JOIN LATERAL (SELECT r.id, r.state, r.result, r.started_at, r.ended_at FROM runs r
                             WHERE r.job_id = j.id AND r.kind = 'backup' AND r.result IS DISTINCT FROM 'skipped'
                             ORDER BY r.id DESC LIMIT 1) lr ON true
         LEFT JOIN LATERAL (SELECT max(r.ended_at) AS ended_at FROM runs r
                             WHERE r.job_id = j.id AND r.kind = 'backup' AND r.result IN ('success', 'warning')) ls ON true
         LEFT JOIN schedules b ON b.id = j.basic_schedule_id
         LEFT JOIN schedules a ON a.id = j.advanced_schedule_id
        WHERE ($1::integer IS NULL OR j.server_id = $1)
        ORDER BY j.id`,
      [serverId ?? null],
    )) as Record<string, unknown>[];
    return rows.map((row) => ({
      jobId: Number(row.job_id),
      jobName: String(row.job_name),
      serverId: Number(row.server_id),
      serverName: String(row.server_name),
      lastRun:
        row.last_run_id !== null
          ? {
              id: Number(row.last_run_id),
              state: row.last_run_state as RunState,
              result: (row.last_run_result as RunResult | null) ?? null,
              startedAt: date(row.last_run_started_at),
              endedAt: date(row.last_run_ended_at),
            }
          : null,
      lastSuccessAt: date(row.last_success_at),
      nextRunAt: date(row.next_run_at),
      firstSlotSinceSuccess: date(row.first_slot_since_success),
      schedule: scheduleFrom(row),
      paused: row.job_enabled === false,
    }));
  }

  // ---- run_triggers (the scheduler) -----------------------------------------------------------------

  /**
   * Jobs whose scheduler row is missing or was computed from another schedule or from another
   * starting point (the schedule was revised in place, the job resumed), with their schedule; at
   * most `limit`.
   */
  async triggersToCompute(manager: EntityManager, limit: number): Promise<TriggerSource[]> {
    const rows = (await manager.query(
      `SELECT j.id AS job_id, ${SCHEDULE_COLUMNS}
         FROM backup_jobs j
         JOIN schedules b ON b.id = j.basic_schedule_id
         LEFT JOIN schedules a ON a.id = j.advanced_schedule_id
         LEFT JOIN run_triggers t ON t.job_id = j.id
        WHERE t.job_id IS NULL OR t.schedule_id <> j.basic_schedule_id
           OR t.since IS DISTINCT FROM ${SCHEDULE_SINCE}
        ORDER BY j.id LIMIT $1`,
      [limit],
    )) as Record<string, unknown>[];
    return rows.map((row) => ({ jobId: Number(row.job_id), schedule: scheduleFrom(row)! }));
  }

  /** Drop scheduler rows of jobs that no longer have a schedule. */
  async dropUnscheduledTriggers(manager: EntityManager): Promise<void> {
    await manager.query(
      `DELETE FROM run_triggers t USING backup_jobs j WHERE j.id = t.job_id AND j.basic_schedule_id IS NULL`,
    );
  }

  /**
   * Write computed scheduler rows (insert, or replace one computed from another schedule). Two
   * replicas computing the same job write the same values.
   */
  async upsertTriggers(
    manager: EntityManager,
    rows: { jobId: number; scheduleId: number; since: Date; nextRunAt: Date | null; nextRole: string | null }[],
    at: Date,
  ): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO run_triggers (job_id, schedule_id, since, next_run_at, next_role, updated_at)
       SELECT t.job_id, t.schedule_id, t.since, t.next_run_at, t.next_role, $6
         FROM unnest($1::integer[], $2::integer[], $3::timestamptz[], $4::timestamptz[], $5::varchar[])
           AS t(job_id, schedule_id, since, next_run_at, next_role)
         JOIN backup_jobs j ON j.id = t.job_id
       ON CONFLICT (job_id) DO UPDATE
         SET schedule_id = EXCLUDED.schedule_id, since = EXCLUDED.since, next_run_at = EXCLUDED.next_run_at,
             next_role = EXCLUDED.next_role, updated_at = EXCLUDED.updated_at
         WHERE run_triggers.schedule_id <> EXCLUDED.schedule_id
            OR run_triggers.since IS DISTINCT FROM EXCLUDED.since`,
      [
        rows.map((r) => r.jobId),
        rows.map((r) => r.scheduleId),
        rows.map((r) => r.since.toISOString()),
        rows.map((r) => r.nextRunAt?.toISOString() ?? null),
        rows.map((r) => r.nextRole),
        at.toISOString(),
      ],
    );
  }

  /**
   * Claim up to `limit` due scheduler rows (next_run_at ≤ now) that no other transaction holds:
   * FOR UPDATE OF the trigger row SKIP LOCKED, so replicas ticking at once split the due jobs between
   * them. The locks last until the caller's transaction ends.
   */
  async claimDueTriggers(manager: EntityManager, now: Date, limit: number): Promise<DueTrigger[]> {
    // Lock the due rows first (index on next_run_at, LIMIT before any join), then read their jobs and
    // schedules. A row computed from a schedule the job no longer has is claimed too (the caller
    // skips it; the next sync recomputes it), so it cannot stall the batch.
    const rows = (await manager.query(
      `WITH t AS (
         SELECT job_id, schedule_id, since, next_run_at, next_role FROM run_triggers
          WHERE next_run_at <= $1
          ORDER BY next_run_at
          LIMIT $2
          FOR UPDATE SKIP LOCKED)
       SELECT t.job_id, t.next_run_at, t.next_role, j.server_id, j.mode,
              (j.basic_schedule_id IS NOT DISTINCT FROM t.schedule_id
                 AND t.since IS NOT DISTINCT FROM ${SCHEDULE_SINCE}) AS current, ${SCHEDULE_COLUMNS}
         FROM t
         LEFT JOIN backup_jobs j ON j.id = t.job_id
         LEFT JOIN schedules b ON b.id = t.schedule_id
         LEFT JOIN schedules a ON a.id = j.advanced_schedule_id
        ORDER BY t.next_run_at, t.job_id`,
      [now.toISOString(), limit],
    )) as Record<string, unknown>[];
    return rows.map((row) => ({
      jobId: Number(row.job_id),
      serverId: Number(row.server_id),
      mode: row.mode as DueTrigger['mode'],
      nextRunAt: date(row.next_run_at)!,
      nextRole: (row.next_role as DueTrigger['nextRole']) ?? 'basic',
      current: row.current === true && row.schedule_id !== null,
      schedule: scheduleFrom(row)!,
    }));
  }

  /** Move claimed scheduler rows to their next slot (null: the schedule has no slot ahead). */
  async advanceTriggers(
    manager: EntityManager,
    rows: { jobId: number; nextRunAt: Date | null; nextRole: string | null }[],
    at: Date,
  ): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(
      `UPDATE run_triggers AS t SET next_run_at = u.next_run_at, next_role = u.next_role, updated_at = $4
         FROM unnest($1::integer[], $2::timestamptz[], $3::varchar[]) AS u(job_id, next_run_at, next_role)
        WHERE t.job_id = u.job_id`,
      [
        rows.map((r) => r.jobId),
        rows.map((r) => r.nextRunAt?.toISOString() ?? null),
        rows.map((r) => r.nextRole),
        at.toISOString(),
      ],
    );
  }

  // ---- metrics --------------------------------------------------------------------------------------

  /** How many runs are stored per state and result. */
  async countByStateAndResult(
    manager: EntityManager,
  ): Promise<{ kind: RunKind; state: RunState; result: RunResult | null; count: number }[]> {
    const rows = (await manager.query(
      `SELECT kind, state, result, count(*)::integer AS count FROM runs
        GROUP BY kind, state, result ORDER BY kind, state, result`,
    )) as { kind: RunKind; state: RunState; result: RunResult | null; count: number }[];
    return rows.map((r) => ({ kind: r.kind, state: r.state, result: r.result, count: Number(r.count) }));
  }

  /** Each job's last successful (success or warning) run end. */
  async lastSuccessPerJob(manager: EntityManager): Promise<{ jobId: number; jobName: string; endedAt: Date }[]> {
    const rows = (await manager.query(
      `SELECT j.id, j.name, s.ended_at
         FROM backup_jobs j
         JOIN LATERAL (SELECT max(r.ended_at) AS ended_at FROM runs r
                        WHERE r.job_id = j.id AND r.kind = 'backup' AND r.result IN ('success', 'warning')) s ON s.ended_at IS NOT NULL
        ORDER BY j.id`,
    )) as Record<string, unknown>[];
    return rows.map((r) => ({ jobId: Number(r.id), jobName: String(r.name), endedAt: date(r.ended_at)! }));
  }

  // ---- run_log -----------------------------------------------------------------------------------

  /**
   * Append lines to a run's log; `seq` continues from the run's `log_lines` counter, which one UPDATE
   * advances (so concurrent appends get disjoint numbers). Returns the first seq written.
   */
  async appendLog(
    manager: EntityManager,
    runId: number,
    lines: { level: RunLogLevel; message: string; time: Date }[],
  ): Promise<number> {
    if (lines.length === 0) return 0;
    const rows = (await manager.query(
      `WITH u AS (UPDATE runs SET log_lines = log_lines + $2 WHERE id = $1 RETURNING log_lines) SELECT log_lines FROM u`,
      [runId, lines.length],
    )) as { log_lines: number }[];
    const first = Number(rows[0].log_lines) - lines.length + 1;
    await manager.query(
      `INSERT INTO run_log (run_id, seq, time, level, message)
       SELECT $1, s.seq, s.time, s.level, s.message
         FROM unnest($2::integer[], $3::timestamptz[], $4::varchar[], $5::text[]) AS s(seq, time, level, message)`,
      [
        runId,
        lines.map((_, i) => first + i),
        lines.map((l) => l.time.toISOString()),
        lines.map((l) => l.level),
        lines.map((l) => l.message),
      ],
    );
    return first;
  }

  /** Log lines with seq > `after`, in order, at most `limit`. */
  async logPage(manager: EntityManager, runId: number, after: number, limit: number): Promise<RunLogEntity[]> {
    return manager.getRepository(RunLogEntity).find({
      where: { runId, seq: MoreThan(after) },
      order: { seq: 'ASC' },
      take: limit,
    });
  }
}
