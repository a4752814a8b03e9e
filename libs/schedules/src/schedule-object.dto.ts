import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { SCHEDULE_TYPE_IDS } from './domain/schedule-type';

/**
 * The shapes of a schedule body as documented (spec §5). The values are checked by
 * `parseScheduleInput` (one code path for `POST /api/schedules` and job registration); these
 * classes only describe them. Numbers may arrive as numbers or digit strings.
 */
const INT_OR_DIGITS = (min: number, max?: number) => ({
  oneOf: [
    { type: 'integer', minimum: min, ...(max !== undefined ? { maximum: max } : {}) },
    { type: 'string', pattern: '^\\s*\\d{1,10}\\s*$' },
  ],
});
const LIST_OR_NUMBER = (min: number, max: number, what: string) => ({
  oneOf: [
    { type: 'integer', minimum: min, maximum: max },
    { type: 'string', minLength: 1, maxLength: 1024, description: `${what}, comma-separated: \`1,3\`` },
  ],
});

export class ScheduleIntervalDto {
  /** Type 1 (`Every Minute`): every N minutes. */
  @ApiPropertyOptional(INT_OR_DIGITS(1))
  minute?: number | string;
  /** Type 2 (`Hourly`): every N hours. */
  @ApiPropertyOptional(INT_OR_DIGITS(1))
  hour?: number | string;
}

/**
 * `basic` / `advanced`: exactly the keys the schedule type takes (type 0 `{year, month, day, time}`,
 * 1 `{time, interval:{minute}}`, 2 `{time, interval:{hour}}`, 3 `{time}`, 4/7 `{day, time}`,
 * 5/8 `{week, day, time}`, 6/9 `{day, time}`, 10 `{month, week, day, time}`, 11 `{month, day, time}`).
 */
export class ScheduleFieldsDto {
  /** Type 0: the year. */
  @ApiPropertyOptional(INT_OR_DIGITS(1970, 9999))
  year?: number | string;
  /** Month(s) 1–12. */
  @ApiPropertyOptional(LIST_OR_NUMBER(1, 12, 'months 1–12'))
  month?: number | string;
  /** Week(s) of the month 1–5 (5 = the last). */
  @ApiPropertyOptional(LIST_OR_NUMBER(1, 5, 'weeks 1–5'))
  week?: number | string;
  /** Weekdays `mon`…`sun` (types 4, 5, 7, 8, 10) or dates 1–31 (types 0, 6, 9, 11), comma-separated. */
  @ApiPropertyOptional(LIST_OR_NUMBER(1, 31, 'weekdays `mon,wed` or dates `25,28`'))
  day?: number | string;
  /** `HH:mm`, 00:00–23:59. */
  @ApiPropertyOptional({ type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', example: '01:30' })
  time?: string;
  @ApiPropertyOptional({ type: ScheduleIntervalDto })
  interval?: ScheduleIntervalDto;
}

/** A schedule object: `{ type, basic, advanced?, timezone? }`. */
@ApiExtraModels(ScheduleFieldsDto)
export class ScheduleObjectDto {
  /** Schedule type 0–11 (7–11 are smart and need `advanced`). */
  @ApiProperty({
    oneOf: [
      { type: 'integer', enum: [...SCHEDULE_TYPE_IDS] },
      { type: 'string', enum: SCHEDULE_TYPE_IDS.map(String) },
    ],
    example: 4,
  })
  type: number | string;
  /** The type's values (smart types: the full-backup slot, one value per field); or an existing schedule id. */
  @ApiProperty({ oneOf: [{ $ref: getSchemaPath(ScheduleFieldsDto) }, { type: 'integer', minimum: 1 }] })
  basic: ScheduleFieldsDto | number;
  /** Smart types (7–11) only: the incremental slots, same keys as `basic`, one or more values; null on other types is as omitted. */
  @ApiPropertyOptional({
    oneOf: [{ $ref: getSchemaPath(ScheduleFieldsDto) }, { type: 'integer', minimum: 1, nullable: true }],
  })
  advanced?: ScheduleFieldsDto | number | null;
  /** IANA zone (default, also for null: the configured `TZ`). */
  @ApiPropertyOptional({ type: 'string', nullable: true, example: 'Asia/Seoul' })
  timezone?: string | null;
}
