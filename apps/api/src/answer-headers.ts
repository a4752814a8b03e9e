import { REQUEST_ID_HEADER } from '@zdm/common';
import { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import helmet from 'helmet';
import { IncomingMessage, ServerResponse } from 'node:http';

/** Answers under this prefix (static Swagger UI, the public OpenAPI document) may be cached (`/api/v1/docs` is rewritten to it). */
const CACHEABLE_PREFIX = '/api/docs';

/**
 * The headers every answer carries, set in one `onRequest` hook (one hook run per request instead
 * of three; issue 25):
 * - helmet's security headers. With our options they are the same on every answer, so helmet runs
 *   once at start-up against a recording response and each request gets the recorded headers:
 *   running helmet's dozen middlewares on every request cost about 4 % of a small route's CPU time
 *   (and `@fastify/helmet` even rebuilt them, re-parsing the CSP, per request);
 * - `X-Request-ID`, the request's id (honoured from the client or minted);
 * - `Cache-Control: no-store`: answers can carry tokens and data of the caller, so no shared or
 *   browser cache keeps them; the docs may be cached.
 * What Fastify answers before routing (a bad URL, a parameter too long: `frameworkErrors`) runs no
 * hook and calls `setRequestHeaders` itself.
 */
export function addAnswerHeaders(fastify: FastifyInstance, options: { https: boolean }): void {
  const headers = securityHeaders(options);
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.headers(headers);
    setRequestHeaders(request, reply);
    done();
  });
}

/** `X-Request-ID` and, outside the docs, `Cache-Control: no-store`. */
export function setRequestHeaders(request: FastifyRequest, reply: FastifyReply): void {
  void reply.header(REQUEST_ID_HEADER, request.id);
  if (!request.url.startsWith(CACHEABLE_PREFIX)) {
    void reply.header('cache-control', 'no-store');
  }
}

/** The headers helmet sets, by lower-case name. */
export function securityHeaders(options: { https: boolean }): Record<string, string> {
  const applyHeaders = helmet({
    // Swagger UI needs its inline bootstrap script and styles; the JSON API itself needs no CSP.
    // `upgrade-insecure-requests` only when the API is served over HTTPS (SERVED_OVER_HTTPS): on a
    // plain-HTTP deployment it rewrites Swagger UI's assets to https:// and the page stays blank.
    contentSecurityPolicy: {
      directives: {
        upgradeInsecureRequests: options.https ? [] : null,
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'validator.swagger.io'],
      },
    },
  });
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  let failure: unknown;
  // Helmet's middlewares are synchronous: the headers are recorded when this returns.
  applyHeaders({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => (failure = error));
  if (failure) throw failure instanceof Error ? failure : new Error(String(failure));
  if (Object.keys(headers).length === 0) throw new Error('helmet set no headers');
  return headers;
}
