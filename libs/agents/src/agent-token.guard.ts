import {
  applyDecorators,
  CanActivate,
  createParamDecorator,
  ExecutionContext,
  HttpStatus,
  Injectable,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { AgentRouteMetadata, AppException, messages } from '@zdm/common';
import { FastifyRequest } from 'fastify';
import { AgentIdentity } from './agents.repository';

type AgentRequest = FastifyRequest & { agent?: AgentIdentity };

/**
 * Agent routes need an agent: the authentication hook (@zdm/auth, through the AgentTokenCheck port
 * this lib's AgentsService implements) has checked the token against the agents table before the
 * body was read, and the global guard has answered its refusals. A route that somehow got here
 * without an agent is refused all the same.
 */
@Injectable()
export class AgentTokenGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.switchToHttp().getRequest<AgentRequest>().agent) return true;
    throw new AppException(HttpStatus.UNAUTHORIZED, 'UNAUTHORIZED', messages.agents.agentTokenInvalid());
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
