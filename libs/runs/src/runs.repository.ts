import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RunKind, RunLevel, RunResult, RunState, RunTrigger } from './domain/run-state';
import { RunEntity } from './run.entity';
import { RUN_COLUMNS, runFrom, RunRow, runRowFrom } from './run-row';

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

/** Every SQL statement of the `runs` rows themselves (each takes the caller's EntityManager). */
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
   * Progress of a run `agentId` holds and that is in progress (running or cancelling), in one
   * statement: the columns, the lease, and `message` as an `info` line of its log. Undefined, and
   * nothing written, when the run is unknown, another agent's or not in progress (the caller finds
   * out which).
   */
  async reportProgress(
    manager: EntityManager,
    progress: {
      runId: number;
      agentId: number;
      percent: number;
      bytesDone?: number;
      bytesTotal?: number;
      leaseExpiresAt: Date;
      message?: string;
    },
    at: Date,
  ): Promise<{ state: RunState } | undefined> {
    const rows = (await manager.query(
      `WITH u AS (
         UPDATE runs SET progress_percent = $3, bytes_done = coalesce($4, bytes_done),
                         bytes_total = coalesce($5, bytes_total), lease_expires_at = $6, updated_at = $7,
                         log_lines = log_lines + CASE WHEN $8::text IS NULL THEN 0 ELSE 1 END
          WHERE id = $1 AND agent_id = $2 AND state IN ('running', 'cancelling')
         RETURNING id, state, log_lines),
       logged AS (
         INSERT INTO run_log (run_id, seq, time, level, message)
         SELECT u.id, u.log_lines, $7, 'info', $8::text FROM u WHERE $8::text IS NOT NULL)
       SELECT state FROM u`,
      [
        progress.runId,
        progress.agentId,
        progress.percent,
        progress.bytesDone ?? null,
        progress.bytesTotal ?? null,
        progress.leaseExpiresAt.toISOString(),
        at.toISOString(),
        progress.message ?? null,
      ],
    )) as { state: RunState }[];
    return rows[0];
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

  /** Runs queued for server `serverId` and runs agent `agentId` holds (running or cancelling), in one read. */
  async claimOutlook(
    manager: EntityManager,
    agentId: number,
    serverId: number,
  ): Promise<{ queued: number; held: number }> {
    const [row] = (await manager.query(
      `SELECT (SELECT count(*)::integer FROM runs WHERE state = 'queued' AND server_id = $2) AS queued,
              (SELECT count(*)::integer FROM runs
                WHERE agent_id = $1 AND state IN ('running', 'cancelling')) AS held`,
      [agentId, serverId],
    )) as { queued: number; held: number }[];
    return { queued: Number(row.queued), held: Number(row.held) };
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
}
