import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Agent protocol calls (spec §8) are made by an agent, not a user: the audit log names the agent
 * (id, and its name as it was, like the email of a user). No foreign key: the log outlives agents.
 */
export class AddAuditLogAgent1764000730000 implements MigrationInterface {
  name = 'AddAuditLogAgent1764000730000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE audit_log ADD COLUMN agent_id integer, ADD COLUMN agent_name varchar(255)');
    await q.query('CREATE INDEX ix_audit_log_agent ON audit_log (agent_id, time DESC) WHERE agent_id IS NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX ix_audit_log_agent');
    await q.query('ALTER TABLE audit_log DROP COLUMN agent_name, DROP COLUMN agent_id');
  }
}
