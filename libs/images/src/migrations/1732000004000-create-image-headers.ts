import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateImageHeaders1732000004000 implements MigrationInterface {
  name = 'CreateImageHeaders1732000004000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE image_headers (
      path text PRIMARY KEY,
      dir text NOT NULL,
      file_size bigint NOT NULL,
      mtime_ns bigint NOT NULL,
      inode bigint NOT NULL,
      status varchar(16) NOT NULL CHECK (status IN ('ok', 'unreadable')),
      error text,
      name text,
      job_name text,
      server text,
      time varchar(19),
      type varchar(16) CHECK (type IN ('full', 'increment')),
      compressed boolean,
      os text,
      partition_size bigint,
      image_size bigint,
      mount_point text,
      device text,
      filesystem text,
      disk_number integer,
      partition_number integer,
      indexed_at timestamptz NOT NULL DEFAULT now())`);
    await q.query('CREATE INDEX ix_image_headers_server_time ON image_headers (server, time, name)');
    await q.query('CREATE INDEX ix_image_headers_server_partition ON image_headers (server, mount_point)');
    await q.query('CREATE INDEX ix_image_headers_server_type ON image_headers (server, type)');
    await q.query('CREATE INDEX ix_image_headers_job_name ON image_headers (job_name, time)');
    await q.query('CREATE INDEX ix_image_headers_time ON image_headers (time)');
    await q.query('CREATE INDEX ix_image_headers_dir ON image_headers (dir)');
    // One row shared by every replica: last complete refresh, catalog generation (bumped when rows change).
    await q.query(`CREATE TABLE image_catalog_states (
      id integer PRIMARY KEY CHECK (id = 1),
      refreshed_at timestamptz,
      generation bigint NOT NULL DEFAULT 0,
      files integer NOT NULL DEFAULT 0,
      last_error text,
      updated_at timestamptz NOT NULL DEFAULT now())`);
    await q.query('INSERT INTO image_catalog_states (id) VALUES (1)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE image_catalog_states');
    await q.query('DROP TABLE image_headers');
  }
}
