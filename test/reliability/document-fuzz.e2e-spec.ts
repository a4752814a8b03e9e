import fc from 'fast-check';
import { errorContractProblem, jsonKeysOf, leaksIn } from '../support/hostile-input';
import { checkAnswer, openApiDocument } from '../support/openapi-contract';
import { Components, mutationOf, resolveSchema, Schema, valueOf } from '../support/schema-arbitrary';
import { createTestApp, TestApp } from '../support/test-app';

/**
 * Issue 10 — the hostile-input generators derived from openapi.json itself: for every operation,
 * schema-valid path values, query strings and bodies, and mutations of them (a required key
 * dropped, a wrong type, an unknown key). Invariants per answer: never a 5xx; the status is one
 * the document lists for that operation and the body matches it (so a schema-valid request is
 * accepted unless a documented 4xx says why); a 400 names a field; nothing is written on a 4xx; no
 * stack, SQL or hash leaks. A new route or field is fuzzed without anyone writing a generator.
 *
 * Runs: FUZZ_RUNS requests of each kind per operation (default 12 on PGlite, 20 on PostgreSQL);
 * FUZZ_SEED replays a run.
 */
const onPostgres = Boolean(process.env.DATABASE_URL);
const RUNS = Number(process.env.FUZZ_RUNS ?? (onPostgres ? 20 : 12));
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));

jest.setTimeout(600_000);

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  security?: unknown[];
}
interface Request {
  url: string;
  payload?: unknown;
  fields: string[];
  kind: 'valid' | 'mutated';
}

const doc = openApiDocument() as unknown as {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Components };
};
const components = doc.components.schemas;
/** Every parameter name of the document (a message may cite one: `serverName` on the route without it). */
const PARAMETER_NAMES = [
  ...new Set(
    Object.values(doc.paths).flatMap((item) =>
      Object.values(item).flatMap((o) => (o.parameters ?? []).map((p) => p.name)),
    ),
  ),
];
const takesAgentToken = (operation: Operation) => operation.security?.some((s) => 'agent' in (s as object)) ?? false;
// The agent protocol's operations first: the others (deleting servers, agents, changing users) would
// otherwise take away the agents and the admin token they are fuzzed with.
const operations = Object.entries(doc.paths)
  .flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ method: method.toUpperCase(), path, operation })),
  )
  .sort((a, b) => Number(takesAgentToken(b.operation)) - Number(takesAgentToken(a.operation)));

/** Top-level property names of an operation's body (a missing required one is named in the 400). */
function bodyPropertyNames(operation: Operation): string[] {
  const schema = operation.requestBody?.content['application/json']?.schema;
  return schema ? Object.keys(resolveSchema(schema, components).properties ?? {}) : [];
}

/**
 * A valid long-poll `wait` (claimAgentRun, up to 30 s) really waits while nothing is queued: such a
 * request is sent with a wait of 1 s so the suite stays fast; every other value goes as generated.
 */
function longPollShortened(operation: Operation, payload: unknown): unknown {
  if (operation.operationId !== 'claimAgentRun' || !payload || typeof payload !== 'object') return payload;
  const wait = (payload as { wait?: unknown }).wait;
  return typeof wait === 'number' && Number.isInteger(wait) && wait > 1 && wait <= 30
    ? { ...payload, wait: 1 }
    : payload;
}

function requestsFor(path: string, operation: Operation): fc.Arbitrary<Request> {
  const params = operation.parameters ?? [];
  const pathParams = params.filter((p) => p.in === 'path');
  const queryParams = params.filter((p) => p.in === 'query');
  const pathValues = fc.record(
    Object.fromEntries(
      pathParams.map((p) => [
        p.name,
        fc.oneof(
          fc.constant('1'),
          valueOf(p.schema ?? { type: 'string', minLength: 1 }, components)
            .map(String)
            // `.` and `..` are dot segments: every URL parser (fetch, light-my-request) removes them, so
            // they address another path and can never reach this operation as a parameter value.
            .filter((v) => v !== '.' && v !== '..'),
        ),
      ]),
    ),
  );
  const query = fc.record(
    Object.fromEntries(queryParams.map((p) => [p.name, valueOf(p.schema ?? { type: 'string' }, components)])),
    { requiredKeys: queryParams.filter((p) => p.required).map((p) => p.name) },
  );
  const bodySchema = operation.requestBody?.content['application/json']?.schema;
  const body: fc.Arbitrary<{ payload?: unknown; field?: string; kind: Request['kind'] }> = bodySchema
    ? fc.oneof(
        valueOf(bodySchema, components).map((payload) => ({ payload, kind: 'valid' as const })),
        mutationOf(bodySchema, components).map(({ value, field }) => ({
          payload: value,
          field,
          kind: 'mutated' as const,
        })),
      )
    : fc.constant({ kind: 'valid' as const });
  return fc.tuple(pathValues, query, body).map(([pv, q, b]) => {
    const url = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(pv[name] ?? '1')));
    const search = new URLSearchParams(
      Object.entries(q)
        .filter(([, v]) => v !== undefined && v !== null)
        .map(([k, v]): [string, string] => [k, typeof v === 'object' ? JSON.stringify(v) : String(v)]),
    ).toString();
    return {
      url: search ? `${url}?${search}` : url,
      ...(b.payload !== undefined ? { payload: longPollShortened(operation, b.payload) } : {}),
      fields: [...Object.keys(q), ...pathParams.map((p) => p.name), ...(b.field ? [b.field] : [])],
      kind: b.kind,
    };
  });
}

describe('Hostile input derived from openapi.json', () => {
  let t: TestApp;
  let headers: Record<string, string>;
  /** Agent tokens registered before any fuzzing. */
  const agentTokens: string[] = [];
  const violations: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    headers = await t.auth();
    const server = (await t.dataSource.query('SELECT name FROM servers ORDER BY id LIMIT 1'))[0].name as string;
    for (let i = 0; i < 20; i++) {
      const agent = await t.app.inject({ method: 'POST', url: '/api/agents', headers, payload: { server } });
      expect(agent.statusCode).toBe(201);
      agentTokens.push(agent.json().data.token as string);
    }
  });

  /**
   * For operations whose document says `security: [{ agent: [] }]` (the agent protocol, fuzzed
   * first): the first agent token that still works.
   */
  const agentHeaders = async () => {
    for (const token of agentTokens) {
      const authorization = `Bearer ${token}`;
      const beat = await t.app.inject({
        method: 'POST',
        url: '/api/agent/heartbeat',
        headers: { authorization },
        payload: {},
      });
      if (beat.statusCode === 200) return { authorization };
    }
    throw new Error('no agent token of the fuzzer works any more');
  };
  afterAll(() => t.close());

  const counts = async () =>
    JSON.stringify(
      await t.dataSource.query(
        `SELECT (SELECT count(*) FROM backup_jobs)::int AS jobs, (SELECT count(*) FROM schedules)::int AS schedules,
                (SELECT count(*) FROM servers)::int AS servers, (SELECT count(*) FROM partitions)::int AS partitions,
                (SELECT count(*) FROM centers)::int AS centers, (SELECT count(*) FROM users)::int AS users,
                (SELECT count(*) FROM repositories)::int AS repositories, (SELECT count(*) FROM runs)::int AS runs,
                (SELECT count(*) FROM run_log)::int AS run_log, (SELECT count(*) FROM agents)::int AS agents`,
      ),
    );

  it('covers every documented operation', () => {
    expect(operations.length).toBeGreaterThanOrEqual(30);
  });

  it.each(operations.map((o) => [`${o.method} ${o.path}`, o] as const))(
    '%s: no 5xx, documented answers, 400s name a field, nothing written on a 4xx',
    async (key, { method, path, operation }) => {
      const samples = fc.sample(requestsFor(path, operation), { numRuns: RUNS, seed: SEED });
      const auth = takesAgentToken(operation) ? await agentHeaders() : headers;
      for (const request of samples) {
        const payload = request.payload === undefined ? undefined : JSON.stringify(request.payload);
        const before = await counts();
        const res = await t.app.inject({
          method: method as 'GET',
          url: request.url,
          headers: { ...auth, ...(payload !== undefined ? { 'content-type': 'application/json' } : {}) },
          ...(payload !== undefined ? { payload } : {}),
        });
        const where = `${key} (${request.kind}) ${request.url} ${payload?.slice(0, 300) ?? ''} → ${res.statusCode}`;
        const routeUrl = path.replace(/\{(\w+)\}/g, ':$1');
        const problem = checkAnswer(method, routeUrl, res.statusCode, res.body);
        if (res.statusCode >= 500) violations.push(`${where}: a 5xx: ${res.body.slice(0, 300)}`);
        if (problem) violations.push(`${where}: ${problem}`);
        if (res.statusCode >= 400 && res.statusCode < 500 && (await counts()) !== before) {
          violations.push(`${where}: a ${res.statusCode} wrote rows`);
        }
        if (res.statusCode === 400) {
          const names = [
            ...request.fields,
            ...(payload ? jsonKeysOf(payload) : []),
            ...PARAMETER_NAMES,
            ...bodyPropertyNames(operation),
            'body',
            'path',
          ];
          const contract = errorContractProblem(res.json(), names, {
            bodyNotAnObject: request.payload !== undefined && typeof request.payload !== 'object',
          });
          if (contract) violations.push(`${where}: ${contract}`);
        }
        for (const leak of leaksIn(res.body, { url: request.url, payload })) violations.push(`${where}: leaks ${leak}`);
      }
      if (violations.length > 0) {
        throw new Error(`FUZZ_SEED=${SEED}\n  - ${violations.splice(0).slice(0, 20).join('\n  - ')}`);
      }
    },
  );
});
