import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API keys for services and scrapers (spec §16): the key only as its SHA-256, unique, so a request's
 * key is found in one indexed read (on every request: a revoked key fails at once on every replica).
 */
export class CreateApiKeys1765000500000 implements MigrationInterface {
  name = 'CreateApiKeys1765000500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE api_keys (
      id serial PRIMARY KEY,
      name varchar(100) NOT NULL,
      role varchar(16) NOT NULL,
      key_hash char(64) NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz,
      expires_at timestamptz,
      CONSTRAINT uq_api_keys_key_hash UNIQUE (key_hash),
      CONSTRAINT ck_api_keys_role CHECK (role IN ('admin', 'operator', 'viewer')))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE api_keys');
  }
}
