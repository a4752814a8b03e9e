import { ManualClock } from '@zdm/common';
import { createTestApp, LOCAL_TIMESTAMP, REQUEST_ID, TestApp } from './support/test-app';

const SERVER = 'source-centos7-bios (192.168.2.104)';

describe('Agents: registration, listing, revocation, heartbeat, token kinds', () => {
  let t: TestApp;
  let user: Record<string, string>;
  let serverId: number;
  const clock = new ManualClock('2026-01-10T03:00:00.000Z');
  beforeAll(async () => {
    t = await createTestApp({}, { clock });
    user = await t.auth();
    serverId = (
      await t.app.inject({ method: 'GET', url: `/api/servers/${encodeURIComponent(SERVER)}`, headers: user })
    ).json().data.id;
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST' | 'DELETE', url: string, headers: Record<string, string>, payload?: object) =>
    t.app.inject({ method, url, headers, payload });
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const register = async (payload: object = { server: SERVER }) => {
    const res = await call('POST', '/api/agents', user, payload);
    expect(res.statusCode).toBe(201);
    return res.json().data as { id: number; name: string; token: string };
  };

  it('registers an agent: the token is shown once and only its hash is stored', async () => {
    const res = await call('POST', '/api/agents', user, { server: SERVER });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toEqual({
      success: true,
      requestID: REQUEST_ID,
      data: {
        id: expect.any(Number),
        name: 'source-centos7-bios-agent',
        server: { id: serverId, name: SERVER },
        token: expect.stringMatching(/^zdma_[A-Za-z0-9_-]{43}$/),
      },
      message: 'Agent registered',
      timestamp: LOCAL_TIMESTAMP,
    });
    const rows: { token_hash: string }[] = await t.dataSource.query('SELECT token_hash FROM agents WHERE id = $1', [
      body.data.id,
    ]);
    expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    const dump = JSON.stringify(await t.dataSource.query('SELECT * FROM agents'));
    expect(dump).not.toContain(body.data.token);
    expect(dump).not.toContain(body.data.token.slice(5));
    // Never shown again.
    const get = await call('GET', `/api/agents/${body.data.id}`, user);
    expect(get.json().data).not.toHaveProperty('token');
    expect(JSON.stringify(get.json())).not.toContain(body.data.token);
  });

  it('lists and reads agents with online/offline from the last call', async () => {
    const agentsMetric = async (status: 'online' | 'offline') => {
      const text = (await call('GET', '/api/metrics', user)).body;
      const match = new RegExp(`^zdm_agents\\{status="${status}"\\} (\\d+)$`, 'm').exec(text);
      return match ? Number(match[1]) : undefined;
    };
    const agent = await register({ server: serverId, name: 'presence-agent' });
    const onlineBefore = (await agentsMetric('online'))!;
    expect(onlineBefore).toBeGreaterThanOrEqual(0);
    const before = await call('GET', `/api/agents/${agent.id}`, user);
    expect(before.statusCode).toBe(200);
    expect(before.json()).toEqual({
      success: true,
      requestID: REQUEST_ID,
      data: {
        id: agent.id,
        name: 'presence-agent',
        server: { id: serverId, name: SERVER },
        status: 'offline',
        lastSeenAt: null,
        version: null,
        activeRuns: 0,
      },
      message: 'Agent retrieved',
      timestamp: LOCAL_TIMESTAMP,
    });

    const beat = await call('POST', '/api/agent/heartbeat', bearer(agent.token), { version: '1.2.3' });
    expect(beat.statusCode).toBe(200);
    expect(beat.json()).toEqual({
      success: true,
      requestID: REQUEST_ID,
      data: { serverTime: '2026-01-10T03:00:00.000Z' },
      message: 'Heartbeat received',
      timestamp: LOCAL_TIMESTAMP,
    });
    const online = await call('GET', `/api/agents/${agent.id}`, user);
    expect(online.json().data).toMatchObject({
      status: 'online',
      lastSeenAt: '2026-01-10 12:00:00', // Asia/Seoul
      version: '1.2.3',
    });
    const listed = await call('GET', `/api/agents?server=${serverId}&status=online`, user);
    expect(listed.json().data.map((a: { id: number }) => a.id)).toEqual([agent.id]);
    expect(await agentsMetric('online')).toBe(onlineBefore + 1);

    clock.advance(60_000); // exactly AGENT_OFFLINE_AFTER_MS later: still online
    expect((await call('GET', `/api/agents/${agent.id}`, user)).json().data.status).toBe('online');
    clock.advance(1);
    expect((await call('GET', `/api/agents/${agent.id}`, user)).json().data.status).toBe('offline');
    const offline = await call('GET', `/api/agents?server=${serverId}&status=offline&page=1&limit=100`, user);
    expect(offline.json().data.map((a: { id: number }) => a.id)).toContain(agent.id);
    expect(offline.json().pagination).toMatchObject({ currentPage: 1, itemsPerPage: 100 });
    expect((await call('GET', `/api/agents?server=${serverId}&status=online`, user)).json().data).toEqual([]);
    // every agent was last seen at or before the heartbeat above: all are offline now
    const [{ registered }] = await t.dataSource.query(
      'SELECT count(*)::int AS registered FROM agents WHERE revoked_at IS NULL',
    );
    expect([await agentsMetric('online'), await agentsMetric('offline')]).toEqual([0, registered]);
  });

  it('revokes an agent: its token fails at once, and it leaves the list', async () => {
    const agent = await register({ server: SERVER, name: 'to-revoke' });
    expect((await call('POST', '/api/agent/heartbeat', bearer(agent.token), {})).statusCode).toBe(200);
    const revoked = await call('DELETE', `/api/agents/${agent.id}`, user);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({ data: { id: agent.id, name: 'to-revoke' }, message: 'Agent revoked' });
    const after = await call('POST', '/api/agent/heartbeat', bearer(agent.token), {});
    expect(after.statusCode).toBe(401);
    expect(after.json()).toEqual({
      success: false,
      requestID: REQUEST_ID,
      error: '유효하지 않거나 폐기된 에이전트 토큰입니다.',
      code: 'UNAUTHORIZED',
      timestamp: LOCAL_TIMESTAMP,
    });
    expect((await call('GET', `/api/agents/${agent.id}`, user)).statusCode).toBe(404);
    expect((await call('DELETE', `/api/agents/${agent.id}`, user)).statusCode).toBe(404);
    const list = await call('GET', '/api/agents', user);
    expect(list.json().data.map((a: { id: number }) => a.id)).not.toContain(agent.id);
  });

  it('refuses each token kind on the other kind of route with 403', async () => {
    const agent = await register();
    for (const [method, url] of [
      ['GET', '/api/agents'],
      ['GET', '/api/servers'],
      ['POST', '/api/agents'],
      ['GET', '/api/v1/backups/images/server/x'],
    ] as const) {
      const res = await call(method, url, bearer(agent.token), method === 'POST' ? { server: SERVER } : undefined);
      const code = res.json().code ?? res.json().error.code; // the images route keeps its seed's error object
      expect({ url, status: res.statusCode, code }).toEqual({ url, status: 403, code: 'FORBIDDEN' });
    }
    const userOnAgentRoute = await call('POST', '/api/agent/heartbeat', user, {});
    expect(userOnAgentRoute.statusCode).toBe(403);
    expect(userOnAgentRoute.json()).toEqual({
      success: false,
      requestID: REQUEST_ID,
      error: '에이전트 경로(/api/agent/…)에는 에이전트 토큰이 필요합니다.',
      code: 'FORBIDDEN',
      timestamp: LOCAL_TIMESTAMP,
    });
    const english = await call('GET', '/api/servers', { ...bearer(agent.token), 'accept-language': 'en' });
    expect(english.json().error).toBe('An agent token cannot be used on this route: use a user token.');
    // No token, a broken JWT, a forged agent token: 401 on agent routes.
    expect((await call('POST', '/api/agent/heartbeat', {}, {})).statusCode).toBe(401);
    expect((await call('POST', '/api/agent/heartbeat', bearer('not.a.jwt'), {})).statusCode).toBe(401);
    expect((await call('POST', '/api/agent/heartbeat', bearer(`zdma_${'A'.repeat(43)}`), {})).statusCode).toBe(401);
    expect((await call('POST', '/api/agent/heartbeat', bearer('zdma_short'), {})).statusCode).toBe(401);
    // The bare form and /api/v1 work too.
    expect((await call('POST', '/api/v1/agent/heartbeat', { authorization: agent.token }, {})).statusCode).toBe(200);
  });

  it('validates bodies and ids, naming the field', async () => {
    const cases: [string, string, object | undefined, number, string][] = [
      ['POST', '/api/agents', {}, 400, 'server'],
      ['POST', '/api/agents', { server: '' }, 400, 'server'],
      ['POST', '/api/agents', { server: SERVER, name: '' }, 400, 'name'],
      ['POST', '/api/agents', { server: SERVER, extra: 1 }, 400, 'extra'],
      ['POST', '/api/agents', { server: 'no-such-server' }, 404, 'server'],
      ['GET', '/api/agents/abc', undefined, 400, 'id'],
      ['GET', '/api/agents/99999', undefined, 404, 'id'],
      ['GET', '/api/agents?status=sleeping', undefined, 400, 'status'],
      ['GET', '/api/agents?server=no-such-server', undefined, 404, 'server'],
    ];
    for (const [method, url, payload, status, field] of cases) {
      const res = await call(method as 'GET' | 'POST', url, user, payload);
      expect({ url, payload, status: res.statusCode }).toEqual({ url, payload, status });
      expect(res.json().error).toContain(field);
    }
    const agent = await register();
    for (const payload of [{ version: '' }, { version: 'x'.repeat(65) }, { version: 'a\nb' }, { version: 7 }]) {
      const res = await call('POST', '/api/agent/heartbeat', bearer(agent.token), payload);
      expect({ payload, status: res.statusCode }).toEqual({ payload, status: 400 });
      expect(res.json().error).toContain('version');
    }
  });
});
