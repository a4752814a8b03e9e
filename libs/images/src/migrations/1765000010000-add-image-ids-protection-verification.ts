import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Catalog images (spec §13) get an id (`PUT/DELETE /api/images/:id`), operator protection, and what
 * verification last said (`ok`, `corrupt`, `missing`; null = unverified) and when.
 */
export class AddImageIdsProtectionVerification1765000010000 implements MigrationInterface {
  name = 'AddImageIdsProtectionVerification1765000010000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE image_headers ADD COLUMN id serial');
    await q.query('CREATE UNIQUE INDEX uq_image_headers_id ON image_headers (id)');
    await q.query('ALTER TABLE image_headers ADD COLUMN protected boolean NOT NULL DEFAULT false');
    await q.query(
      `ALTER TABLE image_headers ADD COLUMN verification varchar(16)
         CONSTRAINT image_headers_verification_check CHECK (verification IN ('ok', 'corrupt', 'missing'))`,
    );
    await q.query('ALTER TABLE image_headers ADD COLUMN verified_at timestamptz');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE image_headers DROP COLUMN verified_at');
    await q.query('ALTER TABLE image_headers DROP COLUMN verification');
    await q.query('ALTER TABLE image_headers DROP COLUMN protected');
    await q.query('ALTER TABLE image_headers DROP COLUMN id');
  }
}
