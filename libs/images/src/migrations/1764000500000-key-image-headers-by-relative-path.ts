import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Catalog rows are keyed by the path relative to the repository root (two mount points of one share
 * agree). The catalog is a cache of the files: rows keyed by absolute paths are dropped and the next
 * refresh rebuilds them.
 */
export class KeyImageHeadersByRelativePath1764000500000 implements MigrationInterface {
  name = 'KeyImageHeadersByRelativePath1764000500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('DELETE FROM image_headers');
    await q.query('UPDATE image_catalog_states SET refreshed_at = NULL, generation = generation + 1 WHERE id = 1');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DELETE FROM image_headers');
    await q.query('UPDATE image_catalog_states SET refreshed_at = NULL, generation = generation + 1 WHERE id = 1');
  }
}
