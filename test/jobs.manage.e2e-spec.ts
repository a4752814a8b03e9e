import { createTestApp, LOCAL_TIMESTAMP, REQUEST_ID, TestApp } from './support/test-app';

/** `GET/PUT/DELETE /api/backups` (spec §4.2) through the real HTTP stack and database. */
describe('backup job lookups, changes and removal', () => {
  let t: TestApp;
  let headers: Record<string, string>;

  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) =>
    t.dataSource.query(query, params) as Promise<T[]>;
  const request = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
    t.app.inject({ method, url, headers, ...(payload !== undefined ? { payload: payload as object } : {}) });
  const register = async (body: Record<string, unknown>) => {
    const res = await request('POST', '/api/backups', {
      center: '1',
      repository: { type: 'nfs', path: '/backup' },
      type: 'full',
      ...body,
    });
    expect(res.statusCode).toBe(201);
    return res.json().data;
  };
  const job = async (name: string) => (await sql('SELECT * FROM backup_jobs WHERE name = $1', [name]))[0];
  const scheduleIds = async () => (await sql<{ id: number }>('SELECT id FROM schedules ORDER BY id')).map((r) => r.id);

  beforeAll(async () => {
    t = await createTestApp();
    headers = await t.auth();
    await register({
      server: 'server-01',
      jobName: 'daily-backup',
      partition: ['/', '/home'],
      rotation: 7,
      repository: { type: 'nfs', path: '/backup/server-01' },
    });
    await register({
      server: 'source-centos7-bios (192.168.2.104)',
      jobName: 'backupTest',
      partition: ['/', '/boot/efi'],
      schedule: { type: 6, basic: { day: '25,28', time: '12:00' } },
      compression: 'use',
      excludeDir: '/tmp|/var/tmp',
      mailEvent: 'ops@example.com',
      networkLimit: 50,
    });
    await register({
      server: 'main-server',
      jobName: 'smart',
      type: 'smart',
      partition: ['/data'],
      repository: { type: 'smb', path: '//192.168.1.100/backup' },
      schedule: { type: 7, basic: { day: 'sun', time: '01:00' }, advanced: { day: 'tue,fri', time: '13:00' } },
    });
  }, 180_000);
  afterAll(() => t.close());

  describe('GET /api/backups', () => {
    it('lists every job with the spec §4.2 item shape and "-" for missing values', async () => {
      const res = await request('GET', '/api/backups');
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body).toEqual({
        success: true,
        requestID: REQUEST_ID,
        data: expect.any(Array),
        message: 'Backup job list',
        timestamp: LOCAL_TIMESTAMP,
      });
      expect(body.data.map((j: { job: { info: { name: string } } }) => j.job.info.name)).toEqual([
        'daily-backup_ROOT',
        'daily-backup_home',
        'backupTest_ROOT',
        'backupTest_boot_efi',
        'smart_data',
      ]);
      const server01 = (await sql<{ id: number }>("SELECT id FROM servers WHERE name = 'server-01'"))[0].id;
      const repo = (
        await sql<{ id: number }>(
          "SELECT id FROM repositories WHERE center_id = 1 AND type = 'nfs' AND path = '/backup/server-01'",
        )
      )[0].id;
      expect(body.data[0]).toEqual({
        system: { id: server01, name: 'server-01', os: 'lin' },
        job: {
          info: {
            id: (await job('daily-backup_ROOT')).id,
            name: 'daily-backup_ROOT',
            mode: 'Full Backup',
            partition: '/',
            status: { current: 'Registered', time: { start: '-', elapsed: '-', end: '-' } },
            enabled: true,
            verifyAfterBackup: 'not use',
          },
          lastUpdated: LOCAL_TIMESTAMP,
        },
        repository: { id: repo, type: 'nfs', path: '/backup/server-01' },
      });
      const smart = await job('smart_data');
      expect(body.data[4].job.info.schedule).toEqual({
        basic: {
          id: smart.basic_schedule_id,
          type: 'Smart Weekly (Specific Day of the Week)',
          description: '[Basic] Start working every Sunday at 01:00',
        },
        advanced: {
          id: smart.advanced_schedule_id,
          type: 'Smart Weekly (Specific Day of the Week)',
          description: '[Advanced] Start working every Tuesday, Friday at 13:00',
        },
      });
    });

    it('adds job.info.options with detail=true', async () => {
      const res = await request('GET', '/api/backups?jobName=backupTest_ROOT&detail=true');
      expect(res.json().data).toHaveLength(1);
      expect(res.json().data[0].job.info.options).toEqual({
        compression: 'use',
        encryption: 'not use',
        rotation: 1,
        excludeDir: '/tmp,/var/tmp',
        networkSpeed: 50,
        notification: { mail: 'ops@example.com' },
      });
      const plain = await request('GET', '/api/backups?jobName=daily-backup_ROOT&detail=true');
      expect(plain.json().data[0].job.info.options).toEqual({
        compression: 'not use',
        encryption: 'not use',
        rotation: 7,
        excludeDir: '-',
        networkSpeed: 0,
        notification: { mail: '-' },
      });
    });

    const names = async (query: string) => {
      const res = await request('GET', `/api/backups?${query}`);
      expect(res.statusCode).toBe(200);
      return res.json().data.map((j: { job: { info: { name: string } } }) => j.job.info.name);
    };

    it('filters by jobId, jobName, server (name or id), mode, partition, status, repository', async () => {
      const id = (await job('backupTest_boot_efi')).id;
      const centos = (await sql<{ id: number }>("SELECT id FROM servers WHERE name LIKE 'source-centos7%'"))[0].id;
      expect(await names(`jobId=${id}`)).toEqual(['backupTest_boot_efi']);
      expect(await names('jobName=daily')).toEqual(['daily-backup_ROOT', 'daily-backup_home']);
      expect(await names(`server=${encodeURIComponent('source-centos7-bios (192.168.2.104)')}`)).toEqual([
        'backupTest_ROOT',
        'backupTest_boot_efi',
      ]);
      expect(await names(`server=${centos}`)).toEqual(['backupTest_ROOT', 'backupTest_boot_efi']);
      expect(await names('mode=smart')).toEqual(['smart_data']);
      expect(await names('partition=/')).toEqual(['daily-backup_ROOT', 'backupTest_ROOT']);
      expect(await names('status=scheduled')).toEqual(['backupTest_ROOT', 'backupTest_boot_efi', 'smart_data']);
      expect(await names('status=REGISTERED')).toEqual(['daily-backup_ROOT', 'daily-backup_home']);
      expect(await names('repositoryType=smb')).toEqual(['smart_data']);
      expect(await names('repositoryType=nfs&repositoryPath=/backup/server-01')).toEqual([
        'daily-backup_ROOT',
        'daily-backup_home',
      ]);
      expect(await names('jobName=nothing-like-this')).toEqual([]);
    });

    it('paginates and sorts', async () => {
      const res = await request('GET', '/api/backups?page=2&limit=2&sort=desc');
      expect(res.json().data.map((j: { job: { info: { name: string } } }) => j.job.info.name)).toEqual([
        'backupTest_ROOT',
        'daily-backup_home',
      ]);
      expect(res.json().pagination).toEqual({
        currentPage: 2,
        totalPages: 3,
        totalItems: 5,
        itemsPerPage: 2,
        hasNextPage: true,
        hasPreviousPage: true,
      });
    });

    it('answers a page past the end empty, with the total still counted', async () => {
      const res = await request('GET', '/api/backups?page=9&limit=2&partition=/');
      expect(res.statusCode).toBe(200);
      expect(res.json().data).toEqual([]);
      expect(res.json().pagination).toEqual({
        currentPage: 9,
        totalPages: 1,
        totalItems: 2,
        itemsPerPage: 2,
        hasNextPage: false,
        hasPreviousPage: true,
      });
      const none = await request('GET', '/api/backups?page=1&limit=2&jobName=nothing-like-this');
      expect(none.json().data).toEqual([]);
      expect(none.json().pagination).toEqual(expect.objectContaining({ totalItems: 0, hasNextPage: false }));
    });

    it.each([
      ['mode=copy', 400, 'mode은(는) full, increment, smart중 하나여야 합니다.'],
      [
        'status=sleeping',
        400,
        'status은(는) Preparing, Processing, Complete, Scheduled, Registered, Canceling, Canceled, Error중 하나여야 합니다.',
      ],
      ['jobId=abc', 400, 'jobId은(는) 숫자 ID여야 합니다.'],
      ['detail=maybe', 400, 'detail은(는) true 또는 false여야 합니다.'],
      ['repositoryType=ftp', 400, 'repositoryType은 smb, nfs중 하나여야 합니다'],
      ['color=red', 400, 'color은(는) 허용되지 않는 필드입니다.'],
      ['server=ghost', 404, "server: 서버 'ghost'을(를) 찾을 수 없습니다."],
    ])('rejects %s with %d naming the field', async (query, status, error) => {
      const res = await request('GET', `/api/backups?${query}`);
      expect(res.statusCode).toBe(status);
      expect(res.json().error).toBe(error);
    });
  });

  describe('GET /api/backups/:identifier', () => {
    it('finds a job by id or by name, with its options', async () => {
      const { id } = await job('backupTest_ROOT');
      const byId = await request('GET', `/api/backups/${id}`);
      expect(byId.statusCode).toBe(200);
      expect(byId.json()).toMatchObject({
        success: true,
        message: 'Backup job retrieved',
        data: { job: { info: { id, name: 'backupTest_ROOT', options: { compression: 'use' } } } },
      });
      const byName = await request('GET', '/api/v1/backups/backupTest_ROOT');
      expect(byName.json().data).toEqual(byId.json().data);
    });

    it('answers 404 for an unknown job', async () => {
      for (const identifier of ['999999', 'no-such-job']) {
        const res = await request('GET', `/api/backups/${identifier}`);
        expect(res.statusCode).toBe(404);
        expect(res.json()).toEqual({
          success: false,
          requestID: REQUEST_ID,
          error: `identifier: 백업 작업 '${identifier}'을(를) 찾을 수 없습니다.`,
          code: 'NOT_FOUND',
          timestamp: LOCAL_TIMESTAMP,
        });
      }
    });

    it('answers 400 naming the identifier for an id outside integer (found by the fuzzer: it was a 500)', async () => {
      for (const method of ['GET', 'DELETE'] as const) {
        const res = await request(method, '/api/backups/2147483648');
        expect(res.statusCode).toBe(400);
        expect(res.json().error).toBe('identifier은(는) ID(숫자) 또는 이름이어야 합니다.');
      }
    });
  });

  describe('PUT /api/backups/:identifier', () => {
    it('changes options and reports every changed field with its previous and new value', async () => {
      const before = await job('daily-backup_home');
      const res = await request('PUT', '/api/backups/daily-backup_home', {
        changeName: 'home-nightly',
        rotation: 14,
        compression: 'use',
        encryption: 'not use',
        excludeDir: ['/home/tmp', '/home/cache'],
        mailEvent: 'admin@example.com',
        networkLimit: 10,
        repository: { type: 'nfs', path: '/backup' },
        scriptPath: '/opt/post.sh',
        scriptRun: 'after',
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({
        success: true,
        requestID: REQUEST_ID,
        message: 'Backup job updated',
        data: {
          jobInfo: [{ id: before.id, name: 'home-nightly', partition: '/home' }],
          summary: {
            state: 'success',
            updatedFields: [
              { field: 'jobName', previous: 'daily-backup_home', new: 'home-nightly' },
              { field: 'rotation', previous: 7, new: 14 },
              { field: 'compression', previous: 'not use', new: 'use' },
              { field: 'excludeDir', previous: '-', new: '/home/tmp,/home/cache' },
              { field: 'mailEvent', previous: '-', new: 'admin@example.com' },
              { field: 'networkLimit', previous: 0, new: 10 },
              {
                field: 'repository',
                previous: { type: 'nfs', path: '/backup/server-01' },
                new: { type: 'nfs', path: '/backup' },
              },
              { field: 'scriptPath', previous: '-', new: '/opt/post.sh' },
              { field: 'scriptRun', previous: '-', new: 'after' },
            ],
          },
        },
        timestamp: LOCAL_TIMESTAMP,
      });
      expect(await job('daily-backup_home')).toBeUndefined();
      expect(await job('home-nightly')).toMatchObject({
        id: before.id,
        rotation: 14,
        compression: true,
        exclude_dir: ['/home/tmp', '/home/cache'],
        mail_event: 'admin@example.com',
        network_limit: 10,
        repository_path: '/backup',
        script_path: '/opt/post.sh',
        script_run: 'after',
      });
    });

    it('answers 409 JOB_NAME_ALREADY_EXISTS when the new name is taken, changing nothing', async () => {
      const res = await request('PUT', '/api/backups/backupTest_ROOT', {
        changeName: 'backupTest_boot_efi',
        rotation: 3,
      });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toEqual({
        success: false,
        requestID: REQUEST_ID,
        error: 'JOB_NAME_ALREADY_EXISTS',
        code: 'JOB_NAME_ALREADY_EXISTS',
        timestamp: LOCAL_TIMESTAMP,
      });
      expect((await job('backupTest_ROOT')).rotation).toBe(1);
    });

    it('answers a schedule change with its summary; the schedule route shows the edited row', async () => {
      // The rules (mode follows the schedule, the row keeps its id, the smart half is paired) are
      // proven in test/medium/backup-registration.medium-spec.ts; here, what HTTP adds.
      const before = await job('backupTest_boot_efi');
      const res = await request('PUT', `/api/backups/${before.id}`, {
        schedule: { type: 9, basic: { day: '1', time: '03:00' }, advanced: { day: '10,20', time: '03:00' } },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().data.summary.updatedFields.map((f: { field: string }) => f.field)).toEqual([
        'mode',
        'schedule',
      ]);
      const shown = await request('GET', `/api/schedules/${before.basic_schedule_id}`);
      expect(shown.statusCode).toBe(200);
      expect(shown.json().data).toMatchObject({
        id: before.basic_schedule_id,
        type: 'Smart Monthly (Specific Date)',
        description: '[Basic] Start working at 03:00 on the 1 of every month.',
      });
    });

    it('starts and stops a job', async () => {
      const start = await request('PUT', '/api/backups/daily-backup_ROOT', { status: 'start' });
      expect(start.json().data.summary.updatedFields).toEqual([
        { field: 'status', previous: 'Registered', new: 'Preparing' },
      ]);
      expect((await job('daily-backup_ROOT')).started_at).toBeInstanceOf(Date);
      const again = await request('PUT', '/api/backups/daily-backup_ROOT', { status: 'start' });
      expect(again.statusCode).toBe(409);
      const stop = await request('PUT', '/api/backups/daily-backup_ROOT', { status: 'stop' });
      expect(stop.json().data.summary.updatedFields).toEqual([
        { field: 'status', previous: 'Preparing', new: 'Canceled' },
      ]);
      const listed = await request('GET', '/api/backups?jobName=daily-backup_ROOT');
      expect(listed.json().data[0].job.info.status).toEqual({
        current: 'Canceled',
        time: { start: LOCAL_TIMESTAMP, elapsed: expect.stringMatching(/^\d{2,}:\d{2}:\d{2}$/), end: LOCAL_TIMESTAMP },
      });
      expect((await request('PUT', '/api/backups/daily-backup_ROOT', { status: 'stop' })).statusCode).toBe(409);
    });

    it.each<[string, unknown, number, string]>([
      ['no-such-job', { rotation: 2 }, 404, "identifier: 백업 작업 'no-such-job'을(를) 찾을 수 없습니다."],
      ['daily-backup_ROOT', {}, 400, '변경할 항목이 없습니다. 하나 이상의 필드를 지정해 주세요.'],
      ['daily-backup_ROOT', { rotation: 99 }, 400, 'rotation은(는) 1 ~ 30 사이의 정수여야 합니다.'],
      ['daily-backup_ROOT', { mode: 'copy' }, 400, 'mode은 full, increment, smart중 하나여야 합니다'],
      ['daily-backup_ROOT', { status: 'pause' }, 400, 'status은 start, stop중 하나여야 합니다'],
      [
        'daily-backup_ROOT',
        { changeName: '42' },
        400,
        'changeName은(는) 숫자로만 이루어질 수 없습니다. (숫자는 작업 ID로 해석됩니다)',
      ],
      [
        'daily-backup_ROOT',
        { repository: { type: 'nfs', path: '/nowhere' } },
        404,
        "repository: 레포지토리 'nfs:/nowhere'을(를) 찾을 수 없습니다.",
      ],
      ['daily-backup_ROOT', { schedule: 999999 }, 404, "ID가 '999999'인 Schedule을 찾을 수 없습니다 (schedule)"],
      [
        'daily-backup_ROOT',
        { schedule: { type: 3, basic: { time: '24:00' } } },
        400,
        "time은 'HH:mm' (00:00 ~ 23:59)이어야 합니다.",
      ],
      ['daily-backup_ROOT', { partition: '/' }, 400, 'partition은(는) 허용되지 않는 필드입니다.'],
    ])('PUT %s %j → %d', async (identifier, body, status, error) => {
      const res = await request('PUT', `/api/backups/${identifier}`, body);
      expect(res.statusCode).toBe(status);
      expect(res.json().error).toBe(error);
    });
  });

  describe('DELETE /api/backups/:identifier', () => {
    it('keeps a schedule a job uses (the schedules route answers 409 naming the job)', async () => {
      const { id, basic_schedule_id: scheduleId } = await job('backupTest_ROOT');
      const res = await request('DELETE', `/api/schedules/${scheduleId}`);
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toBe(`Schedule ID '${scheduleId}' is referenced by: backup(${id})`);
    });

    it('removes one job by name with its own schedule rows', async () => {
      const target = await job('smart_data');
      const res = await request('DELETE', '/api/backups/smart_data');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({
        success: true,
        requestID: REQUEST_ID,
        message: 'Backup job deleted',
        data: {
          jobInfo: [{ id: target.id, name: 'smart_data', partition: '/data' }],
          summary: {
            state: 'success',
            removedJobs: 1,
            removedSchedules: [target.basic_schedule_id, target.advanced_schedule_id],
          },
        },
        timestamp: LOCAL_TIMESTAMP,
      });
      expect(await job('smart_data')).toBeUndefined();
      expect(await scheduleIds()).not.toContain(target.basic_schedule_id);
      expect(await scheduleIds()).not.toContain(target.advanced_schedule_id);
    });

    it("removes a registration's jobs by its jobName, or only one partition's", async () => {
      await register({
        server: 'main-server',
        jobName: 'group',
        partition: [],
        schedule: { type: 3, basic: { time: '02:00' } },
      });
      const var_ = await job('group_var');
      const one = await request('DELETE', `/api/backups/group?partition=${encodeURIComponent('/var')}`);
      expect(one.statusCode).toBe(200);
      expect(one.json().data).toEqual({
        jobInfo: [{ id: var_.id, name: 'group_var', partition: '/var' }],
        summary: { state: 'success', removedJobs: 1, removedSchedules: [var_.basic_schedule_id] },
      });
      const rest = await request('DELETE', '/api/backups/group');
      expect(rest.json().data.jobInfo.map((j: { name: string }) => j.name)).toEqual(['group_ROOT', 'group_data']);
      expect(await sql("SELECT id FROM backup_jobs WHERE name LIKE 'group%'")).toEqual([]);
      expect(await sql("SELECT id FROM schedules WHERE job_name LIKE 'group%'")).toEqual([]);
    });

    it('removes by id; 404 for unknown jobs or partitions', async () => {
      const { id } = await job('daily-backup_ROOT');
      expect((await request('DELETE', `/api/backups/${id}`)).statusCode).toBe(200);
      const gone = await request('DELETE', `/api/backups/${id}`);
      expect(gone.statusCode).toBe(404);
      expect(gone.json().error).toBe(`identifier: 백업 작업 '${id}'을(를) 찾을 수 없습니다.`);
      const partition = await request('DELETE', '/api/backups/backupTest_ROOT?partition=/boot');
      expect(partition.statusCode).toBe(404);
      expect(partition.json().error).toBe("partition: 백업 작업 'backupTest_ROOT'에 파티션 '/boot'의 작업이 없습니다.");
      expect(await job('backupTest_ROOT')).toBeDefined();
    });
  });
});
