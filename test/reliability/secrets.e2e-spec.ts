import { Logger } from '@nestjs/common';
import { AdminBootstrap } from '@zdm/auth';
import { spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_TIMEOUT_MS, builtApp } from '../support/built-app';
import { createTestApp, TEST_ADMIN, TEST_JWT_SECRET, TestApp } from '../support/test-app';

/**
 * Issue 15 — secrets and tokens, probed as the attacker did: the compose file's published
 * JWT_SECRET forged an admin token that created a user (201); tokens without `exp` were accepted;
 * a password change left old tokens working; a changed ADMIN_PASSWORD was silently ignored.
 */
const ROOT = join(__dirname, '../..');

const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
function sign(payload: object, secret = TEST_JWT_SECRET): string {
  const head = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url(payload)}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}

// Each case starts the built app (up to 90 s on a loaded machine).
jest.setTimeout(120_000);
describe('Secrets: the app refuses published and short secrets with DATABASE_URL', () => {
  let builtMain: string;
  beforeAll(() => {
    builtMain = builtApp();
  }, BUILD_TIMEOUT_MS);

  /** Starts the built app; it must exit before touching the (unreachable) database. */
  const start = (env: Record<string, string>) =>
    spawnSync(process.execPath, [builtMain], {
      env: { PATH: process.env.PATH, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', ...env },
      encoding: 'utf8',
      timeout: 90_000, // a bound that only catches a hang (a loaded machine loads the app slowly)
    });

  it.each([
    [
      'the old compose JWT_SECRET',
      { JWT_SECRET: 'change-me-please-a-long-random-secret' },
      /JWT_SECRET: is a published/,
    ],
    ['a 16-character JWT_SECRET', { JWT_SECRET: '0123456789abcdef' }, /JWT_SECRET: is too easy to guess/],
    [
      'the old compose ADMIN_PASSWORD',
      { JWT_SECRET: TEST_JWT_SECRET, ADMIN_PASSWORD: 'change-me-now' },
      /ADMIN_PASSWORD: is a published placeholder/,
    ],
  ])('exits 1 naming the setting: %s', (_, env, message) => {
    const run = start(env);
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 1, stderr: expect.stringMatching(message) });
  });

  it('docker-compose.yml has no default secret: ${VAR:?message} for JWT_SECRET and ADMIN_PASSWORD', () => {
    const compose = readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8');
    for (const name of ['JWT_SECRET', 'ADMIN_PASSWORD']) {
      expect(compose).toMatch(new RegExp(`${name}: \\$\\{${name}:\\?[^}]+\\}`));
      expect(compose).not.toMatch(new RegExp(`\\$\\{${name}:-`));
    }
  });
});

describe('Tokens: iss, aud, exp, a bounded lifetime and a version the user can revoke', () => {
  let t: TestApp;
  let adminId: number;
  beforeAll(async () => {
    t = await createTestApp({ AUTH_USER_RECHECK_MS: '0', TOKEN_MAX_TTL: '2h' });
    adminId = (await t.dataSource.query('SELECT id FROM users WHERE email = $1', [TEST_ADMIN.email]))[0].id;
  });
  afterAll(() => t?.close());

  const createUser = (token: string, email: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { authorization: `Bearer ${token}` },
      payload: { email, userName: 'forged', password: 'forged-password-1', role: 'admin' },
    });

  it('refuses forged tokens without exp, iss, aud or a version, or living longer than TOKEN_MAX_TTL', async () => {
    const now = Math.floor(Date.now() / 1000);
    const full = {
      sub: adminId,
      email: TEST_ADMIN.email,
      ver: 0,
      iat: now,
      exp: now + 3600,
      iss: 'zdm-api',
      aud: 'zdm-api',
    };
    const without = (key: keyof typeof full) => Object.fromEntries(Object.entries(full).filter(([k]) => k !== key));
    const refused: Record<string, number> = {};
    for (const [name, claims] of Object.entries({
      'no exp': without('exp'),
      'no iat': without('iat'),
      'no iss': without('iss'),
      'no aud': without('aud'),
      'other aud': { ...full, aud: 'other-service' },
      'no ver': without('ver'),
      'old ver': { ...full, ver: -1 },
      'lives 3 h': { ...full, exp: now + 3 * 3600 },
    })) {
      refused[name] = (await createUser(sign(claims), `${name.replace(/\W/g, '')}@zdm.test`)).statusCode;
    }
    expect(refused).toEqual({
      'no exp': 401,
      'no iat': 401,
      'no iss': 401,
      'no aud': 401,
      'other aud': 401,
      'no ver': 401,
      'old ver': 401,
      'lives 3 h': 401,
    });
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM users`))[0].n).toBe(1);
    // The control: the same claims, complete, do work (the refusals above are for what is missing).
    expect((await createUser(sign(full), 'complete@zdm.test')).statusCode).toBe(201);
  });

  it('a password change revokes the tokens issued before it (next request, with AUTH_USER_RECHECK_MS 0)', async () => {
    const before = await t.token();
    const servers = (token: string) =>
      t.app.inject({ method: 'GET', url: '/api/servers', headers: { authorization: `Bearer ${token}` } });
    expect((await servers(before)).statusCode).toBe(200);
    const changed = await t.app.inject({
      method: 'PUT',
      url: `/api/users/${adminId}`,
      headers: { authorization: `Bearer ${before}` },
      payload: { password: 'a-new-admin-password-1' },
    });
    expect(changed.statusCode).toBe(200);
    expect((await servers(before)).statusCode).toBe(401);
    const after = await t.app.inject({
      method: 'POST',
      url: '/api/auth/issue',
      payload: { email: TEST_ADMIN.email, password: 'a-new-admin-password-1' },
    });
    expect((await servers(after.json().data.token)).statusCode).toBe(200);
  });

  it('a changed ADMIN_PASSWORD after first start is not silently ignored: start-up warns how to change it', async () => {
    // The previous test changed the admin's password; configuration still says TEST_ADMIN.password.
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    try {
      expect(await t.app.get(AdminBootstrap).run()).toBe('password-differs');
      expect(warn).toHaveBeenCalledWith(
        expect.stringContaining(`ADMIN_PASSWORD differs from the password of ${TEST_ADMIN.email}`),
      );
      expect(warn.mock.calls[0]?.[0]).toContain(`PUT /api/users/${TEST_ADMIN.email}`);
    } finally {
      warn.mockRestore();
    }
  });
});
