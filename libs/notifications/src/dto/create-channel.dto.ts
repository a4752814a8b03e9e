import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { messages, localized, Omittable } from '@zdm/common';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import {
  CHANNEL_TYPES,
  ChannelType,
  NOTIFICATION_EVENT_TYPES,
  NotificationEventType,
} from '../domain/notification-event';

/** `POST /api/notifications/channels` (spec §15). */
export class CreateChannelDto {
  /** `email` (target: addresses) or `webhook` (target: an http(s) URL). */
  @IsIn(CHANNEL_TYPES, { message: localized(() => messages.common.mustBeOneOf('type', CHANNEL_TYPES)) })
  @ApiProperty({ enum: CHANNEL_TYPES })
  type: ChannelType;

  /** Email addresses separated by `,` or `;`, or the webhook's URL. */
  @IsString({ message: localized(() => messages.common.requiredField('target')) })
  @MinLength(1, { message: localized(() => messages.common.requiredField('target')) })
  @MaxLength(2048)
  target: string;

  /** The event types this channel gets (at least one). */
  @IsArray({ message: localized(() => messages.common.mustBeOneOf('events', NOTIFICATION_EVENT_TYPES)) })
  @ArrayMinSize(1, { message: localized(() => messages.common.requiredField('events')) })
  @ArrayMaxSize(NOTIFICATION_EVENT_TYPES.length)
  @IsIn(NOTIFICATION_EVENT_TYPES, {
    each: true,
    message: localized(() => messages.common.mustBeOneOf('events', NOTIFICATION_EVENT_TYPES)),
  })
  @ApiProperty({ type: 'array', items: { type: 'string', enum: [...NOTIFICATION_EVENT_TYPES] } })
  events: NotificationEventType[];

  /** Webhooks only: the HMAC secret (16–255 characters); generated when absent. */
  @Omittable()
  @IsString()
  @MinLength(16, { message: localized(() => messages.common.invalidField('secret', '16-255 characters')) })
  @MaxLength(255, { message: localized(() => messages.common.invalidField('secret', '16-255 characters')) })
  @ApiPropertyOptional({ minLength: 16, maxLength: 255 })
  secret?: string;
}
