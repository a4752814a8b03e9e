import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `backup_jobs`: one row per partition job. `name` is unique by index (concurrent registrations
 * of one name: exactly one wins). `basic_schedule_id` / `advanced_schedule_id` reference the job's
 * own schedule rows (the schedules lib answers 409 on DELETE while a job uses them).
 */
export class CreateBackupJobs1732000003000 implements MigrationInterface {
  name = 'CreateBackupJobs1732000003000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE backup_jobs (
      id serial PRIMARY KEY,
      name varchar(255) NOT NULL,
      base_name varchar(255),
      center_id integer NOT NULL REFERENCES centers(id) ON DELETE RESTRICT,
      server_id integer NOT NULL REFERENCES servers(id) ON DELETE RESTRICT,
      user_id integer REFERENCES users(id) ON DELETE SET NULL,
      partition varchar(255) NOT NULL,
      mode varchar(16) NOT NULL CHECK (mode IN ('full', 'increment', 'smart')),
      repository_id integer NOT NULL REFERENCES repositories(id) ON DELETE RESTRICT,
      repository_type varchar(8) NOT NULL CHECK (repository_type IN ('smb', 'nfs')),
      repository_path varchar(1024) NOT NULL,
      rotation smallint NOT NULL DEFAULT 1 CHECK (rotation BETWEEN 1 AND 30),
      compression boolean NOT NULL DEFAULT false,
      encryption boolean NOT NULL DEFAULT false,
      exclude_dir jsonb NOT NULL DEFAULT '[]'::jsonb,
      exclude_partition jsonb NOT NULL DEFAULT '[]'::jsonb,
      mail_event varchar(1024),
      network_limit integer NOT NULL DEFAULT 0 CHECK (network_limit >= 0),
      auto_start boolean NOT NULL DEFAULT false,
      script_path varchar(1024),
      script_run varchar(8) CHECK (script_run IN ('before', 'after')),
      description varchar(1000),
      basic_schedule_id integer REFERENCES schedules(id) ON DELETE RESTRICT,
      advanced_schedule_id integer REFERENCES schedules(id) ON DELETE RESTRICT,
      status varchar(16) NOT NULL CHECK (status IN ('Preparing', 'Processing', 'Complete', 'Scheduled', 'Registered', 'Canceling', 'Canceled', 'Error')),
      started_at timestamptz,
      ended_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT uq_backup_jobs_name UNIQUE (name))`);
    await q.query(`CREATE INDEX ix_backup_jobs_base_name ON backup_jobs (base_name)`);
    await q.query(`CREATE INDEX ix_backup_jobs_server ON backup_jobs (server_id)`);
    await q.query(`CREATE INDEX ix_backup_jobs_center ON backup_jobs (center_id)`);
    await q.query(`CREATE INDEX ix_backup_jobs_user ON backup_jobs (user_id)`);
    await q.query(`CREATE INDEX ix_backup_jobs_mode ON backup_jobs (mode)`);
    await q.query(`CREATE INDEX ix_backup_jobs_partition ON backup_jobs (partition)`);
    await q.query(`CREATE INDEX ix_backup_jobs_status ON backup_jobs (status)`);
    await q.query(`CREATE INDEX ix_backup_jobs_repository ON backup_jobs (repository_type, repository_path)`);
    await q.query(`CREATE INDEX ix_backup_jobs_repository_id ON backup_jobs (repository_id)`);
    await q.query(`CREATE INDEX ix_backup_jobs_basic_schedule ON backup_jobs (basic_schedule_id)`);
    await q.query(`CREATE INDEX ix_backup_jobs_advanced_schedule ON backup_jobs (advanced_schedule_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE backup_jobs');
  }
}
