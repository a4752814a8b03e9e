import { createTestApp, TEST_ADMIN, TestApp } from '../support/test-app';

/**
 * Issue 21 — changing one's own password with `currentPassword` was an unlimited guessing oracle:
 * 30 wrong guesses, 30 answers "does not match", no 429. Now every `currentPassword` check goes
 * through the login limit (the database-backed one of token issue): per account and per client
 * address, AUTH_MAX_FAILURES wrong passwords per window, shared with logins.
 */
const MAX = 5;

describe('Password change: wrong currentPassword attempts are limited like logins', () => {
  let t: TestApp;
  let viewerToken: string;
  const viewer = { email: 'oracle@zdm.test', password: 'viewer-password-1' };

  beforeAll(async () => {
    t = await createTestApp({ AUTH_MAX_FAILURES: String(MAX), AUTH_FAILURE_WINDOW_MS: '60000' });
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: await t.auth(),
      payload: { ...viewer, userName: 'oracle', role: 'viewer' },
    });
    expect(created.statusCode).toBe(201);
    const issued = await t.app.inject({ method: 'POST', url: '/api/auth/issue', payload: viewer });
    viewerToken = issued.json().data.token;
  });
  afterAll(() => t?.close());

  const change = (currentPassword: string, remoteAddress = '10.70.0.1') =>
    t.app.inject({
      method: 'PUT',
      url: `/api/users/${viewer.email}`,
      headers: { authorization: `Bearer ${viewerToken}`, 'accept-language': 'en' },
      payload: { currentPassword, password: 'new-password-123' },
      remoteAddress,
    });

  it(`30 wrong guesses: ${MAX} answer 400, the rest 429 with Retry-After, and the right password is refused too`, async () => {
    const answers = [];
    for (let i = 0; i < 30; i++) answers.push(await change(`wrong-guess-${i}`));
    expect(answers.map((a) => a.statusCode)).toEqual([
      ...Array<number>(MAX).fill(400),
      ...Array<number>(30 - MAX).fill(429),
    ]);
    expect(answers[0]!.json()).toMatchObject({
      code: 'VALIDATION_ERROR',
      error: 'currentPassword: the current password does not match.',
    });
    const refused = answers[MAX]!;
    expect(refused.json()).toMatchObject({ success: false, code: 'RATE_LIMITED' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // The right password, now: still 429 (the limit is checked before the hash), nothing changed.
    expect((await change(viewer.password)).statusCode).toBe(429);
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/issue', payload: viewer });
    expect(login.statusCode).toBe(429);
  });

  it('counts in the same database rows as logins: the account key and the client address', async () => {
    const rows = await t.dataSource.query(
      `SELECT key, failures, in_flight FROM login_limits WHERE key IN ($1, $2) ORDER BY key`,
      [`account:${viewer.email}`, 'address:10.70.0.1'],
    );
    expect(rows).toEqual([
      { key: `account:${viewer.email}`, failures: MAX, in_flight: 0 },
      { key: 'address:10.70.0.1', failures: MAX, in_flight: 0 },
    ]);
  });

  it('a right currentPassword from an unlimited account still changes the password', async () => {
    const admin = await t.app.inject({
      method: 'PUT',
      url: `/api/users/${TEST_ADMIN.email}`,
      headers: await t.auth(),
      payload: { currentPassword: TEST_ADMIN.password, password: 'admin-password-new-1' },
      remoteAddress: '10.70.0.2',
    });
    expect(admin.statusCode).toBe(200);
    const rows = await t.dataSource.query(`SELECT failures, in_flight FROM login_limits WHERE key = $1`, [
      `account:${TEST_ADMIN.email}`,
    ]);
    expect(rows).toEqual([{ failures: 0, in_flight: 0 }]);
  });
});
