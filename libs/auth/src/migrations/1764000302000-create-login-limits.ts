import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The login limit every replica shares (issue 15): per key (`account:<email>`, `address:<ip>`) the
 * failures of the current window and the attempts being checked right now.
 */
export class CreateLoginLimits1764000302000 implements MigrationInterface {
  name = 'CreateLoginLimits1764000302000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE login_limits (
      key varchar(300) PRIMARY KEY,
      window_start timestamptz NOT NULL,
      failures integer NOT NULL DEFAULT 0,
      in_flight integer NOT NULL DEFAULT 0,
      admitted boolean NOT NULL DEFAULT true)`);
    await q.query('CREATE INDEX ix_login_limits_window_start ON login_limits (window_start)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE login_limits');
  }
}
