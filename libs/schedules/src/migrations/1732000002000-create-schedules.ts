import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSchedules1732000002000 implements MigrationInterface {
  name = 'CreateSchedules1732000002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE schedules (
      id serial PRIMARY KEY,
      center_id integer NOT NULL REFERENCES centers(id) ON DELETE CASCADE,
      user_id integer REFERENCES users(id) ON DELETE SET NULL,
      job_name varchar(255),
      type smallint NOT NULL CHECK (type BETWEEN 0 AND 11),
      role varchar(8) NOT NULL CHECK (role IN ('basic', 'advanced')),
      fields jsonb NOT NULL,
      timezone varchar(64) NOT NULL,
      state varchar(8) NOT NULL DEFAULT 'Enabled' CHECK (state IN ('Enabled', 'Disabled')),
      pair_id integer REFERENCES schedules(id) ON DELETE SET NULL,
      last_run_time timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT ck_schedules_role_type CHECK (role = 'basic' OR type >= 7))`);
    await q.query(`CREATE INDEX ix_schedules_center ON schedules (center_id)`);
    await q.query(`CREATE INDEX ix_schedules_job_name ON schedules (job_name)`);
    await q.query(`CREATE INDEX ix_schedules_type ON schedules (type)`);
    await q.query(`CREATE INDEX ix_schedules_state ON schedules (state)`);
    await q.query(`CREATE INDEX ix_schedules_pair ON schedules (pair_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE schedules');
  }
}
