import { ApiPropertyOptional } from '@nestjs/swagger';
import { localized, messages, PaginationQuery } from '@zdm/common';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { DELIVERY_STATES, DeliveryState } from '../domain/notification-event';

/** `GET /api/notifications/deliveries` filters, with `page`, `limit`, `sort` (default newest first). */
export class DeliveriesQuery extends PaginationQuery {
  @IsOptional()
  @IsIn(DELIVERY_STATES, { message: localized(() => messages.common.mustBeOneOf('state', DELIVERY_STATES)) })
  @ApiPropertyOptional({ enum: DELIVERY_STATES })
  state?: DeliveryState;

  /** A channel id: only its deliveries. */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: localized(() => messages.common.mustBeInteger('channel', 1)) })
  @Min(1, { message: localized(() => messages.common.mustBeInteger('channel', 1)) })
  @Max(2147483647, { message: localized(() => messages.common.mustBeInteger('channel', 1)) })
  @ApiPropertyOptional({ type: 'integer' })
  channel?: number;
}
