import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  generateSampleRepository,
  SampleRepositorySummary,
  SEED_IMAGES,
  SEED_SERVER,
  writeSampleImage,
  writeSeedImages,
} from '@zdm/image-format';
import { createTestApp, ISO_TIMESTAMP, REQUEST_ID, TestApp } from './support/test-app';

jest.setTimeout(60_000);

const FIXTURES = resolve(__dirname, '../libs/images/test-fixtures');
const seedUrl = (base = '/api/v1') => `${base}/backups/images/server/${encodeURIComponent(SEED_SERVER)}`;

/** Beyond the seed (spec §13): images copied into the repository are `found`, unprotected, unverified. */
const FOUND = { provenance: 'found', runId: null, protected: false, verification: 'unverified', verifiedAt: null };

/** The seed's body, sizes derived from the raw bytes (spec §6), and the extra `trust` field. */
const SEED_ROOT = {
  name: 'source-centos7-bios_ROOT_[2026-01-07_08_44].ZIA',
  time: '2026-01-07 08:43:48',
  type: 'full',
  compressed: true,
  size: {
    partition: { raw: 2328637440, formatted: '2.17 GB' },
    image: { raw: 831622708, formatted: '793.10 MB' },
    compressionRatio: '35.71%',
  },
  server: 'source-centos7-bios (192.168.2.104)',
  os: 'CentOS Linux release 7.9.2009 (Core), 3.10.0-1160.el7.x86_64',
  partition: {
    mountPoint: '/',
    device: '/dev/mapper/centos-root',
    filesystem: 'xfs',
    diskNumber: 0,
    partitionNumber: 1,
  },
  trust: FOUND,
};
const SEED_BOOT = {
  name: 'source-centos7-bios_boot_[2026-01-08_01_19].ZIA',
  time: '2026-01-08 01:19:29',
  type: 'full',
  compressed: true,
  size: {
    partition: { raw: 157310976, formatted: '150.02 MB' },
    image: { raw: 113541428, formatted: '108.28 MB' },
    compressionRatio: '72.18%',
  },
  server: 'source-centos7-bios (192.168.2.104)',
  os: 'CentOS Linux release 7.9.2009 (Core), 3.10.0-1160.el7.x86_64',
  partition: { mountPoint: '/boot', device: '/dev/sda1', filesystem: 'xfs', diskNumber: 0, partitionNumber: 2 },
  trust: FOUND,
};

function success(data: unknown) {
  return {
    success: true,
    requestID: REQUEST_ID,
    data,
    message: 'Backup images retrieved successfully',
    timestamp: ISO_TIMESTAMP,
  };
}

function failure(code: string, message: string) {
  return { success: false, requestID: REQUEST_ID, error: { code, message }, timestamp: ISO_TIMESTAMP };
}

beforeAll(() => {
  for (const name of readdirSync(FIXTURES)) if (name.endsWith('.sh')) chmodSync(join(FIXTURES, name), 0o755);
});

describe('GET /backups/images/server/:serverName', () => {
  let t: TestApp;
  let repo: string;
  let sample: SampleRepositorySummary;
  let headers: Record<string, string>;

  beforeAll(async () => {
    repo = mkdtempSync(join(tmpdir(), 'zdm-images-e2e-'));
    writeSeedImages(repo);
    sample = generateSampleRepository({ dir: join(repo, 'generated'), servers: 5, images: 60, seedServer: false });
    t = await createTestApp({ BACKUP_REPOSITORY_PATH: repo, IMAGE_CATALOG_FRESHNESS_MS: '0' });
    headers = await t.auth();
  });
  afterAll(async () => {
    await t.close();
    rmSync(repo, { recursive: true, force: true });
  });

  const get = (url: string, extra: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url, headers: { ...headers, ...extra } });

  it('answers the seed body exactly, under /api/v1 and /api', async () => {
    for (const base of ['/api/v1', '/api']) {
      const res = await get(seedUrl(base));
      expect(res.statusCode).toBe(200);
      expect(res.headers['x-catalog-stale']).toBeUndefined();
      expect(res.json()).toEqual(success({ images: [SEED_ROOT, SEED_BOOT], total: 2 }));
    }
  });

  it('accepts the server name raw (spaces, parentheses) as well as URL-encoded', async () => {
    const raw = await get('/api/v1/backups/images/server/source-centos7-bios%20(192.168.2.104)');
    expect(raw.statusCode).toBe(200);
    expect(raw.json().data.total).toBe(2);
  });

  it('filters by exact job name (the seed example)', async () => {
    const res = await get(`${seedUrl()}?jobName=source-centos7-bios_ROOT`);
    expect(res.json()).toEqual(success({ images: [SEED_ROOT], total: 1 }));
    const prefix = await get(`${seedUrl()}?jobName=source-centos7-bios`);
    expect(prefix.json()).toEqual(success({ images: [], total: 0 }));
  });

  it('filters by partition (mount point or drive) and type, sorts by time, pages into data.pagination', async () => {
    expect((await get(`${seedUrl()}?partition=${encodeURIComponent('/boot')}`)).json().data).toEqual({
      images: [SEED_BOOT],
      total: 1,
    });
    expect((await get(`${seedUrl()}?sort=desc`)).json().data).toEqual({ images: [SEED_BOOT, SEED_ROOT], total: 2 });
    expect((await get(`${seedUrl()}?type=increment`)).json().data).toEqual({ images: [], total: 0 });

    const windows = sample.servers.find((s) => s.partitions.some((p) => p.mountPoint === 'C:'))!;
    const url = `/api/v1/backups/images/server/${encodeURIComponent(windows.name)}`;
    const all = (await get(url)).json().data;
    expect(all.total).toBe(windows.imageCount);
    const times = all.images.map((i: { time: string }) => i.time);
    expect(times).toEqual([...times].sort());
    const drive = (await get(`${url}?partition=C:`)).json().data;
    expect(drive.total).toBeGreaterThan(0);
    expect(drive.images.every((i: { partition: { mountPoint: string } }) => i.partition.mountPoint === 'C:')).toBe(
      true,
    );
    expect((await get(`${url}?partition=C`)).json().data.total).toBe(drive.total);
    const increments = (await get(`${url}?type=increment`)).json().data;
    expect(increments.images.every((i: { type: string }) => i.type === 'increment')).toBe(true);
    expect(increments.total).toBe(all.images.filter((i: { type: string }) => i.type === 'increment').length);

    const page2 = await get(`${url}?page=2&limit=5&sort=desc`);
    const desc = [...all.images].reverse();
    expect(page2.json()).toEqual(
      success({
        images: desc.slice(5, 10),
        total: 5,
        pagination: {
          currentPage: 2,
          totalPages: Math.ceil(all.total / 5),
          totalItems: all.total,
          itemsPerPage: 5,
          hasNextPage: all.total > 10,
          hasPreviousPage: true,
        },
      }),
    );
  });

  it('answers an unknown server with images: []', async () => {
    const res = await get('/api/v1/backups/images/server/no-such-server');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(success({ images: [], total: 0 }));
  });

  it('handles non-ASCII server names, URL-encoded, and files with odd names', async () => {
    const server = '파일 서버 #1 (10.0.0.7)';
    const dir = join(repo, '한글 디렉터리 (1)');
    mkdirSync(dir, { recursive: true });
    const name = '파일 서버_C_[2026-02-01_10_00].ZIA';
    writeSampleImage(join(dir, name), { ...SEED_IMAGES[0], name, server, mountPoint: 'C:', imageSize: undefined }, 100);
    const res = await get(
      `/api/v1/backups/images/server/${encodeURIComponent(server)}?jobName=${encodeURIComponent('파일 서버_C')}`,
    );
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.data.total).toBe(1);
    expect(body.data.images[0]).toMatchObject({ name, server, partition: { mountPoint: 'C:' } });
    // no imageSize in the header: the file's size is used
    // rows are keyed by the path relative to the repository
    const [row] = await t.dataSource.query('SELECT file_size, image_size FROM image_headers WHERE path = $1', [
      `한글 디렉터리 (1)/${name}`,
    ]);
    expect(row.image_size).toBeNull();
    expect(body.data.images[0].size.image.raw).toBe(Number(row.file_size));
  });

  it('answers the seed 400 when the server name is missing or blank, and 400 naming the field for bad filters', async () => {
    for (const url of [
      '/api/v1/backups/images/server',
      '/api/backups/images/server',
      '/api/v1/backups/images/server/%20%20',
    ]) {
      const res = await get(url);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual(failure('VALIDATION_ERROR', '서버 이름(serverName)이 필요합니다.'));
    }
    const en = await get('/api/v1/backups/images/server', { 'accept-language': 'en' });
    expect(en.json().error.message).toBe('serverName is required.');
    const badType = await get(`${seedUrl()}?type=differential`);
    expect(badType.statusCode).toBe(400);
    expect(badType.json()).toEqual(failure('VALIDATION_ERROR', 'type은(는) full, increment 중 하나여야 합니다.'));
    const badLimit = await get(`${seedUrl()}?limit=0`);
    expect(badLimit.statusCode).toBe(400);
    expect(badLimit.json().error.message).toMatch(/limit/);
    const unknown = await get(`${seedUrl()}?color=red`);
    expect(unknown.statusCode).toBe(400);
  });

  it('needs a token', async () => {
    const res = await t.app.inject({ method: 'GET', url: seedUrl() });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ success: false, error: { code: 'UNAUTHORIZED' } });
  });

  it('keeps the catalog in step with the repository: new, changed, removed, unreadable files', async () => {
    const dir = join(repo, 'churn');
    mkdirSync(dir, { recursive: true });
    const name = 'source-centos7-bios_home_[2026-01-09_00_00].ZIA';
    const path = join(dir, name);
    writeSampleImage(path, {
      ...SEED_IMAGES[0],
      name,
      time: '2026-01-09 00:00:00',
      mountPoint: '/home',
      type: 'increment',
    });
    writeFileSync(join(dir, 'broken_[2026-01-09_00_00].ZIA'), 'not an image at all');

    let images = (await get(seedUrl())).json().data.images;
    expect(images.map((i: { name: string }) => i.name)).toEqual([SEED_ROOT.name, SEED_BOOT.name, name]);
    const [broken] = await t.dataSource.query("SELECT status, error FROM image_headers WHERE path LIKE '%broken_%'");
    expect(broken).toEqual({ status: 'unreadable', error: 'not a ZIA-SAMPLE image (bad magic line)' });

    // changed in place (size differs) → re-read
    writeSampleImage(
      path,
      { ...SEED_IMAGES[0], name, time: '2026-01-09 00:00:00', mountPoint: '/home', type: 'full' },
      500,
    );
    images = (await get(`${seedUrl()}?partition=/home`)).json().data.images;
    expect(images.map((i: { type: string }) => i.type)).toEqual(['full']);

    // removed file, removed directory → dropped
    unlinkSync(path);
    expect((await get(`${seedUrl()}?partition=/home`)).json().data.images).toEqual([]);
    rmSync(dir, { recursive: true });
    expect((await get(seedUrl())).json().data.total).toBe(2);
    expect(await t.dataSource.query("SELECT path FROM image_headers WHERE path LIKE 'churn/%'")).toEqual([]);
    const [{ count }] = await t.dataSource.query("SELECT count(*) AS count FROM image_headers WHERE status = 'ok'");
    expect(Number(count)).toBe(2 + 60 + 1);
  });
});

describe('GET /backups/images/server/:serverName without page or limit on a large server', () => {
  let t: TestApp;
  let repo: string;
  let url: string;
  let headers: Record<string, string>;

  beforeAll(async () => {
    repo = mkdtempSync(join(tmpdir(), 'zdm-images-cap-'));
    const sample = generateSampleRepository({ dir: repo, servers: 1, images: 1003, seedServer: false });
    url = `/api/v1/backups/images/server/${encodeURIComponent(sample.servers[0].name)}`;
    t = await createTestApp({ BACKUP_REPOSITORY_PATH: repo, IMAGE_CATALOG_FRESHNESS_MS: '0' });
    headers = await t.auth();
  });
  afterAll(async () => {
    await t.close();
    rmSync(repo, { recursive: true, force: true });
  });

  it('answers at most 1000 images and then says, with pagination, that there are more', async () => {
    const first = await t.app.inject({ method: 'GET', url, headers });
    expect(first.statusCode).toBe(200);
    const body = first.json();
    expect(body.data.images).toHaveLength(1000);
    expect(body.data.total).toBe(1000);
    expect(body.data.pagination).toEqual({
      currentPage: 1,
      totalPages: 2,
      totalItems: 1003,
      itemsPerPage: 1000,
      hasNextPage: true,
      hasPreviousPage: false,
    });

    const rest = (await t.app.inject({ method: 'GET', url: `${url}?page=2&limit=1000`, headers })).json().data;
    expect(rest.total).toBe(3);
    expect(rest.pagination).toMatchObject({ currentPage: 2, totalItems: 1003, hasNextPage: false });
    const names = [...body.data.images, ...rest.images].map((i: { name: string }) => i.name);
    expect(new Set(names).size).toBe(1003);
  });
});

describe('GET /backups/images/server/:serverName with a misbehaving header CLI', () => {
  let repo: string;
  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'zdm-images-e2e-bad-'));
    writeSeedImages(repo);
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  async function answer(settings: Record<string, string>, url = seedUrl()) {
    const t = await createTestApp({ BACKUP_REPOSITORY_PATH: repo, IMAGE_CATALOG_FRESHNESS_MS: '0', ...settings });
    try {
      const headers = await t.auth();
      return await t.app.inject({ method: 'GET', url, headers });
    } finally {
      await t.close();
    }
  }

  it.each([
    ['stderr-fail.sh', {}, 'Command failed: stderr-fail.sh exited with code 2: license expired'],
    ['garbage.sh', {}, 'Command failed: garbage.sh exited with code 0 without printing any usable header block'],
    ['hang.sh', { IMAGE_HEADER_TIMEOUT_MS: '500' }, 'Command failed: hang.sh killed after the 500 ms time limit'],
  ])('%s → the seed 500 body', async (script, extra, reason) => {
    const res = await answer({ IMAGE_HEADER_CLI: join(FIXTURES, script), ...extra });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual(failure('INTERNAL_SERVER_ERROR', `백업 이미지 조회 실패: ${reason}`));
  });

  it('a missing CLI → 500; a missing repository → 503 REPOSITORY_UNAVAILABLE naming the path', async () => {
    const missing = await answer({ IMAGE_HEADER_CLI: join(repo, 'ZConLinuxGetHeader') });
    expect(missing.json()).toEqual(
      failure(
        'INTERNAL_SERVER_ERROR',
        '백업 이미지 조회 실패: Command failed: cannot start ZConLinuxGetHeader (ENOENT)',
      ),
    );
    const noRepo = await answer({ BACKUP_REPOSITORY_PATH: join(repo, 'nope') });
    expect(noRepo.statusCode).toBe(503);
    expect(noRepo.json().error.code).toBe('REPOSITORY_UNAVAILABLE');
    expect(noRepo.json().error.message).toBe(
      `백업 이미지 조회 실패: 백업 저장소에 접근할 수 없습니다: ${join(repo, 'nope')} (ENOENT)`,
    );
  });

  it('one image that crashes the CLI is skipped, the others are listed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zdm-images-e2e-crash-'));
    try {
      writeSeedImages(dir);
      writeSampleImage(join(dir, 'CRASH_[2026-01-08_00_00].ZIA'), {
        ...SEED_IMAGES[0],
        name: 'CRASH_[2026-01-08_00_00].ZIA',
      });
      const res = await answer({ BACKUP_REPOSITORY_PATH: dir, IMAGE_HEADER_CLI: join(FIXTURES, 'crash-mid-batch.sh') });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual(success({ images: [SEED_ROOT, SEED_BOOT], total: 2 }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a slow refresh: the request waits at most IMAGE_CATALOG_MAX_WAIT_MS, then answers from the index with X-Catalog-Stale', async () => {
    // The CLI takes 2 s, the request may wait 50 ms: a stale, empty answer shows it did not wait
    // for the refresh, without timing the request (a loaded machine must not fail this).
    const slowSeconds = process.env.SLOW_CLI_SECONDS;
    process.env.SLOW_CLI_SECONDS = '2';
    const t = await createTestApp({
      BACKUP_REPOSITORY_PATH: repo,
      IMAGE_CATALOG_FRESHNESS_MS: '60000',
      IMAGE_CATALOG_MAX_WAIT_MS: '50',
      IMAGE_HEADER_CLI: join(FIXTURES, 'slow.sh'),
    });
    try {
      const headers = await t.auth();
      const first = await t.app.inject({ method: 'GET', url: seedUrl(), headers });
      expect(first.statusCode).toBe(200);
      expect(first.headers['x-catalog-stale']).toBe('true');
      expect(first.json()).toEqual(success({ images: [], total: 0 }));
      // the refresh goes on in the background; once done the catalog is fresh
      let second = first;
      for (const until = Date.now() + 30_000; Date.now() < until;) {
        await new Promise((r) => setTimeout(r, 250));
        second = await t.app.inject({ method: 'GET', url: seedUrl(), headers });
        if (second.headers['x-catalog-stale'] === undefined) break;
      }
      expect(second.headers['x-catalog-stale']).toBeUndefined();
      expect(second.json()).toEqual(success({ images: [SEED_ROOT, SEED_BOOT], total: 2 }));
    } finally {
      await t.close();
      if (slowSeconds === undefined) delete process.env.SLOW_CLI_SECONDS;
      else process.env.SLOW_CLI_SECONDS = slowSeconds;
    }
  });
});
