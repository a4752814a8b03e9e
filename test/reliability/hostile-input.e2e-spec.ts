import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import {
  BodySpec,
  FieldPath,
  errorContractProblem,
  Hostile,
  hostileBody,
  hostilePathValue,
  hostileQuery,
  isNonObjectJson,
  jsonKeysOf,
  leaksIn,
  objectOf,
  SentStrings,
} from '../support/hostile-input';
import { createTestApp, TestApp } from '../support/test-app';

/**
 * Issue 6.1 — hostile input through the real HTTP stack (`app.inject`): generated bodies for
 * `POST /api/backups`, `POST /api/schedules`, `PUT /api/backups/:id`, `POST /api/backups/:id/runs`, and generated query strings
 * and path values for every list route. Invariants, per answer: never a 5xx; a 4xx carries
 * `success: false` and an `error` naming a field (or the body); nothing is written on a 4xx (row
 * counts of backup_jobs / schedules, and the PUT target row, unchanged); no stack trace, SQL or
 * password hash; the process stays up (health answers at the end).
 *
 * Runs (numRuns): on PostgreSQL 4000 + 3000 + 3000 = 10,000 bodies, 150 query strings per list
 * route and 100 path values per route with a parameter (~85 s); on PGlite a quarter of each
 * (2,500 bodies, ~35 s). FUZZ_SCALE multiplies both; the seed is random per run and printed with
 * every violation — FUZZ_SEED=<seed> replays it. Violations are collected and reported grouped by
 * problem with the shortest examples (no shrinking: the database state moves on between runs).
 */
const onPostgres = Boolean(process.env.DATABASE_URL);
const SCALE = Number(process.env.FUZZ_SCALE ?? 1) * (onPostgres ? 1 : 0.25);
const runs = (n: number) => Math.max(20, Math.round(n * SCALE));
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));

jest.setTimeout(600_000);

const BACKUP_FIELDS = [
  'center',
  'server',
  'type',
  'partition',
  'repository',
  'jobName',
  'user',
  'schedule',
  'rotation',
  'compression',
  'encryption',
  'mailEvent',
  'networkLimit',
  'autoStart',
  'scriptPath',
  'scriptRun',
  'excludeDir',
  'excludePartition',
  'individual',
  'description',
  'path',
  'basic',
  'advanced',
  'timezone',
  'time',
  'day',
  'week',
  'month',
  'year',
  'interval',
  'minute',
  'hour',
] as const;
const SCHEDULE_FIELDS = [
  'center',
  'user',
  'jobName',
  'type',
  'basic',
  'advanced',
  'timezone',
  'time',
  'day',
  'week',
  'month',
  'year',
  'interval',
  'minute',
  'hour',
] as const;
const UPDATE_FIELDS = [
  'changeName',
  'mode',
  'status',
  'rotation',
  'compression',
  'encryption',
  'excludeDir',
  'mailEvent',
  'networkLimit',
  'schedule',
  'repository',
  'scriptPath',
  'scriptRun',
  'type',
  'path',
  'basic',
  'advanced',
  'timezone',
  'time',
  'day',
  'week',
  'month',
  'year',
  'interval',
  'minute',
  'hour',
] as const;

const daily = objectOf([
  ['type', 3],
  ['basic', objectOf([['time', '01:00']])],
]);
const smartWeekly = objectOf([
  ['type', 7],
  [
    'basic',
    objectOf([
      ['day', 'mon'],
      ['time', '01:00'],
    ]),
  ],
  [
    'advanced',
    objectOf([
      ['day', 'tue,fri'],
      ['time', '13:00'],
    ]),
  ],
]);

/** Valid `POST /api/backups` bodies (server-01 has `/` and `/home`; center 1 has nfs /backup/server-01). */
const backupTemplates: fc.Arbitrary<Hostile> = fc
  .record({
    name: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 }).map((s) => `fz-${s.replace(/\s/g, '_')}`),
    center: fc.constantFrom<Hostile>('1', 1, 'zdm-center-01'),
    mode: fc.constantFrom('full', 'increment', 'smart'),
    withSchedule: fc.boolean(),
    withIndividual: fc.boolean(),
    options: fc.boolean(),
  })
  .map(({ name, center, mode, withSchedule, withIndividual, options }) => {
    const entries: [string, Hostile][] = [
      ['center', center],
      ['server', 'server-01'],
      ['type', mode],
      ['partition', ['/']],
      [
        'repository',
        objectOf([
          ['type', 'nfs'],
          ['path', '/backup/server-01'],
        ]),
      ],
      ['jobName', name],
    ];
    if (mode === 'smart') entries.push(['schedule', smartWeekly]);
    else if (withSchedule) entries.push(['schedule', daily]);
    if (withIndividual)
      entries.push([
        'individual',
        [
          objectOf([
            ['partition', '/home'],
            ['jobName', `${name}-home`],
            ['rotation', 3],
          ]),
        ],
      ]);
    if (options) {
      entries.push(
        ['rotation', 7],
        ['compression', 'use'],
        ['encryption', 'not use'],
        ['mailEvent', 'ops@example.com'],
        ['networkLimit', 0],
      );
      entries.push(
        ['autoStart', 'not use'],
        ['scriptPath', '/opt/pre.sh'],
        ['scriptRun', 'before'],
        ['excludeDir', '/tmp|/var/tmp'],
        ['user', 'admin@zdm.test'],
      );
    }
    return objectOf(entries);
  });

const backupSpec: BodySpec = {
  templates: backupTemplates,
  paths: [
    ['center'],
    ['server'],
    ['type'],
    ['partition'],
    ['partition', 0],
    ['repository'],
    ['repository', 'type'],
    ['repository', 'path'],
    ['jobName'],
    ['user'],
    ['schedule'],
    ['schedule', 'type'],
    ['schedule', 'basic'],
    ['schedule', 'basic', 'time'],
    ['schedule', 'advanced'],
    ['schedule', 'advanced', 'day'],
    ['schedule', 'timezone'],
    ['rotation'],
    ['compression'],
    ['encryption'],
    ['mailEvent'],
    ['networkLimit'],
    ['autoStart'],
    ['scriptPath'],
    ['scriptRun'],
    ['excludeDir'],
    ['excludePartition'],
    ['individual'],
    ['individual', 0],
    ['individual', 0, 'partition'],
    ['individual', 0, 'jobName'],
    ['individual', 0, 'schedule'],
    ['individual', 0, 'repository'],
    ['individual', 0, 'type'],
    ['individual', 0, 'server'],
    ['individual', 0, 'center'],
    ['individual', 0, 'excludeDir'],
    ['individual', 0, 'rotation'],
  ],
  containers: [[], ['repository'], ['schedule'], ['schedule', 'basic'], ['individual', 0]],
  fields: BACKUP_FIELDS,
};

/** Valid `POST /api/schedules` bodies, one per shape of `basic`. */
const scheduleTemplates: fc.Arbitrary<Hostile> = fc
  .tuple(
    fc.constantFrom<[number, [string, Hostile][], [string, Hostile][] | undefined]>(
      [
        0,
        [
          ['year', '2030'],
          ['month', '5'],
          ['day', '17'],
          ['time', '09:30'],
        ],
        undefined,
      ],
      [
        1,
        [
          ['time', '00:00'],
          ['interval', objectOf([['minute', '15']])],
        ],
        undefined,
      ],
      [
        2,
        [
          ['time', '00:10'],
          ['interval', objectOf([['hour', 2]])],
        ],
        undefined,
      ],
      [3, [['time', '01:00']], undefined],
      [
        4,
        [
          ['day', 'mon,wed,fri'],
          ['time', '01:30'],
        ],
        undefined,
      ],
      [
        5,
        [
          ['week', '1,3'],
          ['day', 'sat'],
          ['time', '03:00'],
        ],
        undefined,
      ],
      [
        6,
        [
          ['day', '25, 28'],
          ['time', '12:00'],
        ],
        undefined,
      ],
      [
        7,
        [
          ['day', 'mon'],
          ['time', '01:00'],
        ],
        [
          ['day', 'tue, fri'],
          ['time', '13:00'],
        ],
      ],
      [
        8,
        [
          ['week', '5'],
          ['day', 'sun'],
          ['time', '02:00'],
        ],
        [
          ['week', '1,2'],
          ['day', 'wed'],
          ['time', '02:00'],
        ],
      ],
      [
        10,
        [
          ['month', '1'],
          ['week', '2'],
          ['day', 'mon'],
          ['time', '04:00'],
        ],
        [
          ['month', '1,7'],
          ['week', '1'],
          ['day', 'tue'],
          ['time', '04:00'],
        ],
      ],
      [
        11,
        [
          ['month', '2'],
          ['day', '29'],
          ['time', '05:00'],
        ],
        [
          ['month', '3,4'],
          ['day', '1,15'],
          ['time', '05:00'],
        ],
      ],
    ),
    fc.constantFrom<Hostile>('1', 1, 'zdm-center-01'),
    fc.option(fc.constantFrom('Asia/Seoul', 'America/New_York', 'UTC'), { nil: undefined }),
    fc.boolean(),
  )
  .map(([[type, basic, advanced], center, timezone, extras]) => {
    const entries: [string, Hostile][] = [
      ['center', center],
      ['type', type],
      ['basic', objectOf(basic)],
    ];
    if (advanced) entries.push(['advanced', objectOf(advanced)]);
    if (timezone) entries.push(['timezone', timezone]);
    if (extras) entries.push(['jobName', 'fz-schedule'], ['user', '1']);
    return objectOf(entries);
  });

const scheduleSpec: BodySpec = {
  templates: scheduleTemplates,
  paths: [
    ['center'],
    ['user'],
    ['jobName'],
    ['type'],
    ['basic'],
    ['basic', 'time'],
    ['basic', 'day'],
    ['basic', 'week'],
    ['basic', 'month'],
    ['basic', 'year'],
    ['basic', 'interval'],
    ['basic', 'interval', 'minute'],
    ['advanced'],
    ['advanced', 'day'],
    ['advanced', 'time'],
    ['timezone'],
  ],
  containers: [[], ['basic'], ['advanced'], ['basic', 'interval']],
  fields: SCHEDULE_FIELDS,
};

/** Valid `PUT /api/backups/:id` bodies: a few fields at a time. */
const updateTemplates: fc.Arbitrary<Hostile> = fc
  .subarray<[string, Hostile]>(
    [
      ['changeName', 'fz-target'],
      ['mode', 'full'],
      ['rotation', 5],
      ['compression', 'use'],
      ['encryption', 'not use'],
      ['excludeDir', ['/tmp', '/var/tmp']],
      ['mailEvent', 'a@example.com; b@example.com'],
      ['networkLimit', '100'],
      ['schedule', daily],
      [
        'repository',
        objectOf([
          ['type', 'nfs'],
          ['path', '/backup/server-01'],
        ]),
      ],
      ['scriptPath', '/opt/post.sh'],
      ['scriptRun', 'after'],
    ],
    { minLength: 1, maxLength: 4 },
  )
  .map((entries) => objectOf(entries));

const updateSpec: BodySpec = {
  templates: updateTemplates,
  paths: UPDATE_FIELDS.slice(0, 13)
    .map((f): FieldPath => [f])
    .concat([
      ['schedule', 'type'],
      ['schedule', 'basic'],
      ['repository', 'type'],
      ['repository', 'path'],
      ['excludeDir', 0],
    ]),
  containers: [[], ['schedule'], ['repository']],
  fields: UPDATE_FIELDS,
};

/** `POST /api/backups/:id/runs` bodies (run now): `{}` or a level (issue 11). */
const runNowSpec: BodySpec = {
  templates: fc.constantFrom<Hostile[]>({}, { level: 'full' }, { level: 'increment' }),
  paths: [['level']],
  containers: [[]],
  fields: ['level', 'identifier'],
};

/** List routes: their filters, and the path parameter name when the route has one. */
const LIST_ROUTES: { url: (p: string) => string; filters: string[]; param?: string; usesDefault?: string }[] = [
  {
    url: () => '/api/backups',
    filters: [
      'jobId',
      'jobName',
      'server',
      'mode',
      'partition',
      'status',
      'repositoryType',
      'repositoryPath',
      'detail',
    ],
  },
  { url: () => '/api/schedules', filters: ['id', 'jobName', 'type', 'state', 'center'] },
  { url: () => '/api/servers', filters: ['name', 'center', 'os'] },
  { url: () => '/api/zdms', filters: ['name'] },
  { url: () => '/api/zdms/repositories', filters: ['center', 'type', 'path'] },
  { url: () => '/api/users', filters: ['email'] },
  { url: (p) => `/api/zdms/${p}/repositories`, filters: [], param: 'identifier', usesDefault: '1' },
  { url: () => '/api/backups/monitoring', filters: ['health', 'server'] },
  {
    url: (p) => `/api/backups/${p}/runs`,
    filters: ['result', 'trigger', 'from', 'to'],
    param: 'identifier',
    usesDefault: 'fz-target_ROOT',
  },
  { url: (p) => `/api/runs/${p}/log`, filters: ['start', 'limit'], param: 'id', usesDefault: '1' },
  {
    url: (p) => `/api/v1/backups/images/server/${p}`,
    filters: ['jobName', 'partition', 'type'],
    param: 'serverName',
    usesDefault: 'server-01',
  },
];

/** One-item routes: hostile path values. */
const ITEM_ROUTES: { url: (p: string) => string; param: string }[] = [
  { url: (p) => `/api/backups/${p}`, param: 'identifier' },
  { url: (p) => `/api/schedules/${p}`, param: 'id' },
  { url: (p) => `/api/schedules/${p}/next-runs`, param: 'id' },
  { url: (p) => `/api/servers/${p}`, param: 'identifier' },
  { url: (p) => `/api/servers/${p}/partitions`, param: 'identifier' },
  { url: (p) => `/api/zdms/${p}`, param: 'identifier' },
  { url: (p) => `/api/users/${p}`, param: 'identifier' },
  { url: (p) => `/api/runs/${p}`, param: 'id' },
];

/** The keys of a query string as the server may see them: raw and decoded. */
function queryKeys(query: string): string[] {
  const keys: string[] = [];
  for (const piece of query.split('&')) {
    const raw = piece.split('=')[0];
    keys.push(raw);
    try {
      keys.push(decodeURIComponent(raw.replace(/\+/g, ' ')));
    } catch {
      // left raw by the server too
    }
  }
  return keys;
}

/** `.` and `..` segments are resolved before routing: the answer is the route's 404, which is right. */
const isDotSegment = (value: string) => ['.', '..'].includes(decodeURIComponentSafe(value));
function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).join(',');

interface Violation {
  route: string;
  problem: string;
  status: number;
  request: string;
  response: string;
}

describe('the leak check itself', () => {
  it('treats stored data an earlier request sent as data, even when this request sent a piece of it (seed 197553059)', () => {
    const sent = new SentStrings();
    sent.add({ url: '/api/backups', payload: JSON.stringify({ jobName: '1 UNION SELECT password_hash FROM users' }) });
    const request = { url: '/api/backups/1', payload: JSON.stringify({ compression: 'use' }) };
    sent.add(request);
    const body = JSON.stringify({
      success: true,
      data: { jobInfo: [{ id: 1, name: '1 UNION SELECT password_hash FROM users' }] },
    });
    expect(leaksIn(body, request, sent)).toEqual([]);
  });

  it('still finds SQL the requests never sent', () => {
    const sent = new SentStrings();
    const request = { url: '/api/backups/1', payload: JSON.stringify({ compression: 'use' }) };
    sent.add(request);
    expect(leaksIn(JSON.stringify({ error: 'SELECT * FROM users WHERE id = 1' }), request, sent)).toEqual([
      expect.stringMatching(/^SQL text: /),
    ]);
  });
});

describe('Hostile input (property-based, fast-check)', () => {
  let t: TestApp;
  let headers: Record<string, string>;
  let targetId: number;
  const violations: Violation[] = [];
  const sent = new SentStrings();
  const counts: Record<string, { runs: number; byStatus: Record<number, number>; ms: number }> = {};

  beforeAll(async () => {
    t = await createTestApp();
    headers = await t.auth();
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/backups',
      headers,
      payload: {
        center: '1',
        server: 'server-01',
        type: 'full',
        partition: ['/'],
        repository: { type: 'nfs', path: '/backup/server-01' },
        jobName: 'fz-target',
        schedule: { type: 3, basic: { time: '01:00' } },
      },
    });
    expect(created.statusCode).toBe(201);
    targetId = (await t.dataSource.query(`SELECT id FROM backup_jobs WHERE name = 'fz-target_ROOT'`))[0].id;
  });

  afterAll(async () => {
    const summary = Object.entries(counts)
      .map(
        ([route, c]) =>
          `${route}: ${c.runs} runs in ${(c.ms / 1000).toFixed(1)} s, statuses ${JSON.stringify(c.byStatus)}`,
      )
      .join('\n');
    process.stdout.write(`\nhostile input (${onPostgres ? 'PostgreSQL' : 'PGlite'}, seed ${SEED}):\n${summary}\n`);
    await t?.close();
  });

  /** The database state a 4xx must leave alone. */
  const snapshot = async (): Promise<string> => {
    const [row] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM backup_jobs)::int AS jobs, (SELECT count(*) FROM schedules)::int AS schedules,
              (SELECT count(*) FROM runs)::int AS runs,
              (SELECT row_to_json(b)::text FROM backup_jobs b WHERE id = $1) AS target`,
      [targetId],
    );
    return JSON.stringify(row);
  };

  let lastSnapshot: string | undefined;

  /** Sends one request and checks every invariant; records violations instead of throwing. */
  async function probe(
    route: string,
    request: InjectOptions & { url: string },
    fields: Iterable<string>,
    options: { english?: boolean } = {},
  ): Promise<void> {
    lastSnapshot ??= await snapshot();
    const started = Date.now();
    const res = await t.app.inject({
      ...request,
      headers: {
        ...headers,
        ...(request.payload !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(options.english ? { 'accept-language': 'en' } : {}),
      },
    });
    const c = (counts[route] ??= { runs: 0, byStatus: {}, ms: 0 });
    c.runs++;
    c.byStatus[res.statusCode] = (c.byStatus[res.statusCode] ?? 0) + 1;
    c.ms += Date.now() - started;
    const record = (problem: string) =>
      violations.push({
        route,
        problem,
        status: res.statusCode,
        request: `${request.method} ${request.url}${request.payload !== undefined ? ` ${String(request.payload).slice(0, 300)}` : ''}`,
        response: res.body.slice(0, 300),
      });
    const payload = typeof request.payload === 'string' ? request.payload : undefined;
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).join(',');
    if (prototypeKeys !== PROTOTYPE_KEYS || ({} as Record<string, unknown>).polluted !== undefined)
      record(`Object.prototype polluted: ${prototypeKeys}`);
    sent.add({ url: request.url, payload });
    for (const leak of leaksIn(res.body, { url: request.url, payload }, sent)) record(leak);
    if (res.statusCode >= 500) record(`${res.statusCode} answer`);
    if (res.statusCode >= 400 && res.statusCode < 500) {
      let body: unknown;
      try {
        body = res.json();
      } catch {
        record('4xx body is not JSON');
      }
      if (body) {
        const problem = errorContractProblem(body as object, fields, {
          bodyNotAnObject: payload !== undefined && isNonObjectJson(payload),
        });
        if (problem) record(problem);
      }
    }
    const after = request.method === 'GET' ? lastSnapshot : await snapshot();
    if (res.statusCode >= 400 && after !== lastSnapshot)
      record(`written on a ${res.statusCode}: ${lastSnapshot} → ${after}`);
    lastSnapshot = after;
  }

  async function fuzzBodies(
    route: string,
    method: 'POST' | 'PUT',
    url: () => string,
    spec: BodySpec,
    numRuns: number,
  ): Promise<void> {
    await fc.assert(
      fc.asyncProperty(hostileBody(spec), fc.boolean(), async (body, english) => {
        await probe(route, { method, url: url(), payload: body.text }, [...spec.fields, ...jsonKeysOf(body.text)], {
          english,
        });
        return true;
      }),
      { numRuns, seed: SEED, endOnFailure: true },
    );
  }

  /** The violations of some routes as one readable text (undefined when there are none). */
  const describeViolations = (route: string): string | undefined => {
    const mine = violations.filter((v) => v.route === route);
    if (mine.length === 0) return undefined;
    // A few examples per problem (the shortest requests), so the report stays readable.
    const byProblem = new Map<string, Violation[]>();
    for (const v of mine) {
      const key = `${v.status} ${v.problem.replace(/…[\s\S]*$/, '').slice(0, 80)}`;
      byProblem.set(key, [...(byProblem.get(key) ?? []), v]);
    }
    const lines = [...byProblem.values()].map((group) => {
      const examples = [...group].sort((a, b) => a.request.length - b.request.length).slice(0, 4);
      return `- ${group[0].problem} (${group.length}x)\n${examples.map((v) => `    request:  ${v.request}\n    response: ${v.response}`).join('\n')}`;
    });
    return `${mine.length} violations on ${route} (seed ${SEED}, FUZZ_SEED=${SEED} replays):\n${lines.join('\n')}`;
  };
  const report = (...routes: string[]) => {
    const texts = routes.map(describeViolations).filter((t): t is string => t !== undefined);
    if (texts.length > 0) throw new Error(texts.join('\n\n'));
  };

  it(`POST /api/backups: ${runs(4000)} generated bodies`, async () => {
    await fuzzBodies('POST /api/backups', 'POST', () => '/api/backups', backupSpec, runs(4000));
    report('POST /api/backups');
  });

  it(`POST /api/schedules: ${runs(3000)} generated bodies`, async () => {
    await fuzzBodies('POST /api/schedules', 'POST', () => '/api/schedules', scheduleSpec, runs(3000));
    report('POST /api/schedules');
  });

  it(`PUT /api/backups/:id: ${runs(3000)} generated bodies`, async () => {
    await fuzzBodies('PUT /api/backups/:id', 'PUT', () => `/api/backups/${targetId}`, updateSpec, runs(3000));
    report('PUT /api/backups/:id');
  });

  it(`POST /api/backups/:id/runs: ${runs(500)} generated bodies`, async () => {
    await fuzzBodies(
      'POST /api/backups/:id/runs',
      'POST',
      () => `/api/backups/${targetId}/runs`,
      runNowSpec,
      runs(500),
    );
    report('POST /api/backups/:id/runs');
  });

  it('list routes: generated query strings', async () => {
    const names: string[] = [];
    for (const route of LIST_ROUTES) {
      const name = `GET ${route.url(`:${route.param ?? ''}`)}?…`;
      await fc.assert(
        fc.asyncProperty(hostileQuery(route.filters), async (query) => {
          await probe(name, { method: 'GET', url: `${route.url(route.usesDefault ?? '')}?${query}` }, [
            ...route.filters,
            ...(route.param ? [route.param] : []),
            'page',
            'limit',
            'sort',
            ...queryKeys(query),
          ]);
          return true;
        }),
        { numRuns: runs(150), seed: SEED },
      );
      names.push(name);
    }
    report(...names);
  });

  it('routes with a path parameter: generated path values', async () => {
    const names: string[] = [];
    for (const route of [...ITEM_ROUTES, ...LIST_ROUTES.filter((r) => r.param)]) {
      const name = `GET ${route.url(`:${route.param}`)}`;
      await fc.assert(
        fc.asyncProperty(hostilePathValue, async (value) => {
          if (isDotSegment(value)) return true;
          await probe(name, { method: 'GET', url: route.url(value) }, [route.param!]);
          return true;
        }),
        { numRuns: runs(100), seed: SEED },
      );
      names.push(name);
    }
    report(...names);
  });

  describe('cases the generators found (kept as fixed regressions)', () => {
    const valid = {
      center: '1',
      server: 'server-01',
      type: 'full',
      partition: ['/'],
      repository: { type: 'nfs', path: '/backup/server-01' },
    };
    const cases: {
      name: string;
      method: 'GET' | 'POST' | 'PUT';
      url: () => string;
      payload?: string;
      fields: string[];
    }[] = [
      {
        name: 'a body nested 2,000 levels deep',
        method: 'POST',
        url: () => '/api/backups',
        payload: `{"center":${'['.repeat(2000)}${']'.repeat(2000)}}`,
        fields: ['center'],
      },
      {
        name: 'a body that is 2,000 nested arrays',
        method: 'POST',
        url: () => '/api/schedules',
        payload: `${'['.repeat(2000)}${']'.repeat(2000)}`,
        fields: [],
      },
      {
        name: 'a NUL character in a path value',
        method: 'GET',
        url: () => '/api/backups/a%00b',
        fields: ['identifier'],
      },
      {
        name: 'a NUL character in a query filter',
        method: 'GET',
        url: () => '/api/servers?name=a%00b',
        fields: ['name'],
      },
      {
        name: 'a NUL character in a job name',
        method: 'POST',
        url: () => '/api/backups',
        payload: JSON.stringify({ ...valid, jobName: 'nul\u0000name' }),
        fields: ['jobName'],
      },
      {
        name: 'a NUL character in a schedule job name',
        method: 'POST',
        url: () => '/api/schedules',
        payload: JSON.stringify({ center: '1', type: 3, basic: { time: '01:00' }, jobName: 'nul\u0000name' }),
        fields: ['jobName'],
      },
      {
        name: 'a malformed percent-encoding in a path value',
        method: 'GET',
        url: () => '/api/backups/%zz',
        fields: ['identifier'],
      },
      {
        name: 'a path value longer than 100 characters',
        method: 'GET',
        url: () => `/api/backups/${'y'.repeat(150)}`,
        fields: ['identifier'],
      },
      {
        name: 'an array body',
        method: 'POST',
        url: () => '/api/backups',
        payload: JSON.stringify([valid]),
        fields: [],
      },
      { name: 'a string body', method: 'POST', url: () => '/api/schedules', payload: '"center"', fields: [] },
      { name: 'a null body', method: 'PUT', url: () => `/api/backups/${targetId}`, payload: 'null', fields: [] },
      {
        name: 'null for an optional list (excludePartition)',
        method: 'POST',
        url: () => '/api/backups',
        payload: JSON.stringify({ ...valid, jobName: 'null-list', excludePartition: null }),
        fields: ['excludePartition'],
      },
      {
        name: 'null for rotation in an update',
        method: 'PUT',
        url: () => `/api/backups/${targetId}`,
        payload: '{"rotation":null}',
        fields: ['rotation'],
      },
      {
        name: 'null for excludeDir in an update',
        method: 'PUT',
        url: () => `/api/backups/${targetId}`,
        payload: '{"excludeDir":null}',
        fields: ['excludeDir'],
      },
      {
        name: 'null for networkLimit in an update',
        method: 'PUT',
        url: () => `/api/backups/${targetId}`,
        payload: '{"networkLimit":null}',
        fields: ['networkLimit'],
      },
      {
        name: 'null for mailEvent in an update',
        method: 'PUT',
        url: () => `/api/backups/${targetId}`,
        payload: '{"mailEvent":null}',
        fields: ['mailEvent'],
      },
    ];
    it.each(cases.map((c) => [c.name, c]))(
      '%s: no 5xx, the error names the field or the body, nothing written',
      async (name, c) => {
        await probe(`case: ${name}`, { method: c.method, url: c.url(), payload: c.payload }, c.fields);
        report(`case: ${name}`);
      },
    );
  });

  it('is still up and healthy after all of it', async () => {
    const health = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);
    expect(Object.getOwnPropertyNames(Object.prototype).join(',')).toBe(PROTOTYPE_KEYS);
  });
});
