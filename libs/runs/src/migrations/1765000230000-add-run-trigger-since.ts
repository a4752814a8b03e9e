import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `run_triggers.since`: the instant a scheduler row's slots were computed from (the latest of the
 * schedule's creation, its in-place revision and its job's resumption). A schedule edited in place
 * keeps its id, and a resumed job keeps its schedule, so the scheduler recomputes a row when this
 * differs, not only when the schedule id does. Existing rows were computed from their schedule's
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
