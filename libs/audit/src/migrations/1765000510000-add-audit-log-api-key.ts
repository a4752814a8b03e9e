import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Writes made with an API key (spec §16) are the key's, not a user's: the audit log names the key
 * (id, and its name as it was). No foreign key: the log outlives revoked keys.
 */
export class AddAuditLogApiKey1765000510000 implements MigrationInterface {
  name = 'AddAuditLogApiKey1765000510000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE audit_log ADD COLUMN api_key_id integer, ADD COLUMN api_key_name varchar(100)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE audit_log DROP COLUMN api_key_name, DROP COLUMN api_key_id');
  }
}
