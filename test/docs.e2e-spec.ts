import { createTestApp, TestApp } from './support/test-app';

/** What a user sees in Swagger UI works when they press "Try it out". */
describe('OpenAPI document: seed examples', () => {
  let t: TestApp;
  let doc: {
    paths: Record<
      string,
      Record<string, { requestBody?: { content: Record<string, { examples?: Record<string, { value: unknown }> }> } }>
    >;
  };
  beforeAll(async () => {
    t = await createTestApp();
    doc = (await t.app.inject({ method: 'GET', url: '/api/docs-json' })).json();
  });
  afterAll(() => t.close());

  it('documents bearer auth on protected routes and the seed examples of POST /api/backups', () => {
    const examples = doc.paths['/api/backups'].post.requestBody!.content['application/json'].examples!;
    expect(Object.keys(examples)).toEqual(['basic', 'withSchedule', 'individual', 'monthlySchedule']);
  });

  it('registers every documented POST /api/backups example with 201', async () => {
    const headers = await t.auth();
    const examples = doc.paths['/api/backups'].post.requestBody!.content['application/json'].examples!;
    for (const [name, example] of Object.entries(examples)) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/backups',
        headers,
        payload: example.value as object,
      });
      expect({ name, status: res.statusCode, body: res.json().data?.summary }).toEqual({
        name,
        status: 201,
        body: expect.objectContaining({ failed: 0 }),
      });
    }
  });

  it('registers every documented POST /api/schedules example with 201', async () => {
    const headers = await t.auth();
    const examples = doc.paths['/api/schedules'].post.requestBody!.content['application/json'].examples!;
    expect(Object.keys(examples).length).toBeGreaterThanOrEqual(4);
    for (const [name, example] of Object.entries(examples)) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/schedules',
        headers,
        payload: example.value as object,
      });
      expect({ name, status: res.statusCode }).toEqual({ name, status: 201 });
    }
  });
});
