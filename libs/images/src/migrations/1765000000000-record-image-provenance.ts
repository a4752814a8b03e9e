import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Provenance of catalog images (spec §13): `run_id` is the run that wrote the file (`run`), null when
 * it appeared by other means (`found`). The runs lib's migration that follows fills it for the images
 * runs recorded before this column existed.
 */
export class RecordImageProvenance1765000000000 implements MigrationInterface {
  name = 'RecordImageProvenance1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE image_headers ADD COLUMN run_id integer');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE image_headers DROP COLUMN run_id');
  }
}
