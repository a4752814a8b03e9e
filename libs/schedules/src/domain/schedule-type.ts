/**
 * The twelve schedule types of the ZDM API (spec §5): number, display name, the keys their `basic`
 * (and, for smart types, `advanced`) object carries, and what `day` means for them.
 */
export const SCHEDULE_TYPE_IDS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
export type ScheduleType = (typeof SCHEDULE_TYPE_IDS)[number];

/** A key of a `basic` / `advanced` object. */
export type ScheduleKey = 'year' | 'month' | 'week' | 'day' | 'time' | 'interval';

export interface ScheduleTypeInfo {
  readonly type: ScheduleType;
  readonly name: string;
  /** The keys of `basic` (and `advanced`), in the order the spec lists them. */
  readonly keys: readonly ScheduleKey[];
  /** Smart types (7–11): `basic` is the full backup, `advanced` the incremental one. */
  readonly smart: boolean;
  /** What `day` holds: weekdays (`mon…sun`) or dates of the month (1–31); absent when no `day`. */
  readonly day?: 'weekday' | 'date';
  /** The unit of `interval` (types 1 and 2). */
  readonly interval?: 'minute' | 'hour';
}

const info = (
  type: ScheduleType,
  name: string,
  keys: ScheduleKey[],
  extra: Partial<Pick<ScheduleTypeInfo, 'day' | 'interval'>> = {},
): ScheduleTypeInfo => Object.freeze({ type, name, keys: Object.freeze(keys), smart: type >= 7, ...extra });

export const SCHEDULE_TYPES: readonly ScheduleTypeInfo[] = Object.freeze([
  info(0, 'Once', ['year', 'month', 'day', 'time'], { day: 'date' }),
  info(1, 'Every Minute', ['time', 'interval'], { interval: 'minute' }),
  info(2, 'Hourly', ['time', 'interval'], { interval: 'hour' }),
  info(3, 'Daily', ['time']),
  info(4, 'Weekly', ['day', 'time'], { day: 'weekday' }),
  info(5, 'Monthly (Specific Week and Day of the Week)', ['week', 'day', 'time'], { day: 'weekday' }),
  info(6, 'Monthly on Specific Date', ['day', 'time'], { day: 'date' }),
  info(7, 'Smart Weekly (Specific Day of the Week)', ['day', 'time'], { day: 'weekday' }),
  info(8, 'Smart Monthly (Specific Week and Day of the Week)', ['week', 'day', 'time'], { day: 'weekday' }),
  info(9, 'Smart Monthly (Specific Date)', ['day', 'time'], { day: 'date' }),
  info(10, 'Smart Custom (Specific Month, Week and Day of the Week)', ['month', 'week', 'day', 'time'], {
    day: 'weekday',
  }),
  info(11, 'Smart Custom (Specific Month and Date)', ['month', 'day', 'time'], { day: 'date' }),
]);

export function isScheduleType(value: unknown): value is ScheduleType {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 11;
}

export function scheduleTypeInfo(type: ScheduleType): ScheduleTypeInfo {
  return SCHEDULE_TYPES[type];
}

export function scheduleTypeName(type: ScheduleType): string {
  return SCHEDULE_TYPES[type].name;
}

export function isSmartScheduleType(type: ScheduleType): boolean {
  return SCHEDULE_TYPES[type].smart;
}

/**
 * A type given as a number (`7`, `"7"`) or a name (`"Weekly"`, case-insensitive, spaces collapsed),
 * as list filters accept it; `undefined` when it is neither.
 */
export function scheduleTypeFrom(value: unknown): ScheduleType | undefined {
  if (typeof value === 'number') return isScheduleType(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (/^\d{1,2}$/.test(trimmed)) {
    const n = Number(trimmed);
    return isScheduleType(n) ? n : undefined;
  }
  const wanted = trimmed.replace(/\s+/g, ' ').toLowerCase();
  return SCHEDULE_TYPES.find((t) => t.name.toLowerCase() === wanted)?.type;
}
