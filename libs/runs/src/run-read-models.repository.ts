import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ScheduleSource } from './domain/schedule-source';
import { RunKind, RunResult, RunState, RunTrigger } from './domain/run-state';
import { date, RUN_COLUMNS, RunRow, runRowFrom } from './run-row';
import { SCHEDULE_COLUMNS, scheduleFrom } from './schedule-source.columns';

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
 * The runs as routes and metrics read them: a job's history, monitoring, counts. Read-only; they JOIN
 * `backup_jobs`, `servers` and `schedules` for names and schedules (each takes the caller's EntityManager).
 */
@Injectable()
export class RunReadModelsRepository {
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

  /** How many runs are stored per kind, state and result. */
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
}
