import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Roles, disabling and token revocation (spec §12). Users that existed before roles had full access;
 * on upgrade the first user (the administrator created from configuration) becomes `admin` and the
 * others `viewer` (least privilege: an admin grants more with PUT /api/users/:identifier).
 */
export class AddUserRoles1764000300000 implements MigrationInterface {
  name = 'AddUserRoles1764000300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users
      ADD COLUMN role varchar(16) NOT NULL DEFAULT 'viewer' CONSTRAINT ck_users_role CHECK (role IN ('admin', 'operator', 'viewer')),
      ADD COLUMN disabled boolean NOT NULL DEFAULT false,
      ADD COLUMN token_version integer NOT NULL DEFAULT 0`);
    await q.query(`UPDATE users SET role = 'admin' WHERE id = (SELECT min(id) FROM users)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE users DROP COLUMN token_version, DROP COLUMN disabled, DROP COLUMN role');
  }
}
