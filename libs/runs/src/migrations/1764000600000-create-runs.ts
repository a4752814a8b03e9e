import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `runs` (one execution of one job, spec §7), `run_log` (its append-only lines) and `run_triggers`
 * (the scheduler's next slot per job).
 *
 * The guarantees live here, not in memory:
 * - `uq_runs_job_slot` UNIQUE (job_id, scheduled_for): a slot makes at most one run however many
 *   replicas tick (NULL scheduled_for = manual runs, never equal to each other);
 * - `uq_runs_job_active`: at most one run per job not `done` (409 JOB_ALREADY_RUNNING, overlap);
 * - `uq_runs_job_idempotency`: one run per job and Idempotency-Key;
 * - `ck_runs_result`: `result` is set exactly when `state` is `done`.
 * `agent_id` has no foreign key here: the agents lib owns that table and may add one.
 */
export class CreateRuns1764000600000 implements MigrationInterface {
  name = 'CreateRuns1764000600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE runs (
      id serial PRIMARY KEY,
      job_id integer NOT NULL REFERENCES backup_jobs(id) ON DELETE CASCADE,
      server_id integer NOT NULL,
      trigger varchar(16) NOT NULL CHECK (trigger IN ('schedule', 'manual', 'catch-up', 'retry')),
      level varchar(16) NOT NULL CHECK (level IN ('full', 'increment')),
      scheduled_for timestamptz,
      state varchar(16) NOT NULL CHECK (state IN ('queued', 'running', 'cancelling', 'done')),
      result varchar(16) CHECK (result IN ('success', 'warning', 'failed', 'cancelled', 'lost', 'skipped', 'missed')),
      progress_percent double precision NOT NULL DEFAULT 0 CHECK (progress_percent BETWEEN 0 AND 100),
      bytes_done bigint,
      bytes_total bigint,
      agent_id integer,
      lease_expires_at timestamptz,
      idempotency_key varchar(255),
      image varchar(1024),
      error_message text,
      log_lines integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL,
      started_at timestamptz,
      ended_at timestamptz,
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT uq_runs_job_slot UNIQUE (job_id, scheduled_for),
      CONSTRAINT ck_runs_result CHECK ((state = 'done') = (result IS NOT NULL)))`);
    await q.query(`CREATE UNIQUE INDEX uq_runs_job_active ON runs (job_id) WHERE state <> 'done'`);
    await q.query(
      `CREATE UNIQUE INDEX uq_runs_job_idempotency ON runs (job_id, idempotency_key) WHERE idempotency_key IS NOT NULL`,
    );
    await q.query(`CREATE INDEX ix_runs_job ON runs (job_id, id)`);
    await q.query(`CREATE INDEX ix_runs_queued ON runs (server_id, id) WHERE state = 'queued'`);
    await q.query(`CREATE INDEX ix_runs_queued_since ON runs (created_at) WHERE state = 'queued'`);
    await q.query(`CREATE INDEX ix_runs_lease ON runs (lease_expires_at) WHERE state IN ('running', 'cancelling')`);
    await q.query(`CREATE INDEX ix_runs_job_success ON runs (job_id, ended_at) WHERE result IN ('success', 'warning')`);
    await q.query(`CREATE INDEX ix_runs_agent ON runs (agent_id) WHERE state IN ('running', 'cancelling')`);

    await q.query(`CREATE TABLE run_log (
      run_id integer NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
      seq integer NOT NULL,
      time timestamptz NOT NULL,
      level varchar(8) NOT NULL CHECK (level IN ('debug', 'info', 'warn', 'error')),
      message text NOT NULL,
      PRIMARY KEY (run_id, seq))`);

    await q.query(`CREATE TABLE run_triggers (
      job_id integer PRIMARY KEY REFERENCES backup_jobs(id) ON DELETE CASCADE,
      schedule_id integer NOT NULL,
      next_run_at timestamptz,
      next_role varchar(8) CHECK (next_role IN ('basic', 'advanced')),
      updated_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX ix_run_triggers_due ON run_triggers (next_run_at) WHERE next_run_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE run_triggers');
    await q.query('DROP TABLE run_log');
    await q.query('DROP TABLE runs');
  }
}
