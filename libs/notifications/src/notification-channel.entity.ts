import { Check, Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ChannelType } from './domain/notification-event';

/** A channel admins subscribe to event types (spec §15). Schema: migrations/1765000300000-create-notifications.ts. */
@Entity({ name: 'notification_channels' })
@Check('ck_notification_channels_type', `type IN ('email', 'webhook')`)
export class NotificationChannelEntity {
  @PrimaryGeneratedColumn({ name: 'id' })
  id: number;

  @Column({ name: 'type', type: 'varchar', length: 16 })
  type: ChannelType;

  /** Addresses (email) or an http(s) URL (webhook). */
  @Column({ name: 'target', type: 'varchar', length: 2048 })
  target: string;

  @Column({ name: 'events', type: 'text', array: true })
  events: string[];

  /** A webhook's signing secret. */
  @Column({ name: 'secret', type: 'varchar', length: 255, nullable: true })
  secret: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
