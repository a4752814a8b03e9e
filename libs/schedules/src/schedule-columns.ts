import { ScheduleFields, ScheduleSpec } from './domain/schedule-spec';
import { isSmartScheduleType, ScheduleType } from './domain/schedule-type';

/**
 * A job's schedule rows as another lib's query reads them (the runs lib's scheduler and monitoring
 * JOIN `schedules` read-only): the columns to select and their decoder, so the `schedules` columns are
 * named and decoded here only.
 */
export interface ScheduleColumns {
  /** The basic row's id. */
  scheduleId: number;
  /** The advanced row's id (smart schedules). */
  advancedScheduleId: number | null;
  type: ScheduleType;
  basic: ScheduleFields;
  advanced: ScheduleFields | null;
  timezone: string;
  /** The schedule's state is `Enabled`. */
  enabled: boolean;
}

/**
 * The select list of a job's schedule rows, `basic` and `advanced` being the aliases of the two
 * `schedules` rows in the caller's query (each may be a LEFT JOIN).
 */
export function scheduleColumns(basic: string, advanced: string): string {
  return `${basic}.id AS schedule_id, ${basic}.type AS schedule_type, ${basic}.fields AS basic_fields,
  ${advanced}.id AS advanced_schedule_id, ${advanced}.fields AS advanced_fields,
  ${basic}.timezone AS schedule_timezone, ${basic}.state AS schedule_state`;
}

const json = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

/** A row with `scheduleColumns` (as raw SQL returns it) → its schedule; null when the job has none. */
export function decodeScheduleColumns(row: Record<string, unknown>): ScheduleColumns | null {
  if (row.schedule_id === null || row.schedule_id === undefined) return null;
  const advancedId = row.advanced_schedule_id;
  return {
    scheduleId: Number(row.schedule_id),
    advancedScheduleId: advancedId === null || advancedId === undefined ? null : Number(advancedId),
    type: Number(row.schedule_type) as ScheduleType,
    basic: json(row.basic_fields) as ScheduleFields,
    advanced: (json(row.advanced_fields) as ScheduleFields | null) ?? null,
    timezone: String(row.schedule_timezone),
    enabled: row.schedule_state === 'Enabled',
  };
}

/** The spec of decoded schedule columns (both halves of a smart schedule whose advanced row was read). */
export function scheduleSpecOfColumns(columns: ScheduleColumns): ScheduleSpec {
  return isSmartScheduleType(columns.type) && columns.advanced
    ? { type: columns.type, basic: columns.basic, advanced: columns.advanced, timezone: columns.timezone }
    : { type: columns.type, basic: columns.basic, timezone: columns.timezone };
}
