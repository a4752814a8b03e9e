import { ImageCatalogService } from '@zdm/images';
import { writeSampleImage } from '@zdm/image-format';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { MediumContext } from './medium-context';
import { TestApp } from './test-app';

/** An app the fixtures write through: an e2e TestApp or a medium context. */
type ImageHost = TestApp | MediumContext;
const catalogOf = (host: ImageHost) =>
  'app' in host ? host.app.get(ImageCatalogService) : host.get(ImageCatalogService);

/**
 * Registers a full backup job of partition `/` on `server` (repository `/backup`) through the API,
 * as an operator would, and returns the id of its job `<jobName>_ROOT`.
 */
export async function registerRootJob(
  t: TestApp,
  headers: Record<string, string>,
  job: { server: string; jobName: string; rotation: number },
): Promise<number> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/backups',
    headers,
    payload: {
      center: '1',
      server: job.server,
      jobName: job.jobName,
      partition: ['/'],
      rotation: job.rotation,
      type: 'full',
      repository: { type: 'nfs', path: '/backup' },
    },
  });
  expect(res.statusCode).toBe(201);
  const [{ id }] = await t.dataSource.query(`SELECT id FROM backup_jobs WHERE name = $1`, [`${job.jobName}_ROOT`]);
  return id as number;
}

/** The run result an image was written by, or none (`found`). */
export type WrittenBy = 'success' | 'failed';

/**
 * Writes a sample image `<job>_[2026-01-DD_01_00].ZIA` under `<repository>/<dir>/`. With `run`, a run
 * of job `jobId` that ended with that result is recorded as having written it, as an agent's
 * completion does (the run's image, then the catalog's provenance); without, the image is `found`.
 * Returns the file name and its absolute path.
 */
export async function writeJobImage(
  t: ImageHost,
  options: {
    job: string;
    day: number;
    type: 'full' | 'increment';
    server: string;
    dir?: string;
    run?: { jobId: number; result: WrittenBy };
    /** Extra header keys (e.g. `{ payloadSha256, parent }`). */
    extra?: Record<string, string>;
  },
): Promise<{ name: string; path: string }> {
  const stamp = `2026-01-${String(options.day).padStart(2, '0')}`;
  const name = `${options.job}_[${stamp}_01_00].ZIA`;
  const dir = join(t.config.backupRepositoryPath, options.dir ?? options.server);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeSampleImage(path, {
    name,
    time: `${stamp} 01:00:00`,
    type: options.type,
    compressed: true,
    server: options.server,
    os: 'Ubuntu 22.04',
    partitionSize: 10_000_000,
    imageSize: 1_000_000,
    mountPoint: '/',
    device: '/dev/sda1',
    filesystem: 'ext4',
    diskNumber: 0,
    partitionNumber: 1,
    ...(options.extra ? { extra: options.extra } : {}),
  });
  if (options.run) {
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO runs (job_id, server_id, trigger, level, state, result, image, created_at, started_at, ended_at)
       SELECT id, server_id, 'manual', $2, 'done', $3, $4, now(), now(), now() FROM backup_jobs WHERE id = $1
       RETURNING id`,
      [options.run.jobId, options.type, options.run.result, name],
    );
    await catalogOf(t).ingest(path, { runId: id as number });
  }
  return { name, path };
}
