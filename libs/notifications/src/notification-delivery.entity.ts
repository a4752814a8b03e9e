import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { DeliveryState } from './domain/notification-event';
import { NotificationChannelEntity } from './notification-channel.entity';
import { NotificationEventEntity } from './notification-event.entity';

/**
 * One event to one channel or one address (spec §15), unique per target so an event reaches each
 * once. `next_attempt_at` doubles as the lease of a claimed delivery. Schema:
 * migrations/1765000300000-create-notifications.ts, with the names it gives constraints and indexes.
 */
@Entity({ name: 'notification_deliveries' })
@Unique('uq_notification_deliveries_channel', ['eventId', 'channelId'])
@Unique('uq_notification_deliveries_address', ['eventId', 'address'])
@Index('ix_notification_deliveries_due', ['nextAttemptAt'], { where: `state IN ('pending', 'failed')` })
@Index('ix_notification_deliveries_channel', ['channelId', 'id'])
@Check('ck_notification_deliveries_state', `state IN ('pending', 'sent', 'failed', 'dead')`)
@Check('ck_notification_deliveries_target', '(channel_id IS NULL) <> (address IS NULL)')
export class NotificationDeliveryEntity {
  @PrimaryGeneratedColumn({ name: 'id', type: 'bigint' })
  id: string;

  @Column({ name: 'event_id', type: 'bigint' })
  eventId: string;

  @ManyToOne(() => NotificationEventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_notification_deliveries_event' })
  event?: NotificationEventEntity;

  /** The channel, or null for a job's `mailEvent` address. */
  @Column({ name: 'channel_id', type: 'integer', nullable: true })
  channelId: number | null;

  @ManyToOne(() => NotificationChannelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'channel_id', foreignKeyConstraintName: 'fk_notification_deliveries_channel' })
  channel?: NotificationChannelEntity;

  @Column({ name: 'address', type: 'varchar', length: 320, nullable: true })
  address: string | null;

  @Column({ name: 'state', type: 'varchar', length: 16 })
  state: DeliveryState;

  @Column({ name: 'attempts', type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz' })
  nextAttemptAt: Date;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** Where it went: the URL, `smtp` or `file`. */
  @Column({ name: 'sent_to', type: 'varchar', length: 2048, nullable: true })
  sentTo: string | null;
}
