import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pause (spec §13): `backup_jobs.enabled` (false: the job's schedule slots neither fire nor count as
 * missed) and `resumed_at`, the last time it was enabled again — slots before it never belonged to
 * the job, so a resumed job starts from its next slot instead of catching up the paused ones.
 */
export class AddJobPause1765000210000 implements MigrationInterface {
  name = 'AddJobPause1765000210000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE backup_jobs ADD COLUMN enabled boolean NOT NULL DEFAULT true`);
    await q.query(`ALTER TABLE backup_jobs ADD COLUMN resumed_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE backup_jobs DROP COLUMN resumed_at`);
    await q.query(`ALTER TABLE backup_jobs DROP COLUMN enabled`);
  }
}
