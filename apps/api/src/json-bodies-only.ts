import {
  addRouteHook,
  AppException,
  AttributedRequest,
  jsonNestsDeeperThan,
  MAX_INPUT_DEPTH,
  messages,
  takesBody,
} from '@zdm/common';
import { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * Every route that takes a body takes JSON, parsed by `parseJsonBodies`. Fastify also parses `text/plain` and Nest registers
 * `application/x-www-form-urlencoded`; a body of those (or any other) types is refused with 415
 * before it is parsed, instead of reaching validation as a string or form fields (a 400). Only on
 * routes that take a body: Fastify reads none on GET, HEAD and TRACE.
 */
export function acceptOnlyJsonBodies(fastify: FastifyInstance): void {
  addRouteHook(fastify, 'preParsing', takesBody, (request, _reply, payload, done) => {
    const header = request.headers['content-type'];
    if (header === undefined) return done(null, payload);
    const mediaType = header.split(';')[0]!.trim().toLowerCase();
    if (mediaType === 'application/json') return done(null, payload);
    const error = Object.assign(new Error(`Unsupported Media Type: ${header}`), {
      statusCode: 415,
      code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE',
    });
    done(error, payload);
  });
}

/**
 * The one JSON body parser (the app is created with Nest's `bodyParser: false`, so Nest adds none):
 * Fastify's own parser (prototype poisoning refused, the route's body limit), after a linear scan
 * that refuses nesting deeper than MAX_INPUT_DEPTH with 400 before JSON.parse builds the body. A
 * megabyte of `[` kept JSON.parse busy for 0.7 s of the event loop (issue 21); the scan takes a
 * millisecond, and the validation pipe would refuse the depth anyway. A request whose credentials
 * were refused has no body: the authentication hook gave it an empty stream, and the guard answers.
 */
export function parseJsonBodies(fastify: FastifyInstance): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit: fastify.initialConfig.bodyLimit },
    (request: FastifyRequest & AttributedRequest, body: string, done) => {
      if (request.authenticationFailure !== undefined) {
        done(null, undefined);
        return;
      }
      if (jsonNestsDeeperThan(body, MAX_INPUT_DEPTH)) {
        done(AppException.badRequest(messages.common.nestedTooDeeply('body', MAX_INPUT_DEPTH)), undefined);
        return;
      }
      void parseJson(request, body, done);
    },
  );
}
