import { createTestApp, LOCAL_TIMESTAMP, REQUEST_ID, TEST_ADMIN, TestApp } from './support/test-app';

/** `POST /api/backups` (seed `post-backups.md`, spec §4.1) through the real HTTP stack and database. */
describe('POST /api/backups', () => {
  let t: TestApp;
  let headers: Record<string, string>;
  let adminId: number;

  beforeAll(async () => {
    t = await createTestApp();
    headers = await t.auth();
    adminId = (await sql<{ id: number }>('SELECT id FROM users WHERE email = $1', [TEST_ADMIN.email]))[0].id;
  }, 60_000);
  afterAll(() => t.close());

  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) =>
    t.dataSource.query(query, params) as Promise<T[]>;
  const post = (payload: unknown, extra: Record<string, string> = {}, url = '/api/backups') =>
    t.app.inject({ method: 'POST', url, headers: { ...headers, ...extra }, payload: payload as object });
  const jobCount = async () => (await sql<{ n: number }>('SELECT count(*)::int AS n FROM backup_jobs'))[0].n;
  const scheduleCount = async () => (await sql<{ n: number }>('SELECT count(*)::int AS n FROM schedules'))[0].n;
  const serverId = async (name: string) =>
    (await sql<{ id: number }>('SELECT id FROM servers WHERE name = $1', [name]))[0].id;
  const repositoryId = async (centerId: number, type: string, path: string) =>
    (
      await sql<{ id: number }>('SELECT id FROM repositories WHERE center_id = $1 AND type = $2 AND path = $3', [
        centerId,
        type,
        path,
      ])
    )[0].id;
  const job = async (name: string) => (await sql('SELECT * FROM backup_jobs WHERE name = $1', [name]))[0];

  /** Nothing was written by a request that failed validation. */
  async function expectNothingWritten(run: () => Promise<unknown>): Promise<void> {
    const [jobs, schedules] = [await jobCount(), await scheduleCount()];
    await run();
    expect(await jobCount()).toBe(jobs);
    expect(await scheduleCount()).toBe(schedules);
  }

  describe('the seed examples', () => {
    it('registers the first curl example: one job per partition, named jobName + partition suffix', async () => {
      const res = await post({
        center: '1',
        server: 'server-01',
        type: 'full',
        partition: ['/', '/home'],
        repository: { type: 'nfs', path: '/backup/server-01' },
        jobName: 'daily-backup',
        rotation: 7,
      });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toEqual({
        success: true,
        requestID: REQUEST_ID,
        message: 'Backup job registration completed',
        data: {
          summary: { total: 2, successful: 2, failed: 0 },
          results: [
            {
              state: 'success',
              jobName: 'daily-backup_ROOT',
              partition: '/',
              jobMode: 'Full Backup',
              autoStart: 'not use',
            },
            {
              state: 'success',
              jobName: 'daily-backup_home',
              partition: '/home',
              jobMode: 'Full Backup',
              autoStart: 'not use',
            },
          ],
        },
        timestamp: LOCAL_TIMESTAMP,
      });
      const rows = await sql(
        `SELECT name, base_name, center_id, server_id, user_id, partition, mode, repository_id, repository_type, repository_path,
                rotation, compression, encryption, exclude_dir, exclude_partition, mail_event, network_limit, auto_start,
                script_path, script_run, description, basic_schedule_id, advanced_schedule_id, status, started_at, ended_at
           FROM backup_jobs WHERE name LIKE 'daily-backup%' ORDER BY id`,
      );
      const common = {
        base_name: 'daily-backup',
        center_id: 1,
        server_id: await serverId('server-01'),
        user_id: adminId,
        mode: 'full',
        repository_id: await repositoryId(1, 'nfs', '/backup/server-01'),
        repository_type: 'nfs',
        repository_path: '/backup/server-01',
        rotation: 7,
        compression: false,
        encryption: false,
        exclude_dir: [],
        exclude_partition: [],
        mail_event: null,
        network_limit: 0,
        auto_start: false,
        script_path: null,
        script_run: null,
        description: null,
        basic_schedule_id: null,
        advanced_schedule_id: null,
        status: 'Registered',
        started_at: null,
        ended_at: null,
      };
      expect(rows).toEqual([
        { ...common, name: 'daily-backup_ROOT', partition: '/' },
        { ...common, name: 'daily-backup_home', partition: '/home' },
      ]);
    });

    it('registers the second curl example: smart mode with a daily schedule, compression and encryption', async () => {
      const res = await post({
        center: '1',
        server: 'server-01',
        type: 'smart',
        partition: ['/'],
        repository: { type: 'smb', path: '//192.168.1.100/backup' },
        schedule: { type: 3, basic: { time: '02:00' } },
        compression: 'use',
        encryption: 'use',
      });
      expect(res.statusCode).toBe(201);
      expect(res.json().data).toEqual({
        summary: { total: 1, successful: 1, failed: 0 },
        results: [
          {
            state: 'success',
            jobName: 'server-01_ROOT',
            partition: '/',
            jobMode: 'Smart Backup',
            autoStart: 'not use',
            schedule: { basic: { type: 'Daily', description: '[Basic] Start working at 02:00 every day.' } },
          },
        ],
      });
      const row = await job('server-01_ROOT');
      expect(row).toMatchObject({
        mode: 'smart',
        compression: true,
        encryption: true,
        repository_type: 'smb',
        status: 'Scheduled',
        advanced_schedule_id: null,
      });
      const schedules = await sql(
        'SELECT id, center_id, user_id, job_name, type, role, fields FROM schedules WHERE id = $1',
        [row.basic_schedule_id],
      );
      expect(schedules).toEqual([
        {
          id: row.basic_schedule_id,
          center_id: 1,
          user_id: adminId,
          job_name: 'server-01_ROOT',
          type: 3,
          role: 'basic',
          fields: { time: '02:00' },
        },
      ]);
    });

    it('registers the individual example: per-partition overrides, one partition moved to center 2 / backup-server', async () => {
      const res = await post({
        center: '1',
        server: 'main-server',
        type: 'full',
        partition: ['/', '/data', '/var'],
        repository: { type: 'nfs', path: '/backup' },
        individual: [
          { partition: '/data', center: '2', server: 'backup-server', rotation: 14 },
          { partition: '/var', compression: 'use', encryption: 'use' },
        ],
      });
      expect(res.statusCode).toBe(201);
      expect(res.json().data).toEqual({
        summary: { total: 3, successful: 3, failed: 0 },
        results: [
          {
            state: 'success',
            jobName: 'main-server_ROOT',
            partition: '/',
            jobMode: 'Full Backup',
            autoStart: 'not use',
          },
          {
            state: 'success',
            jobName: 'backup-server_data',
            partition: '/data',
            jobMode: 'Full Backup',
            autoStart: 'not use',
          },
          {
            state: 'success',
            jobName: 'main-server_var',
            partition: '/var',
            jobMode: 'Full Backup',
            autoStart: 'not use',
          },
        ],
      });
      const main = await serverId('main-server');
      expect(await job('main-server_ROOT')).toMatchObject({
        center_id: 1,
        server_id: main,
        rotation: 1,
        compression: false,
        encryption: false,
        repository_id: await repositoryId(1, 'nfs', '/backup'),
      });
      expect(await job('backup-server_data')).toMatchObject({
        center_id: 2,
        server_id: await serverId('backup-server'),
        partition: '/data',
        rotation: 14,
        compression: false,
        repository_id: await repositoryId(2, 'nfs', '/backup'),
      });
      expect(await job('main-server_var')).toMatchObject({
        center_id: 1,
        server_id: main,
        rotation: 1,
        compression: true,
        encryption: true,
      });
    });

    it('reproduces the seed 201 answer exactly', async () => {
      const res = await post({
        center: '1',
        server: 'source-centos7-bios (192.168.2.104)',
        type: 'full',
        jobName: 'backupTest',
        partition: ['/', '/boot/efi'],
        repository: { type: 'nfs', path: '/ZConverter' },
        schedule: { type: 6, basic: { day: '25,28', time: '12:00' } },
      });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toEqual({
        requestID: REQUEST_ID,
        message: 'Backup job registration completed',
        success: true,
        data: {
          summary: { total: 2, successful: 2, failed: 0 },
          results: [
            {
              state: 'success',
              jobName: 'backupTest_ROOT',
              partition: '/',
              jobMode: 'Full Backup',
              autoStart: 'not use',
              schedule: {
                basic: {
                  type: 'Monthly on Specific Date',
                  description: '[Basic] Start working at 12:00 25, 28 every month.',
                },
              },
            },
            {
              state: 'success',
              jobName: 'backupTest_boot_efi',
              partition: '/boot/efi',
              jobMode: 'Full Backup',
              autoStart: 'not use',
              schedule: {
                basic: {
                  type: 'Monthly on Specific Date',
                  description: '[Basic] Start working at 12:00 25, 28 every month.',
                },
              },
            },
          ],
        },
        timestamp: LOCAL_TIMESTAMP,
      });
      // Each job owns its own schedule row.
      const [root, efi] = [await job('backupTest_ROOT'), await job('backupTest_boot_efi')];
      expect(root.basic_schedule_id).not.toBe(efi.basic_schedule_id);
      expect(root.status).toBe('Scheduled');
      const rows = await sql('SELECT job_name, type, fields FROM schedules WHERE id = ANY($1) ORDER BY id', [
        [root.basic_schedule_id, efi.basic_schedule_id],
      ]);
      expect(rows).toEqual([
        { job_name: 'backupTest_ROOT', type: 6, fields: { dates: [25, 28], time: '12:00' } },
        { job_name: 'backupTest_boot_efi', type: 6, fields: { dates: [25, 28], time: '12:00' } },
      ]);
    });

    it('answers the seed 400 for a bad type, whole body, and writes nothing', async () => {
      await expectNothingWritten(async () => {
        const res = await post(
          {
            center: '1',
            server: 'server-01',
            type: 'differential',
            partition: ['/'],
            repository: { type: 'nfs', path: '/backup' },
          },
          { 'x-request-id': 'req-abc123' },
        );
        expect(res.statusCode).toBe(400);
        expect(res.json()).toEqual({
          success: false,
          requestID: 'req-abc123',
          error: 'type은 full, increment, smart중 하나여야 합니다',
          code: 'VALIDATION_ERROR',
          timestamp: LOCAL_TIMESTAMP,
        });
      });
    });

    it('answers the seed 409 for an existing explicit individual.jobName, whole body, and writes nothing', async () => {
      const body = {
        center: '1',
        server: 'server-01',
        type: 'full',
        partition: ['/', '/home'],
        repository: { type: 'nfs', path: '/backup' },
        schedule: { type: 3, basic: { time: '01:00' } },
        individual: [{ partition: '/home', jobName: 'home-nightly' }],
      };
      expect((await post({ ...body, jobName: 'first' })).statusCode).toBe(201);
      await expectNothingWritten(async () => {
        const res = await post({ ...body, jobName: 'second' }, { 'x-request-id': 'req-abc123' });
        expect(res.statusCode).toBe(409);
        expect(res.json()).toEqual({
          success: false,
          requestID: 'req-abc123',
          error: 'JOB_NAME_ALREADY_EXISTS',
          code: 'JOB_NAME_ALREADY_EXISTS',
          timestamp: LOCAL_TIMESTAMP,
        });
      });
      expect(await job('second_ROOT')).toBeUndefined();
    });
  });

  describe('job names', () => {
    it('uses the server name without its (ip) part, and _C for a Windows drive; an explicit name verbatim', async () => {
      const linux = await post({
        center: 1,
        server: 'source-centos7-bios (192.168.2.104)',
        type: 'increment',
        partition: ['/boot'],
        repository: { type: 'nfs', path: '/backup' },
      });
      expect(linux.statusCode).toBe(201);
      expect(linux.json().data.results[0]).toMatchObject({
        jobName: 'source-centos7-bios_boot',
        jobMode: 'Incremental Backup',
      });
      const windows = await post({
        center: 1,
        server: 'SOURCE-2012 (192.168.0.179)',
        type: 'full',
        partition: ['C:', 'D:'],
        repository: { type: 'smb', path: '//192.168.1.100/backup' },
        individual: [{ partition: 'D:', jobName: 'data-drive' }],
      });
      expect(windows.statusCode).toBe(201);
      expect(windows.json().data.results.map((r: { jobName: string }) => r.jobName)).toEqual([
        'SOURCE-2012_C',
        'data-drive',
      ]);
      expect((await job('data-drive')).base_name).toBeNull();
    });
  });

  describe('partitions', () => {
    it('takes every partition of the server for [], less excludePartition; individual may add one', async () => {
      const all = await post({
        center: '1',
        server: 'source-centos7-bios (192.168.2.104)',
        type: 'full',
        jobName: 'all',
        partition: [],
        repository: { type: 'nfs', path: '/backup' },
      });
      expect(all.json().data.results.map((r: { partition: string }) => r.partition)).toEqual([
        '/',
        '/boot',
        '/boot/efi',
      ]);
      const excluded = await post({
        center: '1',
        server: 'source-centos7-bios (192.168.2.104)',
        type: 'full',
        jobName: 'most',
        partition: [],
        excludePartition: '/boot|/boot/efi',
        repository: { type: 'nfs', path: '/backup' },
      });
      expect(excluded.json().data.results.map((r: { jobName: string }) => r.jobName)).toEqual(['most_ROOT']);
      expect((await job('most_ROOT')).exclude_partition).toEqual(['/boot', '/boot/efi']);
      const added = await post({
        center: '1',
        server: 'main-server',
        type: 'full',
        jobName: 'added',
        partition: ['/'],
        repository: { type: 'nfs', path: '/backup' },
        individual: [
          {
            partition: '/var',
            excludeDir: ['/var/tmp', '/var/cache'],
            description: 'logs',
            mailEvent: 'ops@example.com',
            networkLimit: 100,
          },
        ],
        excludeDir: '/tmp,/scratch',
      });
      expect(added.json().data.results.map((r: { jobName: string }) => r.jobName)).toEqual(['added_ROOT', 'added_var']);
      expect(await job('added_ROOT')).toMatchObject({
        exclude_dir: ['/tmp', '/scratch'],
        description: null,
        network_limit: 0,
      });
      expect(await job('added_var')).toMatchObject({
        exclude_dir: ['/var/tmp', '/var/cache'],
        description: 'logs',
        mail_event: 'ops@example.com',
        network_limit: 100,
      });
    });

    it.each([
      [{ partition: ['/', '/nope'] }, "partition[1]: 서버 'server-01'에 파티션 '/nope'이(가) 없습니다."],
      [{ partition: ['/', '/'] }, "partition[1]: 파티션 '/'이(가) 중복되었습니다."],
      [{ partition: [], excludePartition: '/,/home' }, 'partition: 등록할 파티션이 없습니다.'],
      [
        { partition: ['/'], individual: [{ partition: '/data' }] },
        "individual[0].partition: 서버 'server-01'에 파티션 '/data'이(가) 없습니다.",
      ],
    ])('rejects %j with a 400 naming the field, writing nothing', async (partial, error) => {
      await expectNothingWritten(async () => {
        const res = await post({
          center: '1',
          server: 'server-01',
          type: 'full',
          repository: { type: 'nfs', path: '/backup' },
          ...partial,
        });
        expect(res.statusCode).toBe(400);
        expect(res.json().error).toBe(error);
      });
    });
  });

  describe('validation', () => {
    const valid = {
      center: '1',
      server: 'server-01',
      type: 'full',
      partition: ['/'],
      repository: { type: 'nfs', path: '/backup' },
    };

    it.each<[Record<string, unknown>, string]>([
      [{ color: 'red' }, 'color은(는) 허용되지 않는 필드입니다.'],
      [
        { repository: { type: 'nfs', path: '/backup', share: 'x' } },
        'repository.share은(는) 허용되지 않는 필드입니다.',
      ],
      [{ individual: [{ partition: '/', colour: 1 }] }, 'individual[0].colour은(는) 허용되지 않는 필드입니다.'],
      [
        { individual: [{ partition: '/', type: 'copy' }] },
        'individual[0].type은 full, increment, smart중 하나여야 합니다',
      ],
      [{ individual: ['/'] }, 'individual은(는) 객체 배열이어야 합니다.'],
      [{ center: undefined }, 'center은(는) 필수 항목입니다.'],
      [{ center: '' }, 'center은(는) ID(숫자) 또는 이름이어야 합니다.'],
      [{ partition: '/' }, 'partition은(는) 문자열 배열이어야 합니다.'],
      [{ repository: { type: 'ftp', path: '/backup' } }, 'repository.type은 smb, nfs중 하나여야 합니다'],
      [{ repository: 'nfs:/backup' }, 'repository은(는) 객체여야 합니다.'],
      [{ rotation: 0 }, 'rotation은(는) 1 ~ 30 사이의 정수여야 합니다.'],
      [{ rotation: 31 }, 'rotation은(는) 1 ~ 30 사이의 정수여야 합니다.'],
      [{ rotation: 1.5 }, 'rotation은(는) 1 ~ 30 사이의 정수여야 합니다.'],
      [
        { individual: [{ partition: '/', rotation: 40 }] },
        'individual[0].rotation은(는) 1 ~ 30 사이의 정수여야 합니다.',
      ],
      [{ networkLimit: -1 }, 'networkLimit은(는) 0 이상의 정수여야 합니다. (0: 무제한)'],
      [{ compression: 'yes' }, 'compression은 use, not use중 하나여야 합니다'],
      [{ encryption: true }, 'encryption은 use, not use중 하나여야 합니다'],
      [{ autoStart: 'on' }, 'autoStart은 use, not use중 하나여야 합니다'],
      [{ scriptRun: 'during' }, 'scriptRun은 before, after중 하나여야 합니다'],
      [{ scriptRun: 'before' }, 'scriptRun을(를) 지정하려면 scriptPath가 필요합니다.'],
      [{ excludeDir: ['/tmp'] }, 'excludeDir은(는) 쉼표(,) 또는 |로 구분된 문자열이어야 합니다.'],
      [
        { individual: [{ partition: '/', excludeDir: [1] }] },
        'individual[0].excludeDir은(는) 쉼표(,) 또는 |로 구분된 문자열이나 문자열 배열이어야 합니다.',
      ],
      [{ mailEvent: 'not-an-email' }, 'mailEvent은(는) 이메일 주소(여러 개는 쉼표로 구분)여야 합니다.'],
      [{ jobName: '' }, 'jobName은(는) 1 ~ 255자의 문자열이어야 합니다.'],
      [
        { individual: [{ partition: '/', jobName: '12345' }] },
        'individual[0].jobName은(는) 숫자로만 이루어질 수 없습니다. (숫자는 작업 ID로 해석됩니다)',
      ],
      [{ schedule: 'daily' }, 'schedule은(는) 스케줄 객체 또는 스케줄 ID(숫자)여야 합니다.'],
      [{ schedule: { type: 3, basic: { time: '25:00' } } }, "time은 'HH:mm' (00:00 ~ 23:59)이어야 합니다."],
      [{ schedule: { type: 12, basic: { time: '01:00' } } }, '유효한 스케줄 타입이 아닙니다. (0 ~ 11 만 가능)'],
      [
        { schedule: { type: 7, basic: { day: 'mon', time: '01:00' }, advanced: { day: 'tue', time: '01:00' } } },
        'schedule.type: full 작업에는 스케줄 타입 0 ~ 6만 사용할 수 있습니다. (입력값: 7)',
      ],
      [{ type: 'smart' }, 'Schedule is required for Smart Backup.'],
      [
        { type: 'smart', schedule: { type: 7, basic: { day: 'mon', time: '01:00' } } },
        'Smart Weekly (Specific Day of the Week) 타입의 스케줄은 schedule.advanced이(가) 필요합니다.',
      ],
      [{ individual: [{ partition: '/', type: 'smart' }] }, 'Schedule is required for Smart Backup.'],
    ])('rejects %j with a 400 naming the field, writing nothing', async (partial, error) => {
      await expectNothingWritten(async () => {
        const res = await post({ ...valid, ...partial });
        expect(res.statusCode).toBe(400);
        expect(res.json()).toMatchObject({ success: false, code: 'VALIDATION_ERROR', error });
      });
    });

    it('names the field of a schedule problem inside individual in detail', async () => {
      const res = await post({
        ...valid,
        individual: [{ partition: '/', schedule: { type: 3, basic: { time: '7pm' } } }],
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().detail).toEqual([
        { field: 'individual[0].schedule.basic.time', message: "time은 'HH:mm' (00:00 ~ 23:59)이어야 합니다." },
      ]);
      const smart = await post({ ...valid, type: 'smart' });
      expect(smart.json().detail).toEqual([{ field: 'schedule', message: 'Schedule is required for Smart Backup.' }]);
    });

    it('answers in English on request', async () => {
      const res = await post({ ...valid, type: 'bad' }, { 'accept-language': 'en' });
      expect(res.json().error).toBe('type must be one of full, increment, smart.');
    });
  });

  describe('options, modes and schedules', () => {
    it('reports autoStart, script and a smart schedule with basic and advanced; status follows autoStart and schedule', async () => {
      const res = await post({
        center: '1',
        server: 'main-server',
        type: 'smart',
        jobName: 'smart',
        partition: ['/', '/data'],
        repository: { type: 'nfs', path: '/backup' },
        schedule: { type: 7, basic: { day: 'sun', time: '01:00' }, advanced: { day: 'tue, fri', time: '13:00' } },
        autoStart: 'use',
        scriptPath: '/opt/pre.sh',
        scriptRun: 'before',
        individual: [{ partition: '/data', autoStart: 'not use', scriptRun: 'after' }],
      });
      expect(res.statusCode).toBe(201);
      const schedule = {
        basic: {
          type: 'Smart Weekly (Specific Day of the Week)',
          description: '[Basic] Start working every Sunday at 01:00',
        },
        advanced: {
          type: 'Smart Weekly (Specific Day of the Week)',
          description: '[Advanced] Start working every Tuesday, Friday at 13:00',
        },
      };
      expect(res.json().data.results).toEqual([
        {
          state: 'success',
          jobName: 'smart_ROOT',
          partition: '/',
          jobMode: 'Smart Backup',
          autoStart: 'use',
          schedule,
          scriptPath: '/opt/pre.sh',
          scriptRunTiming: 'before job',
        },
        {
          state: 'success',
          jobName: 'smart_data',
          partition: '/data',
          jobMode: 'Smart Backup',
          autoStart: 'not use',
          schedule,
          scriptPath: '/opt/pre.sh',
          scriptRunTiming: 'after job',
        },
      ]);
      const root = await job('smart_ROOT');
      expect(root).toMatchObject({
        status: 'Preparing',
        auto_start: true,
        script_path: '/opt/pre.sh',
        script_run: 'before',
      });
      expect(root.started_at).toBeInstanceOf(Date);
      expect(root.advanced_schedule_id).toEqual(expect.any(Number));
      expect(await job('smart_data')).toMatchObject({
        status: 'Scheduled',
        auto_start: false,
        started_at: null,
        script_run: 'after',
      });
      const pair = await sql('SELECT role, type, pair_id FROM schedules WHERE id = ANY($1) ORDER BY id', [
        [root.basic_schedule_id, root.advanced_schedule_id],
      ]);
      expect(pair).toEqual([
        { role: 'basic', type: 7, pair_id: root.advanced_schedule_id },
        { role: 'advanced', type: 7, pair_id: root.basic_schedule_id },
      ]);
    });

    it('copies an existing schedule given by id into a new row owned by the job', async () => {
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/schedules',
        headers,
        payload: { center: '1', type: 4, basic: { day: 'mon,wed,fri', time: '01:30' } },
      });
      expect(created.statusCode).toBe(201);
      const scheduleId = created.json().data.basic.id as number;
      const res = await post({
        center: '1',
        server: 'server-01',
        type: 'increment',
        jobName: 'copied',
        partition: ['/home'],
        repository: { type: 'nfs', path: '/backup' },
        schedule: scheduleId,
      });
      expect(res.statusCode).toBe(201);
      expect(res.json().data.results[0].schedule).toEqual({
        basic: { type: 'Weekly', description: '[Basic] Start working at 01:30 Monday, Wednesday, Friday every week.' },
      });
      const row = await job('copied_home');
      expect(row.basic_schedule_id).not.toBe(scheduleId);
      const [original, copy] = await sql(
        'SELECT type, fields, job_name FROM schedules WHERE id = ANY($1) ORDER BY id',
        [[scheduleId, row.basic_schedule_id]],
      );
      expect(copy).toEqual({ type: 4, fields: original.fields, job_name: 'copied_home' });
    });

    it('accepts user by email or id and answers under /api/v1 too', async () => {
      const res = await post(
        {
          center: 'zdm-center-01',
          server: await serverId('server-01'),
          user: TEST_ADMIN.email,
          type: 'full',
          jobName: 'v1',
          partition: ['/'],
          repository: { type: 'nfs', path: '/backup' },
        },
        {},
        '/api/v1/backups',
      );
      expect(res.statusCode).toBe(201);
      expect((await job('v1_ROOT')).user_id).toBe(adminId);
    });

    it('needs a token', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/backups', payload: {} });
      expect(res.statusCode).toBe(401);
    });
  });

  describe('references deleted or re-created meanwhile', () => {
    it('answers 404 for a server deleted since the last registration, and uses a re-created one', async () => {
      const createServer = (partitions: string[]) =>
        t.app.inject({
          method: 'POST',
          url: '/api/servers',
          headers,
          payload: { name: 'ephemeral', center: '1', os: 'lin', partitions: partitions.map((letter) => ({ letter })) },
        });
      expect((await createServer(['/', '/data'])).statusCode).toBe(201);
      const body = {
        center: '1',
        server: 'ephemeral',
        type: 'full',
        partition: ['/'],
        repository: { type: 'nfs', path: '/backup' },
      };
      expect((await post({ ...body, jobName: 'e1' })).statusCode).toBe(201);
      expect((await t.app.inject({ method: 'DELETE', url: '/api/backups/e1', headers })).statusCode).toBe(200);
      expect((await t.app.inject({ method: 'DELETE', url: '/api/servers/ephemeral', headers })).statusCode).toBe(200);
      await expectNothingWritten(async () => {
        const gone = await post({ ...body, jobName: 'e2' });
        expect(gone.statusCode).toBe(404);
        expect(gone.json()).toMatchObject({
          code: 'NOT_FOUND',
          error: "server: 서버 'ephemeral'을(를) 찾을 수 없습니다.",
        });
      });
      expect((await post({ ...body, jobName: 'e3' })).statusCode).toBe(404);
      expect((await createServer(['/'])).statusCode).toBe(201);
      const again = await post({ ...body, jobName: 'e4', partition: [] });
      expect(again.statusCode).toBe(201);
      expect(again.json().data.results.map((r: { jobName: string }) => r.jobName)).toEqual(['e4_ROOT']);
      expect((await job('e4_ROOT')).server_id).toBe(await serverId('ephemeral'));
    });

    it('re-resolves a server re-created under the same name right after a registration', async () => {
      const createServer = () =>
        t.app.inject({
          method: 'POST',
          url: '/api/servers',
          headers,
          payload: { name: 'phoenix', center: '1', os: 'lin', partitions: [{ letter: '/' }] },
        });
      expect((await createServer()).statusCode).toBe(201);
      const body = {
        center: '1',
        server: 'phoenix',
        type: 'full',
        partition: ['/'],
        repository: { type: 'nfs', path: '/backup' },
      };
      expect((await post({ ...body, jobName: 'p1' })).statusCode).toBe(201);
      expect((await t.app.inject({ method: 'DELETE', url: '/api/backups/p1', headers })).statusCode).toBe(200);
      expect((await t.app.inject({ method: 'DELETE', url: '/api/servers/phoenix', headers })).statusCode).toBe(200);
      expect((await createServer()).statusCode).toBe(201);
      const res = await post({ ...body, jobName: 'p2' });
      expect(res.statusCode).toBe(201);
      expect((await job('p2_ROOT')).server_id).toBe(await serverId('phoenix'));
    });
  });

  describe('concurrency', () => {
    it('creates exactly one job (and one schedule) for 50 concurrent requests with one explicit name', async () => {
      const [jobs, schedules] = [await jobCount(), await scheduleCount()];
      const body = {
        center: '1',
        server: 'server-01',
        type: 'full',
        partition: ['/'],
        repository: { type: 'nfs', path: '/backup' },
        schedule: { type: 3, basic: { time: '03:00' } },
        individual: [{ partition: '/', jobName: 'the-one' }],
      };
      const answers = await Promise.all(Array.from({ length: 50 }, () => post(body)));
      const statuses = answers.map((a) => a.statusCode).sort();
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(49);
      for (const loser of answers.filter((a) => a.statusCode === 409)) {
        expect(loser.json()).toEqual({
          success: false,
          requestID: REQUEST_ID,
          error: 'JOB_NAME_ALREADY_EXISTS',
          code: 'JOB_NAME_ALREADY_EXISTS',
          timestamp: LOCAL_TIMESTAMP,
        });
      }
      expect(await sql("SELECT name FROM backup_jobs WHERE name = 'the-one'")).toHaveLength(1);
      expect(await jobCount()).toBe(jobs + 1);
      expect(await scheduleCount()).toBe(schedules + 1);
    });

    it('creates each job once for 50 concurrent requests with the same generated names', async () => {
      const jobs = await jobCount();
      const body = {
        center: '1',
        server: 'main-server',
        type: 'full',
        jobName: 'race',
        partition: [],
        repository: { type: 'nfs', path: '/backup' },
      };
      const answers = await Promise.all(Array.from({ length: 50 }, () => post(body)));
      const created = answers
        .filter((a) => a.statusCode === 201)
        .flatMap((a) => a.json().data.results.filter((r: { state: string }) => r.state === 'success'));
      expect(created.map((r: { jobName: string }) => r.jobName).sort()).toEqual(['race_ROOT', 'race_data', 'race_var']);
      expect(answers.every((a) => a.statusCode === 201 || a.statusCode === 409)).toBe(true);
      expect(await jobCount()).toBe(jobs + 3);
    });
  });
});
