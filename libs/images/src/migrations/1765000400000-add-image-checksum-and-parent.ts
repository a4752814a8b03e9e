import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What an image header says of its content and its chain (agent protocol, spec §13): `payload_sha256`
 * (hex SHA-256 of the payload) and `parent` (the file name of the image an increment follows). Null
 * for headers that do not carry them; rows already catalogued read them on their next change.
 */
export class AddImageChecksumAndParent1765000400000 implements MigrationInterface {
  name = 'AddImageChecksumAndParent1765000400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE image_headers ADD COLUMN payload_sha256 varchar(64)');
    await q.query('ALTER TABLE image_headers ADD COLUMN parent text');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE image_headers DROP COLUMN parent');
    await q.query('ALTER TABLE image_headers DROP COLUMN payload_sha256');
  }
}
