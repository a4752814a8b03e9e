import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every catalog row carries a `revision` that changes with every write of the row (a new number from
 * one sequence: on insert by the column's default, on update by a trigger, whoever writes it — the
 * catalog, a migration, a test's SQL). Comparing a job's `(id, revision)` pairs with what a cache
 * holds tells exactly which rows to read again (issue 19: retention planning after a catalog change
 * reads the changed rows, not the job's 10,000).
 */
export class AddImageRevisions1765001300000 implements MigrationInterface {
  name = 'AddImageRevisions1765001300000';

  async up(q: QueryRunner): Promise<void> {
    // bigserial: the sequence `image_headers_revision_seq`, owned by the column; existing rows numbered.
    await q.query('ALTER TABLE image_headers ADD COLUMN revision bigserial');
    await q.query(
      `CREATE FUNCTION image_headers_next_revision() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         NEW.revision := nextval('image_headers_revision_seq');
         RETURN NEW;
       END $$`,
    );
    await q.query(
      `CREATE TRIGGER tr_image_headers_revision BEFORE UPDATE ON image_headers
       FOR EACH ROW EXECUTE FUNCTION image_headers_next_revision()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER tr_image_headers_revision ON image_headers');
    await q.query('DROP FUNCTION image_headers_next_revision()');
    await q.query('ALTER TABLE image_headers DROP COLUMN revision');
  }
}
