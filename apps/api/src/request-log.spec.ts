import Fastify from 'fastify';
import { Writable } from 'node:stream';
import pino from 'pino';
import { loggerOptions, RequestLogController, requestChildLogger } from './request-log';

const pinoTimeSym = pino.symbols.timeSym;

/** A Fastify instance logging like the app, its log lines captured. */
function loggedServer() {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        raw.push(line);
        lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  const fastify = Fastify({
    logger: { ...loggerOptions('info'), stream },
    logController: new RequestLogController(),
    childLoggerFactory: requestChildLogger,
    genReqId: (req) => String(req.headers['x-request-id'] ?? 'generated'),
  });
  fastify.get('/api/servers', async () => ({ ok: true }));
  fastify.get('/api/health', async () => ({ ok: true }));
  fastify.post('/api/users', async (request) => {
    (request as unknown as { user: { id: number; email: string } }).user = { id: 7, email: 'a@zdm.test' };
    return { ok: true };
  });
  fastify.get('/api/noisy', async (request) => {
    request.log.warn({ detail: 'x' }, 'something to say');
    request.log.child({ step: 2 }).info('deeper');
    return { ok: true };
  });
  fastify.get('/api/fail', async () => {
    throw new Error('boom');
  });
  fastify.get('/api/keyed', async (request) => {
    (request as unknown as { user: { id: number; apiKey: { id: number } } }).user = { id: 3, apiKey: { id: 12 } };
    return { ok: true };
  });
  return { fastify, lines, raw };
}

describe('request log', () => {
  it('writes one compact JSON line per request: id, method, URL, status, time', async () => {
    const { fastify, lines } = loggedServer();
    await fastify.inject({
      method: 'GET',
      url: '/api/servers?page=2',
      headers: { 'x-request-id': 'req-42', authorization: 'Bearer secret' },
    });
    expect(lines).toEqual([
      {
        level: 30,
        time: expect.any(Number),
        service: 'zdm-api',
        requestId: 'req-42',
        method: 'GET',
        url: '/api/servers?page=2',
        statusCode: 200,
        responseTime: expect.any(Number),
        msg: 'request completed',
      },
    ]);
    expect(JSON.stringify(lines)).not.toContain('secret'); // no header dumps
  });

  it('carries the user id once the guard found the user (and no email)', async () => {
    const { fastify, lines } = loggedServer();
    await fastify.inject({ method: 'POST', url: '/api/users', headers: { 'x-request-id': 'req-7' }, payload: {} });
    expect(lines).toEqual([expect.objectContaining({ requestId: 'req-7', userId: 7, statusCode: 200 })]);
    expect(JSON.stringify(lines)).not.toContain('a@zdm.test');
  });

  it('does not log health probes', async () => {
    const { fastify, lines } = loggedServer();
    await fastify.inject({ method: 'GET', url: '/api/health' });
    expect(lines).toEqual([]);
  });

  it('logs an answer with a 5xx status at error level, with the request id', async () => {
    const { fastify, lines } = loggedServer();
    await fastify.inject({ method: 'GET', url: '/api/fail', headers: { 'x-request-id': 'req-err' } });
    const completed = lines.filter((l) => l.msg === 'request completed');
    expect(completed).toEqual([
      expect.objectContaining({ level: 50, requestId: 'req-err', statusCode: 500, url: '/api/fail' }),
    ]);
  });

  it("a request's own lines carry its id through request.log (made when first used)", async () => {
    const { fastify, lines } = loggedServer();
    await fastify.inject({ method: 'GET', url: '/api/noisy', headers: { 'x-request-id': 'req-noisy' } });
    expect(lines).toEqual([
      {
        level: 40,
        time: expect.any(Number),
        service: 'zdm-api',
        requestId: 'req-noisy',
        detail: 'x',
        msg: 'something to say',
      },
      { level: 30, time: expect.any(Number), service: 'zdm-api', requestId: 'req-noisy', step: 2, msg: 'deeper' },
      expect.objectContaining({ requestId: 'req-noisy', url: '/api/noisy', statusCode: 200, msg: 'request completed' }),
    ]);
    expect(Object.keys(lines[2]!)).toEqual([
      'level',
      'time',
      'service',
      'requestId',
      'method',
      'url',
      'statusCode',
      'responseTime',
      'msg',
    ]);
  });

  it("writes the completion line byte for byte as pino's info() would, for every kind of caller", async () => {
    const { fastify, lines, raw } = loggedServer();
    await fastify.inject({
      method: 'GET',
      url: '/api/servers?q="quoted"\\back\u00e9',
      headers: { 'x-request-id': 'r-1' },
    });
    await fastify.inject({ method: 'POST', url: '/api/users', headers: { 'x-request-id': 'r-2' }, payload: {} });
    await fastify.inject({ method: 'GET', url: '/api/keyed', headers: { 'x-request-id': 'r-3' } });
    await fastify.inject({ method: 'GET', url: '/api/nowhere', headers: { 'x-request-id': 'r-4' } });
    const completed = lines.filter((l) => l.msg === 'request completed');
    expect(completed.map((l) => [l.requestId, l.statusCode, l.userId, l.apiKeyId])).toEqual([
      ['r-1', 200, undefined, undefined],
      ['r-2', 200, 7, undefined],
      ['r-3', 200, undefined, 12],
      ['r-4', 404, undefined, undefined],
    ]);
    expect(completed[0]!.url).toBe('/api/servers?q=%22quoted%22\\back%C3%A9'); // a backslash to escape
    const written = raw.filter((_, i) => lines[i]!.msg === 'request completed');
    const before = raw.length;
    // pino itself, through the same logger, with each line's own fields and time.
    for (const line of completed) {
      const { level: _level, time, msg, service: _service, ...fields } = line; // service: the logger's own binding
      (fastify.log as unknown as { [k: symbol]: () => string })[pinoTimeSym] = () => `,"time":${String(time)}`;
      fastify.log.info(fields, msg as string);
    }
    expect(raw.slice(before)).toEqual(written);

    // The template and pino's path (5xx) write the same fields in the same order.
    await fastify.inject({ method: 'GET', url: '/api/fail', headers: { 'x-request-id': 'r-5' } });
    const failed = lines.find((l) => l.requestId === 'r-5' && l.msg === 'request completed')!;
    expect(failed.level).toBe(50);
    expect(Object.keys(failed)).toEqual(Object.keys(completed[0]!));
  });

  it('writes no completion line when info is off, and 5xx lines still at error level', async () => {
    const { fastify, lines } = loggedServer();
    fastify.log.level = 'warn';
    await fastify.inject({ method: 'GET', url: '/api/servers' });
    await fastify.inject({ method: 'GET', url: '/api/fail', headers: { 'x-request-id': 'req-err' } });
    expect(lines.filter((l) => l.msg === 'request completed')).toEqual([
      expect.objectContaining({ level: 50, requestId: 'req-err', statusCode: 500 }),
    ]);
  });
});
