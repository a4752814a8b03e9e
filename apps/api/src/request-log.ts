import { FastifyReply, FastifyRequest, LogController } from 'fastify';
import { AttributedRequest, REQUEST_ID_LOG_KEY } from '@zdm/common';
import pino, { DestinationStream, LoggerOptions } from 'pino';

/** JSON logs (pino): the same options for Fastify's logger and for Nest's logs outside requests. */
export function loggerOptions(level: string): LoggerOptions {
  return { level, base: { service: 'zdm-api' } };
}

let destination: DestinationStream | undefined;

/**
 * Where the process's logs go: standard output, written asynchronously (pino's `sync: false`). A
 * synchronous write per request line was an eighth of the CPU time of a small answer (a profile of
 * bench:ceiling's 404 pair); asynchronous, a line is still written at once when the stream is idle,
 * and lines that come while a write is under way go out together with the next one. pino flushes
 * what is left synchronously when the process exits. One stream for Fastify's request lines and
 * Nest's own logs, so their order is kept.
 */
export function logDestination(): DestinationStream {
  return (destination ??= pino.destination({ dest: 1, sync: false }));
}

/**
 * Fastify's request logging, one line per answered request: id, method, URL, status, time in ms, the
 * user id when a token checked out (no
 * header dumps, no "incoming request" line). Health probes are not logged. Fastify's own logger does
 * this: a per-request pino-http middleware cost about a fifth of a small route's throughput.
 */
export class RequestLogController extends LogController {
  constructor() {
    super({
      requestIdLogLabel: REQUEST_ID_LOG_KEY,
      disableRequestLogging: (request) => request.url.includes('/health'),
    });
  }

  override incomingRequest(): void {}

  override requestCompleted(error: Error | null, request: FastifyRequest, reply: FastifyReply): void {
    if (this.isLogDisabled(request)) return;
    const line = {
      method: request.method,
      url: request.url,
      statusCode: reply.statusCode,
      responseTime: Math.round(reply.elapsedTime),
      // Who made the request, once the guard checked the token.
      ...callerOf(request),
    };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else if (reply.statusCode >= 500) reply.log.error(line, 'request completed');
    else reply.log.info(line, 'request completed');
  }
}

/** `userId` of a user token, `apiKeyId` of an API key (nothing before the hook identified the caller). */
function callerOf(request: FastifyRequest): { userId: number } | { apiKeyId: number } | Record<string, never> {
  const user = (request as FastifyRequest & AttributedRequest).user;
  if (user?.apiKey) return { apiKeyId: user.apiKey.id };
  return typeof user?.id === 'number' ? { userId: user.id } : {};
}
