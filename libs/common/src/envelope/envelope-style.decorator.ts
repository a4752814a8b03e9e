import { applyDecorators, SetMetadata } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { TimestampStyle } from '../time/timestamp';

export const ENVELOPE_STYLE = 'zdm:envelope-style';

/**
 * Per-route envelope style. The API default is `timestamp: 'local'` and `error` as a string; the
 * images route's seed uses ISO-UTC timestamps and `error: { code, message }`.
 */
export interface EnvelopeStyleOptions {
  timestamp: TimestampStyle;
  errorForm: 'string' | 'object';
}

export const DEFAULT_ENVELOPE_STYLE: EnvelopeStyleOptions = { timestamp: 'local', errorForm: 'string' };

/**
 * Put it on the handler. It is stored twice: as Nest metadata (the success envelope reads it) and
 * in the Fastify route config, because an exception filter is handed no handler by Nest's router
 * and reads the style from the matched route instead.
 */
export const EnvelopeStyle = (style: EnvelopeStyleOptions) =>
  applyDecorators(SetMetadata(ENVELOPE_STYLE, style), RouteConfig({ envelopeStyle: style }));

/** The style of the route a Fastify request matched, if it set one. */
export function envelopeStyleOfRoute(request: {
  routeOptions?: { config?: unknown };
}): EnvelopeStyleOptions | undefined {
  return (request.routeOptions?.config as { envelopeStyle?: EnvelopeStyleOptions } | undefined)?.envelopeStyle;
}
