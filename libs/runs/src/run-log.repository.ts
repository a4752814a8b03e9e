import { Injectable } from '@nestjs/common';
import { EntityManager, MoreThan } from 'typeorm';
import { RunLogLevel } from './domain/run-state';
import { RunLogEntity } from './run-log.entity';

/** Every SQL statement of `run_log`, a run's append-only log (each takes the caller's EntityManager). */
@Injectable()
export class RunLogRepository {
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

  /**
   * Append lines to the log of a run `agentId` holds, in one statement (the agent protocol's log call):
   * false, and nothing written, when there is no such run or another agent (or none) holds it.
   */
  async appendHeldLog(
    manager: EntityManager,
    runId: number,
    agentId: number,
    lines: { level: RunLogLevel; message: string; time: Date }[],
  ): Promise<boolean> {
    const rows = (await manager.query(
      `WITH u AS (UPDATE runs SET log_lines = log_lines + $3 WHERE id = $1 AND agent_id = $2 RETURNING id, log_lines),
       ins AS (INSERT INTO run_log (run_id, seq, time, level, message)
               SELECT u.id, u.log_lines - $3 + s.n, s.time, s.level, s.message
                 FROM u, unnest($4::timestamptz[], $5::varchar[], $6::text[]) WITH ORDINALITY AS s(time, level, message, n))
       SELECT id FROM u`,
      [
        runId,
        agentId,
        lines.length,
        lines.map((l) => l.time.toISOString()),
        lines.map((l) => l.level),
        lines.map((l) => l.message),
      ],
    )) as { id: number }[];
    return rows.length > 0;
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
