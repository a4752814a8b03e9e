import { BackupJobsService, BackupRegistrationService, RegisterBackupDto, UpdateBackupDto } from '@zdm/jobs';
import { createMediumContext, MEDIUM_BOOT_TIMEOUT_MS, MediumContext } from '../support/medium-context';

/**
 * Backup registration and changes (spec §4.1, §4.2) on services: references that do not resolve are
 * refused naming the field with nothing written, a taken generated name fails only its partition,
 * and an update reports its diff and keeps the job's schedule rows in place. The HTTP envelope of
 * these answers is the e2e's (jobs.register, jobs.manage).
 */
describe('backup registration and update (medium)', () => {
  let ctx: MediumContext;

  beforeAll(async () => {
    ctx = await createMediumContext();
  }, MEDIUM_BOOT_TIMEOUT_MS);
  afterAll(() => ctx.close());

  const valid = {
    center: '1',
    server: 'server-01',
    type: 'full',
    partition: ['/'],
    repository: { type: 'nfs', path: '/backup' },
  };
  const register = async (body: Record<string, unknown>) =>
    ctx.get(BackupRegistrationService).register(await ctx.input(RegisterBackupDto, body), undefined, 'ko');
  const update = async (identifier: string, body: Record<string, unknown>) =>
    ctx.get(BackupJobsService).update(identifier, await ctx.input(UpdateBackupDto, body));
  const job = async (name: string) =>
    (await ctx.sql<Record<string, unknown>>('SELECT * FROM backup_jobs WHERE name = $1', [name]))[0];
  const scheduleIds = async () =>
    (await ctx.sql<{ id: number }>('SELECT id FROM schedules ORDER BY id')).map((r) => r.id);
  const counts = async () =>
    (
      await ctx.sql<{ jobs: number; schedules: number; runs: number }>(
        `SELECT (SELECT count(*)::int FROM backup_jobs) AS jobs, (SELECT count(*)::int FROM schedules) AS schedules,
                (SELECT count(*)::int FROM runs) AS runs`,
      )
    )[0];
  /** `work` is refused with `code` and the Korean message `text`; nothing is written. */
  const refused = async (work: () => Promise<unknown>, code: string, text: string) => {
    const before = await counts();
    await expect(work()).rejects.toMatchObject({ code, text: { ko: text } });
    expect(await counts()).toEqual(before);
  };

  describe('registration', () => {
    it.each<[Record<string, unknown>, string]>([
      [{ center: '99' }, "center: 센터 '99'을(를) 찾을 수 없습니다."],
      [{ center: 'no-center' }, "center: 센터 'no-center'을(를) 찾을 수 없습니다."],
      [{ server: 'ghost' }, "server: 서버 'ghost'을(를) 찾을 수 없습니다."],
      [{ user: 'nobody@example.com' }, "user: 사용자 'nobody@example.com'을(를) 찾을 수 없습니다."],
      [
        { repository: { type: 'nfs', path: '/nowhere' } },
        "repository: 레포지토리 'nfs:/nowhere'을(를) 찾을 수 없습니다.",
      ],
      [
        { individual: [{ partition: '/', server: 'ghost' }] },
        "individual[0].server: 서버 'ghost'을(를) 찾을 수 없습니다.",
      ],
      [
        { individual: [{ partition: '/', repository: { type: 'smb', path: '//x/y' } }] },
        "individual[0].repository: 레포지토리 'smb://x/y'을(를) 찾을 수 없습니다.",
      ],
      [{ schedule: 999999 }, "ID가 '999999'인 Schedule을 찾을 수 없습니다 (schedule)"],
    ])('refuses %j as NOT_FOUND naming what is missing, writing nothing', async (partial, text) => {
      await refused(() => register({ ...valid, ...partial }), 'NOT_FOUND', text);
    });

    it('refuses two jobs of one request with the same name, writing nothing', async () => {
      await refused(
        () =>
          register({
            ...valid,
            server: 'main-server',
            jobName: 'twin',
            partition: ['/', '/data'],
            individual: [{ partition: '/data', jobName: 'twin_ROOT' }],
          }),
        'VALIDATION_ERROR',
        "individual[0].jobName: 작업 이름 'twin_ROOT'이(가) 이 요청에서 두 번 이상 만들어집니다.",
      );
    });

    it('fails only the partition whose generated name is taken; refused when none was created', async () => {
      const base = { ...valid, jobName: 'partial' };
      await register({ ...base, partition: ['/'] });
      expect(await register({ ...base, partition: ['/', '/home'] })).toEqual({
        summary: { total: 2, successful: 1, failed: 1 },
        results: [
          {
            state: 'fail',
            jobName: 'partial_ROOT',
            partition: '/',
            jobMode: 'Full Backup',
            autoStart: 'not use',
            errorMessage: "작업 이름 'partial_ROOT'이(가) 이미 존재합니다.",
          },
          {
            state: 'success',
            jobName: 'partial_home',
            partition: '/home',
            jobMode: 'Full Backup',
            autoStart: 'not use',
          },
        ],
      });
      const before = await counts();
      const again = register({ ...base, partition: ['/', '/home'] });
      await expect(again).rejects.toMatchObject({
        code: 'JOB_NAME_ALREADY_EXISTS',
        detail: [
          { jobName: 'partial_ROOT', state: 'fail', errorMessage: "작업 이름 'partial_ROOT'이(가) 이미 존재합니다." },
          { jobName: 'partial_home', state: 'fail', errorMessage: "작업 이름 'partial_home'이(가) 이미 존재합니다." },
        ],
      });
      expect(await counts()).toEqual(before);
      expect(
        (await ctx.sql<{ n: number }>("SELECT count(*)::int AS n FROM backup_jobs WHERE name LIKE 'partial%'"))[0].n,
      ).toBe(2);
    });

    it('an explicit individual name taken: the whole request is refused, no schedule row is left behind', async () => {
      const body = {
        ...valid,
        partition: ['/', '/home'],
        schedule: { type: 3, basic: { time: '01:00' } },
        individual: [{ partition: '/home', jobName: 'home-nightly' }],
      };
      await register({ ...body, jobName: 'first' });
      const before = await counts();
      await expect(register({ ...body, jobName: 'second' })).rejects.toMatchObject({
        code: 'JOB_NAME_ALREADY_EXISTS',
      });
      expect(await counts()).toEqual(before);
      expect(await job('second_ROOT')).toBeUndefined();
    });

    it('autoStart: use queues one manual run per new job', async () => {
      const { results } = await register({ ...valid, jobName: 'started', partition: ['/', '/home'], autoStart: 'use' });
      const runs = await ctx.sql<{ name: string; trigger: string; state: string }>(
        `SELECT j.name, r.trigger, r.state FROM runs r JOIN backup_jobs j ON j.id = r.job_id
          WHERE j.name LIKE 'started%' ORDER BY j.name`,
      );
      expect(runs).toEqual(results.map((r) => ({ name: r.jobName, trigger: 'manual', state: 'queued' })));
    });
  });

  describe('update', () => {
    beforeAll(async () => {
      await register({
        server: 'source-centos7-bios (192.168.2.104)',
        center: '1',
        type: 'full',
        repository: { type: 'nfs', path: '/backup' },
        jobName: 'backupTest',
        partition: ['/', '/boot/efi'],
        schedule: { type: 6, basic: { day: '25,28', time: '12:00' } },
      });
      await register({ ...valid, jobName: 'plain' });
      await register({
        server: 'main-server',
        center: '1',
        jobName: 'smart',
        type: 'smart',
        partition: ['/data'],
        repository: { type: 'smb', path: '//192.168.1.100/backup' },
        schedule: { type: 7, basic: { day: 'sun', time: '01:00' }, advanced: { day: 'tue,fri', time: '13:00' } },
      });
    });

    it('a taken new name is refused, changing nothing', async () => {
      await expect(update('backupTest_ROOT', { changeName: 'backupTest_boot_efi', rotation: 3 })).rejects.toMatchObject(
        { code: 'JOB_NAME_ALREADY_EXISTS' },
      );
      expect(await job('backupTest_ROOT')).toMatchObject({ rotation: 1 });
    });

    it('replaces the schedule in place (its id stays); a smart schedule makes a full job smart', async () => {
      const before = await job('backupTest_boot_efi');
      const result = await update(String(before.id), {
        schedule: { type: 9, basic: { day: '1', time: '03:00' }, advanced: { day: '10,20', time: '03:00' } },
      });
      expect(result.summary.updatedFields).toEqual([
        { field: 'mode', previous: 'full', new: 'smart' },
        {
          field: 'schedule',
          previous: {
            basic: {
              type: 'Monthly on Specific Date',
              description: '[Basic] Start working at 12:00 25, 28 every month.',
            },
          },
          new: {
            basic: {
              type: 'Smart Monthly (Specific Date)',
              description: '[Basic] Start working at 03:00 on the 1 of every month.',
            },
            advanced: {
              type: 'Smart Monthly (Specific Date)',
              description: '[Advanced] Start working at 03:00 on the 10, 20 of every month.',
            },
          },
        },
      ]);
      const after = await job('backupTest_boot_efi');
      expect(after).toMatchObject({ mode: 'smart', status: 'Scheduled' });
      // Spec §13: a schedule edited through PUT keeps its id; the smart half is a new row, paired.
      expect(after.basic_schedule_id).toBe(before.basic_schedule_id);
      expect(await scheduleIds()).toEqual(
        expect.arrayContaining([after.basic_schedule_id, after.advanced_schedule_id]),
      );
    });

    it('makes a smart job full with a 0–6 schedule unless mode is given, and refuses contradictions', async () => {
      const smart = await job('smart_data');
      const switched = await update('smart_data', { schedule: { type: 3, basic: { time: '04:00' } } });
      expect(switched.summary.updatedFields[0]).toEqual({ field: 'mode', previous: 'smart', new: 'full' });
      expect(await job('smart_data')).toMatchObject({
        basic_schedule_id: smart.basic_schedule_id,
        advanced_schedule_id: null,
      });
      // The advanced half is gone with the smart schedule.
      expect(await scheduleIds()).not.toContain(smart.advanced_schedule_id);
      await update('smart_data', { mode: 'smart', schedule: { type: 3, basic: { time: '05:00' } } });
      expect((await job('smart_data')).mode).toBe('smart');
      await refused(
        () =>
          update('smart_data', {
            mode: 'full',
            schedule: { type: 7, basic: { day: 'mon', time: '01:00' }, advanced: { day: 'tue', time: '01:00' } },
          }),
        'VALIDATION_ERROR',
        'schedule.type: full 작업에는 스케줄 타입 0 ~ 6만 사용할 수 있습니다. (입력값: 7)',
      );
      await expect(update('plain_ROOT', { mode: 'smart' })).rejects.toMatchObject({
        code: 'VALIDATION_ERROR',
        detail: [{ field: 'mode', message: { en: 'Schedule is required for Smart Backup.' } }],
      });
      expect((await job('smart_data')).mode).toBe('smart');
    });

    it('removes a schedule with null (the job becomes Registered) and sets one again (Scheduled)', async () => {
      const before = await job('backupTest_ROOT');
      const removed = await update('backupTest_ROOT', { schedule: null });
      expect(removed.summary.updatedFields).toEqual([
        {
          field: 'schedule',
          previous: {
            basic: {
              type: 'Monthly on Specific Date',
              description: '[Basic] Start working at 12:00 25, 28 every month.',
            },
          },
          new: '-',
        },
        { field: 'status', previous: 'Scheduled', new: 'Registered' },
      ]);
      expect(await scheduleIds()).not.toContain(before.basic_schedule_id);
      expect(await job('backupTest_ROOT')).toMatchObject({ basic_schedule_id: null, status: 'Registered' });
      await update('backupTest_ROOT', { schedule: { type: 4, basic: { day: 'mon', time: '06:00' } } });
      expect((await job('backupTest_ROOT')).status).toBe('Scheduled');
    });

    it("replacing a schedule with an identical one leaves exactly the job's rows, same id", async () => {
      const body = { schedule: { type: 2, basic: { time: '00:15', interval: { hour: 6 } } } };
      await update('backupTest_ROOT', body);
      const first = await job('backupTest_ROOT');
      expect((await update('backupTest_ROOT', body)).summary.updatedFields).toEqual([]);
      const second = await job('backupTest_ROOT');
      expect(await ctx.sql("SELECT id FROM schedules WHERE job_name = 'backupTest_ROOT'")).toEqual([
        { id: second.basic_schedule_id },
      ]);
      expect(second.basic_schedule_id).toBe(first.basic_schedule_id);
    });
  });

  describe('the job list', () => {
    type ListQuery = Parameters<BackupJobsService['list']>[0];
    const list = (query: Record<string, unknown>) => ctx.get(BackupJobsService).list(query as ListQuery);

    beforeAll(async () => {
      await register({
        ...valid,
        jobName: 'listed-smart',
        type: 'smart',
        schedule: { type: 7, basic: { day: 'sun', time: '01:00' }, advanced: { day: 'tue,fri', time: '13:00' } },
      });
      await register({ ...valid, jobName: 'listed-plain' });
    });

    it("reads a page with each job's server and both halves of its schedule, and the total", async () => {
      const page = await list({ jobName: 'listed-', page: 1, limit: 1 });
      const ids = await ctx.sql<{ name: string; basic_schedule_id: number; advanced_schedule_id: number | null }>(
        "SELECT name, basic_schedule_id, advanced_schedule_id FROM backup_jobs WHERE name LIKE 'listed-%' ORDER BY id",
      );
      expect(page.items.map((v) => v.job.info.name)).toEqual(ids.slice(0, 1).map((r) => r.name));
      expect(page.items[0]!.system).toMatchObject({ name: 'server-01' });
      expect(page.items[0]!.job.info.schedule).toEqual({
        basic: {
          id: ids[0]!.basic_schedule_id,
          type: 'Smart Weekly (Specific Day of the Week)',
          description: '[Basic] Start working every Sunday at 01:00',
        },
        advanced: {
          id: ids[0]!.advanced_schedule_id,
          type: 'Smart Weekly (Specific Day of the Week)',
          description: '[Advanced] Start working every Tuesday, Friday at 13:00',
        },
      });
      expect(page.pagination).toMatchObject({ currentPage: 1, totalItems: 2, hasNextPage: true });
      const plain = await list({ jobName: 'listed-plain' });
      expect(plain.items.map((v) => [v.job.info.name, v.job.info.schedule])).toEqual([
        ['listed-plain_ROOT', undefined],
      ]);
    });

    it('answers a page past the end empty, with the total still counted', async () => {
      const past = await list({ jobName: 'listed-', page: 5, limit: 1 });
      expect(past.items).toEqual([]);
      expect(past.pagination).toMatchObject({ currentPage: 5, totalItems: 2, hasNextPage: false });
    });
  });
});
