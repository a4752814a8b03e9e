import { ArgumentsHost, ExecutionContext, HttpException, HttpStatus, NotFoundException } from '@nestjs/common';
import { FASTIFY_ROUTE_CONFIG_METADATA } from '@nestjs/platform-fastify/constants';
import { FastifyReply } from 'fastify';
import { AppConfig } from '../config/app-config';
import { validateEnvironment } from '../config/environment';
import { AppException } from '../errors/app.exception';
import { AppExceptionFilter } from '../errors/exception.filter';
import { text } from '../messages/localized-text';
import { Paginated } from '../pagination/paginated';
import { EnvelopeStyle } from './envelope-style.decorator';
import { SerializedData } from './serialized-data';
import { ResponseMessage } from './response-message.decorator';
import { successEnvelope } from './success-envelope';

const config = new AppConfig(validateEnvironment({ TZ: 'Asia/Seoul', LOG_LEVEL: 'silent' }));

class Handlers {
  @ResponseMessage('Backup job list')
  list() {}

  @ResponseMessage('Backup images retrieved successfully')
  @EnvelopeStyle({ timestamp: 'iso-utc', errorForm: 'object' })
  images() {}

  raw() {}
}

function context(handler: keyof Handlers, headers: Record<string, string> = {}) {
  // What Nest's Fastify adapter registers as the route's config.
  const routeConfig: unknown = Reflect.getMetadata(FASTIFY_ROUTE_CONFIG_METADATA, Handlers.prototype[handler]) ?? {};
  const request = { id: 'req-abc123', headers, method: 'GET', url: '/api/x', routeOptions: { config: routeConfig } };
  const sent: { status?: number; body?: unknown; headers: Record<string, string> } = { headers: {} };
  const reply = {
    request,
    sent: false,
    getHeader: (name: string) => sent.headers[name],
    header(name: string, value: string) {
      sent.headers[name] = value;
      return this;
    },
    status(code: number) {
      sent.status = code;
      return this;
    },
    send(body: unknown) {
      sent.body = body;
      return this;
    },
  };
  const ctx = {
    getType: () => 'http',
    getHandler: () => Handlers.prototype[handler],
    getClass: () => Handlers,
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => reply }),
  } as unknown as ExecutionContext & ArgumentsHost;
  return { ctx, sent };
}

describe('successEnvelope', () => {
  const run = (handler: keyof Handlers, value: unknown) => {
    const { ctx } = context(handler);
    return successEnvelope(value, ctx.switchToHttp().getResponse<FastifyReply>(), config.timeZone);
  };

  it('wraps data with requestID, message and a local timestamp', () => {
    expect(run('list', [{ id: 1 }])).toEqual({
      success: true,
      requestID: 'req-abc123',
      data: [{ id: 1 }],
      message: 'Backup job list',
      timestamp: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
    });
  });

  it('renders Paginated as data + top-level pagination only when requested', () => {
    const meta = {
      currentPage: 1,
      totalPages: 1,
      totalItems: 1,
      itemsPerPage: 20,
      hasNextPage: false,
      hasPreviousPage: false,
    };
    expect(run('list', new Paginated([1], meta))).toMatchObject({ data: [1], pagination: meta });
    expect(run('list', new Paginated([1]))).not.toHaveProperty('pagination');
  });

  it('uses ISO-UTC timestamps on routes styled so', () => {
    expect(run('images', { images: [] }) as { timestamp: string }).toMatchObject({
      timestamp: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
    });
  });

  it('writes pre-serialized data into the same envelope, as UTF-8 JSON bytes', () => {
    const data = { images: [{ name: 'a.ZIA', size: { raw: 1 } }], total: 1 };
    const { ctx, sent } = context('images');
    const reply = ctx.switchToHttp().getResponse<FastifyReply>();
    const body = successEnvelope(SerializedData.of({ ...data, note: '한글 ✓' }), reply, config.timeZone) as Buffer;
    expect(sent.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(Buffer.isBuffer(body)).toBe(true);
    expect(JSON.parse(body.toString('utf8'))).toEqual({
      success: true,
      requestID: 'req-abc123',
      data: { ...data, note: '한글 ✓' },
      message: 'Backup images retrieved successfully',
      timestamp: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
    });
  });

  it('writes a stored page exactly as the Paginated object would be written: data, then pagination', () => {
    const meta = {
      currentPage: 2,
      totalPages: 3,
      totalItems: 5,
      itemsPerPage: 2,
      hasNextPage: true,
      hasPreviousPage: true,
    };
    for (const page of [new Paginated([{ id: 1, note: '한글 ✓' }], meta), new Paginated([{ id: 1 }])]) {
      const { ctx } = context('list');
      const reply = ctx.switchToHttp().getResponse<FastifyReply>();
      const body = successEnvelope(SerializedData.ofPage(page), reply, config.timeZone) as Buffer;
      const object = successEnvelope(page, reply, config.timeZone) as { timestamp: string };
      const text = body.toString('utf8');
      expect(text).toBe(
        JSON.stringify({ ...object, timestamp: (JSON.parse(text) as { timestamp: string }).timestamp }),
      );
    }
  });

  it('leaves routes without a message alone (docs, raw)', () => {
    expect(run('raw', 'plain')).toBe('plain');
  });
});

describe('AppExceptionFilter', () => {
  const filter = new AppExceptionFilter(config);
  const render = (exception: unknown, handler: keyof Handlers = 'list', headers: Record<string, string> = {}) => {
    const { ctx, sent } = context(handler, headers);
    filter.catch(exception, ctx);
    return sent;
  };

  it('renders AppException with string error, code and detail', () => {
    const sent = render(
      AppException.badRequest(
        text('type은 full, increment, smart중 하나여야 합니다', 'type must be one of full, increment, smart'),
        [{ field: 'type', message: text('가', 'a') }],
      ),
    );
    expect(sent.status).toBe(400);
    expect(sent.body).toEqual({
      success: false,
      requestID: 'req-abc123',
      error: 'type은 full, increment, smart중 하나여야 합니다',
      code: 'VALIDATION_ERROR',
      detail: [{ field: 'type', message: '가' }],
      timestamp: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
    });
  });

  it('speaks English when asked', () => {
    const sent = render(AppException.notFound(text('없음', 'missing')), 'list', { 'accept-language': 'en' });
    expect((sent.body as { error: string }).error).toBe('missing');
  });

  it('uses the object error form and ISO timestamps on routes styled so', () => {
    const sent = render(
      new AppException(HttpStatus.INTERNAL_SERVER_ERROR, 'INTERNAL_SERVER_ERROR', text('백업 이미지 조회 실패: boom')),
      'images',
    );
    expect(sent.body).toEqual({
      success: false,
      requestID: 'req-abc123',
      error: { code: 'INTERNAL_SERVER_ERROR', message: '백업 이미지 조회 실패: boom' },
      timestamp: expect.stringMatching(/Z$/),
    });
  });

  it('turns an unknown error into a 500 without its message, stack or SQL', () => {
    const sent = render(
      Object.assign(new Error('relation "secret_table" does not exist'), { query: 'SELECT * FROM secret_table' }),
    );
    expect(sent.status).toBe(500);
    expect(JSON.stringify(sent.body)).not.toMatch(/secret_table|SELECT|at .*\.ts/);
    expect(sent.body).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', error: '서버 내부 오류가 발생했습니다.' });
  });

  it('turns an unreachable database into a 503', () => {
    const sent = render(
      Object.assign(new Error('query failed'), {
        driverError: { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:5432' },
      }),
    );
    expect(sent.status).toBe(503);
    expect(sent.body).toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
  });

  it('maps framework exceptions: unknown route 404, 429 with Retry-After', () => {
    expect(render(new NotFoundException('Cannot GET /api/x')).status).toBe(404);
    const limited = render(new HttpException('Too Many Requests', 429));
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('60');
  });
});
