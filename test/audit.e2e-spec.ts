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
          actor: { id: adminId, email: TEST_ADMIN.email },
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

  it('is for admins only', async () => {
    const res = await audit('', viewer);
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toBe('이 작업에는 admin 권한이 필요합니다.');
  });
});
