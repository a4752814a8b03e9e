import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `run_triggers.since`: the instant a scheduler row's slots were computed from (the later of the
 * schedule's creation and its in-place revision). A schedule edited in place keeps its id, so the
 * scheduler recomputes a row when this differs, not only when the schedule id does. Existing rows were computed from their schedule's
 * creation.
 */
export class AddRunTriggerSince1765000230000 implements MigrationInterface {
  name = 'AddRunTriggerSince1765000230000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE run_triggers ADD COLUMN since timestamptz`);
    await q.query(`UPDATE run_triggers t SET since = s.created_at FROM schedules s WHERE s.id = t.schedule_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE run_triggers DROP COLUMN since`);
  }
}
