import {
  BadRequestException,
  ForbiddenException,
  HttpException,
  HttpStatus,
  NotFoundException,
  PayloadTooLargeException,
  UnauthorizedException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import type { ArgumentsHost } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { ERROR_CODES, ErrorCode, isErrorCode } from './error-codes';
import { AppExceptionFilter } from './exception.filter';

/** What the one exception filter answers for whatever is thrown: a code of the table, with its status. */
function answer(exception: unknown): { status: number; code: unknown } {
  const sent: { status?: number; body?: Record<string, unknown> } = {};
  const reply = {
    sent: false,
    raw: { destroyed: false },
    status(status: number) {
      sent.status = status;
      return reply;
    },
    header: () => reply,
    getHeader: () => undefined,
    send(body: Record<string, unknown>) {
      sent.body = body;
      return reply;
    },
  };
  const request = {
    id: 'r-1',
    method: 'POST',
    url: '/api/servers',
    headers: { 'content-type': 'text/plain' },
    raw: { socket: { destroyed: false } },
    routeOptions: { bodyLimit: 1024, config: {} },
  };
  const host = {
    getType: () => 'http',
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => reply }),
  } as unknown as ArgumentsHost;
  new AppExceptionFilter({ timeZone: 'Asia/Seoul' } as AppConfig).catch(exception, host);
  return { status: sent.status!, code: sent.body?.code };
}

describe('AppExceptionFilter: every code it sends is a row of ERROR_CODES, with that row’s status', () => {
  it.each<[string, number, ErrorCode, unknown]>([
    ['a bare 400 (body parsing)', 400, 'VALIDATION_ERROR', new BadRequestException()],
    ['Nest 401', 401, 'UNAUTHORIZED', new UnauthorizedException()],
    ['a guard answering false (Nest 403)', 403, 'FORBIDDEN', new ForbiddenException()],
    ['Nest 404 (no route)', 404, 'NOT_FOUND', new NotFoundException()],
    ['Nest 413', 413, 'PAYLOAD_TOO_LARGE', new PayloadTooLargeException()],
    ['Nest 415', 415, 'UNSUPPORTED_MEDIA_TYPE', new UnsupportedMediaTypeException()],
    ['Nest 429', 429, 'RATE_LIMITED', new HttpException('slow down', HttpStatus.TOO_MANY_REQUESTS)],
    ['another 4xx', 405, 'REQUEST_FAILED', new HttpException('gone', HttpStatus.METHOD_NOT_ALLOWED)],
    ['a 5xx HttpException', 500, 'INTERNAL_SERVER_ERROR', new HttpException('boom', HttpStatus.BAD_GATEWAY)],
    ['Fastify: body too large', 413, 'PAYLOAD_TOO_LARGE', { statusCode: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE' }],
    ['Fastify: media type', 415, 'UNSUPPORTED_MEDIA_TYPE', { statusCode: 415, code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE' }],
    ['Fastify: bad JSON', 400, 'VALIDATION_ERROR', { statusCode: 400, code: 'FST_ERR_CTP_INVALID_JSON_BODY' }],
    ['Fastify: another 4xx', 431, 'REQUEST_FAILED', { statusCode: 431, code: 'FST_ERR_OTHER' }],
    [
      'a database that is down',
      503,
      'DATABASE_UNAVAILABLE',
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    ],
    ['anything else', 500, 'INTERNAL_SERVER_ERROR', new Error('bug')],
  ])('%s → %i %s', (_, status, code, exception) => {
    const sent = answer(exception);
    expect(sent).toEqual({ status, code });
    expect(isErrorCode(sent.code)).toBe(true);
    expect(ERROR_CODES[code].statuses).toContain(status);
  });
});
