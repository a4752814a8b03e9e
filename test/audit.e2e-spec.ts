import { createTestApp, LOCAL_TIMESTAMP, REQUEST_ID, TEST_ADMIN, TestApp } from './support/test-app';

/** Issue 15 / spec §12 — every write is in the audit log: who, what, when, request id, outcome. */
describe('Audit log: GET /api/audit', () => {
  let t: TestApp;
  let admin: Record<string, string>;
  let adminId: number;
  let viewer: Record<string, string>;
  let viewerId: number;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.auth();
    adminId = (await t.dataSource.query('SELECT id FROM users WHERE email = $1', [TEST_ADMIN.email]))[0].id;
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { ...admin, 'x-request-id': 'create-viewer-1' },
      payload: { email: 'auditee@zdm.test', userName: 'auditee', password: 'auditee-password-1' },
    });
    viewerId = created.json().data.id;
    const issued = await t.app.inject({
      method: 'POST',
      url: '/api/auth/issue',
      payload: { email: 'auditee@zdm.test', password: 'auditee-password-1' },
    });
    viewer = { authorization: `Bearer ${issued.json().data.token}` };
  });
  afterAll(() => t?.close());

  const audit = (query = '', headers = admin) => t.app.inject({ method: 'GET', url: `/api/audit${query}`, headers });

  it('records a write with who, what, when, the request id and the outcome', async () => {
    const res = await audit('?action=users.create');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      success: true,
      requestID: REQUEST_ID,
      data: [
        {
          id: expect.any(Number),
          time: LOCAL_TIMESTAMP,
          actor: { id: adminId, email: TEST_ADMIN.email, agent: null, apiKey: null },
          action: 'users.create',
          method: 'POST',
          path: '/api/users',
          target: 'auditee@zdm.test',
          requestID: 'create-viewer-1',
          status: 201,
          outcome: 'success',
        },
      ],
      message: 'Audit log',
      timestamp: LOCAL_TIMESTAMP,
    });
  });

  it('records refused, invalid and unauthenticated writes too, and no reads', async () => {
    const forbidden = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/servers/server-01',
      headers: { ...viewer, 'x-request-id': 'viewer-delete-1' },
    });
    expect(forbidden.statusCode).toBe(403);
    await t.app.inject({
      method: 'POST',
      url: '/api/zdms',
      headers: { ...admin, 'x-request-id': 'bad-1' },
      payload: {},
    });
    await t.app.inject({ method: 'POST', url: '/api/zdms', headers: { 'x-request-id': 'anon-1' }, payload: {} });
    await t.app.inject({ method: 'GET', url: '/api/servers', headers: { ...admin, 'x-request-id': 'read-1' } });
    const rows = (await audit('?limit=50')).json().data as { requestID: string }[];
    const byId = (id: string) => rows.find((row) => row.requestID === id);
    expect(byId('viewer-delete-1')).toMatchObject({
      actor: { id: viewerId, email: 'auditee@zdm.test' },
      action: 'servers.remove',
      path: '/api/v1/servers/server-01',
      target: 'server-01',
      status: 403,
      outcome: 'denied',
    });
    expect(byId('bad-1')).toMatchObject({ action: 'centers.create', status: 400, outcome: 'failure' });
    expect(byId('anon-1')).toMatchObject({ actor: null, action: 'centers.create', status: 401, outcome: 'denied' });
    expect(byId('read-1')).toBeUndefined();
  });

  it('records logins, failed ones included (actor unknown, the email as target)', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/issue',
      headers: { 'x-request-id': 'login-bad-1' },
      payload: { email: 'auditee@zdm.test', password: 'wrong-password' },
      remoteAddress: '10.77.0.1',
    });
    const rows = (await audit('?action=auth.issue')).json().data as { requestID: string }[];
    expect(rows.find((row) => row.requestID === 'login-bad-1')).toMatchObject({
      actor: null,
      target: 'auditee@zdm.test',
      status: 404,
      outcome: 'failure',
    });
  });

  it('filters by actor (id or email), action and time, newest first, paginated', async () => {
    const byEmail = (await audit('?actor=auditee@zdm.test')).json().data as { actor: { id: number } }[];
    expect(byEmail.length).toBeGreaterThan(0);
    expect(byEmail.every((row) => row.actor.id === viewerId)).toBe(true);
    expect((await audit(`?actor=${viewerId}`)).json().data).toEqual(byEmail);
    const all = (await audit()).json().data as { id: number }[];
    expect(all.map((row) => row.id)).toEqual([...all.map((row) => row.id)].sort((a, b) => b - a));
    const page = await audit('?page=2&limit=2');
    expect(page.json().data).toEqual(all.slice(2, 4));
    expect(page.json().pagination).toEqual({
      currentPage: 2,
      totalPages: Math.ceil(all.length / 2),
      totalItems: all.length,
      itemsPerPage: 2,
      hasNextPage: all.length > 4,
      hasPreviousPage: true,
    });
    expect((await audit('?from=2000-01-01T00:00:00Z&to=2000-01-02 00:00:00')).json().data).toEqual([]);
    expect(
      (await audit(`?from=${encodeURIComponent(new Date(Date.now() - 600_000).toISOString())}`)).json().data,
    ).toHaveLength(all.length);
    const bad = await audit('?from=yesterday');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toBe("from은(는) ISO-8601 시각 또는 'YYYY-MM-DD HH:mm:ss' 형식이어야 합니다.");
  });

  it('names the agent as the actor of agent calls; routine ones only when refused or failed', async () => {
    const call = (url: string, headers: Record<string, string>, requestId: string, payload: object = {}) =>
      t.app.inject({ method: 'POST', url, headers: { ...headers, 'x-request-id': requestId }, payload });
    const registered = await t.app.inject({
      method: 'POST',
      url: '/api/agents',
      headers: admin,
      payload: { server: 'server-01' },
    });
    expect(registered.statusCode).toBe(201);
    const agent = registered.json().data as { id: number; name: string; token: string };
    const agentHeaders = { authorization: `Bearer ${agent.token}` };
    const revoked = (
      await t.app.inject({ method: 'POST', url: '/api/agents', headers: admin, payload: { server: 'server-01' } })
    ).json().data as { id: number; token: string };
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/agents/${revoked.id}`, headers: admin })).statusCode,
    ).toBe(200);

    expect((await call('/api/agent/heartbeat', agentHeaders, 'agent-heartbeat-1', { version: '1.0' })).statusCode).toBe(
      200,
    );
    expect((await call('/api/agent/runs/claim', agentHeaders, 'agent-claim-empty')).statusCode).toBe(204);
    const job = await t.app.inject({
      method: 'POST',
      url: '/api/backups',
      headers: admin,
      payload: {
        center: '1',
        server: 'server-01',
        jobName: 'audited-agent-job',
        partition: ['/'],
        type: 'full',
        repository: { type: 'nfs', path: '/backup' },
      },
    });
    expect(job.statusCode).toBe(201);
    const [{ id: jobId }] = await t.dataSource.query('SELECT id FROM backup_jobs WHERE name = $1', [
      job.json().data.results[0].jobName,
    ]);
    const runNow = await t.app.inject({
      method: 'POST',
      url: `/api/backups/${jobId}/runs`,
      headers: admin,
      payload: {},
    });
    const runId = runNow.json().data.id as number;
    expect((await call('/api/agent/runs/claim', agentHeaders, 'agent-claim-1')).statusCode).toBe(200);
    expect(
      (await call(`/api/agent/runs/${runId}/progress`, agentHeaders, 'agent-progress-1', { percent: 50 })).statusCode,
    ).toBe(200);
    expect(
      (
        await call(`/api/agent/runs/${runId}/log`, agentHeaders, 'agent-log-1', {
          lines: [{ level: 'info', message: 'copying' }],
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await call('/api/agent/runs/2147483647/progress', agentHeaders, 'agent-progress-404', { percent: 1 }))
        .statusCode,
    ).toBe(404);
    expect(
      (await call(`/api/agent/runs/${runId}/complete`, agentHeaders, 'agent-complete-1', { result: 'success' }))
        .statusCode,
    ).toBe(200);
    expect(
      (await call('/api/agent/heartbeat', { authorization: `Bearer ${revoked.token}` }, 'agent-heartbeat-revoked'))
        .statusCode,
    ).toBe(401);

    const asAgent = { id: null, email: null, agent: { id: agent.id, name: agent.name }, apiKey: null };
    const entry = (
      requestID: string,
      action: string,
      path: string,
      target: string | null,
      status: number,
      outcome: string,
    ) => ({
      id: expect.any(Number),
      time: LOCAL_TIMESTAMP,
      actor: asAgent,
      action,
      method: 'POST',
      path,
      target,
      requestID,
      status,
      outcome,
    });
    const byAgent = await audit(`?agent=${agent.id}`);
    expect(byAgent.statusCode).toBe(200);
    expect(byAgent.json().data).toEqual([
      entry(
        'agent-complete-1',
        'agentRuns.complete',
        `/api/agent/runs/${runId}/complete`,
        String(runId),
        200,
        'success',
      ),
      entry(
        'agent-progress-404',
        'agentRuns.progress',
        '/api/agent/runs/2147483647/progress',
        '2147483647',
        404,
        'failure',
      ),
      entry('agent-claim-1', 'agentRuns.claim', '/api/agent/runs/claim', String(runId), 200, 'success'),
    ]);
    expect((await audit(`?agent=${encodeURIComponent(agent.name)}`)).json().data).toEqual(byAgent.json().data);

    const rows = (await audit('?limit=100')).json().data as { requestID: string }[];
    const byId = (id: string) => rows.find((row) => row.requestID === id);
    for (const quiet of ['agent-heartbeat-1', 'agent-claim-empty', 'agent-progress-1', 'agent-log-1']) {
      expect(byId(quiet)).toBeUndefined();
    }
    expect(byId('agent-heartbeat-revoked')).toEqual({
      id: expect.any(Number),
      time: LOCAL_TIMESTAMP,
      actor: null,
      action: 'agentProtocol.heartbeat',
      method: 'POST',
      path: '/api/agent/heartbeat',
      target: null,
      requestID: 'agent-heartbeat-revoked',
      status: 401,
      outcome: 'denied',
    });
  });

  it('is for admins only', async () => {
    const res = await audit('', viewer);
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toBe('이 작업에는 admin 권한이 필요합니다.');
  });
});
