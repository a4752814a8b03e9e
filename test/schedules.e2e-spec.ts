import { createTestApp, LOCAL_TIMESTAMP, REQUEST_ID, TestApp } from './support/test-app';

/** ISO-8601 with the Asia/Seoul offset (the test app's TZ). */
const SEOUL_ISO = expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/);
const CENTER = { id: 1, name: 'zdm-center-01' };

interface Example {
  title: string;
  body: Record<string, unknown>;
  type: string;
  basic: string;
  advanced?: string;
}

/** Every documented example (spec §5, the seed, the original API's schedule overview). */
const EXAMPLES: Example[] = [
  {
    title: 'type 0 once',
    body: { type: 0, basic: { year: '2030', month: '01', day: '20', time: '14:30' } },
    type: 'Once',
    basic: '[Basic] Start working on 20/01/2030 14:30.',
  },
  {
    title: 'type 1',
    body: { type: 1, basic: { time: '00:00', interval: { minute: '5' } } },
    type: 'Every Minute',
    basic: '[Basic] Start working at 00:00 every 5 Minute.',
  },
  {
    title: 'type 2',
    body: { type: 2, basic: { time: '00:30', interval: { hour: '2' } } },
    type: 'Hourly',
    basic: '[Basic] Start working at 00:30 every 2 Hour.',
  },
  {
    title: 'type 3 (job body of the seed)',
    body: { type: 3, basic: { time: '02:00' } },
    type: 'Daily',
    basic: '[Basic] Start working at 02:00 every day.',
  },
  {
    title: 'type 4 (spec example)',
    body: { type: 4, basic: { day: 'mon,wed,fri', time: '01:30' } },
    type: 'Weekly',
    basic: '[Basic] Start working at 01:30 Monday, Wednesday, Friday every week.',
  },
  {
    title: 'type 5',
    body: { type: 5, basic: { week: '2', day: 'tue, wed', time: '04:00' } },
    type: 'Monthly (Specific Week and Day of the Week)',
    basic: '[Basic] Start working at 04:00 Second Week / Tuesday, Wednesday every month.',
  },
  {
    title: 'type 6 (seed response)',
    body: { type: 6, basic: { day: '25, 28', time: '12:00' } },
    type: 'Monthly on Specific Date',
    basic: '[Basic] Start working at 12:00 25, 28 every month.',
  },
  {
    title: 'type 7 (spec example)',
    body: { type: 7, basic: { day: 'mon', time: '01:00' }, advanced: { day: 'tue, fri', time: '13:00' } },
    type: 'Smart Weekly (Specific Day of the Week)',
    basic: '[Basic] Start working every Monday at 01:00',
    advanced: '[Advanced] Start working every Tuesday, Friday at 13:00',
  },
  {
    title: 'type 8',
    body: {
      type: 8,
      basic: { week: '1', day: 'mon', time: '02:00' },
      advanced: { week: '2, 3', day: 'mon, thu', time: '14:00' },
    },
    type: 'Smart Monthly (Specific Week and Day of the Week)',
    basic: '[Basic] Start working at 02:00 on Monday First Week of every month.',
    advanced:
      '[Advanced] Start working at 14:00 on the Monday, Thursday of the Second Week, Third Week of every month.',
  },
  {
    title: 'type 9',
    body: { type: 9, basic: { day: '1', time: '03:00' }, advanced: { day: '15, 19', time: '15:00' } },
    type: 'Smart Monthly (Specific Date)',
    basic: '[Basic] Start working at 03:00 on the 1 of every month.',
    advanced: '[Advanced] Start working at 15:00 on the 15, 19 of every month.',
  },
  {
    title: 'type 10',
    body: {
      type: 10,
      basic: { month: '1', week: '1', day: 'mon', time: '04:00' },
      advanced: { month: '1,4,7,10', week: '2,4', day: 'wed, fri', time: '16:00' },
    },
    type: 'Smart Custom (Specific Month, Week and Day of the Week)',
    basic: '[Basic] Start working at 04:00 on the First Week Monday of January',
    advanced:
      '[Advanced] Start working at 16:00 on the Second Week, Fourth Week / Wednesday, Friday of January, April, July, October',
  },
  {
    title: 'type 11',
    body: {
      type: 11,
      basic: { month: '3', day: '1', time: '05:00' },
      advanced: { month: '3,6,9,12', day: '15,20,25', time: '17:00' },
    },
    type: 'Smart Custom (Specific Month and Date)',
    basic: '[Basic] Start working on March 1 at 05:00',
    advanced: '[Advanced] Start working at 17:00 on the 15, 20, 25 of March, June, September, December',
  },
];

describe('Schedules (spec §5)', () => {
  let t: TestApp;
  let headers: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp();
    headers = await t.auth();
  });
  afterAll(() => t.close());

  const post = (url: string, payload: unknown, extra: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url,
      headers: { ...headers, ...extra },
      payload: payload as Record<string, unknown>,
    });
  const get = (url: string, extra: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url, headers: { ...headers, ...extra } });
  const del = (url: string) => t.app.inject({ method: 'DELETE', url, headers });
  const count = async () => Number((await t.dataSource.query('SELECT count(*) AS n FROM schedules'))[0].n);

  describe('POST /api/schedules registers every documented example and reads it back', () => {
    it.each(EXAMPLES)('$title', async ({ body, type, basic, advanced }) => {
      const res = await post('/api/schedules', { center: '1', jobName: 'daily-backup', ...body });
      expect(res.statusCode).toBe(201);
      const json = res.json();
      expect(json).toEqual({
        success: true,
        requestID: REQUEST_ID,
        data: {
          basic: { id: expect.any(Number), type, state: 'Enabled', description: basic },
          ...(advanced ? { advanced: { id: expect.any(Number), type, state: 'Enabled', description: advanced } } : {}),
        },
        message: 'Schedule registered successfully',
        timestamp: LOCAL_TIMESTAMP,
      });

      for (const [half, description] of [
        ['basic', basic],
        ['advanced', advanced],
      ] as const) {
        if (!description) continue;
        const id = json.data[half].id;
        const one = await get(`/api/v1/schedules/${id}`);
        expect(one.statusCode).toBe(200);
        expect(one.json()).toEqual({
          success: true,
          requestID: REQUEST_ID,
          data: {
            id,
            center: CENTER,
            type,
            state: 'Enabled',
            jobName: 'daily-backup',
            lastRunTime: '-',
            description,
            timezone: 'Asia/Seoul',
            nextRunAt: SEOUL_ISO,
          },
          message: 'Schedule information retrieved',
          timestamp: LOCAL_TIMESTAMP,
        });
      }
      const rows = await t.dataSource.query(
        'SELECT role, pair_id FROM schedules WHERE id = ANY($1::int[]) ORDER BY id',
        [[json.data.basic.id, json.data.advanced?.id ?? 0]],
      );
      if (advanced) {
        expect(rows).toEqual([
          { role: 'basic', pair_id: json.data.advanced.id },
          { role: 'advanced', pair_id: json.data.basic.id },
        ]);
      } else {
        expect(rows).toEqual([{ role: 'basic', pair_id: null }]);
      }
    });

    it('answers under /api/v1 too, takes center by name, a user by email and a timezone', async () => {
      const res = await post('/api/v1/schedules', {
        center: 'zdm-center-02',
        user: 'admin@zdm.test',
        type: 0,
        basic: { year: 2030, month: 3, day: 10, time: '02:30' },
        timezone: 'america/new_york',
      });
      expect(res.statusCode).toBe(201);
      const id = res.json().data.basic.id;
      const one = (await get(`/api/schedules/${id}`)).json().data;
      expect(one).toMatchObject({
        center: { id: 2, name: 'zdm-center-02' },
        jobName: '-',
        timezone: 'America/New_York',
      });
      // 02:30 does not exist on 2030-03-10 in New York (spring forward): it runs when the gap ends.
      expect(one.nextRunAt).toBe('2030-03-10T03:00:00-04:00');
      expect((await t.dataSource.query('SELECT user_id FROM schedules WHERE id = $1', [id]))[0].user_id).toBe(1);
    });
  });

  describe('400s name the field and write nothing', () => {
    it.each([
      [{ type: 12, basic: { time: '01:00' } }, '유효한 스케줄 타입이 아닙니다. (0 ~ 11 만 가능)', 'type'],
      [{ type: 3, basic: { time: '24:00' } }, "time은 'HH:mm' (00:00 ~ 23:59)이어야 합니다.", 'basic.time'],
      [
        { type: 7, basic: { day: 'mon, tue', time: '01:00' }, advanced: { day: 'wed', time: '01:00' } },
        'Smart Weekly (Specific Day of the Week) 타입의 스케줄은 basic 부분에서 여러 요일을 선택할 수 없습니다. ( 현재 선택된 요일: mon, tue )',
        'basic.day',
      ],
      [
        { type: 7, basic: { day: 'mon', time: '01:00' } },
        'Smart Weekly (Specific Day of the Week) 타입의 스케줄은 advanced이(가) 필요합니다.',
        'advanced',
      ],
      [{ type: 4, basic: { day: 'mon,mon', time: '01:00' } }, 'basic.day에 같은 값이 중복되었습니다: mon', 'basic.day'],
      [
        { type: 3, basic: { time: '01:00' }, timezone: 'Mars/Base' },
        'timezone은(는) 유효한 IANA 시간대 이름이어야 합니다. (입력값: Mars/Base)',
        'timezone',
      ],
    ])('%j', async (body, error, field) => {
      const before = await count();
      const res = await post('/api/schedules', { center: 1, ...body });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual({
        success: false,
        requestID: REQUEST_ID,
        error,
        code: 'VALIDATION_ERROR',
        detail: [{ field, message: error }],
        timestamp: LOCAL_TIMESTAMP,
      });
      expect(await count()).toBe(before);
    });

    it('speaks English on request, naming the full path', async () => {
      const res = await post(
        '/api/schedules',
        { center: 1, type: 3, basic: { time: '7:00' } },
        { 'accept-language': 'en' },
      );
      expect(res.json()).toMatchObject({
        error: "basic.time must be 'HH:mm' (00:00 ~ 23:59).",
        detail: [{ field: 'basic.time', message: "basic.time must be 'HH:mm' (00:00 ~ 23:59)." }],
      });
    });

    it('rejects unknown fields and bad centers; 404 for an unknown center or user', async () => {
      const before = await count();
      const unknown = await post('/api/schedules', { center: 1, type: 3, basic: { time: '01:00' }, color: 'red' });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().error).toBe('color은(는) 허용되지 않는 필드입니다.');
      const noCenter = await post('/api/schedules', { type: 3, basic: { time: '01:00' } });
      expect(noCenter.statusCode).toBe(400);
      const missingCenter = await post('/api/schedules', { center: 999, type: 3, basic: { time: '01:00' } });
      expect(missingCenter.statusCode).toBe(404);
      expect(missingCenter.json().error).toBe("center: 센터 '999'을(를) 찾을 수 없습니다.");
      const missingUser = await post('/api/schedules', {
        center: 1,
        user: 'nobody@zdm.test',
        type: 3,
        basic: { time: '01:00' },
      });
      expect(missingUser.statusCode).toBe(404);
      expect(await count()).toBe(before);
    });

    it('uses an existing schedule id as basic (seed: basic is an object or an id)', async () => {
      const weekly = (await post('/api/schedules', { center: 1, type: 4, basic: { day: 'sun', time: '06:00' } })).json()
        .data.basic.id;
      const res = await post('/api/schedules', {
        center: 1,
        type: 7,
        basic: weekly,
        advanced: { day: 'wed', time: '06:00' },
      });
      expect(res.statusCode).toBe(201);
      expect(res.json().data.basic.description).toBe('[Basic] Start working every Sunday at 06:00');
      const unknown = await post('/api/schedules', {
        center: 1,
        type: 7,
        basic: 99999,
        advanced: { day: 'wed', time: '06:00' },
      });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().error).toBe("ID가 '99999'인 Schedule을 찾을 수 없습니다 (basic)");
    });
  });

  describe('GET /api/schedules', () => {
    it('filters by id, jobName, type (number or name), state and center, with pagination', async () => {
      const job = `list-${Date.now()}`;
      const a = (await post('/api/schedules', { center: 2, jobName: job, type: 3, basic: { time: '01:00' } })).json()
        .data.basic.id;
      const b = (
        await post('/api/schedules', {
          center: 2,
          jobName: job,
          type: 7,
          basic: { day: 'mon', time: '01:00' },
          advanced: { day: 'tue', time: '02:00' },
        })
      ).json().data;

      const byJob = await get(`/api/schedules?jobName=${job}`);
      expect(byJob.statusCode).toBe(200);
      expect(byJob.json()).toEqual({
        success: true,
        requestID: REQUEST_ID,
        data: [
          {
            id: a,
            center: { id: 2, name: 'zdm-center-02' },
            type: 'Daily',
            state: 'Enabled',
            jobName: job,
            lastRunTime: '-',
            description: '[Basic] Start working at 01:00 every day.',
            timezone: 'Asia/Seoul',
            nextRunAt: SEOUL_ISO,
          },
          expect.objectContaining({ id: b.basic.id, description: '[Basic] Start working every Monday at 01:00' }),
          expect.objectContaining({
            id: b.advanced.id,
            description: '[Advanced] Start working every Tuesday at 02:00',
          }),
        ],
        message: 'Schedule information list',
        timestamp: LOCAL_TIMESTAMP,
      });
      const ids = (url: string) => get(url).then((r) => r.json().data.map((i: { id: number }) => i.id));
      expect(await ids(`/api/schedules?jobName=${job}&type=7`)).toEqual([b.basic.id, b.advanced.id]);
      expect(
        await ids(`/api/schedules?jobName=${job}&type=Smart%20Weekly%20(Specific%20Day%20of%20the%20Week)`),
      ).toEqual([b.basic.id, b.advanced.id]);
      expect(await ids(`/api/schedules?jobName=${job}&type=daily`)).toEqual([a]);
      expect(await ids(`/api/schedules?id=${a}`)).toEqual([a]);
      expect(await ids(`/api/schedules?jobName=${job}&state=enabled&sort=desc`)).toEqual([
        b.advanced.id,
        b.basic.id,
        a,
      ]);
      expect(await ids(`/api/schedules?jobName=${job}&state=Disabled`)).toEqual([]);
      expect(await ids(`/api/schedules?jobName=${job}&center=zdm-center-01`)).toEqual([]);
      expect(await ids(`/api/schedules?jobName=${job}&center=2`)).toEqual([a, b.basic.id, b.advanced.id]);

      const paged = (await get(`/api/schedules?jobName=${job}&page=2&limit=2`)).json();
      expect(paged.data.map((i: { id: number }) => i.id)).toEqual([b.advanced.id]);
      expect(paged.pagination).toEqual({
        currentPage: 2,
        totalPages: 2,
        totalItems: 3,
        itemsPerPage: 2,
        hasNextPage: false,
        hasPreviousPage: true,
      });
    });

    it('rejects bad filters naming them', async () => {
      const badType = await get('/api/schedules?type=13');
      expect(badType.statusCode).toBe(400);
      expect(badType.json().error).toBe('type은(는) 0 ~ 11의 스케줄 타입 번호 또는 타입 이름이어야 합니다.');
      expect((await get('/api/schedules?state=on')).json().error).toBe(
        'state은(는) Enabled, Disabled 중 하나여야 합니다.',
      );
      expect((await get('/api/schedules?id=abc')).json().error).toBe('id은(는) 숫자 스케줄 ID여야 합니다.');
      expect((await get('/api/schedules?center=nowhere')).statusCode).toBe(404);
    });

    it('GET /api/schedules/:id takes a numeric id only', async () => {
      expect((await get('/api/schedules/abc')).statusCode).toBe(400);
      const missing = await get('/api/schedules/999999');
      expect(missing.statusCode).toBe(404);
      expect(missing.json().error).toBe("ID가 '999999'인 Schedule을 찾을 수 없습니다 (id)");
    });
  });

  describe('DELETE /api/schedules/:id', () => {
    it('400 for a non-numeric id, 404 for an unknown one', async () => {
      const bad = await del('/api/schedules/daily');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error).toBe('id은(는) 숫자 ID여야 합니다.');
      expect((await del('/api/schedules/999999')).statusCode).toBe(404);
    });

    it('deletes a smart schedule with both its rows', async () => {
      const created = (
        await post('/api/schedules', {
          center: 1,
          type: 9,
          basic: { day: '1', time: '03:00' },
          advanced: { day: '15', time: '03:00' },
        })
      ).json().data;
      const res = await del(`/api/schedules/${created.advanced.id}`);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({
        success: true,
        requestID: REQUEST_ID,
        data: { id: created.advanced.id, deleted: [created.basic.id, created.advanced.id] },
        message: 'Schedule has been successfully deleted',
        timestamp: LOCAL_TIMESTAMP,
      });
      expect(
        await t.dataSource.query('SELECT id FROM schedules WHERE id IN ($1, $2)', [
          created.basic.id,
          created.advanced.id,
        ]),
      ).toEqual([]);
      expect((await get(`/api/schedules/${created.basic.id}`)).statusCode).toBe(404);
    });

    it('409 while a backup job references it, naming the job', async () => {
      const { scheduleId, jobId } = await referencedSchedule();
      const res = await del(`/api/schedules/${scheduleId}`);
      expect(res.statusCode).toBe(409);
      expect(res.json()).toEqual({
        success: false,
        requestID: REQUEST_ID,
        error: `Schedule ID '${scheduleId}' is referenced by: backup(${jobId})`,
        code: 'SCHEDULE_IN_USE',
        timestamp: LOCAL_TIMESTAMP,
      });
      expect((await get(`/api/schedules/${scheduleId}`)).statusCode).toBe(200);
    });

    /**
     * A schedule used by a backup job: registered through `POST /api/backups` when that route
     * exists; otherwise a raw `backup_jobs` row (the jobs lib's table, or a minimal stand-in).
     */
    async function referencedSchedule(): Promise<{ scheduleId: number; jobId: number }> {
      const jobName = `sched-ref-${Date.now()}`;
      const job = await post('/api/backups', {
        center: '1',
        server: 'server-01',
        type: 'full',
        partition: ['/'],
        repository: { type: 'nfs', path: '/backup/server-01' },
        jobName,
        schedule: { type: 3, basic: { time: '02:00' } },
      });
      if (job.statusCode !== 404) {
        expect(job.statusCode).toBe(201);
        const [row] = await t.dataSource.query(
          'SELECT id, basic_schedule_id FROM backup_jobs ORDER BY id DESC LIMIT 1',
        );
        return { scheduleId: Number(row.basic_schedule_id), jobId: Number(row.id) };
      }
      const scheduleId = (await post('/api/schedules', { center: 1, type: 3, basic: { time: '02:00' } })).json().data
        .basic.id;
      const [{ present }] = await t.dataSource.query(`SELECT to_regclass('backup_jobs') IS NOT NULL AS present`);
      if (!present) {
        await t.dataSource.query(
          'CREATE TABLE backup_jobs (id serial PRIMARY KEY, basic_schedule_id integer, advanced_schedule_id integer)',
        );
        await t.dataSource.query('INSERT INTO backup_jobs (id, basic_schedule_id) VALUES (2, $1)', [scheduleId]);
        return { scheduleId, jobId: 2 };
      }
      const [server] = await t.dataSource.query(`SELECT id, center_id FROM servers WHERE name = 'server-01'`);
      const [repository] = await t.dataSource.query(
        `SELECT id FROM repositories WHERE type = 'nfs' AND path = '/backup/server-01'`,
      );
      const [row] = await t.dataSource.query(
        `INSERT INTO backup_jobs (name, center_id, server_id, partition, mode, repository_id, repository_type, repository_path, basic_schedule_id, status)
         VALUES ($1, $2, $3, '/', 'full', $4, 'nfs', '/backup/server-01', $5, 'Scheduled') RETURNING id`,
        [jobName, server.center_id, server.id, repository.id, scheduleId],
      );
      return { scheduleId, jobId: Number(row.id) };
    }
  });

  describe('next runs and preview', () => {
    it('GET /api/schedules/:id/next-runs lists N increasing run times in the schedule zone', async () => {
      const id = (
        await post('/api/schedules', {
          center: 1,
          type: 4,
          basic: { day: 'sun', time: '02:30' },
          timezone: 'Europe/Berlin',
        })
      ).json().data.basic.id;
      const res = await get(`/api/schedules/${id}/next-runs?count=30`);
      expect(res.statusCode).toBe(200);
      const data = res.json().data;
      expect(data).toMatchObject({
        id,
        type: 'Weekly',
        description: '[Basic] Start working at 02:30 Sunday every week.',
        timezone: 'Europe/Berlin',
      });
      expect(data.runs).toHaveLength(30);
      const times = data.runs.map((r: string) => Date.parse(r));
      times.slice(1).forEach((at: number, i: number) => expect(at).toBeGreaterThan(times[i]));
      // Every run is 02:30 local, except on the spring-forward Sunday (03:00 CEST).
      for (const run of data.runs as string[]) expect(run).toMatch(/T02:30:00\+0[12]:00$|-03-\d\dT03:00:00\+02:00$/);
      expect(res.json().message).toBe('Schedule next run times');
      expect((await get(`/api/schedules/${id}/next-runs`)).json().data.runs).toHaveLength(10);
      expect((await get(`/api/schedules/${id}/next-runs?count=0`)).json().error).toBe(
        'count은(는) 1 ~ 100 사이의 정수여야 합니다.',
      );
      expect((await get(`/api/schedules/${id}/next-runs?count=101`)).statusCode).toBe(400);
      expect((await get('/api/schedules/x/next-runs')).statusCode).toBe(400);
    });

    it('POST /api/schedules/preview describes an unsaved body and lists its merged runs', async () => {
      const before = await count();
      const res = await post('/api/schedules/preview', {
        type: 7,
        basic: { day: 'mon', time: '01:00' },
        advanced: { day: 'mon,tue, fri', time: '01:00' },
        timezone: 'UTC',
        count: 6,
      });
      expect(res.statusCode).toBe(200);
      const data = res.json().data;
      expect(data).toMatchObject({
        basic: {
          type: 'Smart Weekly (Specific Day of the Week)',
          description: '[Basic] Start working every Monday at 01:00',
        },
        advanced: {
          type: 'Smart Weekly (Specific Day of the Week)',
          description: '[Advanced] Start working every Monday, Tuesday, Friday at 01:00',
        },
        timezone: 'UTC',
      });
      expect(data.nextRuns).toHaveLength(6);
      for (const run of data.nextRuns as { at: string; role: string }[]) {
        const weekday = new Date(run.at).getUTCDay();
        expect(run.at).toMatch(/T01:00:00Z$/);
        expect(run.role).toBe(weekday === 1 ? 'basic' : 'advanced');
      }
      expect(res.json().message).toBe('Schedule preview');
      expect(await count()).toBe(before);

      const bad = await post('/api/schedules/preview', { type: 2, basic: { time: '01:00', interval: { hour: 0 } } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().detail).toEqual([
        { field: 'basic.interval.hour', message: 'basic.interval.hour은(는) 1 이상의 정수(시간)여야 합니다.' },
      ]);
    });
  });
});
