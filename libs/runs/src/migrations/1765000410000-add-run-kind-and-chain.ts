import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Runs get a kind (spec §13: `backup`, `verify`, `restore`; every existing run is a backup), the
 * restore point a verify (or restore) run works on (`point_image`, a file name), and the chain its
 * claim handed the agent (`chain`, JSON: `[{ image, path, level, payloadSha256 }]`, full first), which
 * the completion is checked against.
 */
export class AddRunKindAndChain1765000410000 implements MigrationInterface {
  name = 'AddRunKindAndChain1765000410000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE runs ADD COLUMN kind varchar(16) NOT NULL DEFAULT 'backup'
         CONSTRAINT runs_kind_check CHECK (kind IN ('backup', 'verify', 'restore'))`,
    );
    await q.query('ALTER TABLE runs ADD COLUMN point_image text');
    await q.query('ALTER TABLE runs ADD COLUMN chain jsonb');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE runs DROP COLUMN chain');
    await q.query('ALTER TABLE runs DROP COLUMN point_image');
    await q.query('ALTER TABLE runs DROP COLUMN kind');
  }
}
