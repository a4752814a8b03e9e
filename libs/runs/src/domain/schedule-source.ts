import type { ScheduleFields, ScheduleSpec, ScheduleType } from '@zdm/schedules';

/** A job's schedule rows as the runs lib reads them. */
export interface ScheduleSource {
  /** The basic row's id (a changed schedule gets new rows, so a new id). */
  scheduleId: number;
  type: ScheduleType;
  basic: ScheduleFields;
  advanced: ScheduleFields | null;
  timezone: string;
  /** When the schedule rows were created: slots before it never belonged to the job. */
  since: Date;
  enabled: boolean;
}

/** The spec the schedule engine (@zdm/schedules `nextRuns`) takes. */
export function scheduleSpecOf(source: ScheduleSource): ScheduleSpec {
  return source.advanced
    ? { type: source.type, basic: source.basic, advanced: source.advanced, timezone: source.timezone }
    : { type: source.type, basic: source.basic, timezone: source.timezone };
}

/** Smart schedules (types 7–11): the basic half is the full backup. */
export function isSmartSchedule(source: ScheduleSource): boolean {
  return source.type >= 7;
}
