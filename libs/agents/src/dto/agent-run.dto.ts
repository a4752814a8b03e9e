import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { localized, messages, Omittable } from '@zdm/common';

const MAX_BYTES = Number.MAX_SAFE_INTEGER;

/** `POST /api/agent/runs/claim`. */
export class ClaimRunDto {
  /** Long poll: seconds to wait for a run (0–30, default 0 = answer at once). */
  @Omittable()
  @IsInt({ message: localized(() => messages.common.mustBeInteger('wait', 0, 30)) })
  @Min(0, { message: localized(() => messages.common.mustBeInteger('wait', 0, 30)) })
  @Max(30, { message: localized(() => messages.common.mustBeInteger('wait', 0, 30)) })
  @ApiPropertyOptional({ type: 'integer' })
  wait?: number;
}

/** `POST /api/agent/runs/:id/progress`. */
export class RunProgressDto {
  /** 0–100. */
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  percent: number;

  @Omittable()
  @IsInt()
  @Min(0)
  @Max(MAX_BYTES)
  @ApiPropertyOptional({ type: 'integer' })
  bytesDone?: number;

  @Omittable()
  @IsInt()
  @Min(0)
  @Max(MAX_BYTES)
  @ApiPropertyOptional({ type: 'integer' })
  bytesTotal?: number;

  /** Written to the run's log. */
  @Omittable()
  @IsString()
  @Length(1, 1000)
  message?: string;
}

export const AGENT_LOG_LEVELS = ['info', 'warn', 'error'] as const;

export class RunLogLineDto {
  @IsIn(AGENT_LOG_LEVELS, { message: localized(() => messages.common.mustBeOneOf('level', AGENT_LOG_LEVELS)) })
  level: (typeof AGENT_LOG_LEVELS)[number];

  @IsString()
  @Length(1, 4000)
  message: string;
}

/** `POST /api/agent/runs/:id/log`. */
export class RunLogDto {
  /** 1–500 lines. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => RunLogLineDto)
  lines: RunLogLineDto[];
}

export const AGENT_RESULTS = ['success', 'warning', 'failed', 'cancelled'] as const;
export const VERIFY_IMAGE_STATES = ['ok', 'corrupt', 'missing'] as const;

/** What a verify run found of one image of its chain. */
export class VerifiedImageDto {
  /** File name of a link of the claimed chain. */
  @IsString()
  @Length(1, 1024)
  image: string;

  @IsIn(VERIFY_IMAGE_STATES, {
    message: localized(() => messages.common.mustBeOneOf('images.state', VERIFY_IMAGE_STATES)),
  })
  state: (typeof VERIFY_IMAGE_STATES)[number];

  @Omittable()
  @IsString()
  @MaxLength(4000)
  errorMessage?: string;
}

/** `POST /api/agent/runs/:id/complete`. */
export class CompleteRunDto {
  @IsIn(AGENT_RESULTS, { message: localized(() => messages.common.mustBeOneOf('result', AGENT_RESULTS)) })
  result: (typeof AGENT_RESULTS)[number];

  /** Path of the image the run wrote, inside BACKUP_REPOSITORY_PATH (absolute, or relative to it). */
  @Omittable()
  @IsString()
  @Length(1, 1024)
  image?: string;

  @Omittable()
  @IsString()
  @MaxLength(4000)
  errorMessage?: string;

  /** A verify run: each image of the claimed chain it read (`success` iff every one is `ok`). */
  @Omittable()
  @IsArray()
  @ArrayMaxSize(10000)
  @ValidateNested({ each: true })
  @Type(() => VerifiedImageDto)
  images?: VerifiedImageDto[];
}
