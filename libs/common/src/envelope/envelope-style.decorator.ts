import { applyDecorators, SetMetadata } from '@nestjs/common';
import { TimestampStyle } from '../time/timestamp';
import { addToRouteConfig, envelopeConfigOf } from './route-config';

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
 * Put it on the handler (the class-level one only documents). It is stored as Nest metadata and in
 * the Fastify route config, where the success envelope and the exception filter (which Nest hands
 * no handler) read it from the matched route.
 */
export const EnvelopeStyle = (style: EnvelopeStyleOptions) =>
  applyDecorators(SetMetadata(ENVELOPE_STYLE, style), addToRouteConfig({ envelopeStyle: style }));

/** The style of the route a Fastify request matched, if it set one. */
export function envelopeStyleOfRoute(request: {
  routeOptions?: { config?: unknown };
}): EnvelopeStyleOptions | undefined {
  return envelopeConfigOf(request)?.envelopeStyle;
}
