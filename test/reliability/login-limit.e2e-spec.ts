import { createFreshDatabase, createTestApp, TEST_ADMIN, TestApp } from '../support/test-app';

/**
 * Issue 15 — the login limit, probed as the attacker did: 100 concurrent guesses from one address
 * with the right password 30th got a 201 while the limit was 5; each replica counted on its own;
 * the limit was per address only. Now the limit lives in the database, is checked atomically before
 * the password hash, per account and per address. On PostgreSQL the guesses are spread over two app
 * instances on one database; on PGlite (one process) over one.
 */
const onPostgres = Boolean(process.env.DATABASE_URL);
const MAX = 5;

describe('Login limit shared by replicas, checked before the hash', () => {
  let instances: TestApp[] = [];
  let drop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    const settings = { AUTH_MAX_FAILURES: String(MAX), AUTH_FAILURE_WINDOW_MS: '60000' };
    if (onPostgres) {
      const fresh = await createFreshDatabase(process.env.DATABASE_URL!);
      drop = fresh.drop;
      instances = [
        await createTestApp({ ...settings, DATABASE_URL: fresh.url }),
        await createTestApp({ ...settings, DATABASE_URL: fresh.url }),
      ];
    } else {
      instances = [await createTestApp(settings)];
    }
  });
  afterAll(async () => {
    for (const app of instances) await app.close();
    await drop?.();
  });

  const login = (i: number, email: string, password: string, remoteAddress: string, headers = {}) =>
    instances[i % instances.length]!.app.inject({
      method: 'POST',
      url: '/api/auth/issue',
      payload: { email, password },
      remoteAddress,
      headers,
    });

  it(`100 parallel guesses, the right password 30th: at most ${MAX} answers are not 429`, async () => {
    const started = Date.now();
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        login(i, TEST_ADMIN.email, i === 29 ? TEST_ADMIN.password : `wrong-guess-${i}`, '10.50.0.1'),
      ),
    );
    const statuses = answers.map((a) => a.statusCode);
    const notLimited = statuses.filter((s) => s !== 429);
    process.stdout.write(
      `login limit: ${instances.length} instance(s), 100 parallel guesses in ${Date.now() - started} ms: ` +
        `${notLimited.length} not 429 (${notLimited.join(', ')}), the right password answered ${statuses[29]}\n`,
    );
    expect(notLimited.length).toBeLessThanOrEqual(MAX);
    expect(notLimited.every((s) => s === 404)).toBe(true);
    expect(statuses[29]).toBe(429);
    const refused = answers.find((a) => a.statusCode === 429)!;
    expect(refused.json()).toMatchObject({ success: false, code: 'RATE_LIMITED' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('limits the account from every address (every replica), and the address for every account', async () => {
    // The account guessed above is limited from a fresh address too, even with the right password.
    expect((await login(1, TEST_ADMIN.email, TEST_ADMIN.password, '10.50.0.2')).statusCode).toBe(429);
    // One address guessing many accounts: after MAX failures, a new account is refused too.
    const guesses: number[] = [];
    for (let i = 0; i < MAX + 2; i++) {
      guesses.push((await login(i, `someone-${i}@zdm.test`, 'guess', '10.50.0.3')).statusCode);
    }
    expect(guesses).toEqual([...Array<number>(MAX).fill(404), 429, 429]);
  });

  it('keeps its counts in the database, where every replica sees them', async () => {
    const rows = await instances[0]!.dataSource.query(
      `SELECT key, failures, in_flight FROM login_limits WHERE key IN ($1, $2) ORDER BY key`,
      [`account:${TEST_ADMIN.email}`, 'address:10.50.0.1'],
    );
    expect(rows).toEqual([
      { key: `account:${TEST_ADMIN.email}`, failures: MAX, in_flight: 0 },
      { key: 'address:10.50.0.1', failures: MAX, in_flight: 0 },
    ]);
  });

  it('ignores X-Forwarded-For without TRUST_PROXY (a spoofed header gives no fresh address)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < MAX + 1; i++) {
      const res = await login(i, `spoof-${i}@zdm.test`, 'guess', '10.50.0.4', { 'x-forwarded-for': `192.0.2.${i}` });
      statuses.push(res.statusCode);
    }
    expect(statuses).toEqual([...Array<number>(MAX).fill(404), 429]);
  });
});

describe('TRUST_PROXY: the client address behind a load balancer', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ AUTH_MAX_FAILURES: String(MAX), TRUST_PROXY: '127.0.0.1/8' });
  });
  afterAll(() => t?.close());

  const login = (client: string, email: string, password: string, proxy = '127.0.0.1') =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/issue',
      payload: { email, password },
      remoteAddress: proxy,
      headers: { 'x-forwarded-for': client },
    });

  it('five bad logins of one client behind the proxy do not lock the others out', async () => {
    for (let i = 0; i < MAX; i++) expect((await login('198.51.100.7', `bad-${i}@zdm.test`, 'x')).statusCode).toBe(404);
    expect((await login('198.51.100.7', 'bad-new@zdm.test', 'x')).statusCode).toBe(429);
    expect((await login('198.51.100.8', TEST_ADMIN.email, TEST_ADMIN.password)).statusCode).toBe(201);
  });

  it('takes X-Forwarded-For only from the trusted proxy', async () => {
    // Not from 127.0.0.0/8: the socket address counts, whatever the header says.
    for (let i = 0; i < MAX; i++) {
      expect((await login(`203.0.113.${i}`, `direct-${i}@zdm.test`, 'x', '10.60.0.1')).statusCode).toBe(404);
    }
    expect((await login('203.0.113.99', 'direct-new@zdm.test', 'x', '10.60.0.1')).statusCode).toBe(429);
  });
});
