import {
  applyDecorators,
  CanActivate,
  createParamDecorator,
  ExecutionContext,
  Injectable,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { AgentRouteMetadata } from '@zdm/common';
import { FastifyRequest } from 'fastify';
import { AgentIdentity } from './agents.repository';
import { AgentsService } from './agents.service';

type AgentRequest = FastifyRequest & { agent?: AgentIdentity };

/** `Authorization: Bearer <agent token>` (or the bare token, as user tokens allow). */
function agentTokenFrom(header: string | string[] | undefined): string | undefined {
  const value = (Array.isArray(header) ? header[0] : header)?.trim();
  if (!value) return undefined;
  return /^(?:Bearer\s+)?(\S+)$/i.exec(value)?.[1];
}

/**
 * Authenticates agent routes. The global guard has already sent user tokens away (403) and let only
 * tokens of the agent kind through; this one checks the token against the agents table.
 */
@Injectable()
export class AgentTokenGuard implements CanActivate {
  constructor(private readonly agents: AgentsService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AgentRequest>();
    request.agent = await this.agents.authenticate(agentTokenFrom(request.headers.authorization) ?? '');
    return true;
  }
}

/** Marks an agent route (`/api/agent/…`): agent tokens only, checked by `AgentTokenGuard`. */
export const AgentRoute = () =>
  applyDecorators(
    AgentRouteMetadata(),
    UseGuards(AgentTokenGuard),
    ApiBearerAuth('agent'),
    ApiExtension('x-token-kind', 'agent'),
    ApiUnauthorizedResponse({ description: 'Missing, unknown or revoked agent token' }),
    ApiForbiddenResponse({ description: 'A user token: agent routes take agent tokens only' }),
  );

/** The calling agent (on routes marked `@AgentRoute()`). */
export const CurrentAgent = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AgentIdentity =>
    context.switchToHttp().getRequest<AgentRequest>().agent!,
);
