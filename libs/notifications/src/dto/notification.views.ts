import { ApiProperty } from '@nestjs/swagger';
import { LOCAL_TIMESTAMP_OR_DASH_SCHEMA, LOCAL_TIMESTAMP_SCHEMA } from '@zdm/common';
import { CHANNEL_TYPES, ChannelType, DELIVERY_STATES, DeliveryState } from '../domain/notification-event';

/** A notification channel (its secret is shown only when it is created). */
export class ChannelView {
  @ApiProperty({ type: 'integer' })
  id: number;
  @ApiProperty({ enum: CHANNEL_TYPES })
  type: ChannelType;
  /** Email addresses (`a@x, b@y`) or the webhook URL. */
  target: string;
  /** Event types delivered to it. */
  events: string[];
  /** When it was created (`YYYY-MM-DD HH:mm:ss`, configured zone). */
  @ApiProperty(LOCAL_TIMESTAMP_SCHEMA)
  createdAt: string;
}

/** A channel as created: a webhook's signing secret is shown this once (null for email). */
export class CreatedChannelView extends ChannelView {
  /** The HMAC-SHA256 secret of `X-ZDM-Signature` (webhooks; null for email). Not shown again. */
  @ApiProperty({ type: 'string', nullable: true })
  secret: string | null;
}

/** The event a delivery carries. */
export class DeliveryEventView {
  @ApiProperty({ type: 'integer' })
  id: number;
  /** `run.failed`, `run.lost`, `run.missed`, `run.succeeded`, `channel.test` … */
  type: string;
}

/** The channel a delivery goes to. */
export class DeliveryChannelView {
  @ApiProperty({ type: 'integer' })
  id: number;
  @ApiProperty({ enum: CHANNEL_TYPES })
  type: ChannelType;
}

/** One delivery of one event to one channel or one address (spec §15). */
export class DeliveryView {
  @ApiProperty({ type: 'integer' })
  id: number;
  event: DeliveryEventView;
  /** The channel, or null when the delivery goes to a job's `mailEvent` address. */
  @ApiProperty({
    type: 'object',
    nullable: true,
    required: ['id', 'type'],
    selfRequired: true,
    properties: {
      id: { type: 'integer', description: 'Channel id' },
      type: { type: 'string', enum: [...CHANNEL_TYPES], description: 'email or webhook' },
    },
  })
  channel: DeliveryChannelView | null;
  /** A job's `mailEvent` address, or null for a channel's delivery. */
  @ApiProperty({ type: 'string', nullable: true })
  address: string | null;
  @ApiProperty({ enum: DELIVERY_STATES })
  state: DeliveryState;
  /** Attempts made so far. */
  @ApiProperty({ type: 'integer' })
  attempts: number;
  /** When it is tried next (`-` once sent or dead). */
  @ApiProperty(LOCAL_TIMESTAMP_OR_DASH_SCHEMA)
  nextAttemptAt: string;
  /** Why the last attempt failed, or null. */
  @ApiProperty({ type: 'string', nullable: true })
  lastError: string | null;
  /** When it was sent (`-` until then). */
  @ApiProperty(LOCAL_TIMESTAMP_OR_DASH_SCHEMA)
  sentAt: string;
  /** Where it went: `smtp`, `file` (the `.eml` files of DATA_DIR/mail/) or the webhook URL; null until sent. */
  @ApiProperty({ type: 'string', nullable: true })
  sentTo: string | null;
}

/** `POST /api/notifications/channels/:id/test`: the test event recorded for the channel. */
export class ChannelTestView {
  /** The test event's id (its delivery is listed by `GET /api/notifications/deliveries`). */
  @ApiProperty({ type: 'integer' })
  eventId: number;
}
