import { PATH_METADATA } from '@nestjs/common/constants';
import { FASTIFY_ROUTE_CONFIG_METADATA } from '@nestjs/platform-fastify/constants';
import type { RouteCredentials } from '../auth/token-kind';
import type { EnvelopeStyleOptions } from './envelope-style.decorator';

/** What our decorators put in a route's Fastify config (`request.routeOptions.config`). */
export interface EnvelopeRouteConfig {
  /** `@ResponseMessage`: the route's answers are wrapped in the success envelope. */
  responseMessage?: string;
  /** `@EnvelopeStyle`: timestamp and error form of the route's envelopes. */
  envelopeStyle?: EnvelopeStyleOptions;
  /** `@Public` / `@AgentRoute`: the credentials the route takes, read before the body (user tokens when unset). */
  credentials?: RouteCredentials;
}

/**
 * Adds keys to the Fastify route config of a handler. Nest's `RouteConfig` replaces the whole
 * config, so two decorators using it on one handler would keep only one of them. Nest reads the
 * route config of handlers only: on a controller class, every route handler of the class gets the
 * keys it does not set itself (method decorators run before class decorators, so the handlers'
 * own keys are there to keep).
 */
export function addToRouteConfig(entries: EnvelopeRouteConfig): MethodDecorator & ClassDecorator {
  return (target: object, _key?: string | symbol, descriptor?: PropertyDescriptor) => {
    if (descriptor) {
      mergeRouteConfig(descriptor.value as object, entries, 'entries win');
      return;
    }
    const prototype = (target as { prototype?: Record<string, unknown> }).prototype ?? {};
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const handler = Object.getOwnPropertyDescriptor(prototype, name)?.value as unknown;
      if (typeof handler === 'function' && Reflect.getMetadata(PATH_METADATA, handler) !== undefined) {
        mergeRouteConfig(handler, entries, 'handler wins');
      }
    }
  };
}

function mergeRouteConfig(handler: object, entries: EnvelopeRouteConfig, winner: 'entries win' | 'handler wins') {
  const current = Reflect.getMetadata(FASTIFY_ROUTE_CONFIG_METADATA, handler) as EnvelopeRouteConfig | undefined;
  const merged = winner === 'entries win' ? { ...current, ...entries } : { ...entries, ...current };
  Reflect.defineMetadata(FASTIFY_ROUTE_CONFIG_METADATA, merged, handler);
}

/** The envelope settings of the route a Fastify request matched (none on unmatched requests). */
export function envelopeConfigOf(request: { routeOptions?: { config?: unknown } }): EnvelopeRouteConfig | undefined {
  return request.routeOptions?.config as EnvelopeRouteConfig | undefined;
}
