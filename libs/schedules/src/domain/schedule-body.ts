import { ScheduleFields } from './schedule-spec';
import { ScheduleType, scheduleTypeInfo } from './schedule-type';

/**
 * The API shape of one `basic` / `advanced` object (strings, comma-separated lists), rebuilt from
 * normalised fields. `parseScheduleInput` reads it back to the same fields, so a stored schedule can
 * be shown, copied or used as a reference by id.
 */
export type ScheduleBody = Record<string, string | Record<string, string>>;

export function scheduleBody(type: ScheduleType, fields: ScheduleFields): ScheduleBody {
  const info = scheduleTypeInfo(type);
  const body: ScheduleBody = {};
  for (const key of info.keys) {
    switch (key) {
      case 'year':
        body.year = String(fields.year);
        break;
      case 'month':
        body.month = (fields.months ?? []).join(',');
        break;
      case 'week':
        body.week = (fields.weeks ?? []).join(',');
        break;
      case 'day':
        body.day = info.day === 'weekday' ? (fields.weekdays ?? []).join(',') : (fields.dates ?? []).join(',');
        break;
      case 'time':
        body.time = fields.time;
        break;
      case 'interval':
        body.interval =
          info.interval === 'minute'
            ? { minute: String(fields.intervalMinutes) }
            : { hour: String(fields.intervalHours) };
        break;
    }
  }
  return body;
}
