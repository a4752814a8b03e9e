import { MigrationInterface, QueryRunner } from 'typeorm';

/** Agents (spec §8): one row per registered agent; the token only as its SHA-256. */
export class CreateAgents1764000700000 implements MigrationInterface {
  name = 'CreateAgents1764000700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE agents (
      id serial PRIMARY KEY,
      name varchar(255) NOT NULL,
      server_id integer NOT NULL REFERENCES servers(id) ON DELETE CASCADE,
      token_hash char(64) NOT NULL,
      version varchar(64),
      last_seen_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      revoked_at timestamptz,
      CONSTRAINT uq_agents_token_hash UNIQUE (token_hash))`);
    await q.query('CREATE INDEX ix_agents_server ON agents (server_id) WHERE revoked_at IS NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE agents');
  }
}
