import { MigrationInterface, QueryRunner } from 'typeorm';

/** The watcher asks whether a new file is a hard link of a catalogued one, by inode. */
export class IndexImageInodes1765000020000 implements MigrationInterface {
  name = 'IndexImageInodes1765000020000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX ix_image_headers_inode ON image_headers (inode)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX ix_image_headers_inode');
  }
}
