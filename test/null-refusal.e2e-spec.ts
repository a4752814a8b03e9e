import { openApiDocument } from './support/openapi-contract';
import { createTestApp, TestApp } from './support/test-app';

type Schema = {
  $ref?: string;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  nullable?: boolean;
  type?: string;
  required?: string[];
  properties?: Record<string, Schema>;
};
interface Operation {
  requestBody?: { content?: Record<string, { schema: Schema }> };
  'x-required-role'?: string;
}

/**
 * Issue 24.3 — `null` is a value, not an omission: every optional body field the document does not
 * mark nullable refuses `{"field": null}` with 400 naming the field (`POST /api/users {"role": null}`
 * used to create a viewer), and every field it marks nullable still takes null. openapi.json is
 * walked, so a new DTO field is covered the day the contract is regenerated.
 */
describe('Optional fields refuse null unless documented nullable', () => {
  let t: TestApp;
  let cases: { method: string; path: string; field: string; nullable: boolean; agent: boolean }[];
  let user: Record<string, string>;
  let agent: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    user = await t.auth();
    const registered = await t.app.inject({
      method: 'POST',
      url: '/api/agents',
      headers: user,
      payload: { server: 'source-centos7-bios (192.168.2.104)' },
    });
    agent = { authorization: `Bearer ${registered.json().data.token as string}` };
    // The committed contract (built with the Swagger plugin, which documents every DTO field).
    const doc = openApiDocument() as unknown as {
      paths: Record<string, Record<string, Operation>>;
      components: { schemas: Record<string, Schema> };
    };
    const resolve = (schema: Schema): Schema => {
      if (schema.$ref) return resolve(doc.components.schemas[schema.$ref.split('/').pop()!]);
      if (schema.allOf?.length === 1) return resolve(schema.allOf[0]);
      return schema;
    };
    const isNullable = (schema: Schema): boolean =>
      Boolean(schema.nullable) ||
      schema.type === 'null' ||
      [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].some(isNullable) ||
      (schema.$ref !== undefined && isNullable(resolve(schema)));
    cases = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).flatMap(([method, op]) => {
        const schema = op.requestBody?.content?.['application/json']?.schema;
        if (!schema) return [];
        const body = resolve(schema);
        const required = new Set(body.required ?? []);
        return Object.entries(body.properties ?? {})
          .filter(([field]) => !required.has(field))
          .map(([field, property]) => ({
            method: method.toUpperCase(),
            path,
            field,
            nullable: isNullable(property),
            agent: path.startsWith('/api/agent/'),
          }));
      }),
    );
  });
  afterAll(() => t?.close());

  /** The fields a 400 names: its `detail` entries, else the one its message starts with. */
  const namedFields = (body: { error: string; detail?: { field: string }[] }) =>
    body.detail ? body.detail.map((d) => d.field) : [body.error.split(/[\s:]/)[0]];

  it('finds the optional body fields in the document', () => {
    expect(cases.length).toBeGreaterThan(40);
    expect(cases).toContainEqual(expect.objectContaining({ path: '/api/users', field: 'role', nullable: false }));
    expect(cases).toContainEqual(
      expect.objectContaining({ path: '/api/backups/{identifier}', field: 'schedule', nullable: true }),
    );
  });

  it('answers 400 naming the field for null in an optional non-nullable field, and takes null where documented', async () => {
    const problems: string[] = [];
    for (const c of cases) {
      const url = c.path.replace(/\{\w+\}/g, '999999');
      const res = await t.app.inject({
        method: c.method as 'POST',
        url,
        headers: { ...(c.agent ? agent : user), 'accept-language': 'en' },
        payload: { [c.field]: null },
      });
      const named = res.statusCode === 400 ? namedFields(res.json()) : [];
      const namesField = named.some((f) => f === c.field || f.startsWith(`${c.field}.`) || f.startsWith(`${c.field}[`));
      if (!c.nullable && !namesField)
        problems.push(`${c.method} ${c.path} {${c.field}: null} → ${res.statusCode} ${res.body}`);
      if (c.nullable && namesField) problems.push(`${c.method} ${c.path} {${c.field}: null} (nullable) → ${res.body}`);
    }
    expect(problems).toEqual([]);
  });

  it('refuses POST /api/users {"role": null} and creates nobody', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: user,
      payload: { email: 'null-role@zdm.test', userName: 'null-role', password: 'null-role-password', role: null },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      success: false,
      code: 'VALIDATION_ERROR',
      error: 'role은(는) viewer, operator, admin 중 하나여야 합니다.',
    });
    expect(await t.dataSource.query("SELECT id FROM users WHERE email = 'null-role@zdm.test'")).toEqual([]);
  });
});
