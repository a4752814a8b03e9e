import { ManualClock } from '@zdm/common';
import { createTestApp, LOCAL_TIMESTAMP, REQUEST_ID, TestApp } from './support/test-app';

const SERVER = 'source-centos7-bios (192.168.2.104)';
const job = (jobName: string) => ({
  center: '1',
  server: SERVER,
  repository: { type: 'nfs', path: '/backup' },
  type: 'full',
  jobName,
  partition: ['/'],
});
const ISO_MS = expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

/** Spec §16 — API keys for services and scrapers: shown once, hashed, role-bound, revocable, audited. */
describe('API keys: /api/api-keys and Authorization: Bearer zdmk_…', () => {
  let t: TestApp;
  const clock = new ManualClock('2026-01-10T03:00:00.000Z');
  let admin: { at: number; headers: Record<string, string> } | undefined;
  /** A fresh admin token whenever the clock moved (tokens are judged by the same clock). */
  const adminHeaders = async () => {
    const at = clock.now().getTime();
    if (admin?.at !== at) admin = { at, headers: { authorization: `Bearer ${await t.token()}` } };
    return admin.headers;
  };
  const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
  const call = async (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    headers?: Record<string, string>,
    payload?: unknown,
  ) =>
    t.app.inject({
      method,
      url,
      headers: headers ?? (await adminHeaders()),
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });
  const create = async (payload: object) => {
    const res = await call('POST', '/api/api-keys', undefined, payload);
    expect(res.statusCode).toBe(201);
    return res.json().data as { id: number; name: string; role: string; expiresAt: string | null; key: string };
  };
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) =>
    t.dataSource.query(query, params) as Promise<T[]>;

  beforeAll(async () => {
    t = await createTestApp({}, { clock });
  });
  afterAll(() => t?.close());

  it('creates a key: shown once, only its SHA-256 stored, listed without it', async () => {
    const res = await call('POST', '/api/api-keys', undefined, { name: 'prometheus', role: 'viewer' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toEqual({
      success: true,
      requestID: REQUEST_ID,
      data: {
        id: expect.any(Number),
        name: 'prometheus',
        role: 'viewer',
        expiresAt: null,
        key: expect.stringMatching(/^zdmk_[A-Za-z0-9_-]{43}$/),
      },
      message: 'API key created',
      timestamp: LOCAL_TIMESTAMP,
    });
    const { id, key } = body.data as { id: number; key: string };
    const rows = await sql<{ key_hash: string }>('SELECT key_hash FROM api_keys WHERE id = $1', [id]);
    expect(rows[0].key_hash).toMatch(/^[0-9a-f]{64}$/);
    const dump = JSON.stringify(await sql('SELECT * FROM api_keys'));
    expect(dump).not.toContain(key);
    expect(dump).not.toContain(key.slice(5));

    const list = await call('GET', '/api/api-keys');
    expect(list.statusCode).toBe(200);
    expect(list.json().data).toContainEqual({
      id,
      name: 'prometheus',
      role: 'viewer',
      createdAt: '2026-01-10T03:00:00.000Z',
      lastUsedAt: null,
      expiresAt: null,
    });
    expect(list.body).not.toContain(key);
  });

  it('accepts a key on the routes its role allows, and refuses the others with 403', async () => {
    const viewer = await create({ name: 'scraper', role: 'viewer' });
    const metrics = await call('GET', '/api/metrics', bearer(viewer.key));
    expect(metrics.statusCode).toBe(200);
    expect(metrics.body).toMatch(/^zdm_catalog_images /m);
    expect((await call('GET', '/api/backups', bearer(viewer.key))).statusCode).toBe(200);
    const write = await call('POST', '/api/backups', bearer(viewer.key), job('viewer-job'));
    expect(write.statusCode).toBe(403);
    expect(write.json()).toMatchObject({ code: 'FORBIDDEN', error: '이 작업에는 operator 권한이 필요합니다.' });
    // A key never manages keys unless it is an admin key.
    expect((await call('GET', '/api/api-keys', bearer(viewer.key))).statusCode).toBe(403);

    const operator = await create({ name: 'ci', role: 'operator' });
    const register = await call('POST', '/api/backups', bearer(operator.key), job('key-made-job'));
    expect(register.statusCode).toBe(201);
    // A key is not a user: the job belongs to none.
    const [madeByKey] = await sql<{ user_id: number | null }>(
      "SELECT user_id FROM backup_jobs WHERE name LIKE 'key-made-job%'",
    );
    expect(madeByKey.user_id).toBeNull();
    expect((await call('POST', '/api/zdms', bearer(operator.key), { name: 'key-center' })).statusCode).toBe(403);

    const adminKey = await create({ name: 'automation', role: 'admin' });
    expect((await call('GET', '/api/api-keys', bearer(adminKey.key))).statusCode).toBe(200);
  });

  it('keeps keys and agent tokens apart', async () => {
    const key = await create({ name: 'not-an-agent', role: 'admin' });
    const onAgentRoute = await call('POST', '/api/agent/heartbeat', bearer(key.key), {});
    expect(onAgentRoute.statusCode).toBe(403);
    const agent = await call('POST', '/api/agents', undefined, { server: SERVER });
    expect(agent.statusCode).toBe(201);
    const agentToken = agent.json().data.token as string;
    expect((await call('GET', '/api/metrics', bearer(agentToken))).statusCode).toBe(403);
    // An agent token dressed as a key is just an unknown key.
    const disguised = `zdmk_${agentToken.slice(5)}`;
    expect((await call('GET', '/api/metrics', bearer(disguised))).statusCode).toBe(401);
  });

  it('refuses unknown, malformed, expired and revoked keys with 401 like a bad token', async () => {
    const unauthorized = (message: string) => ({
      success: false,
      requestID: REQUEST_ID,
      error: message,
      code: 'UNAUTHORIZED',
      timestamp: LOCAL_TIMESTAMP,
    });
    const unknown = await call('GET', '/api/backups', bearer(`zdmk_${'A'.repeat(43)}`));
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json()).toEqual(unauthorized('유효하지 않거나 폐기된 API 키입니다.'));
    expect((await call('GET', '/api/backups', bearer('zdmk_short'))).statusCode).toBe(401);

    const expiring = await create({ name: 'short-lived', role: 'viewer', expiresAt: '2026-01-10T12:30:00+09:00' });
    expect(expiring.expiresAt).toBe('2026-01-10T03:30:00.000Z');
    clock.advance(29 * 60_000 + 59_000);
    expect((await call('GET', '/api/backups', bearer(expiring.key))).statusCode).toBe(200);
    clock.advance(1_000);
    const expired = await call('GET', '/api/backups', bearer(expiring.key));
    expect(expired.statusCode).toBe(401);
    expect(expired.json()).toEqual(unauthorized('API 키가 만료되었습니다.'));

    const revoked = await create({ name: 'to-revoke', role: 'viewer' });
    expect((await call('GET', '/api/backups', bearer(revoked.key))).statusCode).toBe(200);
    const del = await call('DELETE', `/api/api-keys/${revoked.id}`);
    expect(del.statusCode).toBe(200);
    expect(del.json().data).toEqual({
      id: revoked.id,
      name: 'to-revoke',
      role: 'viewer',
      createdAt: ISO_MS,
      lastUsedAt: ISO_MS,
      expiresAt: null,
    });
    // The very next request fails: nothing cached outlives the revocation.
    expect((await call('GET', '/api/backups', bearer(revoked.key))).statusCode).toBe(401);
    expect(await sql('SELECT id FROM api_keys WHERE id = $1', [revoked.id])).toEqual([]);
    expect((await call('DELETE', `/api/api-keys/${revoked.id}`)).statusCode).toBe(404);
    expect((await call('DELETE', '/api/api-keys/abc')).statusCode).toBe(400);
  });

  it('records lastUsedAt at most once a minute per key, by the clock', async () => {
    const key = await create({ name: 'throttled', role: 'viewer' });
    const lastUsed = async () =>
      (await sql<{ last_used_at: Date | null }>('SELECT last_used_at FROM api_keys WHERE id = $1', [key.id]))[0]
        .last_used_at;
    expect(await lastUsed()).toBeNull();
    const first = clock.now();
    await call('GET', '/api/metrics', bearer(key.key));
    expect(await lastUsed()).toEqual(first);
    clock.advance(30_000);
    await call('GET', '/api/metrics', bearer(key.key));
    clock.advance(29_999);
    await call('GET', '/api/metrics', bearer(key.key));
    expect(await lastUsed()).toEqual(first);
    clock.advance(1);
    const minuteLater = clock.now();
    await call('GET', '/api/metrics', bearer(key.key));
    expect(await lastUsed()).toEqual(minuteLater);
    const listed = (await call('GET', '/api/api-keys')).json().data as { id: number; lastUsedAt: string }[];
    expect(listed.find((k) => k.id === key.id)?.lastUsedAt).toBe(minuteLater.toISOString());
  });

  it('audits writes made with a key as actor.apiKey, and the creation and revocation of keys', async () => {
    const key = await create({ name: 'audited-key', role: 'operator' });
    const write = await t.app.inject({
      method: 'POST',
      url: '/api/backups',
      headers: { ...bearer(key.key), 'x-request-id': 'key-write-1' },
      payload: job('job-by-key'),
    });
    expect(write.statusCode).toBe(201);
    await call('DELETE', `/api/api-keys/${key.id}`);
    const entries = async (action: string) =>
      (await call('GET', `/api/audit?action=${action}&sort=desc`)).json().data as Record<string, unknown>[];
    expect((await entries('backupJobs.register'))[0]).toEqual({
      id: expect.any(Number),
      time: LOCAL_TIMESTAMP,
      actor: { id: null, email: null, agent: null, apiKey: { id: key.id, name: 'audited-key' } },
      action: 'backupJobs.register',
      method: 'POST',
      path: '/api/backups',
      target: 'job-by-key',
      requestID: 'key-write-1',
      status: 201,
      outcome: 'success',
    });
    expect((await entries('apiKeys.create'))[0]).toMatchObject({
      actor: { email: 'admin@zdm.test', apiKey: null },
      target: 'audited-key',
      status: 201,
      outcome: 'success',
    });
    expect((await entries('apiKeys.revoke'))[0]).toMatchObject({
      actor: { email: 'admin@zdm.test', apiKey: null },
      target: String(key.id),
      status: 200,
    });
    // The revoked key's later attempts are refused and recorded without an actor.
    await call('POST', '/api/backups', bearer(key.key), job('after-revoke'));
    expect((await entries('backupJobs.register'))[0]).toMatchObject({ actor: null, status: 401, outcome: 'denied' });
  });

  it.each<[string, object, string]>([
    ['an unknown role', { name: 'k', role: 'root' }, 'role은(는) viewer, operator, admin 중 하나여야 합니다.'],
    ['no role', { name: 'k' }, 'role은(는) viewer, operator, admin 중 하나여야 합니다.'],
    ['a null role', { name: 'k', role: null }, 'role은(는) viewer, operator, admin 중 하나여야 합니다.'],
    ['an empty name', { name: '', role: 'viewer' }, 'name은(는) 1 ~ 100자의 문자열이어야 합니다.'],
    ['a long name', { name: 'n'.repeat(101), role: 'viewer' }, 'name은(는) 1 ~ 100자의 문자열이어야 합니다.'],
    [
      'expiresAt in the past',
      { name: 'k', role: 'viewer', expiresAt: '2020-01-01T00:00:00Z' },
      'expiresAt은(는) 현재보다 이후여야 합니다.',
    ],
    [
      'expiresAt without offset',
      { name: 'k', role: 'viewer', expiresAt: '2030-01-01T00:00:00' },
      'expiresAt은(는) 오프셋이 있는 ISO-8601 시각이어야 합니다. (예: 2027-01-01T00:00:00Z)',
    ],
    [
      'expiresAt null',
      { name: 'k', role: 'viewer', expiresAt: null },
      'expiresAt은(는) 오프셋이 있는 ISO-8601 시각이어야 합니다. (예: 2027-01-01T00:00:00Z)',
    ],
    ['an unknown field', { name: 'k', role: 'viewer', key: 'zdmk_x' }, 'key은(는) 허용되지 않는 필드입니다.'],
  ])('refuses %s with 400 naming the field', async (_what, payload, message) => {
    const before = await sql('SELECT count(*)::int AS n FROM api_keys');
    const res = await call('POST', '/api/api-keys', undefined, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ success: false, code: 'VALIDATION_ERROR', error: message });
    expect(await sql('SELECT count(*)::int AS n FROM api_keys')).toEqual(before);
  });

  it('needs an admin to manage keys', async () => {
    expect((await call('GET', '/api/api-keys', {})).statusCode).toBe(401);
    await call('POST', '/api/users', undefined, {
      email: 'key-viewer@zdm.test',
      userName: 'key-viewer',
      password: 'key-viewer-password',
    });
    const issued = await t.app.inject({
      method: 'POST',
      url: '/api/auth/issue',
      payload: { email: 'key-viewer@zdm.test', password: 'key-viewer-password' },
    });
    const viewer = bearer(issued.json().data.token as string);
    expect((await call('POST', '/api/api-keys', viewer, { name: 'mine', role: 'admin' })).statusCode).toBe(403);
  });
});
