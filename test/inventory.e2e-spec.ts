import { createTestApp, LOCAL_TIMESTAMP, REQUEST_ID, TestApp } from './support/test-app';

describe('Inventory: centers, repositories, servers, partitions, users', () => {
  let t: TestApp;
  let headers: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp();
    headers = await t.auth();
  });
  afterAll(() => t.close());
  const get = (url: string) => t.app.inject({ method: 'GET', url, headers });
  const post = (url: string, payload: object) => t.app.inject({ method: 'POST', url, headers, payload });

  it("seeds the demo inventory: the seeds' servers with their partitions", async () => {
    const res = await get('/api/servers/source-centos7-bios%20(192.168.2.104)/partitions');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      success: true,
      requestID: REQUEST_ID,
      data: [
        { letter: '/', device: '/dev/mapper/centos-root', filesystem: 'xfs', size: 2328637440 },
        { letter: '/boot', device: '/dev/sda1', filesystem: 'xfs', size: 157310976 },
        { letter: '/boot/efi', device: '/dev/sda2', filesystem: 'vfat', size: 209715200 },
      ],
      message: 'Server partition list',
      timestamp: LOCAL_TIMESTAMP,
    });
    const windows = await get(`/api/servers/${encodeURIComponent('SOURCE-2012 (192.168.0.179)')}`);
    expect(windows.json().data).toMatchObject({
      name: 'SOURCE-2012 (192.168.0.179)',
      os: 'win',
      partitions: [{ letter: 'C:' }, { letter: 'D:' }],
    });
  });

  it('resolves servers by id or name, and 404s naming the identifier', async () => {
    const byName = await get('/api/servers/server-01');
    const byId = await get(`/api/servers/${byName.json().data.id}`);
    expect(byId.json().data).toEqual(byName.json().data);
    const missing = await get('/api/servers/999999');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error).toBe("identifier: 서버 '999999'을(를) 찾을 수 없습니다.");
  });

  it('filters and paginates lists', async () => {
    const page = await get('/api/servers?page=2&limit=2&sort=asc');
    expect(page.statusCode).toBe(200);
    expect(page.json().data).toHaveLength(2);
    expect(page.json().pagination).toEqual({
      currentPage: 2,
      totalPages: 3,
      totalItems: 5,
      itemsPerPage: 2,
      hasNextPage: true,
      hasPreviousPage: true,
    });
    const unpaged = await get('/api/servers');
    expect(unpaged.json().pagination).toBeUndefined();
    expect(unpaged.json().data).toHaveLength(5);
    const windows = await get('/api/servers?os=win');
    expect(windows.json().data.map((s: { name: string }) => s.name)).toEqual(['SOURCE-2012 (192.168.0.179)']);
    const byCenter = await get('/api/servers?center=zdm-center-02');
    expect(byCenter.json().data.map((s: { name: string }) => s.name)).toEqual(['backup-server']);
    const byName = await get('/api/servers?name=CENTOS7');
    expect(byName.json().data).toHaveLength(1);
    const badLimit = await get('/api/servers?limit=5000');
    expect(badLimit.statusCode).toBe(400);
    expect(badLimit.json().error).toBe('limit은(는) 1 ~ 1000 사이의 정수여야 합니다.');
    const badOs = await get('/api/servers?os=mac');
    expect(badOs.statusCode).toBe(400);
    expect(badOs.json().error).toContain('os');
  });

  it('creates a center, a repository and a server with partitions, then deletes them', async () => {
    const center = await post('/api/zdms', { name: 'e2e-center', description: 'made by a test' });
    expect(center.statusCode).toBe(201);
    expect(center.json().data).toMatchObject({
      id: expect.any(Number),
      name: 'e2e-center',
      description: 'made by a test',
    });
    expect((await post('/api/zdms', { name: 'e2e-center' })).statusCode).toBe(409);

    const repo = await post('/api/zdms/repositories', { center: 'e2e-center', type: 'smb', path: '//10.0.0.9/share' });
    expect(repo.statusCode).toBe(201);
    expect(repo.json().data).toMatchObject({ centerId: center.json().data.id, type: 'smb', path: '//10.0.0.9/share' });
    const repos = await get(`/api/zdms/${center.json().data.id}/repositories`);
    expect(repos.json().data).toHaveLength(1);
    const badRepo = await post('/api/zdms/repositories', { center: 'e2e-center', type: 'ftp', path: '/x' });
    expect(badRepo.statusCode).toBe(400);
    expect(badRepo.json().error).toBe('type은(는) smb, nfs 중 하나여야 합니다.');

    const server = await post('/api/servers', {
      name: 'e2e-server (10.0.0.10)',
      center: center.json().data.id,
      os: 'lin',
      osVersion: 'Debian 12',
      partitions: [
        { letter: '/', device: '/dev/vda1', filesystem: 'ext4', size: 1000 },
        { letter: '/srv', device: '/dev/vdb1', filesystem: 'xfs', size: 2000 },
      ],
    });
    expect(server.statusCode).toBe(201);
    expect(server.json().data.partitions).toHaveLength(2);
    const dup = await post('/api/servers', {
      name: 'other',
      center: 1,
      os: 'lin',
      partitions: [{ letter: '/' }, { letter: '/' }],
    });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().error).toBe("partitions: 파티션 '/'이(가) 중복되었습니다.");
    const nested = await post('/api/servers', {
      name: 'other',
      center: 1,
      os: 'lin',
      partitions: [{ letter: '/', size: -1 }],
    });
    expect(nested.statusCode).toBe(400);
    expect(nested.json().error).toContain('partitions[0].size');
    const unknownCenter = await post('/api/servers', { name: 'other', center: 'no-center', os: 'lin' });
    expect(unknownCenter.statusCode).toBe(404);
    expect(unknownCenter.json().error).toBe("center: 센터 'no-center'을(를) 찾을 수 없습니다.");

    const inUse = await t.app.inject({ method: 'DELETE', url: '/api/zdms/e2e-center', headers });
    expect(inUse.statusCode).toBe(409);
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/servers/${encodeURIComponent('e2e-server (10.0.0.10)')}`,
      headers,
    });
    expect(removed.statusCode).toBe(200);
    expect(
      await t.dataSource.query(
        "SELECT count(*)::int AS n FROM partitions p JOIN servers s ON s.id = p.server_id WHERE s.name = 'e2e-server (10.0.0.10)'",
      ),
    ).toEqual([{ n: 0 }]);
    expect((await t.app.inject({ method: 'DELETE', url: '/api/zdms/e2e-center', headers })).statusCode).toBe(200);
  });

  it('creates users with hashed passwords and resolves them by id or email', async () => {
    const created = await post('/api/users', {
      email: 'Operator@ZDM.test',
      userName: 'operator',
      password: 'operator-pass',
      role: 'operator',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().data).toEqual({
      id: expect.any(Number),
      email: 'operator@zdm.test',
      userName: 'operator',
      role: 'operator',
      disabled: false,
    });
    expect(JSON.stringify(created.json())).not.toContain('password');
    expect((await get('/api/users/operator@zdm.test')).json().data.userName).toBe('operator');
    expect((await get(`/api/users/${created.json().data.id}`)).json().data.email).toBe('operator@zdm.test');
    expect(
      (await post('/api/users', { email: 'operator@zdm.test', userName: 'x', password: 'another-pass' })).statusCode,
    ).toBe(409);
    const short = await post('/api/users', { email: 'x@zdm.test', userName: 'x', password: 'short' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error).toContain('password');
    const list = await get('/api/users?email=operator');
    expect(list.json().data).toEqual([
      {
        id: created.json().data.id,
        email: 'operator@zdm.test',
        userName: 'operator',
        role: 'operator',
        disabled: false,
      },
    ]);
  });

  it('lists centers and repositories', async () => {
    const centers = await get('/api/zdms');
    expect(centers.json().data.map((c: { name: string }) => c.name)).toEqual(['zdm-center-01', 'zdm-center-02']);
    const nfs = await get('/api/zdms/repositories?type=nfs&path=/backup');
    expect(nfs.json().data).toHaveLength(2);
    expect((await get('/api/zdms/1')).json().data.name).toBe('zdm-center-01');
  });

  it('answers one center by id or name with the fields of the list, in the same order', async () => {
    const listed = (await get('/api/zdms')).json().data[0] as Record<string, unknown>;
    for (const identifier of ['1', 'zdm-center-01']) {
      const body = (await get(`/api/zdms/${identifier}`)).body;
      const data = JSON.parse(body).data as Record<string, unknown>;
      expect(data).toEqual(listed);
      expect(Object.keys(data)).toEqual(['id', 'name', 'description', 'createdAt']);
      expect(data.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    }
    expect((await get('/api/zdms/999')).statusCode).toBe(404);
  });
});
