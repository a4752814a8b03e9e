import { FastifyInstance, onSendAsyncHookHandler, preParsingHookHandler, RouteOptions } from 'fastify';

/** Methods Fastify never reads a body of (it skips content-type parsing for them). */
const BODYLESS_METHODS = new Set(['GET', 'HEAD', 'TRACE']);

/** The methods of a route, upper-case. */
export function routeMethods(route: RouteOptions): string[] {
  return (Array.isArray(route.method) ? route.method : [route.method]).map((m) => m.toUpperCase());
}

/** A route one of whose methods can carry a body. */
export function takesBody(route: RouteOptions): boolean {
  return routeMethods(route).some((method) => !BODYLESS_METHODS.has(method));
}

type RouteHookName = 'preParsing' | 'onSend';

/**
 * Adds `hook` as a route-level hook of every route registered from now on that `applies` to,
 * instead of a global hook every request runs through. Each hook Fastify runs costs a request
 * a round of its hook runner (and an async one a promise and a microtask), so a hook that only
 * concerns bodies or writes is put on the routes that take them (issue 25).
 */
export function addRouteHook(
  fastify: FastifyInstance,
  name: 'preParsing',
  applies: (route: RouteOptions) => boolean,
  hook: preParsingHookHandler,
): void;
export function addRouteHook(
  fastify: FastifyInstance,
  name: 'onSend',
  applies: (route: RouteOptions) => boolean,
  hook: onSendAsyncHookHandler,
): void;
export function addRouteHook(
  fastify: FastifyInstance,
  name: RouteHookName,
  applies: (route: RouteOptions) => boolean,
  hook: preParsingHookHandler | onSendAsyncHookHandler,
): void {
  fastify.addHook('onRoute', (route) => {
    if (!applies(route)) return;
    const existing: unknown = route[name];
    const hooks = existing === undefined ? [] : Array.isArray(existing) ? existing : [existing];
    (route as unknown as Record<RouteHookName, unknown[]>)[name] = [...hooks, hook];
  });
}
