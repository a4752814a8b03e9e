import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log (spec §12): one row per write request, whoever made it and however it ended. No
 * foreign key to users: the log outlives the users it names (the email is kept as it was).
 */
export class CreateAuditLog1764000301000 implements MigrationInterface {
  name = 'CreateAuditLog1764000301000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE audit_log (
      id bigserial PRIMARY KEY,
      time timestamptz NOT NULL,
      actor_id integer,
      actor_email varchar(255),
      action varchar(128) NOT NULL,
      method varchar(8) NOT NULL,
      path varchar(2048) NOT NULL,
      target varchar(255),
      request_id varchar(128) NOT NULL,
      status smallint NOT NULL,
      outcome varchar(16) NOT NULL CONSTRAINT ck_audit_log_outcome CHECK (outcome IN ('success', 'denied', 'failure')))`);
    await q.query('CREATE INDEX ix_audit_log_time ON audit_log (time DESC, id DESC)');
    await q.query('CREATE INDEX ix_audit_log_actor ON audit_log (actor_id, time DESC)');
    await q.query('CREATE INDEX ix_audit_log_action ON audit_log (action, time DESC)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE audit_log');
  }
}
