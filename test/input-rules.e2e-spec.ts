import { createTestApp, TestApp } from './support/test-app';

/** Issue 10's input rules: bounded numbers and ids, names that can be found as written, empty filters. */
describe('Input rules', () => {
  let t: TestApp;
  let headers: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp();
    headers = { ...(await t.auth()), 'accept-language': 'en' };
  });
  afterAll(() => t.close());

  const counts = async () =>
    JSON.stringify(
      await t.dataSource.query(
        'SELECT (SELECT count(*) FROM servers)::int AS servers, (SELECT count(*) FROM centers)::int AS centers',
      ),
    );

  const rejected = async (method: 'GET' | 'POST', url: string, payload?: object) => {
    const before = await counts();
    const res = await t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
    expect(await counts()).toBe(before);
    return { status: res.statusCode, error: String(res.json().error) };
  };

  it('partition sizes are integers up to 2^53 - 1 (a larger one is a 400, never a 500)', async () => {
    const server = (size: number, name: string) => ({
      name,
      center: 1,
      os: 'lin',
      partitions: [{ letter: '/', size }],
    });
    expect(await rejected('POST', '/api/servers', server(1e19, 'huge-disk'))).toEqual({
      status: 400,
      error: expect.stringContaining('partitions[0].size'),
    });
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/servers',
      headers,
      payload: server(Number.MAX_SAFE_INTEGER, 'largest-disk'),
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().data.partitions[0].size).toBe(Number.MAX_SAFE_INTEGER);
  });

  it.each(['/api/backups?jobId=2147483648', '/api/schedules?id=2147483648', '/api/backups?server=2147483648'])(
    'bounds every id filter like PostgreSQL integer: %s is a 400',
    async (url) => {
      const res = await rejected('GET', url);
      expect(res.status).toBe(400);
      expect(res.error).toMatch(/jobId|id|server/);
    },
  );

  it.each([
    ['all digits (always read as an id)', '12345', 'digits only'],
    ['leading or trailing spaces (lookups trim)', ' padded ', 'spaces'],
    ['control characters', 'tab\there', 'control characters'],
  ])('refuses center and server names with %s', async (_what, name, rule) => {
    for (const [url, body] of [
      ['/api/zdms', { name }],
      ['/api/servers', { name, center: 1, os: 'lin' }],
    ] as const) {
      const res = await rejected('POST', url, body);
      expect({ url, ...res }).toEqual({ url, status: 400, error: expect.stringContaining('name') });
      expect(res.error).toContain(rule);
    }
  });

  it.each([
    '/api/servers?name=',
    '/api/backups?jobName=',
    '/api/schedules?jobName=',
    '/api/zdms?name=%20',
    '/api/backups/images/server/x?partition=',
  ])('an empty filter is a 400 naming it everywhere: %s', async (url) => {
    const res = await t.app.inject({ method: 'GET', url, headers });
    const field = new URL(url, 'http://x').searchParams.keys().next().value!;
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(typeof error === 'string' ? error : error.message).toContain(`${field}: a filter may not be empty`);
  });
});
