import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { messages } from '../messages/message-catalog';
import { localized } from '../validation/validation-message';

const MAX_LIMIT = 1000;

/** `page`, `limit`, `sort` of every list route (spec §1). */
export class PaginationQuery {
  /** 1-based page number. */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: localized(() => messages.common.mustBeInteger('page', 1)) })
  @Min(1, { message: localized(() => messages.common.mustBeInteger('page', 1)) })
  @Max(1_000_000, { message: localized(() => messages.common.pageOutOfRange('page', 1_000_000)) })
  @ApiPropertyOptional({ type: 'integer' })
  page?: number;

  /**
   * Items per page (default 20, max 1000). Without `page` and `limit` a list answers at most 1000 items;
   * when more match, the answer carries `pagination` (page 1 of 1000 items).
   */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: localized(() => messages.common.pageOutOfRange('limit', MAX_LIMIT)) })
  @Min(1, { message: localized(() => messages.common.pageOutOfRange('limit', MAX_LIMIT)) })
  @Max(MAX_LIMIT, { message: localized(() => messages.common.pageOutOfRange('limit', MAX_LIMIT)) })
  @ApiPropertyOptional({ type: 'integer' })
  limit?: number;

  /** Sort direction. */
  @IsOptional()
  @IsIn(['asc', 'desc'], { message: localized(() => messages.common.mustBeOneOf('sort', ['asc', 'desc'])) })
  sort?: 'asc' | 'desc';
}
