import { createTestApp, LOCAL_TIMESTAMP, REQUEST_ID, TestApp } from './support/test-app';

describe('HTTP platform', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers every route under /api and /api/v1', async () => {
    const headers = await t.auth();
    for (const url of ['/api/servers', '/api/v1/servers']) {
      const res = await t.app.inject({ method: 'GET', url, headers });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({
        success: true,
        requestID: REQUEST_ID,
        data: expect.any(Array),
        message: 'Server list',
        timestamp: LOCAL_TIMESTAMP,
      });
    }
  });

  it('honours and echoes X-Request-ID, and mints a UUID v4 otherwise', async () => {
    const headers = await t.auth();
    const echoed = await t.app.inject({
      method: 'GET',
      url: '/api/zdms',
      headers: { ...headers, 'x-request-id': 'req-abc123' },
    });
    expect(echoed.headers['x-request-id']).toBe('req-abc123');
    expect(echoed.json().requestID).toBe('req-abc123');
    const minted = await t.app.inject({ method: 'GET', url: '/api/zdms', headers });
    expect(minted.json().requestID).toEqual(REQUEST_ID);
    expect(minted.headers['x-request-id']).toBe(minted.json().requestID);
  });

  it('renders errors in the error envelope, Korean by default and English on request', async () => {
    const headers = await t.auth();
    const ko = await t.app.inject({ method: 'GET', url: '/api/servers/no-such-server', headers });
    expect(ko.statusCode).toBe(404);
    expect(ko.json()).toEqual({
      success: false,
      requestID: REQUEST_ID,
      error: "identifier: 서버 'no-such-server'을(를) 찾을 수 없습니다.",
      code: 'NOT_FOUND',
      timestamp: LOCAL_TIMESTAMP,
    });
    const en = await t.app.inject({
      method: 'GET',
      url: '/api/servers/no-such-server',
      headers: { ...headers, 'accept-language': 'en-US,en;q=0.9' },
    });
    expect(en.json().error).toBe("identifier: server 'no-such-server' was not found.");
  });

  it('rejects unknown fields, malformed JSON, wrong content types and oversized bodies', async () => {
    const headers = await t.auth();
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/zdms',
      headers,
      payload: { name: 'x', color: 'red' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toBe('color은(는) 허용되지 않는 필드입니다.');
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/zdms',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: '{"name":',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({
      success: false,
      code: 'VALIDATION_ERROR',
      error: '요청 본문이 올바른 JSON이 아닙니다.',
    });
    const wrongType = await t.app.inject({
      method: 'POST',
      url: '/api/zdms',
      headers: { ...headers, 'content-type': 'text/csv' },
      payload: 'a,b',
    });
    expect(wrongType.statusCode).toBe(415);
    expect(wrongType.json()).toMatchObject({ success: false, code: 'UNSUPPORTED_MEDIA_TYPE' });
    const huge = await t.app.inject({
      method: 'POST',
      url: '/api/zdms',
      headers,
      payload: { name: 'x'.repeat(2 * 1024 * 1024) },
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toMatchObject({ success: false, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('answers an unknown route with 404 in the envelope', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here', headers: await t.auth() });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ success: false, code: 'NOT_FOUND' });
  });

  it('sends security headers, and no CORS headers unless CORS_ORIGIN lists origins', async () => {
    const res = await t.app.inject({
      method: 'OPTIONS',
      url: '/api/backups',
      headers: { origin: 'http://ui.example', 'access-control-request-method': 'PUT' },
    });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['access-control-allow-methods']).toBeUndefined();
    const health = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.headers['x-content-type-options']).toBe('nosniff');
    expect(health.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('serves Swagger UI and the OpenAPI document without a token', async () => {
    const ui = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toContain('text/html');
    const doc = await t.app.inject({ method: 'GET', url: '/api/docs-json' });
    expect(doc.statusCode).toBe(200);
    const json = doc.json();
    expect(json.components.securitySchemes).toEqual({
      bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'User token from `issueToken`' },
      agent: {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'opaque',
        description: 'Agent token (`zdma_…`), shown once by `registerAgent`; the `/api/agent/…` routes take only these',
      },
    });
    expect(Object.keys(json.paths)).toEqual(
      expect.arrayContaining(['/api/auth/issue', '/api/servers', '/api/servers/{identifier}/partitions']),
    );
  });
});
