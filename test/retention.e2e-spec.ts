import { writeSampleImage } from '@zdm/images';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createTestApp, LOCAL_TIMESTAMP, REQUEST_ID, TestApp } from './support/test-app';

const SERVER = 'server-01';

/** `GET /api/backups/:identifier/retention` (spec §9) on images written into the repository. */
describe('retention preview', () => {
  let t: TestApp;
  let headers: Record<string, string>;
  let jobId: number;

  const image = (job: string, day: number, type: 'full' | 'increment', server = SERVER) => {
    const stamp = `2026-01-${String(day).padStart(2, '0')}`;
    const name = `${job}_[${stamp}_01_00].ZIA`;
    const dir = join(t.config.backupRepositoryPath, server);
    mkdirSync(dir, { recursive: true });
    writeSampleImage(join(dir, `${name}`), {
      name,
      time: `${stamp} 01:00:00`,
      type,
      compressed: true,
      server,
      os: 'Ubuntu 22.04',
      partitionSize: 10_000_000,
      imageSize: 1_000_000,
      mountPoint: '/',
      device: '/dev/sda1',
      filesystem: 'ext4',
      diskNumber: 0,
      partitionNumber: 1,
    });
    return name;
  };

  beforeAll(async () => {
    t = await createTestApp();
    headers = await t.auth();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/backups',
      headers,
      payload: {
        center: '1',
        server: SERVER,
        jobName: 'keep2',
        partition: ['/'],
        rotation: 2,
        type: 'full',
        repository: { type: 'nfs', path: '/backup' },
      },
    });
    expect(res.statusCode).toBe(201);
    jobId = (await t.dataSource.query(`SELECT id FROM backup_jobs WHERE name = 'keep2_ROOT'`))[0].id;
  });
  afterAll(() => t.close());

  it('previews keep and remove with reasons, newest first, leaving other jobs alone', async () => {
    const empty = await t.app.inject({ method: 'GET', url: '/api/backups/keep2_ROOT/retention', headers });
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toEqual({
      success: true,
      requestID: REQUEST_ID,
      data: { job: { id: jobId, name: 'keep2_ROOT' }, rotation: 2, enforced: true, keep: [], remove: [] },
      message: 'Backup retention preview',
      timestamp: LOCAL_TIMESTAMP,
    });

    const f1 = image('keep2_ROOT', 1, 'full');
    const i2 = image('keep2_ROOT', 2, 'increment');
    const f3 = image('keep2_ROOT', 3, 'full');
    const f4 = image('keep2_ROOT', 4, 'full');
    const i5 = image('keep2_ROOT', 5, 'increment');
    image('keep2_ROOT_old', 1, 'full'); // similar names: other jobs
    image('keep2_ROOT2', 1, 'full');
    image('keep2_ROOT', 1, 'full', 'main-server'); // same job name, another server's image
    await t.app.get((await import('@zdm/images')).ImageCatalogService).refresh();

    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/backups/${jobId}/retention`,
      headers: { ...headers, 'accept-language': 'en' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toEqual({
      job: { id: jobId, name: 'keep2_ROOT' },
      rotation: 2,
      enforced: true,
      keep: [
        {
          name: i5,
          time: '2026-01-05 01:00:00',
          type: 'increment',
          generation: 1,
          reason: `increment of the kept full ${f4}`,
        },
        {
          name: f4,
          time: '2026-01-04 01:00:00',
          type: 'full',
          generation: 1,
          reason: 'newest successful generation (generation 1 of 2)',
        },
        {
          name: f3,
          time: '2026-01-03 01:00:00',
          type: 'full',
          generation: 2,
          reason: 'within rotation (generation 2 of 2)',
        },
      ],
      remove: [
        {
          name: i2,
          time: '2026-01-02 01:00:00',
          type: 'increment',
          generation: 3,
          reason: `increment of the removed full ${f1}`,
        },
        {
          name: f1,
          time: '2026-01-01 01:00:00',
          type: 'full',
          generation: 3,
          reason: 'generation 3 is beyond rotation 2',
        },
      ],
    });
    const korean = await t.app.inject({ method: 'GET', url: '/api/backups/keep2_ROOT/retention', headers });
    expect(korean.json().data.remove[1].reason).toBe('보관 개수(2)를 넘은 세대 3');
  });

  it('answers 404 for an unknown job and says when enforcement is off', async () => {
    const missing = await t.app.inject({ method: 'GET', url: '/api/backups/no-such-job/retention', headers });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error).toContain('identifier');
    const off = await createTestApp({ RETENTION_ENFORCE: 'false' });
    try {
      const auth = await off.auth();
      const created = await off.app.inject({
        method: 'POST',
        url: '/api/backups',
        headers: auth,
        payload: {
          center: '1',
          server: SERVER,
          jobName: 'j',
          partition: ['/'],
          type: 'full',
          repository: { type: 'nfs', path: '/backup' },
        },
      });
      expect(created.statusCode).toBe(201);
      const res = await off.app.inject({ method: 'GET', url: '/api/backups/j_ROOT/retention', headers: auth });
      expect(res.json().data).toMatchObject({ enforced: false, keep: [], remove: [] });
    } finally {
      await off.close();
    }
  });
});
