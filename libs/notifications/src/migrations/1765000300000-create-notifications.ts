import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications (spec §15): the outbox of events (written in the transaction of the change that
 * causes them), the channels admins subscribe, and one delivery row per event and target, unique
 * so an event reaches each channel or address once. `next_attempt_at` doubles as the lease of a
 * claimed delivery: a replica that dies mid-send leaves it due again when the lease runs out.
 */
export class CreateNotifications1765000300000 implements MigrationInterface {
  name = 'CreateNotifications1765000300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE notification_events (
      id bigserial PRIMARY KEY,
      type varchar(64) NOT NULL,
      time timestamptz NOT NULL,
      data jsonb NOT NULL)`);
    await q.query(`CREATE TABLE notification_channels (
      id serial PRIMARY KEY,
      type varchar(16) NOT NULL CONSTRAINT ck_notification_channels_type CHECK (type IN ('email', 'webhook')),
      target varchar(2048) NOT NULL,
      events text[] NOT NULL,
      secret varchar(255),
      created_at timestamptz NOT NULL)`);
    await q.query(`CREATE TABLE notification_deliveries (
      id bigserial PRIMARY KEY,
      event_id bigint NOT NULL CONSTRAINT fk_notification_deliveries_event
        REFERENCES notification_events (id) ON DELETE CASCADE,
      channel_id integer CONSTRAINT fk_notification_deliveries_channel
        REFERENCES notification_channels (id) ON DELETE CASCADE,
      address varchar(320),
      state varchar(16) NOT NULL
        CONSTRAINT ck_notification_deliveries_state CHECK (state IN ('pending', 'sent', 'failed', 'dead')),
      attempts integer NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL,
      last_error text,
      sent_at timestamptz,
      sent_to varchar(2048),
      CONSTRAINT ck_notification_deliveries_target CHECK ((channel_id IS NULL) <> (address IS NULL)),
      CONSTRAINT uq_notification_deliveries_channel UNIQUE (event_id, channel_id),
      CONSTRAINT uq_notification_deliveries_address UNIQUE (event_id, address))`);
    await q.query(
      `CREATE INDEX ix_notification_deliveries_due ON notification_deliveries (next_attempt_at)
         WHERE state IN ('pending', 'failed')`,
    );
    await q.query('CREATE INDEX ix_notification_deliveries_channel ON notification_deliveries (channel_id, id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE notification_deliveries');
    await q.query('DROP TABLE notification_channels');
    await q.query('DROP TABLE notification_events');
  }
}
