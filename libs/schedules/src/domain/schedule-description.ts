import { ScheduleFields, ScheduleRole, ScheduleSpec, Weekday, WEEKDAYS } from './schedule-spec';
import { ScheduleType, scheduleTypeName } from './schedule-type';

// The summary's shape is the response class in schedule.view.ts (documented for OpenAPI).
import type { ScheduleSummary } from '../schedule.view';

const WEEKDAY_NAMES: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};
const WEEK_NAMES = ['First Week', 'Second Week', 'Third Week', 'Fourth Week', 'Last Week'];
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * The English description of one half of a schedule, exactly per the table of spec §5. The prefix
 * (`[Basic]` / `[Advanced]`) comes from `role`, which the caller knows; lists print in calendar order
 * joined by `, `. Types 8, 10 and 11 word basic and advanced differently; there, as everywhere, the
 * trailing period is present only where the table has one.
 */
export function describeSchedule(type: ScheduleType, role: ScheduleRole, fields: ScheduleFields): string {
  const p = role === 'basic' ? '[Basic]' : '[Advanced]';
  const t = fields.time;
  const days = () => list([...(fields.weekdays ?? [])].sort(byWeekday).map((d) => WEEKDAY_NAMES[d]));
  const weeks = () => list(sorted(fields.weeks).map((w) => WEEK_NAMES[w - 1]));
  const months = () => list(sorted(fields.months).map((mo) => MONTH_NAMES[mo - 1]));
  const dates = () => list(sorted(fields.dates).map(String));

  switch (type) {
    case 0: {
      const [month] = fields.months ?? [];
      const [date] = fields.dates ?? [];
      return `${p} Start working on ${pad(date, 2)}/${pad(month, 2)}/${pad(fields.year ?? 0, 4)} ${t}.`;
    }
    case 1:
      return `${p} Start working at ${t} every ${fields.intervalMinutes} Minute.`;
    case 2:
      return `${p} Start working at ${t} every ${fields.intervalHours} Hour.`;
    case 3:
      return `${p} Start working at ${t} every day.`;
    case 4:
      return `${p} Start working at ${t} ${days()} every week.`;
    case 5:
      return `${p} Start working at ${t} ${weeks()} / ${days()} every month.`;
    case 6:
      return `${p} Start working at ${t} ${dates()} every month.`;
    case 7:
      return `${p} Start working every ${days()} at ${t}`;
    case 8:
      return role === 'basic'
        ? `${p} Start working at ${t} on ${days()} ${weeks()} of every month.`
        : `${p} Start working at ${t} on the ${days()} of the ${weeks()} of every month.`;
    case 9:
      return `${p} Start working at ${t} on the ${dates()} of every month.`;
    case 10:
      return role === 'basic'
        ? `${p} Start working at ${t} on the ${weeks()} ${days()} of ${months()}`
        : `${p} Start working at ${t} on the ${weeks()} / ${days()} of ${months()}`;
    case 11:
      return role === 'basic'
        ? `${p} Start working on ${months()} ${dates()} at ${t}`
        : `${p} Start working at ${t} on the ${dates()} of ${months()}`;
  }
}

function list(items: string[]): string {
  return items.join(', ');
}

function sorted(values: readonly number[] | undefined): number[] {
  return [...(values ?? [])].sort((a, b) => a - b);
}

function byWeekday(a: Weekday, b: Weekday): number {
  return WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b);
}

function pad(n: number | undefined, width: number): string {
  return String(n ?? 0).padStart(width, '0');
}

/** Type name and description of each half of a spec (seed: `schedule.basic.type` / `.description`). */
export function summarizeSchedule(spec: ScheduleSpec): ScheduleSummary {
  const type = scheduleTypeName(spec.type);
  const basic = { type, description: describeSchedule(spec.type, 'basic', spec.basic) };
  return spec.advanced
    ? { basic, advanced: { type, description: describeSchedule(spec.type, 'advanced', spec.advanced) } }
    : { basic };
}
