import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Provenance of catalog images (spec §13): `run_id` is the run that wrote the file (`run`), null when
 * it appeared by other means (`found`). Existing rows whose file name is the image a run of the job of
 * that name recorded, on that job's server, are that run's (the newest such run); every other row is
 * `found`, so retention no longer removes it.
 */
export class RecordImageProvenance1765000000000 implements MigrationInterface {
  name = 'RecordImageProvenance1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE image_headers ADD COLUMN run_id integer');
    await q.query(`UPDATE image_headers h SET run_id = w.run_id
      FROM (SELECT DISTINCT ON (r.image, j.name, s.name) r.id AS run_id, r.image, j.name AS job_name, s.name AS server
            FROM runs r JOIN backup_jobs j ON j.id = r.job_id JOIN servers s ON s.id = j.server_id
            WHERE r.image IS NOT NULL
            ORDER BY r.image, j.name, s.name, r.id DESC) w
      WHERE h.name = w.image AND h.job_name = w.job_name AND h.server = w.server`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE image_headers DROP COLUMN run_id');
  }
}
