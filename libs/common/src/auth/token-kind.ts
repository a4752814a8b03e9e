import { applyDecorators, SetMetadata } from '@nestjs/common';
import { addToRouteConfig, envelopeConfigOf } from '../envelope/route-config';

/**
 * Two kinds of bearer token reach the API: user tokens (JWTs issued by `POST /api/auth/issue`) and
 * agent tokens (issued once by `POST /api/agents`, stored only as a hash). Each kind is refused with
 * 403 on the other's routes (spec §8). An agent token is recognised by its prefix, so the global
 * guard can tell the kinds apart without a database lookup; the agents lib checks the token itself.
 */
export const AGENT_TOKEN_PREFIX = 'zdma_';

/**
 * API keys (spec §16): long-lived credentials for services and scrapers, accepted where user tokens
 * are, within the key's role. Recognised by this prefix before any lookup, like agent tokens.
 */
export const API_KEY_PREFIX = 'zdmk_';

/** Metadata key of routes that take agent tokens (`/api/agent/…`). */
export const IS_AGENT_ROUTE = 'zdm:agent-route';

/**
 * The credentials a route takes: none (`@Public`), agent tokens (`@AgentRoute`) or, by default,
 * user credentials. Kept in the Fastify route config, so the authentication hook knows it before the
 * body is read.
 */
export type RouteCredentials = 'none' | 'user' | 'agent';

/** Marks a controller or handler as an agent route (the agents lib adds its token guard next to it). */
export const AgentRouteMetadata = () =>
  applyDecorators(SetMetadata(IS_AGENT_ROUTE, true), addToRouteConfig({ credentials: 'agent' }));

/** The credentials the route a Fastify request matched takes (user credentials unless it says otherwise). */
export function credentialsOfRoute(request: { routeOptions?: { config?: unknown } }): RouteCredentials {
  return envelopeConfigOf(request)?.credentials ?? 'user';
}

export function isAgentToken(token: string): boolean {
  return token.startsWith(AGENT_TOKEN_PREFIX);
}
