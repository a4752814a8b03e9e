import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { localized, messages, Omittable, PaginationQuery } from '@zdm/common';
import { IsIdentifier } from '@zdm/inventory';
import { RUN_LEVELS, RUN_RESULTS, RUN_TRIGGERS } from '../domain/run-state';
import type { RunLevel, RunResult, RunTrigger } from '../domain/run-state';
import { RUN_HEALTHS } from '../domain/run-health';
import type { RunHealth } from '../domain/run-health';

/** Body of `POST /api/backups/:identifier/runs` (run now). */
export class RunNowDto {
  /** Level of this run; default: the job's mode (smart: increment once a full succeeded, else full). */
  @Omittable()
  @IsIn(RUN_LEVELS, { message: localized(() => messages.common.mustBeOneOf('level', RUN_LEVELS)) })
  level?: RunLevel;
}

/** Body of `POST /api/backups/:identifier/verify`. */
export class VerifyRunDto {
  /** File name of the restore point whose chain to verify; default: the job's newest point. */
  @Omittable()
  @IsString({ message: localized(() => messages.common.invalidField('image', 'an image file name')) })
  @MaxLength(1024, { message: localized(() => messages.common.invalidField('image', 'at most 1024 characters')) })
  image?: string;
}

/** `GET /api/backups/:identifier/runs`: filters and pagination (newest first). */
export class RunHistoryQuery extends PaginationQuery {
  /** How the run ended. */
  @IsOptional()
  @IsIn(RUN_RESULTS, { message: localized(() => messages.common.mustBeOneOf('result', RUN_RESULTS)) })
  result?: RunResult;

  /** What made the run. */
  @IsOptional()
  @IsIn(RUN_TRIGGERS, { message: localized(() => messages.common.mustBeOneOf('trigger', RUN_TRIGGERS)) })
  trigger?: RunTrigger;

  /** Runs created at or after this time (`YYYY-MM-DD HH:mm:ss` in the API's time zone, or ISO-8601). */
  @IsOptional()
  @IsString({ message: localized(() => messages.runs.invalidDateTime('from')) })
  @MaxLength(40, { message: localized(() => messages.runs.invalidDateTime('from')) })
  from?: string;

  /** Runs created at or before this time (same formats as `from`). */
  @IsOptional()
  @IsString({ message: localized(() => messages.runs.invalidDateTime('to')) })
  @MaxLength(40, { message: localized(() => messages.runs.invalidDateTime('to')) })
  to?: string;
}

export const DEFAULT_LOG_LIMIT = 100;
export const MAX_LOG_LIMIT = 1000;

/** `GET /api/runs/:id/log`: lines from `start` (seq, 1-based), at most `limit`. */
export class RunLogQuery {
  /** First line (seq) to return; default 1. */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: localized(() => messages.common.mustBeInteger('start', 1, 2_147_483_647)) })
  @Min(1, { message: localized(() => messages.common.mustBeInteger('start', 1, 2_147_483_647)) })
  @Max(2_147_483_647, { message: localized(() => messages.common.mustBeInteger('start', 1, 2_147_483_647)) })
  @ApiPropertyOptional({ type: 'integer' })
  start?: number;

  /** Lines per answer (default 100, max 1000). */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: localized(() => messages.common.pageOutOfRange('limit', MAX_LOG_LIMIT)) })
  @Min(1, { message: localized(() => messages.common.pageOutOfRange('limit', MAX_LOG_LIMIT)) })
  @Max(MAX_LOG_LIMIT, { message: localized(() => messages.common.pageOutOfRange('limit', MAX_LOG_LIMIT)) })
  @ApiPropertyOptional({ type: 'integer' })
  limit?: number;
}

/** `GET /api/backups/monitoring`: filters and pagination. */
export class MonitoringQuery extends PaginationQuery {
  /** Only jobs in this health. */
  @IsOptional()
  @IsIn(RUN_HEALTHS, { message: localized(() => messages.common.mustBeOneOf('health', RUN_HEALTHS)) })
  health?: RunHealth;

  /** Server id or name. */
  @IsOptional()
  @IsIdentifier()
  server?: string;
}
