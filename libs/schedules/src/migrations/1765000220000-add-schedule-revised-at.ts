import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `schedules.revised_at`: when the schedule's content was last replaced in place (a job's
 * `PUT schedule` keeps the schedule's id, spec §13). Slots before it never belonged to the schedule
 * as it is now; null when it was never revised (its `created_at` counts).
 */
export class AddScheduleRevisedAt1765000220000 implements MigrationInterface {
  name = 'AddScheduleRevisedAt1765000220000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE schedules ADD COLUMN revised_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE schedules DROP COLUMN revised_at`);
  }
}
