import { CanActivate, ExecutionContext, HttpStatus, Injectable, Type } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  AppException,
  AttributedRequest,
  IS_AGENT_ROUTE,
  LocalizedText,
  messages,
  NOT_AUDITED,
  REQUIRED_ROLE,
  Role,
  roleAllows,
  routeAction,
  UnauditedAnswer,
} from '@zdm/common';
import { FastifyRequest } from 'fastify';
import { AuthenticatedUser } from './authenticated-user';
import { IS_PUBLIC } from './public.decorator';

type Handler = ReturnType<ExecutionContext['getHandler']>;
type GuardedRequest = FastifyRequest & AttributedRequest & { user?: AuthenticatedUser };

/** What the guard reads from a route's decorators. */
interface RouteAccess {
  /** `<controller>.<handler>` for the audit log. */
  action: string;
  /** `@NotAudited` answers of the route, for the audit log. */
  unaudited: UnauditedAnswer[] | undefined;
  isPublic: boolean;
  agentRoute: boolean;
  /** `@RequiredRole`, admin when the route has none. */
  role: Role;
}

const unauthorized = () => new AppException(HttpStatus.UNAUTHORIZED, 'UNAUTHORIZED', messages.common.unauthorized());
const forbidden = (text: LocalizedText) => new AppException(HttpStatus.FORBIDDEN, 'FORBIDDEN', text);

/**
 * Global guard: every route needs credentials except those marked `@Public()`. Who the caller is
 * was settled before the body was read, by the authentication hook (`RequestAuthenticator`): this
 * guard names the route for the audit log, answers the hook's refusal (401 for missing, invalid or
 * revoked credentials, 403 for a token of the other kind: user tokens on agent routes, agent tokens
 * elsewhere, spec §8), then checks the route's `@RequiredRole` (admin when a route has none) against
 * the user's role from the database: 403 naming the role needed. Always synchronous.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  /** Per controller and handler: what its decorators say (metadata does not change at run time). */
  private readonly routes = new WeakMap<Type, WeakMap<Handler, RouteAccess>>();

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<GuardedRequest>();
    const route = this.routeAccess(context.getClass(), context.getHandler());
    // Named for the audit log whatever happens next (a refused write is recorded too).
    request.routeAction = route.action;
    request.unaudited = route.unaudited;
    if (route.isPublic) return true;
    if (request.authenticationFailure !== undefined) throw request.authenticationFailure;
    // The hook refuses the wrong kind already; checked again from the route's own decorators.
    if (route.agentRoute) {
      if (request.agent) return true;
      throw request.user ? forbidden(messages.agents.userTokenNotAllowed()) : unauthorized();
    }
    if (request.agent) throw forbidden(messages.agents.agentTokenNotAllowed());
    const user = request.user;
    if (!user) throw unauthorized();
    if (!roleAllows(user.role, route.role)) throw AppException.forbidden(route.role);
    return true;
  }

  /** A route's decorators as the guard needs them, read once per controller and handler. */
  private routeAccess(controller: Type, handler: Handler): RouteAccess {
    let handlers = this.routes.get(controller);
    if (!handlers) this.routes.set(controller, (handlers = new WeakMap()));
    let route = handlers.get(handler);
    if (!route) {
      const targets = [handler, controller];
      route = {
        action: routeAction(controller, handler),
        unaudited: this.reflector.getAllAndOverride<UnauditedAnswer[] | undefined>(NOT_AUDITED, targets),
        isPublic: Boolean(this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, targets)),
        agentRoute: Boolean(this.reflector.getAllAndOverride<boolean | undefined>(IS_AGENT_ROUTE, targets)),
        role: this.reflector.getAllAndOverride<Role | undefined>(REQUIRED_ROLE, targets) ?? 'admin',
      };
      handlers.set(handler, route);
    }
    return route;
  }
}
