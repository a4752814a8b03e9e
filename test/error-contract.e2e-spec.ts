import { ERROR_CODE_VALUES, ERROR_CODES, ErrorCode, ISO_TIMESTAMP_PATTERN, LOCAL_TIMESTAMP_PATTERN } from '@zdm/common';
import { openApiDocument } from './support/openapi-contract';
import { createTestApp, TestApp } from './support/test-app';

/**
 * The error contract and the timestamp rule of spec §16, over the generated document and real
 * answers: `code` is the `ErrorCode` enum of the one table, each error status of each operation has
 * its own example, 414 is documented where a path parameter is, and every timestamp is the local
 * style of §1 or ISO-8601 with an offset. (Every answer of every e2e suite is also checked against
 * the document, patterns and enums included: test/support/openapi-contract.ts.)
 */
type Schema = Record<string, unknown> & { properties?: Record<string, Schema>; $ref?: string };
interface Media {
  schema?: Schema;
  example?: unknown;
  examples?: Record<string, { value: unknown }>;
}
interface Operation {
  operationId: string;
  parameters?: { in: string; name: string }[];
  responses: Record<string, { description: string; content?: Record<string, Media> }>;
}

const doc = openApiDocument() as unknown as {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};
const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, operation]) => ({ key: `${method.toUpperCase()} ${path}`, path, operation })),
);
const exampleCode = (example: unknown): string | undefined => {
  const body = example as { code?: string; error?: { code?: string } | string };
  return body.code ?? (typeof body.error === 'object' ? body.error.code : undefined);
};

describe('the error contract in openapi.json (spec §16)', () => {
  it('types `code` as the ErrorCode enum, which is exactly the table of libs/common', () => {
    expect(doc.components.schemas.ErrorCode).toMatchObject({ type: 'string', enum: ERROR_CODE_VALUES });
    expect(doc.components.schemas.ErrorEnvelope.properties?.code).toMatchObject({
      allOf: [{ $ref: '#/components/schemas/ErrorCode' }],
    });
    expect(doc.components.schemas.ErrorCodeAndMessage.properties?.code).toMatchObject({
      allOf: [{ $ref: '#/components/schemas/ErrorCode' }],
    });
  });

  it('gives every error status of every operation its own example, with a code the table sends with that status', () => {
    const problems: string[] = [];
    for (const { key, operation } of operations) {
      const seen = new Map<string, string>();
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) < 400) continue;
        const media = response.content?.['application/json'];
        const examples = [
          ...(media?.example !== undefined ? [media.example] : []),
          ...Object.values(media?.examples ?? {}).map((e) => e.value),
        ];
        if (examples.length === 0) problems.push(`${key} ${status}: no example`);
        for (const example of examples) {
          const code = exampleCode(example) as ErrorCode | undefined;
          if (!code || !(ERROR_CODES[code]?.statuses as readonly number[] | undefined)?.includes(Number(status)))
            problems.push(`${key} ${status}: example code ${code} is not sent with ${status}`);
          const text = JSON.stringify(example);
          if (seen.has(text)) problems.push(`${key} ${status}: the same example as ${seen.get(text)}`);
          seen.set(text, status);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('shows an auth failure under 401, a role under 403 and the thing of the path under 404', () => {
    const example = (path: string, method: string, status: number) =>
      doc.paths[path][method].responses[status].content?.['application/json'].example as Record<string, unknown>;
    expect(example('/api/backups/{identifier}', 'get', 401)).toMatchObject({ code: 'UNAUTHORIZED' });
    expect(example('/api/users', 'post', 403)).toMatchObject({
      code: 'FORBIDDEN',
      error: '이 작업에는 admin 권한이 필요합니다.',
    });
    expect(example('/api/backups/{identifier}', 'get', 404)).toMatchObject({
      code: 'NOT_FOUND',
      error: "identifier: 백업 작업 'web01_C'을(를) 찾을 수 없습니다.",
    });
    expect(example('/api/servers/{identifier}', 'get', 404).error).toContain('서버');
    expect(example('/api/runs/{id}', 'get', 404).error).toContain('실행');
    expect(example('/api/images/{image}', 'delete', 404).error).toContain('이미지');
    expect(example('/api/backups/{identifier}/runs', 'post', 409)).toMatchObject({ code: 'JOB_ALREADY_RUNNING' });
    expect(example('/api/backups/images/server/{serverName}', 'get', 401)).toMatchObject({
      error: { code: 'UNAUTHORIZED' },
    });
  });

  it('documents 414 on every operation with a path parameter', () => {
    const missing = operations
      .filter(({ path }) => path.includes('{'))
      .filter(({ operation }) => operation.responses['414'] === undefined)
      .map(({ key }) => key);
    expect(missing).toEqual([]);
  });
});

describe('timestamps in openapi.json (spec §16)', () => {
  const ISO_UTC_PATTERN = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$';
  const LOCAL_OR_DASH = '^(-|\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2})$';
  /** An image header's `time`: the seed's local string, exactly as the header states it. */
  const HEADER_TIMES = [
    'ImageView.time',
    'RetentionItemView.time',
    'RestorePointView.time',
    'CatalogImageView.time',
    'ClaimedImageView.time',
  ];
  const timestampName = /(At|Time|^time|^timestamp)$/;

  const properties = Object.entries(doc.components.schemas).flatMap(([name, schema]) =>
    Object.entries(schema.properties ?? {}).map(([property, s]) => ({ at: `${name}.${property}`, property, s })),
  );
  const shapeOf = (s: Schema): string => {
    const target = s.$ref ? doc.components.schemas[s.$ref.split('/').pop()!] : s;
    if (target.format === 'date-time')
      return [ISO_TIMESTAMP_PATTERN, ISO_UTC_PATTERN].includes(String(target.pattern))
        ? 'iso'
        : 'date-time without offset';
    if (target.pattern === LOCAL_TIMESTAMP_PATTERN || target.pattern === LOCAL_OR_DASH) return 'local';
    if (Array.isArray(target.oneOf)) return 'local'; // `YYYY-MM-DD HH:mm:ss` | `-` of the seeds (checked below)
    return 'undocumented';
  };

  it('types every `date-time` as ISO-8601 with an offset, never a local time', () => {
    const dateTimes: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${at}/${i}`));
      if (!node || typeof node !== 'object') return;
      const schema = node as Schema;
      if (schema.format === 'date-time') dateTimes.push(`${at} ${String(schema.pattern)}`);
      for (const [k, v] of Object.entries(schema)) walk(v, `${at}/${k}`);
    };
    walk(doc, '');
    expect(dateTimes.length).toBeGreaterThan(5);
    const offsetPatterns = [ISO_TIMESTAMP_PATTERN, ISO_UTC_PATTERN];
    expect(dateTimes.filter((d) => !offsetPatterns.some((p) => d.endsWith(` ${p}`)))).toEqual([]);
    for (const sample of ['2026-01-09T10:30:00Z', '2026-01-09T10:30:00.123Z', '2026-01-25T12:00:00+09:00'])
      expect(sample).toMatch(new RegExp(ISO_TIMESTAMP_PATTERN));
    for (const sample of ['2026-01-09T10:30:00', '2026-01-09 19:30:00'])
      expect(sample).not.toMatch(new RegExp(ISO_TIMESTAMP_PATTERN));
  });

  it('documents every timestamp property as the local style or ISO with offset; image header times keep the seed’s string', () => {
    const shapes = properties
      .filter(({ property, s }) => timestampName.test(property) || s.format === 'date-time')
      // Not timestamps: a schedule's `HH:mm`, a job status's `{ start, elapsed, end }` (local, checked as
      // JobStatusTimeView.start/end), and `nextRunAt` of a schedule (ISO with offset or `-`, its own pattern).
      .filter(({ at }) => !['ScheduleFieldsDto.time', 'JobStatusView.time', 'ScheduleView.nextRunAt'].includes(at))
      .map(({ at, s }) => ({ at, shape: HEADER_TIMES.includes(at) ? `header:${shapeOf(s)}` : shapeOf(s) }));
    expect(shapes.filter((s) => !['iso', 'local', 'header:undocumented'].includes(s.shape))).toEqual([]);
    expect(shapes.filter((s) => s.at.startsWith('ImageView.'))).toEqual([
      { at: 'ImageView.time', shape: 'header:undocumented' },
    ]);
  });
});

describe('real answers: error codes and timestamps (spec §16)', () => {
  let t: TestApp;
  const LOCAL = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
  const ISO = new RegExp(ISO_TIMESTAMP_PATTERN);
  beforeAll(async () => {
    t = await createTestApp({ BODY_LIMIT_BYTES: '2048' });
  }, 60_000);
  afterAll(() => t.close());

  it('sends only codes of the ErrorCode enum, each with the status the table gives it', async () => {
    const auth = await t.auth();
    const long = 'x'.repeat(1100);
    const viewer = { email: 'viewer@zdm.test', password: 'viewer-password-1' };
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: auth,
      payload: { ...viewer, userName: 'viewer', role: 'viewer' },
    });
    expect(created.statusCode).toBe(201);
    const issued = await t.app.inject({ method: 'POST', url: '/api/auth/issue', payload: viewer });
    const viewerAuth = { authorization: `Bearer ${(issued.json() as { data: { token: string } }).data.token}` };
    const answers = await Promise.all([
      t.app.inject({ method: 'POST', url: '/api/servers', headers: auth, payload: { colour: 'red' } }),
      t.app.inject({ method: 'GET', url: '/api/servers' }),
      t.app.inject({ method: 'GET', url: '/api/servers', headers: { authorization: 'Bearer not-a-token' } }),
      t.app.inject({ method: 'POST', url: '/api/zdms', headers: viewerAuth, payload: { name: 'nope' } }),
      t.app.inject({ method: 'GET', url: '/api/no-such-route', headers: auth }),
      t.app.inject({ method: 'GET', url: '/api/backups/424242', headers: auth }),
      t.app.inject({ method: 'POST', url: '/api/servers', headers: auth, payload: { name: 'x'.repeat(4000) } }),
      t.app.inject({ method: 'GET', url: `/api/servers/${long}`, headers: auth }),
      t.app.inject({
        method: 'POST',
        url: '/api/servers',
        headers: { ...auth, 'content-type': 'text/plain' },
        payload: 'x',
      }),
      t.app.inject({ method: 'GET', url: '/api/servers/%zz', headers: auth }),
      t.app.inject({
        method: 'POST',
        url: '/api/auth/issue',
        payload: { email: 'nobody@zdm.test', password: 'wrong-password' },
      }),
    ]);
    const seen = answers.map((res) => {
      const body = res.json() as { code?: string; error: unknown };
      return { status: res.statusCode, code: body.code as ErrorCode };
    });
    expect(seen.map((s) => s.status)).toEqual([400, 401, 401, 403, 404, 404, 413, 414, 415, 400, 404]);
    for (const { status, code } of seen) {
      expect({ status, code, known: ERROR_CODE_VALUES.includes(code) }).toEqual({ status, code, known: true });
      expect(ERROR_CODES[code].statuses).toContain(status);
    }
  });

  it('answers a too-long path parameter of the images route with 414 in that route’s own envelope', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/backups/images/server/${'x'.repeat(1100)}`,
      headers: await t.auth(),
    });
    expect(res.statusCode).toBe(414);
    expect(res.json()).toEqual({
      success: false,
      requestID: expect.any(String),
      error: { code: 'URI_TOO_LONG', message: 'path: 경로 파라미터가 너무 깁니다. (최대 1024자)' },
      timestamp: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
    });
  });

  it('prints every timestamp of runs, jobs, agents, audit, users, schedules and notifications in one of the two shapes', async () => {
    const auth = await t.auth();
    const call = async (method: 'GET' | 'POST', url: string, payload?: object) => {
      const res = await t.app.inject({ method, url, headers: auth, ...(payload ? { payload } : {}) });
      expect({ url, status: res.statusCode < 300 }).toEqual({ url, status: true });
      return res.json() as { data: unknown; timestamp: string };
    };
    const registered = (await call('POST', '/api/backups', {
      center: '1',
      server: 'server-01',
      repository: { type: 'nfs', path: '/backup' },
      type: 'full',
      jobName: 'stamps',
      partition: ['/'],
    })) as { data: { results: { jobName: string }[] } };
    const jobName = registered.data.results[0].jobName;
    const run = (await call('POST', `/api/backups/${encodeURIComponent(jobName)}/runs`, {})) as {
      data: { id: number };
    };
    const agent = (await call('POST', '/api/agents', { server: 'server-01' })) as { data: { token: string } };
    const heartbeat = await t.app.inject({
      method: 'POST',
      url: '/api/agent/heartbeat',
      headers: { authorization: `Bearer ${agent.data.token}` },
      payload: {},
    });
    expect(heartbeat.statusCode).toBe(200);
    const claim = await t.app.inject({
      method: 'POST',
      url: '/api/agent/runs/claim',
      headers: { authorization: `Bearer ${agent.data.token}` },
      payload: {},
    });
    await call('POST', '/api/notifications/channels', {
      type: 'webhook',
      target: 'https://hooks.example.com/zdm',
      events: ['run.failed'],
    }).catch(() => undefined);
    const bodies = [
      heartbeat.json(),
      claim.json(),
      await call('GET', `/api/runs/${run.data.id}`),
      await call('GET', `/api/runs/${run.data.id}/log`),
      await call('GET', `/api/backups/${encodeURIComponent(jobName)}/runs`),
      await call('GET', `/api/backups/${encodeURIComponent(jobName)}`),
      await call('GET', '/api/backups/monitoring'),
      await call('GET', '/api/agents'),
      await call('GET', '/api/audit'),
      await call('GET', '/api/users'),
      await call('GET', '/api/zdms'),
      await call('GET', '/api/schedules'),
      await call('GET', '/api/notifications/channels'),
      await call('GET', '/api/notifications/deliveries'),
    ];
    const stamps: { key: string; value: string }[] = [];
    const walk = (node: unknown, key: string): void => {
      if (Array.isArray(node)) return node.forEach((n) => walk(n, key));
      if (node && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) walk(v, k);
        return;
      }
      if (typeof node === 'string' && /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(node)) stamps.push({ key, value: node });
    };
    bodies.forEach((body) => walk(body, 'body'));
    expect(stamps.length).toBeGreaterThan(20);
    // The claim's image `time` is the seed's header string (local style); everything else is one of the two shapes.
    expect(stamps.filter(({ value }) => !LOCAL.test(value) && !ISO.test(value))).toEqual([]);
    expect(
      stamps.filter(({ key }) => ['serverTime', 'leaseExpiresAt'].includes(key)).every(({ value }) => ISO.test(value)),
    ).toBe(true);
  });
});
