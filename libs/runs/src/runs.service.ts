import { Injectable, Optional } from '@nestjs/common';
import { TransactionRunner } from '@zdm/database';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppConfig,
  Clock,
  formatLocalDateTime,
  messages,
  pageWindow,
  paginate,
  Paginated,
  parseIdentifier,
  parseNumericId,
  Refusal,
} from '@zdm/common';
import { ServersService } from '@zdm/inventory';
import { BackupJobWithServer, BackupJobLookup, JobRunsPort, JobRunStatus } from '@zdm/jobs';
import { nextRunAt, scheduleSpecOfColumns } from '@zdm/schedules';
import { DateTime } from 'luxon';
import { DataSource, EntityManager } from 'typeorm';
import { idempotentReplay, requestFingerprint } from './domain/idempotent-request';
import { jobStatusOfRun } from './domain/job-status-of-run';
import { RunHealth, runHealth } from './domain/run-health';
import { runLevel } from './domain/run-level';
import { RunLevel } from './domain/run-state';
import { MonitoringQuery, RunHistoryQuery, RunLogQuery, DEFAULT_LOG_LIMIT, RunNowDto } from './dto/run-query.dto';
import { MonitoringItemView, RunLogPageView, runLogLineView, runView, RunView } from './dto/run.view';
import { AgentDirectory } from './agent-directory.port';
import { RunLifecycle } from './run-lifecycle';
import { RunMetrics } from './run.metrics';
import { RunEntity } from './run.entity';
import { RunLogRepository } from './run-log.repository';
import { MonitoringRow, RunReadModelsRepository } from './run-read-models.repository';
import { RunRow } from './run-row';
import { RunsRepository } from './runs.repository';

/** A job's monitoring row with its health (RunsService.jobHealths). */
export interface JobHealth {
  row: MonitoringRow;
  health: RunHealth;
  /** The first slot since the last success (recorded or overdue), null when none has passed. */
  firstSlot: Date | null;
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * Runs as users see them (spec §7): run now, history, one run, cancel, log, monitoring. Also the
 * JobRunsPort of @zdm/jobs (`PUT status: start|stop`, `autoStart: use`), so both paths are one code.
 */
@Injectable()
export class RunsService implements JobRunsPort {
  constructor(
    private readonly transactions: TransactionRunner,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly runs: RunsRepository,
    private readonly readModels: RunReadModelsRepository,
    private readonly runLog: RunLogRepository,
    private readonly jobs: BackupJobLookup,
    private readonly lifecycle: RunLifecycle,
    private readonly servers: ServersService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly metrics: RunMetrics,
    @Optional() private readonly agents?: AgentDirectory,
  ) {}

  /**
   * Queue a manual run of a job (by id or name). With an `Idempotency-Key` already used for this
   * job, the run made then is answered as it is now (`created: false`) instead of a second one, or
   * 422 IDEMPOTENCY_KEY_REUSED when the key came with another body. Concurrent requests with one key
   * make one run: the unique index decides, and the losers answer the winner's run. 409
   * JOB_ALREADY_RUNNING naming the active run while one is not done.
   */
  async runNow(
    identifier: string,
    dto: RunNowDto,
    idempotencyKey?: string,
  ): Promise<{ run: RunView; created: boolean }> {
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw Refusal.invalid(messages.common.invalidField('Idempotency-Key', '1-255 visible ASCII characters'));
    }
    const job = await this.findJob(identifier);
    const key = idempotencyKey !== undefined ? { key: idempotencyKey, hash: requestFingerprint({ ...dto }) } : null;
    const { run, created } = await this.transactions.run(async (manager) => {
      const earlier = key ? await this.replay(manager, job.id, key) : undefined;
      if (earlier) return { run: earlier, created: false };
      return this.queueManual(manager, job, 'identifier', dto.level, key);
    });
    return { run: await this.view(this.rowOf(run, job)), created };
  }

  /** JobRunsPort: `PUT /api/backups/:identifier {status: "start"}` and `autoStart: use`. */
  async start(jobId: number, manager?: EntityManager): Promise<JobRunStatus> {
    const work = async (m: EntityManager) => {
      const job = await this.jobs.find({ id: jobId }, m);
      if (!job) throw Refusal.notFound(messages.jobs.jobNotFound('identifier', String(jobId)));
      return statusOf((await this.queueManual(m, job, 'status', undefined, null)).run);
    };
    return manager ? work(manager) : this.transactions.run(work);
  }

  /** JobRunsPort: `PUT /api/backups/:identifier {status: "stop"}` cancels the job's active run. */
  async stop(jobId: number, manager?: EntityManager): Promise<JobRunStatus> {
    const work = async (m: EntityManager) => {
      const job = await this.jobs.find({ id: jobId }, m);
      if (!job) throw Refusal.notFound(messages.jobs.jobNotFound('identifier', String(jobId)));
      const active = await this.runs.activeRun(m, jobId);
      if (!active) throw Refusal.conflict('JOB_NOT_RUNNING', messages.runs.jobNotRunning('status', job.name));
      const cancelled = await this.cancelLocked(m, (await this.runs.find(m, active.id, true))!, 'status');
      this.metrics.ended([cancelled]);
      return statusOf(cancelled);
    };
    return manager ? work(manager) : this.transactions.run(work);
  }

  /** A job's runs, newest first, with filters and pagination. */
  async history(identifier: string, query: RunHistoryQuery): Promise<Paginated<RunView>> {
    const job = await this.findJob(identifier);
    const window = pageWindow(query);
    const { rows, total } = await this.readModels.history(this.dataSource.manager, {
      jobId: job.id,
      result: query.result,
      trigger: query.trigger,
      from: query.from !== undefined ? this.parseTime(query.from, 'from') : undefined,
      to: query.to !== undefined ? this.parseTime(query.to, 'to') : undefined,
      skip: window.skip,
      take: window.take,
    });
    return paginate(await this.views(rows), window, total);
  }

  async get(idParam: string): Promise<RunView> {
    const id = parseNumericId(idParam, 'id');
    const row = await this.runs.findRow(this.dataSource.manager, id);
    if (!row) throw Refusal.notFound(messages.runs.runNotFound('id', id));
    return this.view(row);
  }

  /**
   * Cancel a run: a queued run ends at once (`done`/`cancelled`), a running one becomes `cancelling`
   * until its agent stops. 409 RUN_ALREADY_DONE when it has ended.
   */
  async cancel(idParam: string): Promise<RunView> {
    const id = parseNumericId(idParam, 'id');
    const cancelled = await this.transactions.run(async (manager) => {
      const run = await this.runs.find(manager, id, true);
      if (!run) throw Refusal.notFound(messages.runs.runNotFound('id', id));
      return this.cancelLocked(manager, run, 'id');
    });
    this.metrics.ended([cancelled]);
    return this.get(String(id));
  }

  /** A page of a run's log lines from `start`. */
  async log(idParam: string, query: RunLogQuery): Promise<RunLogPageView> {
    const id = parseNumericId(idParam, 'id');
    const run = await this.runs.find(this.dataSource.manager, id);
    if (!run) throw Refusal.notFound(messages.runs.runNotFound('id', id));
    const start = query.start ?? 1;
    const lines = await this.runLog.logPage(this.dataSource.manager, id, start - 1, query.limit ?? DEFAULT_LOG_LIMIT);
    return {
      runId: id,
      state: run.state,
      lines: lines.map((line) => runLogLineView(line, this.config.timeZone)),
      nextStart: lines.length > 0 ? lines[lines.length - 1].seq + 1 : start,
    };
  }

  /**
   * Each job's monitoring row and health (spec §7), read with `manager`: what the monitoring view
   * shows and what the `job.stale` check (JobStaleCheck) watches. `firstSlot`: the first slot since
   * the last success, which `staleGraceMs` after makes the job stale.
   */
  async jobHealths(
    now: Date,
    serverId?: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<JobHealth[]> {
    const rows = await this.readModels.monitoring(manager, serverId);
    // Presence only matters for queued runs: ask about those servers alone.
    const waiting = [...new Set(rows.filter((r) => r.lastRun?.state === 'queued').map((r) => r.serverId))];
    const online = this.agents && waiting.length ? await this.agents.serversWithAgentOnline(waiting) : undefined;
    return rows.map((row) => {
      // From the database, no schedule maths per job: a slot passed since the last success is either
      // one a run was recorded for, or the scheduler's next slot when it is already past.
      const overdue = row.nextRunAt && row.nextRunAt.getTime() <= now.getTime() ? row.nextRunAt : null;
      const firstSlot =
        [row.firstSlotSinceSuccess, overdue]
          .filter((d): d is Date => d !== null)
          .sort((a, b) => a.getTime() - b.getTime())[0] ?? null;
      const health = runHealth({
        latest: row.lastRun,
        firstSlotSinceSuccess: firstSlot,
        now,
        staleGraceMs: this.config.runs.staleGraceMs,
        paused: row.paused,
        agentOnline: online ? online.has(row.serverId) : undefined,
      });
      return { row, health, firstSlot };
    });
  }

  /** One item per job: latest run, last success, next slot, health (spec §7). */
  async monitoring(query: MonitoringQuery): Promise<Paginated<MonitoringItemView>> {
    const serverId = query.server !== undefined ? (await this.servers.resolve(query.server, 'server')).id : undefined;
    const now = this.clock.now();
    const zone = this.config.timeZone;
    const local = (at: Date | null | undefined) => (at ? formatLocalDateTime(at, zone) : null);
    let items = (await this.jobHealths(now, serverId)).map(({ row, health }): MonitoringItemView => {
      const enabled = row.schedule?.enabled === true;
      const next =
        !enabled || !row.schedule
          ? undefined
          : row.nextRunAt && row.nextRunAt.getTime() > now.getTime()
            ? row.nextRunAt
            : nextRunAt(scheduleSpecOfColumns(row.schedule), now);
      return {
        job: { id: row.jobId, name: row.jobName },
        server: { id: row.serverId, name: row.serverName },
        lastRun: row.lastRun
          ? {
              id: row.lastRun.id,
              state: row.lastRun.state,
              result: row.lastRun.result,
              endedAt: local(row.lastRun.endedAt),
            }
          : null,
        lastSuccessAt: local(row.lastSuccessAt),
        nextRunAt: local(next),
        health,
      };
    });
    if (query.health !== undefined) items = items.filter((item) => item.health === query.health);
    const window = pageWindow(query);
    return paginate(items.slice(window.skip, window.skip + window.take), window, items.length);
  }

  // ---- internals ----------------------------------------------------------------------------------

  /**
   * The job's run made with this Idempotency-Key, if any; 422 IDEMPOTENCY_KEY_REUSED when it came
   * with another request.
   */
  private async replay(
    manager: EntityManager,
    jobId: number,
    key: { key: string; hash: string },
  ): Promise<RunEntity | undefined> {
    const earlier = await this.runs.findByIdempotencyKey(manager, jobId, key.key);
    if (earlier && idempotentReplay(earlier.idempotencyHash, key.hash) === 'reused') {
      throw new Refusal('IDEMPOTENCY_KEY_REUSED', messages.runs.idempotencyKeyReused('Idempotency-Key', earlier.id), {
        run: { id: earlier.id },
      });
    }
    return earlier;
  }

  /**
   * Queue a manual run (`created: true`), or, when a concurrent request with the same
   * Idempotency-Key won (its run is the active one, or the unique index refused this insert), answer
   * that run (`created: false`).
   */
  private async queueManual(
    manager: EntityManager,
    job: BackupJobWithServer,
    field: string,
    level: RunLevel | undefined,
    key: { key: string; hash: string } | null,
  ): Promise<{ run: RunEntity; created: boolean }> {
    const active = await this.runs.activeRun(manager, job.id);
    if (active) {
      const winner = key ? await this.replay(manager, job.id, key) : undefined;
      if (winner) return { run: winner, created: false };
      throw alreadyRunning(field, job, active);
    }
    const hasFull = (await this.runs.jobsWithSuccessfulFull(manager, [job.id])).has(job.id);
    const now = this.clock.now();
    const [run] = await this.lifecycle.create(manager, [
      {
        jobId: job.id,
        serverId: job.serverId,
        trigger: 'manual',
        level: level ?? runLevel(job.mode, { slot: 'manual' }, hasFull),
        scheduledFor: null,
        state: 'queued',
        result: null,
        idempotencyKey: key?.key ?? null,
        idempotencyHash: key?.hash ?? null,
        createdAt: now,
        endedAt: null,
      },
    ]);
    if (!run) {
      // A concurrent request won a unique guard (it committed before this statement ended): the same
      // key, or another active run.
      const winner = key ? await this.replay(manager, job.id, key) : undefined;
      if (winner) return { run: winner, created: false };
      const other = await this.runs.activeRun(manager, job.id);
      throw alreadyRunning(field, job, other);
    }
    return { run, created: true };
  }

  private async cancelLocked(manager: EntityManager, run: RunEntity, field: string): Promise<RunEntity> {
    const now = this.clock.now();
    const { run: updated, changed } = await this.lifecycle.apply(manager, run, { type: 'cancel' }, now, {}, field);
    if (changed) {
      await this.runLog.appendLog(manager, run.id, [
        {
          level: 'warn',
          message:
            updated.state === 'done'
              ? 'Cancelled before an agent claimed it.'
              : 'Cancel requested; waiting for the agent to stop.',
          time: now,
        },
      ]);
    }
    return updated;
  }

  private async findJob(identifier: string): Promise<BackupJobWithServer> {
    const parsed = parseIdentifier(identifier, 'identifier');
    const job = await this.jobs.find(parsed.kind === 'id' ? { id: parsed.id } : { name: parsed.name });
    if (!job) throw Refusal.notFound(messages.jobs.jobNotFound('identifier', identifier));
    return job;
  }

  /** `YYYY-MM-DD HH:mm:ss` / `YYYY-MM-DD` in the API's zone, or ISO-8601 with an offset. */
  private parseTime(value: string, field: string): Date {
    const text = value.trim();
    const zone = this.config.timeZone;
    const local = DateTime.fromFormat(text, 'yyyy-MM-dd HH:mm:ss', { zone });
    const day = DateTime.fromFormat(text, 'yyyy-MM-dd', { zone });
    const iso = DateTime.fromISO(text, { zone });
    const parsed = [local, day, iso].find((d) => d.isValid);
    if (!parsed) throw Refusal.invalid(messages.runs.invalidDateTime(field));
    return parsed.toJSDate();
  }

  private rowOf(run: RunEntity, job: BackupJobWithServer): RunRow {
    return Object.assign(run, { jobName: job.name, partition: job.partition, serverName: job.server.name });
  }

  private async view(row: RunRow): Promise<RunView> {
    return (await this.views([row]))[0];
  }

  private async views(rows: RunRow[]): Promise<RunView[]> {
    const agentIds = [...new Set(rows.map((r) => r.agentId).filter((id): id is number => id !== null))];
    const names = agentIds.length > 0 && this.agents ? await this.agents.names(agentIds) : new Map<number, string>();
    const now = this.clock.now();
    return rows.map((row) =>
      runView(row, {
        zone: this.config.timeZone,
        now,
        agentName: row.agentId !== null ? names.get(row.agentId) : undefined,
      }),
    );
  }
}

function statusOf(run: RunEntity): JobRunStatus {
  return {
    status: jobStatusOfRun(run.state, run.result)!,
    startedAt: run.startedAt ?? run.createdAt,
    endedAt: run.endedAt,
  };
}

export function alreadyRunning(field: string, job: BackupJobWithServer, active: RunEntity | undefined): Refusal {
  return Refusal.conflict(
    'JOB_ALREADY_RUNNING',
    messages.runs.jobAlreadyRunning(field, job.name, active?.id ?? 0, active?.state ?? 'queued'),
    active ? { activeRun: { id: active.id, state: active.state } } : undefined,
  );
}
