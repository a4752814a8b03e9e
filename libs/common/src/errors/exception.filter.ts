import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '../config/app-config';
import {
  DEFAULT_ENVELOPE_STYLE,
  envelopeStyleOfRoute,
  EnvelopeStyleOptions,
} from '../envelope/envelope-style.decorator';
import { REQUEST_ID_LOG_KEY } from '../http/request-id';
import { messages } from '../messages/message-catalog';
import { Language, languageFromHeader, LocalizedText } from '../messages/localized-text';
import { formatTimestamp } from '../time/timestamp';
import { AppException, ErrorCode } from './app.exception';
import { Refusal } from './refusal';
import { isDatabaseUnavailable } from './database-unavailable';

interface FastifyLikeError {
  statusCode?: number;
  code?: string;
  message?: string;
}

/**
 * The one place error bodies are made: `{ success: false, requestID, error, code, detail?, timestamp }`
 * (`error: { code, message }` on routes styled that way). Bodies never carry stacks or SQL; 5xx are
 * logged with the request id.
 */
@Catch()
export class AppExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  constructor(private readonly config: AppConfig) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    if (clientHungUp(request, reply)) {
      // Nobody to answer, and not our failure: no error line, no 503 "database unavailable".
      this.logger.debug(
        { [REQUEST_ID_LOG_KEY]: request.id, method: request.method, url: request.url, err: exception },
        'client closed the connection',
      );
      return;
    }
    const appException = this.toAppException(exception, request);
    const status = appException.getStatus();

    if (status >= 500) {
      this.logger.error(
        { [REQUEST_ID_LOG_KEY]: request.id, method: request.method, url: request.url, err: exception },
        `${status} ${appException.code}`,
      );
    }

    const body = errorBody(
      appException,
      request,
      envelopeStyleOfRoute(request) ?? DEFAULT_ENVELOPE_STYLE,
      this.config.timeZone,
    );
    if (reply.sent) return;
    if (appException.retryAfterSeconds !== undefined)
      reply.header('retry-after', String(appException.retryAfterSeconds));
    if (status === HttpStatus.TOO_MANY_REQUESTS && !reply.getHeader('retry-after')) reply.header('retry-after', '60');
    void reply.status(status).header('content-type', 'application/json; charset=utf-8').send(body);
  }

  private toAppException(exception: unknown, request: FastifyRequest): AppException {
    if (exception instanceof AppException) return exception;
    if (exception instanceof Refusal) return AppException.fromRefusal(exception);
    // Only driver and pool errors: an HTTP-layer error (it has a status) never means the database.
    if (!(exception instanceof HttpException) && !hasHttpStatus(exception) && isDatabaseUnavailable(exception)) {
      return new AppException(
        HttpStatus.SERVICE_UNAVAILABLE,
        'DATABASE_UNAVAILABLE',
        messages.common.databaseUnavailable(),
      );
    }
    if (exception instanceof HttpException) {
      return fromHttpException(exception, request);
    }
    const fastifyError = exception as FastifyLikeError;
    if (fastifyError && typeof fastifyError.statusCode === 'number' && fastifyError.statusCode < 500) {
      return fromFastifyError(fastifyError, request);
    }
    return new AppException(HttpStatus.INTERNAL_SERVER_ERROR, 'INTERNAL_SERVER_ERROR', messages.common.internalError());
  }
}

/** The client closed its connection (aborted the upload, hung up): there is no one to answer. */
function clientHungUp(request: FastifyRequest, reply: FastifyReply): boolean {
  // The socket, not the request stream: a request stream is also "destroyed" once its body was read.
  return request.raw?.socket?.destroyed === true || reply.raw?.destroyed === true;
}

function hasHttpStatus(exception: unknown): boolean {
  return typeof (exception as FastifyLikeError | undefined)?.statusCode === 'number';
}

/** What an error body says: an `AppException`, or the same fields without one (no stack to capture). */
export type ErrorAnswer = Pick<AppException, 'code' | 'text' | 'detail'>;

/** The error envelope for a request (also used for errors Fastify answers before Nest routes). */
export function errorBody(
  exception: ErrorAnswer,
  request: { id: unknown; headers: Record<string, string | string[] | undefined> },
  style: EnvelopeStyleOptions,
  timeZone: string,
): Record<string, unknown> {
  const language: Language = languageFromHeader(request.headers['accept-language']);
  const message = exception.text[language];
  const timestamp = formatTimestamp(new Date(), style.timestamp, timeZone);
  if (style.errorForm === 'object') {
    return { success: false, requestID: String(request.id), error: { code: exception.code, message }, timestamp };
  }
  return {
    success: false,
    requestID: String(request.id),
    error: message,
    code: exception.code,
    ...(exception.detail !== undefined ? { detail: localizeDetail(exception.detail, language) } : {}),
    timestamp,
  };
}

/**
 * The 404 of a request no route matched, sent without an exception: Nest's not-found handler
 * throws one for the filter, and building two exceptions (with their stack traces) was a fifth of
 * the 404's CPU time. Same status, headers and body as the filter gives a NotFoundException.
 */
export function sendRouteNotFound(request: FastifyRequest, reply: FastifyReply, timeZone: string): void {
  const answer: ErrorAnswer = {
    code: 'NOT_FOUND',
    text: messages.common.routeNotFound(request.method, request.url.split('?')[0] ?? ''),
  };
  void reply
    .status(HttpStatus.NOT_FOUND)
    .header('content-type', 'application/json; charset=utf-8')
    .send(errorBody(answer, request, envelopeStyleOfRoute(request) ?? DEFAULT_ENVELOPE_STYLE, timeZone));
}

function fromHttpException(exception: HttpException, request: FastifyRequest): AppException {
  const status = exception.getStatus();
  const known: Partial<Record<number, [ErrorCode, LocalizedText]>> = {
    [HttpStatus.NOT_FOUND]: [
      'NOT_FOUND',
      messages.common.routeNotFound(request.method, request.url.split('?')[0] ?? ''),
    ],
    [HttpStatus.TOO_MANY_REQUESTS]: ['RATE_LIMITED', messages.common.tooManyRequests()],
    [HttpStatus.UNAUTHORIZED]: ['UNAUTHORIZED', messages.common.unauthorized()],
    // A guard that answers false (Nest's ForbiddenException) refuses like a role check.
    [HttpStatus.FORBIDDEN]: ['FORBIDDEN', messages.common.forbiddenRoute()],
    [HttpStatus.PAYLOAD_TOO_LARGE]: [
      'PAYLOAD_TOO_LARGE',
      messages.common.payloadTooLarge(Number(request.routeOptions?.bodyLimit ?? 0)),
    ],
    [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: [
      'UNSUPPORTED_MEDIA_TYPE',
      messages.common.unsupportedMediaType(String(request.headers['content-type'] ?? '')),
    ],
  };
  const entry = known[status];
  if (entry) return new AppException(status, entry[0], entry[1]);
  if (status >= 500) {
    return new AppException(HttpStatus.INTERNAL_SERVER_ERROR, 'INTERNAL_SERVER_ERROR', messages.common.internalError());
  }
  // Our code throws AppException; a bare 400 HttpException comes from Fastify's body parsing,
  // which Nest re-wraps without Fastify's error code.
  if (status === HttpStatus.BAD_REQUEST) return AppException.badRequest(messages.common.malformedJson());
  const plain = typeof exception.message === 'string' ? exception.message : 'Request failed';
  return new AppException(status, 'REQUEST_FAILED', { ko: plain, en: plain });
}

function fromFastifyError(error: FastifyLikeError, request: FastifyRequest): AppException {
  const status = error.statusCode ?? 400;
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppException(
        HttpStatus.PAYLOAD_TOO_LARGE,
        'PAYLOAD_TOO_LARGE',
        messages.common.payloadTooLarge(Number(request.routeOptions?.bodyLimit ?? 0)),
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppException(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        'UNSUPPORTED_MEDIA_TYPE',
        messages.common.unsupportedMediaType(String(request.headers['content-type'] ?? '')),
      );
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return AppException.badRequest(messages.common.malformedJson());
    case undefined: // an error without a Fastify code: decided by its status below
    default:
      if (status === 400) return AppException.badRequest(messages.common.malformedJson());
      if (status === 413) return new AppException(413, 'PAYLOAD_TOO_LARGE', messages.common.payloadTooLarge(0));
      if (status === 415)
        return new AppException(
          415,
          'UNSUPPORTED_MEDIA_TYPE',
          messages.common.unsupportedMediaType(String(request.headers['content-type'] ?? '')),
        );
      return new AppException(status, 'REQUEST_FAILED', {
        ko: error.message ?? 'Bad request',
        en: error.message ?? 'Bad request',
      });
  }
}

/** `detail` may hold LocalizedText values (per-field messages); render them in the reply's language. */
function localizeDetail(detail: unknown, language: Language): unknown {
  if (Array.isArray(detail)) return detail.map((d) => localizeDetail(d, language));
  if (detail && typeof detail === 'object') {
    const record = detail as Record<string, unknown>;
    if (typeof record.ko === 'string' && typeof record.en === 'string' && Object.keys(record).length === 2) {
      return record[language];
    }
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, localizeDetail(v, language)]));
  }
  return detail;
}
