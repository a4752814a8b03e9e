import { Injectable } from '@nestjs/common';
import type { BackupJob } from '@zdm/jobs';
import { EntityManager } from 'typeorm';
import { ScheduleSource } from './domain/schedule-source';
import { date } from './run-row';
import { SCHEDULE_COLUMNS, SCHEDULE_SINCE, scheduleFrom } from './schedule-source.columns';

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
  mode: BackupJob['mode'];
  nextRunAt: Date;
  nextRole: 'basic' | 'advanced';
}

/** Every SQL statement of `run_triggers`, the scheduler's rows (each takes the caller's EntityManager). */
@Injectable()
export class RunTriggersRepository {
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
}
