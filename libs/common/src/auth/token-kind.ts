import { SetMetadata } from '@nestjs/common';

/**
 * Two kinds of bearer token reach the API: user tokens (JWTs issued by `POST /api/auth/issue`) and
 * agent tokens (issued once by `POST /api/agents`, stored only as a hash). Each kind is refused with
 * 403 on the other's routes (spec §8). An agent token is recognised by its prefix, so the global
 * guard can tell the kinds apart without a database lookup; the agents lib checks the token itself.
 */
export const AGENT_TOKEN_PREFIX = 'zdma_';

/** Metadata key of routes that take agent tokens (`/api/agent/…`). */
export const IS_AGENT_ROUTE = 'zdm:agent-route';

/** Marks a controller or handler as an agent route (the agents lib adds its token guard next to it). */
export const AgentRouteMetadata = () => SetMetadata(IS_AGENT_ROUTE, true);

export function isAgentToken(token: string): boolean {
  return token.startsWith(AGENT_TOKEN_PREFIX);
}
