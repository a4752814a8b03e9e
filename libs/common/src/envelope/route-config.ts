import { FASTIFY_ROUTE_CONFIG_METADATA } from '@nestjs/platform-fastify/constants';
import type { EnvelopeStyleOptions } from './envelope-style.decorator';

/** What our decorators put in a route's Fastify config (`request.routeOptions.config`). */
export interface EnvelopeRouteConfig {
  /** `@ResponseMessage`: the route's answers are wrapped in the success envelope. */
  responseMessage?: string;
  /** `@EnvelopeStyle`: timestamp and error form of the route's envelopes. */
  envelopeStyle?: EnvelopeStyleOptions;
}

/**
 * Adds keys to the Fastify route config of a handler. Nest's `RouteConfig` replaces the whole
 * config, so two decorators using it on one handler would keep only one of them.
 */
export function addToRouteConfig(entries: EnvelopeRouteConfig): MethodDecorator & ClassDecorator {
  return (target: object, _key?: string | symbol, descriptor?: PropertyDescriptor) => {
    const holder: object = (descriptor?.value as object | undefined) ?? target;
    const current = Reflect.getMetadata(FASTIFY_ROUTE_CONFIG_METADATA, holder) as EnvelopeRouteConfig | undefined;
    Reflect.defineMetadata(FASTIFY_ROUTE_CONFIG_METADATA, { ...current, ...entries }, holder);
  };
}

/** The envelope settings of the route a Fastify request matched (none on unmatched requests). */
export function envelopeConfigOf(request: { routeOptions?: { config?: unknown } }): EnvelopeRouteConfig | undefined {
  return request.routeOptions?.config as EnvelopeRouteConfig | undefined;
}
