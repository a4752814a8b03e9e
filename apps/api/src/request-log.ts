import { FastifyBaseLogger, FastifyReply, FastifyRequest, LogController } from 'fastify';
import { AttributedRequest, REQUEST_ID_LOG_KEY } from '@zdm/common';
import pino, { Bindings, ChildLoggerOptions, DestinationStream, Logger, LoggerOptions } from 'pino';

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
    // Through the server's logger with the id in the line: the same JSON as the request's child
    // logger writes (its bindings come right after the base fields), without making one.
    const log = reply.server.log;
    if (!error && reply.statusCode < 500 && writeCompletedLine(log, request, reply)) return;
    // The fields of writeCompletedLine's template, in its order (a spec compares the two lines' keys).
    const line = {
      [REQUEST_ID_LOG_KEY]: request.id,
      method: request.method,
      url: request.url,
      statusCode: reply.statusCode,
      responseTime: Math.round(reply.elapsedTime),
      // Who made the request, once the guard checked the token.
      ...callerOf(request),
    };
    if (error) log.error({ ...line, err: error }, 'request errored');
    else if (reply.statusCode >= 500) log.error(line, 'request completed');
    else log.info(line, 'request completed');
  }
}

const { chindingsSym, streamSym, timeSym } = pino.symbols;

/**
 * The `info` completion line, written straight to the logger's stream: the same bytes pino writes
 * for `log.info(line, 'request completed')` with loggerOptions (level, time, the logger's bindings,
 * the fields in order, `msg`; a spec compares the two), formatted by one template instead of pino's
 * generic walk over the object, which cost about 5 µs of a 100 µs answer (issue 25). False when it
 * wrote nothing: info is off (nothing to write), or the logger is not a pino logger it can write
 * through (the caller then logs through pino).
 */
function writeCompletedLine(log: FastifyBaseLogger, request: FastifyRequest, reply: FastifyReply): boolean {
  const logger = log as unknown as Logger;
  if (typeof logger.isLevelEnabled !== 'function') return false;
  if (!logger.isLevelEnabled('info')) return true;
  // pino.symbols: how pino lets integrations reach a logger's stream, time function and bindings.
  const internals = logger as unknown as Record<symbol, unknown>;
  const stream = internals[streamSym] as DestinationStream | undefined;
  const time = internals[timeSym] as (() => string) | undefined;
  const bindings = internals[chindingsSym];
  if (typeof stream?.write !== 'function' || typeof time !== 'function' || typeof bindings !== 'string') return false;
  const caller = callerOf(request);
  const who =
    'apiKeyId' in caller ? `,"apiKeyId":${caller.apiKeyId}` : 'userId' in caller ? `,"userId":${caller.userId}` : '';
  const took = Math.round(reply.elapsedTime);
  stream.write(
    `{"level":${INFO_LEVEL}${time()}${bindings},"${REQUEST_ID_LOG_KEY}":${JSON.stringify(String(request.id))}` +
      `,"method":${JSON.stringify(request.method)},"url":${JSON.stringify(request.url)}` +
      `,"statusCode":${reply.statusCode},"responseTime":${Number.isFinite(took) ? took : null}${who}` +
      `,"msg":"request completed"}\n`,
  );
  return true;
}

/** pino's number of the `info` level. */
const INFO_LEVEL = 30;

/**
 * Fastify's `childLoggerFactory`: each request's logger (`request.log`) is its pino child with the
 * request id, made the first time something logs through it. Most requests log only their
 * completion line, which the log controller writes through the server's logger; making a pino child
 * with a level per request was about 2 % of a small answer's CPU time (issue 25).
 */
export function requestChildLogger(
  this: unknown,
  logger: FastifyBaseLogger,
  bindings: Bindings,
  options: ChildLoggerOptions,
): FastifyBaseLogger {
  return new RequestLogger(logger, bindings, options) as unknown as FastifyBaseLogger;
}

type LogLevelName = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** `request.log`: the methods of a pino logger, each passing its call to the child, made on first use. */
class RequestLogger {
  private made?: FastifyBaseLogger;

  constructor(
    private readonly parent: FastifyBaseLogger,
    private readonly bindings: Bindings,
    private readonly options: ChildLoggerOptions,
  ) {}

  private get logger(): FastifyBaseLogger {
    return (this.made ??= this.parent.child(this.bindings, this.options));
  }

  get level(): string {
    return this.made?.level ?? this.options.level ?? this.parent.level;
  }

  set level(level: string) {
    this.logger.level = level;
  }

  child(bindings: Bindings, options?: ChildLoggerOptions): FastifyBaseLogger {
    return this.logger.child(bindings, options);
  }

  fatal(...args: unknown[]): void {
    this.log('fatal', args);
  }

  error(...args: unknown[]): void {
    this.log('error', args);
  }

  warn(...args: unknown[]): void {
    this.log('warn', args);
  }

  info(...args: unknown[]): void {
    this.log('info', args);
  }

  debug(...args: unknown[]): void {
    this.log('debug', args);
  }

  trace(...args: unknown[]): void {
    this.log('trace', args);
  }

  silent(): void {}

  private log(level: LogLevelName, args: unknown[]): void {
    const logger = this.logger;
    (logger[level] as (...args: unknown[]) => void).apply(logger, args);
  }
}
/** `userId` of a user token, `apiKeyId` of an API key (nothing before the hook identified the caller). */
function callerOf(request: FastifyRequest): { userId: number } | { apiKeyId: number } | Record<string, never> {
  const user = (request as FastifyRequest & AttributedRequest).user;
  if (user?.apiKey) return { apiKeyId: user.apiKey.id };
  return typeof user?.id === 'number' ? { userId: user.id } : {};
}
