import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateInventory1732000001000 implements MigrationInterface {
  name = 'CreateInventory1732000001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE centers (
      id serial PRIMARY KEY,
      name varchar(255) NOT NULL,
      description varchar(1000),
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT uq_centers_name UNIQUE (name))`);
    await q.query(`CREATE TABLE repositories (
      id serial PRIMARY KEY,
      center_id integer NOT NULL REFERENCES centers(id) ON DELETE CASCADE,
      type varchar(8) NOT NULL CHECK (type IN ('smb', 'nfs')),
      path varchar(1024) NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT uq_repositories_center_type_path UNIQUE (center_id, type, path))`);
    await q.query(`CREATE INDEX ix_repositories_type_path ON repositories (type, path)`);
    await q.query(`CREATE TABLE servers (
      id serial PRIMARY KEY,
      name varchar(255) NOT NULL,
      center_id integer NOT NULL REFERENCES centers(id) ON DELETE RESTRICT,
      os varchar(8) NOT NULL CHECK (os IN ('win', 'lin')),
      os_version varchar(255),
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT uq_servers_name UNIQUE (name))`);
    await q.query(`CREATE INDEX ix_servers_center ON servers (center_id)`);
    await q.query(`CREATE TABLE partitions (
      id serial PRIMARY KEY,
      server_id integer NOT NULL REFERENCES servers(id) ON DELETE CASCADE,
      letter varchar(255) NOT NULL,
      device varchar(255),
      filesystem varchar(64),
      size bigint,
      CONSTRAINT uq_partitions_server_letter UNIQUE (server_id, letter))`);
    await q.query(`CREATE TABLE users (
      id serial PRIMARY KEY,
      email varchar(255) NOT NULL,
      user_name varchar(255) NOT NULL,
      password_hash varchar(255) NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT uq_users_email UNIQUE (email))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE users');
    await q.query('DROP TABLE partitions');
    await q.query('DROP TABLE servers');
    await q.query('DROP TABLE repositories');
    await q.query('DROP TABLE centers');
  }
}
