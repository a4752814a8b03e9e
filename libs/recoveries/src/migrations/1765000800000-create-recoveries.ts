import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Recovery jobs (spec §14) and the link from a restore run (a row of `runs`, kind `restore`) to its
 * recovery job. A recovery goes with its servers and its source backup job (ON DELETE CASCADE); a
 * deleted recovery job leaves its runs in the source job's history.
 */
export class CreateRecoveries1765000800000 implements MigrationInterface {
  name = 'CreateRecoveries1765000800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE recovery_jobs (
      id serial PRIMARY KEY,
      name varchar(255) NOT NULL,
      source_server_id integer NOT NULL,
      source_job_id integer NOT NULL,
      source_partition varchar(255) NOT NULL,
      target_server_id integer NOT NULL,
      target_partition varchar(255) NOT NULL,
      point_image text NOT NULL,
      chain jsonb NOT NULL,
      overwrite boolean NOT NULL DEFAULT false,
      auto_start boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL,
      CONSTRAINT uq_recovery_jobs_name UNIQUE (name),
      CONSTRAINT fk_recovery_jobs_source_server FOREIGN KEY (source_server_id) REFERENCES servers(id) ON DELETE CASCADE,
      CONSTRAINT fk_recovery_jobs_source_job FOREIGN KEY (source_job_id) REFERENCES backup_jobs(id) ON DELETE CASCADE,
      CONSTRAINT fk_recovery_jobs_target_server FOREIGN KEY (target_server_id) REFERENCES servers(id) ON DELETE CASCADE)`);
    await q.query(`CREATE INDEX ix_recovery_jobs_target ON recovery_jobs (target_server_id, target_partition)`);
    await q.query(`CREATE INDEX ix_recovery_jobs_source_job ON recovery_jobs (source_job_id)`);
    await q.query(`CREATE TABLE recovery_runs (
      run_id integer PRIMARY KEY,
      recovery_job_id integer NOT NULL,
      CONSTRAINT fk_recovery_runs_run FOREIGN KEY (run_id) REFERENCES runs(id) ON DELETE CASCADE,
      CONSTRAINT fk_recovery_runs_job FOREIGN KEY (recovery_job_id) REFERENCES recovery_jobs(id) ON DELETE CASCADE)`);
    await q.query(`CREATE INDEX ix_recovery_runs_job ON recovery_runs (recovery_job_id, run_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE recovery_runs`);
    await q.query(`DROP TABLE recovery_jobs`);
  }
}
