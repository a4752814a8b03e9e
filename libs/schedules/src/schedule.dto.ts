import { Type } from 'class-transformer';
import { Allow, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import {
  ID_SCHEMA,
  IDENTIFIER_SCHEMA,
  localized,
  messages,
  Omittable,
  PaginationQuery,
  schedulesMessages,
} from '@zdm/common';
import { SCHEDULE_TYPE_IDS, SCHEDULE_TYPES } from './domain/schedule-type';
import { ScheduleFieldsDto } from './schedule-object.dto';
import { IsIdentifier } from '@zdm/inventory';

export const MAX_NEXT_RUNS = 100;
export const DEFAULT_NEXT_RUNS = 10;

/**
 * `type`, `basic`, `advanced`, `timezone` are read by `parseScheduleInput` (one code path with job
 * registration), so they are only allowed through here, not checked.
 */
export class ScheduleBodyDto {
  /** Schedule type 0–11 (number or digit string); 7–11 are smart and need `advanced`. */
  @ApiProperty({
    oneOf: [
      { type: 'integer', enum: [...SCHEDULE_TYPE_IDS] },
      { type: 'string', enum: SCHEDULE_TYPE_IDS.map(String) },
    ],
    example: 4,
    required: true,
  })
  @Allow()
  type?: unknown;

  /** The type's values (smart types: the full-backup slot); or an existing schedule id whose values to use. */
  @ApiProperty({ oneOf: [{ $ref: getSchemaPath(ScheduleFieldsDto) }, { type: 'integer', minimum: 1 }], required: true })
  @Allow()
  basic?: unknown;

  /** Smart types (7–11) only: the incremental schedule, same keys as `basic`; null on other types is as omitted. */
  @ApiPropertyOptional({
    oneOf: [{ $ref: getSchemaPath(ScheduleFieldsDto) }, { type: 'integer', minimum: 1, nullable: true }],
  })
  @Allow()
  advanced?: unknown;

  /** IANA zone (default, also for null: the server's configured `TZ`). */
  @ApiPropertyOptional({ type: 'string', nullable: true, example: 'Asia/Seoul' })
  @Allow()
  timezone?: unknown;
}

export class CreateScheduleDto extends ScheduleBodyDto {
  /** Center id or name. */
  @ApiProperty(IDENTIFIER_SCHEMA)
  @IsIdentifier()
  center: string | number;

  /** User id or email. */
  @ApiPropertyOptional(IDENTIFIER_SCHEMA)
  @Omittable()
  @IsIdentifier()
  user?: string | number;

  /** Job the schedule is meant for. */
  @Omittable()
  @IsString({ message: localized(() => messages.common.invalidField('jobName', '1 ~ 255 characters')) })
  @Length(1, 255, { message: localized(() => messages.common.invalidField('jobName', '1 ~ 255 characters')) })
  jobName?: string;
}

export class NextRunsQuery {
  /** How many runs (1–100, default 10). */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: localized(() => schedulesMessages.invalidCount('count', MAX_NEXT_RUNS)) })
  @Min(1, { message: localized(() => schedulesMessages.invalidCount('count', MAX_NEXT_RUNS)) })
  @Max(MAX_NEXT_RUNS, { message: localized(() => schedulesMessages.invalidCount('count', MAX_NEXT_RUNS)) })
  @ApiPropertyOptional({ type: 'integer' })
  count?: number;
}

export class PreviewScheduleDto extends ScheduleBodyDto {
  /** How many runs to list (1–100, default 10). */
  @Omittable()
  @IsInt({ message: localized(() => schedulesMessages.invalidCount('count', MAX_NEXT_RUNS)) })
  @Min(1, { message: localized(() => schedulesMessages.invalidCount('count', MAX_NEXT_RUNS)) })
  @Max(MAX_NEXT_RUNS, { message: localized(() => schedulesMessages.invalidCount('count', MAX_NEXT_RUNS)) })
  @ApiPropertyOptional({ type: 'integer' })
  count?: number;
}

export class ScheduleListQuery extends PaginationQuery {
  /** Schedule id. */
  @ApiPropertyOptional(ID_SCHEMA)
  @IsOptional()
  @Matches(/^\d{1,10}$/, { message: localized(() => schedulesMessages.invalidScheduleId('id')) })
  id?: string;

  /** Exact job name. */
  @IsOptional()
  @IsString()
  @MaxLength(255)
  jobName?: string;

  /** Type number (0–11) or name (`Daily`, case-insensitive). */
  @ApiPropertyOptional({ enum: [...SCHEDULE_TYPE_IDS.map(String), ...SCHEDULE_TYPES.map((t) => t.name)] })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  type?: string;

  /** `Enabled` or `Disabled` (case-insensitive). */
  @ApiPropertyOptional({ enum: ['Enabled', 'Disabled'] })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  state?: string;

  /** Center id or name. */
  @IsOptional()
  @IsIdentifier()
  center?: string;
}
