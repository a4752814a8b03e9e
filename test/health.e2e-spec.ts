import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, LOCAL_TIMESTAMP, REQUEST_ID, TestApp } from './support/test-app';

/** Health semantics (spec §10): live, ready, and a detail that is 503 only when the database is down. */
describe('Health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ IMAGE_HEADER_CLI: '/nonexistent/ZConLinuxGetHeader' });
  });
  afterAll(() => t.close());

  it('live and ready answer 200 without a token', async () => {
    const live = await t.app.inject({ method: 'GET', url: '/api/health/live' });
    expect([live.statusCode, live.json()]).toEqual([
      200,
      { success: true, requestID: REQUEST_ID, data: { status: 'ok' }, message: 'Live', timestamp: LOCAL_TIMESTAMP },
    ]);
    const ready = await t.app.inject({ method: 'GET', url: '/api/v1/health/ready' });
    expect([ready.statusCode, ready.json().data]).toEqual([200, { status: 'ok', database: { status: 'up' } }]);
  });

  it('a missing header CLI is degraded with 200, not a 503', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      success: true,
      requestID: REQUEST_ID,
      data: {
        status: 'degraded',
        database: { status: 'up' },
        headerCli: { status: 'down', cli: 'ZConLinuxGetHeader', message: 'not found' },
        imageCatalog: expect.objectContaining({ status: 'up', watcher: expect.any(String) }),
      },
      message: 'Health status',
      timestamp: LOCAL_TIMESTAMP,
    });
  });
});

/** Issue 24.2 / spec §16 — health tells the truth when the backup repository cannot be read. */
describe('Health and the images route with an unreadable backup repository', () => {
  let t: TestApp;
  const missing = join(tmpdir(), `zdm-missing-repository-${process.pid}`);
  beforeAll(async () => {
    t = await createTestApp({ BACKUP_REPOSITORY_PATH: missing });
  });
  afterAll(() => t?.close());

  it('health is degraded (200) with the reason naming the path', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toEqual({
      status: 'degraded',
      database: { status: 'up' },
      headerCli: expect.objectContaining({ status: 'up' }),
      imageCatalog: expect.objectContaining({
        status: 'down',
        message: `backup repository not accessible: ${missing} (ENOENT)`,
      }),
    });
    // Ready stays 200: the database answers, the replica can serve everything else.
    expect((await t.app.inject({ method: 'GET', url: '/api/health/ready' })).statusCode).toBe(200);
  });

  it.each(['/api/backups/images/server/anything', '/api/v1/backups/images/server/anything'])(
    '%s answers 503 REPOSITORY_UNAVAILABLE naming the path, not a 500',
    async (url) => {
      const res = await t.app.inject({ method: 'GET', url, headers: await t.auth() });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({
        success: false,
        requestID: REQUEST_ID,
        error: {
          code: 'REPOSITORY_UNAVAILABLE',
          message: `백업 이미지 조회 실패: 백업 저장소에 접근할 수 없습니다: ${missing} (ENOENT)`,
        },
        timestamp: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
      });
    },
  );

  it('is ok again once the repository exists', async () => {
    mkdirSync(missing, { recursive: true });
    try {
      const health = await t.app.inject({ method: 'GET', url: '/api/health' });
      expect(health.json().data).toMatchObject({ status: 'ok', imageCatalog: { status: 'up' } });
      expect(health.json().data.imageCatalog).not.toHaveProperty('message');
      const list = await t.app.inject({
        method: 'GET',
        url: '/api/backups/images/server/anything',
        headers: await t.auth(),
      });
      expect(list.statusCode).toBe(200);
    } finally {
      rmSync(missing, { recursive: true, force: true });
    }
  });
});
