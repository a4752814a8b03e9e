import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The lasting conditions already reported (spec §15: `job.stale`, `agent.offline`): one row per
 * (event type, object) while the object is in the condition. Every replica checks periodically;
 * the primary key lets exactly one replica's conditional insert record a transition (and its
 * event, in the same transaction); recovery deletes the row so the next transition is reported again.
 */
export class CreateNotificationConditions1765000600000 implements MigrationInterface {
  name = 'CreateNotificationConditions1765000600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE notification_conditions (
      kind varchar(64) NOT NULL,
      object_id integer NOT NULL,
      since timestamptz NOT NULL,
      CONSTRAINT pk_notification_conditions PRIMARY KEY (kind, object_id))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE notification_conditions');
  }
}
