import { MigrationInterface, QueryRunner } from 'typeorm';

/** `verifyAfterBackup` (spec §13): a job that has it queues a verify run after each successful backup. */
export class AddJobVerifyAfterBackup1765000420000 implements MigrationInterface {
  name = 'AddJobVerifyAfterBackup1765000420000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE backup_jobs ADD COLUMN verify_after_backup boolean NOT NULL DEFAULT false');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE backup_jobs DROP COLUMN verify_after_backup');
  }
}
