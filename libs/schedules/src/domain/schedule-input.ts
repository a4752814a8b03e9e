import { IANAZone } from 'luxon';
import { isPlainObject, LocalizedText, Refusal, schedulesMessages as m, ScheduleValueKind } from '@zdm/common';
import { daysInMonth } from './calendar';
import { ScheduleFields, ScheduleRole, ScheduleSpec, Weekday, WEEKDAYS } from './schedule-spec';
import { isScheduleType, ScheduleKey, ScheduleType, ScheduleTypeInfo, scheduleTypeInfo } from './schedule-type';

/**
 * Parse and validate an untrusted schedule body `{ type, basic, advanced?, timezone? }` (JSON values:
 * numbers may be numbers or digit strings) into a normalised `ScheduleSpec`.
 *
 * Rules (spec §5): `type` 0–11; `basic` has exactly the type's keys; `time` `HH:mm` 00:00–23:59;
 * weekday `day` `mon…sun` comma-separated (case and surrounding spaces ignored); date `day` 1–31;
 * `week` 1–5; `month` 1–12; `interval.minute|hour` ≥ 1; type 0 is a real calendar date; lists are
 * non-empty and never repeat a value; smart types (7–11) need `advanced` and allow one value per
 * field in `basic`; types 0–6 take no `advanced`; type 11 must name at least one existing
 * month/date pair. `timezone` is an IANA name, `defaultTimezone` when absent.
 *
 * Every problem is collected; the 400 carries the first one's message and, in `detail`, every failed
 * field with its full path (`fieldPath` + `.basic.time`, e.g. `individual[1].schedule.basic.time`)
 * and its message. The three messages the spec documents are kept verbatim in Korean (they say
 * `time`, not the path); all others name the full path themselves.
 */
export interface ParseScheduleOptions {
  /** Prefix of every field path: `schedule`, `individual[1].schedule`, or `''` for a top-level body. */
  fieldPath: string;
  /** Zone used when the body has no `timezone` (config `TZ`). */
  defaultTimezone: string;
  /**
   * Resolves `basic` / `advanced` given as an existing schedule id (the seed allows
   * `basic: <id>`): returns that schedule's body (see `scheduleBody`) or throws (404). Without it, a
   * number there is rejected as not an object.
   */
  resolveReference?: (id: number, field: string) => unknown;
}

const TOP_LEVEL_KEYS = ['type', 'basic', 'advanced', 'timezone'];
const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
const DIGITS = /^\d+$/;
const MIN_YEAR = 1970;
const MAX_YEAR = 9999;
/** Longest month length for each month, leap years included (Feb 29 exists some years). */
const MAX_DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function joinPath(prefix: string, key: string): string {
  return prefix ? `${prefix}.${key}` : key;
}

export function parseScheduleInput(raw: unknown, options: ParseScheduleOptions): ScheduleSpec {
  const issues = new Issues();
  const spec = readSpec(raw, options, issues);
  issues.throwIfAny();
  return spec!;
}

/** One failed field; `message` is rendered in the reply's language by the exception filter. */
export interface ScheduleFieldError {
  field: string;
  message: LocalizedText;
}

/** The field errors of a schedule body, or `[]` when it is valid. */
export function scheduleInputErrors(raw: unknown, options: ParseScheduleOptions): ScheduleFieldError[] {
  const issues = new Issues();
  readSpec(raw, options, issues);
  return issues.list;
}

function readSpec(raw: unknown, options: ParseScheduleOptions, issues: Issues): ScheduleSpec | undefined {
  const { fieldPath } = options;
  if (!isPlainObject(raw)) {
    issues.add(
      fieldPath || 'schedule',
      raw === undefined || raw === null ? m.required(fieldPath || 'schedule') : m.mustBeObject(fieldPath || 'schedule'),
    );
    return undefined;
  }
  const typePath = joinPath(fieldPath, 'type');
  const type = readType(raw.type);
  if (type === undefined) {
    issues.add(typePath, raw.type === undefined || raw.type === null ? m.required(typePath) : m.invalidType(typePath));
    return undefined;
  }
  for (const key of Object.keys(raw)) {
    if (!TOP_LEVEL_KEYS.includes(key)) issues.add(joinPath(fieldPath, key), m.unknownField(joinPath(fieldPath, key)));
  }
  const info = scheduleTypeInfo(type);
  const basic = readRole(raw.basic, 'basic', info, options, issues);

  const advancedPath = joinPath(fieldPath, 'advanced');
  let advanced: ScheduleFields | undefined;
  if (info.smart) {
    if (raw.advanced === undefined || raw.advanced === null)
      issues.add(advancedPath, m.advancedRequired(advancedPath, info.name));
    else advanced = readRole(raw.advanced, 'advanced', info, options, issues);
  } else if (raw.advanced !== undefined && raw.advanced !== null) {
    issues.add(advancedPath, m.advancedNotAllowed(advancedPath));
  }

  const timezone = readTimezone(raw.timezone, joinPath(fieldPath, 'timezone'), options.defaultTimezone, issues);
  if (!basic || (info.smart && !advanced) || !timezone || issues.any) return undefined;
  return info.smart ? { type, basic, advanced, timezone } : { type, basic, timezone };
}

function readType(value: unknown): ScheduleType | undefined {
  if (typeof value === 'string' && DIGITS.test(value.trim())) value = Number(value.trim());
  return isScheduleType(value) ? value : undefined;
}

function readRole(
  value: unknown,
  role: ScheduleRole,
  info: ScheduleTypeInfo,
  options: ParseScheduleOptions,
  issues: Issues,
): ScheduleFields | undefined {
  const path = joinPath(options.fieldPath, role);
  if (value === undefined || value === null) {
    issues.add(path, m.required(path));
    return undefined;
  }
  const referenceId =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && DIGITS.test(value.trim())
        ? Number(value.trim())
        : undefined;
  if (referenceId !== undefined && options.resolveReference && Number.isSafeInteger(referenceId)) {
    const referenced = options.resolveReference(referenceId, path);
    const inner = new Issues();
    const fields = readFields(referenced, path, role, info, inner);
    if (inner.any || !fields) {
      issues.add(path, m.referenceTypeMismatch(path, referenceId));
      return undefined;
    }
    return fields;
  }
  return readFields(value, path, role, info, issues);
}

function readFields(
  value: unknown,
  path: string,
  role: ScheduleRole,
  info: ScheduleTypeInfo,
  issues: Issues,
): ScheduleFields | undefined {
  if (!isPlainObject(value)) {
    issues.add(path, m.mustBeObject(path));
    return undefined;
  }
  const before = issues.count;
  for (const key of Object.keys(value)) {
    if (!info.keys.includes(key as ScheduleKey)) issues.add(joinPath(path, key), m.unknownField(joinPath(path, key)));
  }
  const present = (key: ScheduleKey): boolean => {
    const field = joinPath(path, key);
    if (value[key] === undefined || value[key] === null) {
      issues.add(field, m.required(field));
      return false;
    }
    return true;
  };

  const fields: {
    time?: string;
    year?: number;
    months?: number[];
    weeks?: number[];
    weekdays?: Weekday[];
    dates?: number[];
    intervalMinutes?: number;
    intervalHours?: number;
  } = {};
  const single = info.type === 0 || (info.smart && role === 'basic');
  const singles: { field: string; kind: ScheduleValueKind; values: readonly (string | number)[] }[] = [];

  for (const key of info.keys) {
    if (!present(key)) continue;
    const field = joinPath(path, key);
    const raw = value[key];
    switch (key) {
      case 'time':
        if (typeof raw === 'string' && TIME_PATTERN.test(raw)) fields.time = raw;
        else issues.add(field, m.invalidTime(field));
        break;
      case 'year': {
        const year = readInteger(raw);
        if (year === undefined) issues.add(field, m.mustBeNumber(field));
        else if (year < MIN_YEAR || year > MAX_YEAR)
          issues.add(field, m.outOfRange(field, MIN_YEAR, MAX_YEAR, String(raw)));
        else fields.year = year;
        break;
      }
      case 'month':
        fields.months = readNumberList(raw, field, 1, 12, issues);
        if (fields.months) singles.push({ field, kind: 'month', values: fields.months });
        break;
      case 'week':
        fields.weeks = readNumberList(raw, field, 1, 5, issues);
        if (fields.weeks) singles.push({ field, kind: 'week', values: fields.weeks });
        break;
      case 'day':
        if (info.day === 'weekday') {
          fields.weekdays = readWeekdayList(raw, field, issues);
          if (fields.weekdays) singles.push({ field, kind: 'weekday', values: fields.weekdays });
        } else {
          fields.dates = readNumberList(raw, field, 1, 31, issues);
          if (fields.dates) singles.push({ field, kind: 'date', values: fields.dates });
        }
        break;
      case 'interval': {
        const unit = info.interval!;
        const unitField = joinPath(field, unit);
        const invalid = unit === 'minute' ? m.invalidIntervalMinute(unitField) : m.invalidIntervalHour(unitField);
        if (!isPlainObject(raw)) {
          issues.add(field, m.mustBeObject(field));
          break;
        }
        for (const k of Object.keys(raw)) {
          if (k !== unit) issues.add(joinPath(field, k), m.unknownField(joinPath(field, k)));
        }
        if (raw[unit] === undefined || raw[unit] === null) {
          issues.add(unitField, m.required(unitField));
          break;
        }
        const n = readInteger(raw[unit]);
        if (n === undefined || n < 1) issues.add(unitField, invalid);
        else if (unit === 'minute') fields.intervalMinutes = n;
        else fields.intervalHours = n;
        break;
      }
    }
  }

  if (single) {
    for (const s of singles) {
      if (s.values.length <= 1) continue;
      if (info.type === 0) issues.add(s.field, m.singleValue(s.field));
      else issues.add(s.field, m.smartBasicMultiple(info.name, s.kind, s.values));
    }
  }
  if (issues.count > before) return undefined;

  if (info.type === 0) {
    const [month] = fields.months!;
    const [date] = fields.dates!;
    if (date > daysInMonth(fields.year!, month)) {
      const field = joinPath(path, 'day');
      issues.add(field, m.invalidDate(field, `${fields.year}-${pad2(month)}-${pad2(date)}`));
      return undefined;
    }
  }
  if (
    info.type === 11 &&
    !fields.months!.some((month) => fields.dates!.some((date) => date <= MAX_DAYS_IN_MONTH[month - 1]))
  ) {
    const field = joinPath(path, 'day');
    issues.add(field, m.neverRuns(field));
    return undefined;
  }
  return fields as ScheduleFields;
}

/** A number that is an integer, or a string of digits (surrounding spaces allowed). */
function readInteger(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : undefined;
  if (typeof value === 'string' && DIGITS.test(value.trim())) {
    const n = Number(value.trim());
    return Number.isSafeInteger(n) ? n : undefined;
  }
  return undefined;
}

/** The comma-separated tokens of a list value (a string, or a single number). */
function readTokens(value: unknown, field: string, issues: Issues): string[] | undefined {
  if (typeof value === 'number') return [String(value)];
  if (typeof value !== 'string') {
    issues.add(field, m.mustBeList(field));
    return undefined;
  }
  if (value.trim() === '') {
    issues.add(field, m.emptyList(field));
    return undefined;
  }
  const tokens = value.split(',').map((t) => t.trim());
  if (tokens.some((t) => t === '')) {
    issues.add(field, m.mustBeList(field));
    return undefined;
  }
  return tokens;
}

function readNumberList(value: unknown, field: string, min: number, max: number, issues: Issues): number[] | undefined {
  const tokens = readTokens(value, field, issues);
  if (!tokens) return undefined;
  const values: number[] = [];
  for (const token of tokens) {
    const n = DIGITS.test(token) ? Number(token) : undefined;
    if (n === undefined || n < min || n > max) {
      issues.add(field, m.outOfRange(field, min, max, token));
      return undefined;
    }
    if (values.includes(n)) {
      issues.add(field, m.duplicateValue(field, token));
      return undefined;
    }
    values.push(n);
  }
  return values.sort((a, b) => a - b);
}

function readWeekdayList(value: unknown, field: string, issues: Issues): Weekday[] | undefined {
  if (typeof value !== 'string') {
    issues.add(field, m.mustBeList(field));
    return undefined;
  }
  const tokens = readTokens(value, field, issues);
  if (!tokens) return undefined;
  const values: Weekday[] = [];
  for (const token of tokens) {
    const day = token.toLowerCase() as Weekday;
    if (!WEEKDAYS.includes(day)) {
      issues.add(field, m.invalidWeekday(field, token));
      return undefined;
    }
    if (values.includes(day)) {
      issues.add(field, m.duplicateValue(field, token));
      return undefined;
    }
    values.push(day);
  }
  return values.sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
}

function readTimezone(value: unknown, field: string, fallback: string, issues: Issues): string | undefined {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'string' && value.trim() !== '' && IANAZone.isValidZone(value.trim())) {
    return canonicalZone(value.trim());
  }
  issues.add(field, m.invalidTimezone(field, typeof value === 'string' ? value : JSON.stringify(value)));
  return undefined;
}

/** `america/new_york` → `America/New_York` (as the platform spells it). */
export function canonicalZone(zone: string): string {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return zone;
  }
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Failed fields, in the order found. */
class Issues {
  readonly list: ScheduleFieldError[] = [];

  add(field: string, message: LocalizedText): void {
    this.list.push({ field, message });
  }

  get count(): number {
    return this.list.length;
  }

  get any(): boolean {
    return this.list.length > 0;
  }

  throwIfAny(): void {
    if (!this.any) return;
    // `detail` always names every failed field: the spec's verbatim messages do not carry the path.
    throw Refusal.invalid(this.list[0].message, this.list);
  }
}
