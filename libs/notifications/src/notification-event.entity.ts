import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An event in the outbox (spec §15). Schema: migrations/1765000300000-create-notifications.ts; this
 * entity states it for the schema builder (the rows are read and written in raw SQL by
 * NotificationsRepository). bigint ids come back as strings.
 */
@Entity({ name: 'notification_events' })
export class NotificationEventEntity {
  @PrimaryGeneratedColumn({ name: 'id', type: 'bigint' })
  id: string;

  @Column({ name: 'type', type: 'varchar', length: 64 })
  type: string;

  @Column({ name: 'time', type: 'timestamptz' })
  time: Date;

  @Column({ name: 'data', type: 'jsonb' })
  data: Record<string, unknown>;
}
