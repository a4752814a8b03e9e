import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Provenance for the images runs wrote before the catalog recorded it (spec §13): a catalog row whose
 * file name is the image a run of the job of that name recorded, on that job's server, is that run's
 * (the newest such run); every other row stays `found`, so retention no longer removes it. Here, not
 * in the images lib, because it reads the runs (the catalog's own migrations know nothing of them).
 */
export class BackfillImageProvenance1765000005000 implements MigrationInterface {
  name = 'BackfillImageProvenance1765000005000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE image_headers h SET run_id = w.run_id
      FROM (SELECT DISTINCT ON (r.image, j.name, s.name) r.id AS run_id, r.image, j.name AS job_name, s.name AS server
            FROM runs r JOIN backup_jobs j ON j.id = r.job_id JOIN servers s ON s.id = j.server_id
            WHERE r.image IS NOT NULL
            ORDER BY r.image, j.name, s.name, r.id DESC) w
      WHERE h.name = w.image AND h.job_name = w.job_name AND h.server = w.server`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('UPDATE image_headers SET run_id = NULL');
  }
}
