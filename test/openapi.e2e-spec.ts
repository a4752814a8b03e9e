import { compileDocumentSchema, checkAnswer, checkedAnswers, openApiDocument } from './support/openapi-contract';
import { createTestApp, TestApp } from './support/test-app';

/** openapi.json is a contract (spec §11): names, security, examples, and the answer check itself. */
interface Operation {
  operationId?: string;
  summary?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: { name: string; in: string; required?: boolean }[];
  requestBody?: { content: Record<string, { schema: unknown; examples?: Record<string, { value: unknown }> }> };
  responses: Record<
    string,
    { content?: Record<string, { schema: unknown; example?: unknown; examples?: Record<string, { value: unknown }> }> }
  >;
}

const doc = openApiDocument() as unknown as {
  servers: { url: string }[];
  tags: { name: string }[];
  paths: Record<string, Record<string, Operation>>;
};
const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, operation]) => ({ key: `${method.toUpperCase()} ${path}`, operation })),
);
const PUBLIC = ['POST /api/auth/issue', 'GET /api/health', 'GET /api/health/live', 'GET /api/health/ready'];

describe('openapi.json', () => {
  it('names every operation as a call, once, with a summary and a declared tag', () => {
    const ids = operations.map((o) => o.operation.operationId);
    expect(ids.filter((id) => !/^[a-z][A-Za-z0-9]+$/.test(id ?? ''))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(operations.filter((o) => !o.operation.summary).map((o) => o.key)).toEqual([]);
    const declared = new Set(doc.tags.map((t) => t.name));
    expect(operations.flatMap((o) => o.operation.tags ?? []).filter((t) => !declared.has(t))).toEqual([]);
    expect(ids).toEqual(expect.arrayContaining(['issueToken', 'registerBackupJobs', 'listServerImages']));
  });

  it('lists / as its server, says security: [] on public routes, agent on the agent protocol, bearer on the rest', () => {
    expect(doc.servers).toEqual([{ url: '/' }]);
    for (const { key, operation } of operations) {
      expect({ key, security: operation.security }).toEqual({
        key,
        security: PUBLIC.includes(key) ? [] : key.startsWith('POST /api/agent/') ? [{ agent: [] }] : [{ bearer: [] }],
      });
    }
  });

  it('requires no Accept-Language header anywhere', () => {
    const languageParameters = operations.flatMap((o) =>
      (o.operation.parameters ?? []).filter((p) => p.in === 'header' && p.name.toLowerCase() === 'accept-language'),
    );
    expect(languageParameters.filter((p) => p.required)).toEqual([]);
  });

  it('documents an error envelope for 400, 500 and 503 on every operation and 401 on protected ones', () => {
    for (const { key, operation } of operations) {
      const statuses = Object.keys(operation.responses);
      expect({ key, statuses }).toEqual({
        key,
        statuses: expect.arrayContaining(PUBLIC.includes(key) ? ['400', '500', '503'] : ['400', '401', '500', '503']),
      });
    }
  });

  it('has examples that validate against their own schemas', () => {
    const problems: string[] = [];
    for (const { key, operation } of operations) {
      const media = [
        ...Object.values(operation.requestBody?.content ?? {}).map((m) => ({ where: 'request', m })),
        ...Object.entries(operation.responses).flatMap(([status, r]) =>
          Object.values(r.content ?? {}).map((m) => ({ where: status, m })),
        ),
      ];
      for (const { where, m } of media) {
        const validate = compileDocumentSchema(m.schema);
        const examples = [
          ...('example' in m && m.example !== undefined ? [['example', m.example] as const] : []),
          ...Object.entries(m.examples ?? {}).map(([name, e]) => [name, e.value] as const),
        ];
        for (const [name, value] of examples) {
          if (!validate(value))
            problems.push(`${key} ${where} ${name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('has property examples that validate against their property schemas', () => {
    const { components } = openApiDocument() as unknown as {
      components: { schemas: Record<string, { properties?: Record<string, { example?: unknown }> }> };
    };
    const problems: string[] = [];
    for (const [name, schema] of Object.entries(components.schemas)) {
      for (const [property, propertySchema] of Object.entries(schema.properties ?? {})) {
        if (propertySchema.example === undefined) continue;
        const validate = compileDocumentSchema(propertySchema);
        if (!validate(propertySchema.example)) problems.push(`${name}.${property}: ${JSON.stringify(validate.errors)}`);
      }
    }
    expect(problems).toEqual([]);
  });
  it('keeps inline objects with their own required list among the required properties of their parent', () => {
    // @ApiProperty({ required: [...] }) describes the inner object; without `selfRequired: true` the
    // Swagger plugin also drops the property from its parent's `required` (a client then types it optional).
    const { components } = openApiDocument() as unknown as {
      components: {
        schemas: Record<string, { required?: string[]; properties?: Record<string, { required?: unknown }> }>;
      };
    };
    const dropped = Object.entries(components.schemas).flatMap(([name, schema]) =>
      Object.entries(schema.properties ?? {})
        .filter(([property, p]) => Array.isArray(p.required) && !(schema.required ?? []).includes(property))
        .map(([property]) => `${name}.${property}`),
    );
    expect(dropped).toEqual([]);
  });

  it('types whole numbers as integer: `number` only where a fraction is meant', () => {
    const numbers: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${at}/${i}`));
      if (!node || typeof node !== 'object') return;
      if ((node as { type?: unknown }).type === 'number') numbers.push(at);
      for (const [key, value] of Object.entries(node)) walk(value, `${at}/${key}`);
    };
    walk(openApiDocument(), '');
    expect(numbers.sort()).toEqual([
      // a validation error's `detail` may carry any rejected value; an update reports any previous/new value
      '/components/schemas/ErrorEnvelope/properties/detail/oneOf/3',
      // progress in percent takes fractions (42.5)
      '/components/schemas/RunProgressDto/properties/percent',
      '/components/schemas/RunProgressView/properties/percent',
      '/components/schemas/UpdatedField/properties/new/oneOf/1',
      '/components/schemas/UpdatedField/properties/previous/oneOf/1',
    ]);
  });
});

describe('the answer check of the e2e suites (test/support/openapi-contract.ts)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('checks every answer: an undocumented status or a body off the schema is a violation', async () => {
    const before = checkedAnswers();
    const res = await t.app.inject({ method: 'GET', url: '/api/servers', headers: await t.auth() });
    expect(res.statusCode).toBe(200);
    expect(checkedAnswers()).toBeGreaterThan(before);
    expect(checkAnswer('GET', '/api/servers', 200, res.body)).toBeUndefined();
    expect(checkAnswer('GET', '/api/servers', 418, '{}')).toMatch(/status 418 is not documented/);
    expect(checkAnswer('GET', '/api/servers', 200, '{"success":true}')).toMatch(/does not match the document/);
    expect(checkAnswer('GET', '/api/not-a-route', 200, '{}')).toMatch(/not in openapi.json/);
  });
});
