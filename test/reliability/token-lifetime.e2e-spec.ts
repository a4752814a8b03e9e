import { ManualClock } from '@zdm/common';
import { createHmac } from 'node:crypto';
import { createTestApp, TEST_ADMIN, TEST_JWT_SECRET, TestApp } from '../support/test-app';

/**
 * Issue 21 — a token's lifetime was checked as exp − iat only, so a token claiming to be issued a
 * year from now, living an hour, passed a two-hour TOKEN_MAX_TTL and worked for a year. Now an
 * `iat` more than 60 s ahead of the app's clock is refused and the lifetime is judged from now, by
 * the injected Clock (moved here by hand).
 */
const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
function sign(payload: object): string {
  const head = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url(payload)}`;
  return `${head}.${createHmac('sha256', TEST_JWT_SECRET).update(head).digest('base64url')}`;
}
const HOUR = 3600;

describe('Tokens: iat not in the future, lifetime judged from now', () => {
  let t: TestApp;
  let adminId: number;
  const clock = new ManualClock(new Date());
  beforeAll(async () => {
    t = await createTestApp({ TOKEN_MAX_TTL: '2h', TOKEN_TTL: '1h' }, { clock });
    adminId = (await t.dataSource.query('SELECT id FROM users WHERE email = $1', [TEST_ADMIN.email]))[0].id;
  });
  afterAll(() => t?.close());

  const servers = (token: string) =>
    t.app.inject({
      method: 'GET',
      url: '/api/servers',
      headers: { authorization: `Bearer ${token}`, 'accept-language': 'en' },
    });
  const claims = (iat: number, exp: number) => ({
    sub: adminId,
    email: TEST_ADMIN.email,
    ver: 0,
    iat,
    exp,
    iss: 'zdm-api',
    aud: 'zdm-api',
  });

  it('refuses an iat beyond the 60 s skew, accepts one within it', async () => {
    const now = Math.floor(clock.now().getTime() / 1000);
    const answers: Record<string, [number, string | undefined]> = {};
    for (const [name, [iat, exp]] of Object.entries({
      'issued a year ahead, living an hour': [now + 365 * 24 * HOUR, now + 365 * 24 * HOUR + HOUR],
      'issued 61 s ahead': [now + 61, now + 61 + HOUR],
      'issued 30 s ahead (clock skew)': [now + 30, now + 30 + HOUR],
      'issued an hour ago, an hour left': [now - HOUR, now + HOUR],
    })) {
      const res = await servers(sign(claims(iat, exp)));
      answers[name] = [res.statusCode, res.statusCode === 200 ? undefined : res.json().error];
    }
    expect(answers).toEqual({
      'issued a year ahead, living an hour': [401, 'The token is invalid.'],
      'issued 61 s ahead': [401, 'The token is invalid.'],
      'issued 30 s ahead (clock skew)': [200, undefined],
      'issued an hour ago, an hour left': [200, undefined],
    });
  });

  it('an issued token works until its exp by the app clock, then answers "expired"', async () => {
    const issued = await t.app.inject({ method: 'POST', url: '/api/auth/issue', payload: TEST_ADMIN });
    const { token, expiresAt } = issued.json().data as { token: string; expiresAt: string };
    expect(Date.parse(expiresAt)).toBe(Math.floor(clock.now().getTime() / 1000) * 1000 + HOUR * 1000);
    expect((await servers(token)).statusCode).toBe(200);
    clock.advance(HOUR * 1000 - 2000);
    expect((await servers(token)).statusCode).toBe(200);
    clock.advance(3000);
    const expired = await servers(token);
    expect([expired.statusCode, expired.json().error]).toEqual([401, 'The token has expired.']);
  });
});
