import { FastifyInstance } from 'fastify';

/**
 * Every route that takes a body takes JSON. Fastify also parses `text/plain` and Nest registers
 * `application/x-www-form-urlencoded`; a body of those (or any other) types is refused with 415
 * before it is parsed, instead of reaching validation as a string or form fields (a 400).
 */
export function acceptOnlyJsonBodies(fastify: FastifyInstance): void {
  fastify.addHook('preParsing', (request, _reply, payload, done) => {
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
