import { ApiProperty, ApiPropertyOptions } from '@nestjs/swagger';
import { LOCAL_TIMESTAMP_OR_DASH_SCHEMA } from '@zdm/common';
import { DateTime } from 'luxon';
import { SCHEDULE_TYPES } from './domain/schedule-type';

const TYPE_NAMES = SCHEDULE_TYPES.map((t) => t.name);
const STATES = ['Enabled', 'Disabled'];
/** `2026-01-25T12:00:00+09:00` (the schedule zone's offset), or `-` when there is none. */
const RUN_TIME: ApiPropertyOptions = {
  type: 'string',
  pattern: '^(-|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2}))$',
};

export class ScheduleCenterView {
  @ApiProperty({ type: 'integer', example: 1 })
  id: number;
  name: string;
}

/** `GET /api/schedules` item (spec §5; `timezone` and `nextRunAt` are beyond). Missing values are `"-"`. */
export class ScheduleView {
  @ApiProperty({ type: 'integer', example: 1 })
  id: number;
  center: ScheduleCenterView;
  @ApiProperty({ enum: TYPE_NAMES })
  type: string;
  @ApiProperty({ enum: STATES })
  state: string;
  /** Job the schedule belongs to, or `-`. */
  jobName: string;
  /** `YYYY-MM-DD HH:mm:ss`, or `-` before the first run. */
  @ApiProperty(LOCAL_TIMESTAMP_OR_DASH_SCHEMA)
  lastRunTime: string;
  /** `[Basic] Start working at 01:30 Monday, Wednesday, Friday every week.` */
  description: string;
  /** IANA zone the schedule runs in. */
  timezone: string;
  @ApiProperty({ ...RUN_TIME, description: 'Next run (ISO-8601 with the zone offset), `-` when none' })
  nextRunAt: string;
}

/** One half of `POST /api/schedules`'s answer. */
export class RegisteredScheduleView {
  @ApiProperty({ type: 'integer', example: 1 })
  id: number;
  @ApiProperty({ enum: TYPE_NAMES })
  type: string;
  @ApiProperty({ enum: STATES })
  state: string;
  description: string;
}

/** `data` of `POST /api/schedules`: the basic row, and the advanced row of a smart schedule. */
export class RegisteredSchedulesView {
  basic: RegisteredScheduleView;
  advanced?: RegisteredScheduleView;
}

/** Type name and description of one half, as job registration reports it (seed `schedule.basic`). */
export class ScheduleHalfSummary {
  @ApiProperty({ enum: TYPE_NAMES })
  type: string;
  description: string;
}

export class ScheduleSummary {
  basic: ScheduleHalfSummary;
  advanced?: ScheduleHalfSummary;
}

/** One planned run of a preview. */
export class PlannedRunView {
  @ApiProperty({ format: 'date-time', example: '2026-01-25T12:00:00+09:00' })
  at: string;
  /** Which half fires (smart: basic = full, advanced = incremental). */
  @ApiProperty({ enum: ['basic', 'advanced'] })
  role: string;
}

/** `data` of `POST /api/schedules/preview`. */
export class SchedulePreviewView extends ScheduleSummary {
  timezone: string;
  nextRuns: PlannedRunView[];
}

/** `data` of `GET /api/schedules/:id/next-runs`. */
export class ScheduleNextRunsView {
  @ApiProperty({ type: 'integer', example: 1 })
  id: number;
  @ApiProperty({ enum: TYPE_NAMES })
  type: string;
  description: string;
  timezone: string;
  @ApiProperty({ type: 'array', items: { type: 'string', format: 'date-time' } })
  runs: string[];
}

/** `data` of `DELETE /api/schedules/:id`. */
export class ScheduleRemovalView {
  @ApiProperty({ type: 'integer', example: 1 })
  id: number;
  /** Rows removed (a smart schedule's two rows). */
  @ApiProperty({ type: 'array', items: { type: 'integer' } })
  deleted: number[];
}

/** An instant as ISO-8601 with the schedule zone's offset (`2026-01-25T12:00:00+09:00`); `-` when absent. */
export function formatRunTime(at: Date | undefined, zone: string): string {
  if (!at) return '-';
  return DateTime.fromJSDate(at, { zone }).toISO({ suppressMilliseconds: true }) ?? '-';
}
