import { INestApplication } from '@nestjs/common';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { AuditRecorder } from '@zdm/audit';
import { RequestAuthenticator } from '@zdm/auth';
import { buildOpenApiDocument } from './openapi-document';
import {
  AppConfig,
  AppException,
  DEFAULT_ENVELOPE_STYLE,
  EnvelopeStyleOptions,
  envelopeStyleOfRoute,
  EnvelopingFastifyAdapter,
  errorBody,
  messages,
  MetricsRegistry,
  REQUEST_ID_HEADER,
  requestIdFrom,
} from '@zdm/common';
import { Logger } from 'nestjs-pino';
import { IncomingMessage } from 'node:http';
import { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { logDestination, loggerOptions, RequestLogController, requestChildLogger } from './request-log';
import { acceptOnlyJsonBodies, parseJsonBodies } from './json-bodies-only';
import { addAnswerHeaders, setRequestHeaders } from './answer-headers';

export const API_PREFIX = 'api';
/** `/api/v1/...` is the same route table as `/api/...` (both base paths are part of the contract). */
const VERSIONED_PREFIX = /^\/api\/v1(?=\/|\?|$)/;

/**
 * Public routes that take a body get a small body limit: an anonymous client cannot make a replica
 * parse a megabyte of JSON (the login body is two short strings).
 */
const PUBLIC_BODY_LIMITS: Record<string, number> = { '/api/auth/issue': 4096 };

/** Path parameters longer than this (server names with their IP, job names …) answer 414. */
const MAX_PARAM_LENGTH = 1024;

/**
 * The Fastify adapter: the success envelope, request ids (honouring X-Request-ID), body limit, the
 * /api/v1 alias, and the error envelope for what Fastify rejects before Nest routes (bad URL
 * encoding, 414).
 */
export function createFastifyAdapter(config: AppConfig): FastifyAdapter {
  const styledRoutes = new StyledRoutes();
  const adapter = new EnvelopingFastifyAdapter(config.timeZone, {
    // No Express-style middleware anywhere (hooks do that work): without @fastify/middie, no
    // per-request hook copies the request's url, ip and proxy chain onto the raw request for it.
    // A module that registered Nest middleware would fail at start-up, not silently go unrun.
    skipMiddie: true,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    // Slow or idle clients cannot hold sockets for ever (issue 15: 21,000 slow-body clients held
    // 18,110 file descriptors). Node checks these limits every connectionsCheckingInterval.
    requestTimeout: config.http.requestTimeoutMs,
    connectionTimeout: config.http.connectionTimeoutMs,
    keepAliveTimeout: config.http.keepAliveTimeoutMs,
    http: {
      headersTimeout: config.http.requestTimeoutMs,
      connectionsCheckingInterval: Math.min(30_000, Math.max(250, Math.floor(config.http.requestTimeoutMs / 4))),
    },
    logger: { ...loggerOptions(config.logLevel), stream: logDestination() },
    logController: new RequestLogController(),
    childLoggerFactory: requestChildLogger,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      const tooLong = error.statusCode === 414;
      const exception = tooLong
        ? new AppException(414, 'URI_TOO_LONG', messages.common.pathParameterTooLong(MAX_PARAM_LENGTH))
        : AppException.badRequest(messages.common.malformedUrl());
      setRequestHeaders(request, reply);
      void reply
        .status(exception.getStatus())
        .header('content-type', 'application/json; charset=utf-8')
        .send(errorBody(exception, request, styledRoutes.styleOf(request.url), config.timeZone));
    },
    genReqId: (req: IncomingMessage) => requestIdFrom(req.headers[REQUEST_ID_HEADER]),
    rewriteUrl: (req: IncomingMessage) => (req.url ?? '/').replace(VERSIONED_PREFIX, '/api'),
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  });
  adapter.getInstance().addHook('onRoute', (route) => styledRoutes.add(route.url, route.config));
  return adapter;
}

/**
 * The routes with their own envelope style (the images route), by URL pattern: what Fastify refuses
 * before routing (a path parameter too long, bad percent-encoding) still answers in the style of the
 * route the URL was meant for, as the document says.
 */
class StyledRoutes {
  private readonly routes: { pattern: RegExp; style: EnvelopeStyleOptions }[] = [];

  add(url: string, config: unknown): void {
    const style = envelopeStyleOfRoute({ routeOptions: { config } });
    if (!style) return;
    const source = url
      .split('/')
      .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/');
    this.routes.push({ pattern: new RegExp(`^${source}/?(?:\\?|$)`), style });
  }

  styleOf(url: string): EnvelopeStyleOptions {
    const path = url.replace(VERSIONED_PREFIX, '/api');
    return this.routes.find((route) => route.pattern.test(path))?.style ?? DEFAULT_ENVELOPE_STYLE;
  }
}

/**
 * Everything an app needs beyond its modules: prefix, headers, audit hook, CORS, docs, logging.
 * Returns the OpenAPI document's getter (built on first use).
 */
export async function configureHttpPlatform(
  app: NestFastifyApplication,
  config: AppConfig,
): Promise<() => OpenAPIObject> {
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix(API_PREFIX);
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRoute', (route) => {
    const limit = PUBLIC_BODY_LIMITS[route.url];
    if (limit !== undefined) route.bodyLimit = Math.min(limit, config.bodyLimitBytes);
  });
  addAnswerHeaders(fastify, { https: config.servedOverHttps });
  acceptOnlyJsonBodies(fastify);
  // Credentials are checked before the body is read; a refused request's body is never parsed.
  app.get(RequestAuthenticator).attach(fastify);
  parseJsonBodies(fastify);
  app.get(AuditRecorder).attach(fastify);
  // HTTP request duration per route pattern (not per URL: bounded label values) and status: one
  // histogram observation per response, no interceptor and no per-request allocation.
  const { httpRequestDuration } = app.get(MetricsRegistry);
  fastify.addHook('onResponse', (request, reply, done) => {
    httpRequestDuration.observe(
      request.method,
      request.routeOptions.url ?? 'unmatched',
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
    done();
  });
  // CORS only for the origins CORS_ORIGIN lists (off by default: no origin, `null` included, is reflected).
  if (config.corsOrigins.length > 0) {
    app.enableCors({
      origin: config.corsOrigins,
      methods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
      allowedHeaders: ['Authorization', 'Content-Type', 'Accept-Language', 'X-Request-ID', 'Idempotency-Key'],
      exposedHeaders: ['X-Request-ID', 'X-Catalog-Stale', 'Retry-After'],
    });
  }
  return setUpOpenApi(app);
}

/**
 * Swagger UI and the document's routes. The document is built the first time it is asked for (the
 * first request for the docs, or `npm run openapi`) and then kept: a start does not scan every
 * route's metadata for a document no one may read (about 0.1 s of CPU, paid by every test app too).
 */
function setUpOpenApi(app: INestApplication): () => OpenAPIObject {
  let document: OpenAPIObject | undefined;
  const openApiDocument = () => (document ??= buildOpenApiDocument(app));
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, openApiDocument, {
    jsonDocumentUrl: `${API_PREFIX}/docs-json`,
    swaggerOptions: { persistAuthorization: true },
  });
  return openApiDocument;
}
