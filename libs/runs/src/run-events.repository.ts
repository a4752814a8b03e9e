import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** What an ended run's notification says about it, read in the run's transaction. */
export interface RunEventFacts {
  jobId: number;
  jobName: string;
  mailEvent: string | null;
  serverId: number;
  serverName: string;
  nextRunAt: Date | null;
  /** The last lines of the run's log, oldest first. */
  logTail: { time: Date; level: string; message: string }[];
}

/**
 * The SQL behind run notifications: the run's job (name, `mailEvent`), server, next slot
 * (`run_triggers`) and its log's tail, joined read-only as runs' history does.
 */
@Injectable()
export class RunEventsRepository {
  async facts(manager: EntityManager, runId: number, logLines: number): Promise<RunEventFacts | undefined> {
    const rows = (await manager.query(
      `SELECT j.id AS job_id, j.name AS job_name, j.mail_event, s.id AS server_id, s.name AS server_name,
              t.next_run_at
         FROM runs r JOIN backup_jobs j ON j.id = r.job_id JOIN servers s ON s.id = r.server_id
         LEFT JOIN run_triggers t ON t.job_id = r.job_id
        WHERE r.id = $1`,
      [runId],
    )) as Record<string, unknown>[];
    const row = rows[0];
    if (!row) return undefined;
    const log = (await manager.query(
      'SELECT time, level, message FROM run_log WHERE run_id = $1 ORDER BY seq DESC LIMIT $2',
      [runId, logLines],
    )) as { time: Date; level: string; message: string }[];
    return {
      jobId: Number(row.job_id),
      jobName: String(row.job_name),
      mailEvent: row.mail_event === null ? null : String(row.mail_event),
      serverId: Number(row.server_id),
      serverName: String(row.server_name),
      nextRunAt: row.next_run_at ? new Date(row.next_run_at as string) : null,
      logTail: log.reverse().map((l) => ({ ...l, time: new Date(l.time) })),
    };
  }
}
