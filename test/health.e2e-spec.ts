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
