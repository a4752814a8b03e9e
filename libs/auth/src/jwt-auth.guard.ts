import { CanActivate, ExecutionContext, HttpStatus, Injectable, Type } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService, TokenExpiredError } from '@nestjs/jwt';
import {
  AppConfig,
  AppException,
  AttributedRequest,
  IS_AGENT_ROUTE,
  isAgentToken,
  messages,
  NOT_AUDITED,
  ReferenceCache,
  REQUIRED_ROLE,
  Role,
  roleAllows,
  routeAction,
  UnauditedAnswer,
} from '@zdm/common';
import { UserAccess, UsersService } from '@zdm/inventory';
import { FastifyRequest } from 'fastify';
import { AuthenticatedUser, TOKEN_AUDIENCE, TOKEN_ISSUER } from './authenticated-user';
import { tokenFromAuthorization } from './bearer-token';
import { IS_PUBLIC } from './public.decorator';
import { VerifiedClaims, VerifiedTokens } from './verified-tokens';

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

const unauthorized = (text = messages.common.unauthorized()) =>
  new AppException(HttpStatus.UNAUTHORIZED, 'UNAUTHORIZED', text);
const wrongTokenKind = (text = messages.agents.agentTokenNotAllowed()) =>
  new AppException(HttpStatus.FORBIDDEN, 'FORBIDDEN', text);

/**
 * Global guard: every route needs a valid token except those marked `@Public()`. Only HS256 with
 * our secret, our `iss`/`aud` and an `exp` is accepted (so `alg: none`, foreign keys and endless
 * tokens fail). The token's user must still exist, be enabled and have the token version the token
 * carries (a password, role or disabled change bumps it), looked up at most once per
 * AUTH_USER_RECHECK_MS for the same user. Then the route's `@RequiredRole` (admin when a route has
 * none) against the user's role from the database: 403 naming the role needed.
 *
 * Agent tokens (spec §8) are a separate kind: refused with 403 here on user routes; on agent routes
 * (`@AgentRoute()`) they pass on to the agents lib's own guard, and a user token there gets 403.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  /** Tokens whose signature checked out, until they expire. */
  private readonly verifiedTokens = new VerifiedTokens();
  /** A token's user as the database has it, looked up at most once per AUTH_USER_RECHECK_MS (0: every request). */
  private readonly userAccess: ReferenceCache<UserAccess | undefined>;
  private readonly maxTtlSeconds: number;
  /** Per controller and handler: what its decorators say (metadata does not change at run time). */
  private readonly routes = new WeakMap<Type, WeakMap<Handler, RouteAccess>>();

  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly users: UsersService,
    config: AppConfig,
  ) {
    this.userAccess = new ReferenceCache<UserAccess | undefined>(config.authUserRecheckMs, 10_000);
    this.maxTtlSeconds = config.tokenMaxTtlSeconds;
  }

  /**
   * Synchronous when the token was verified before and its user was looked up within
   * AUTH_USER_RECHECK_MS (every request of a polling client after its first): Nest then continues
   * without awaiting the guard. Otherwise the signature check and the user lookup are awaited.
   */
  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<GuardedRequest>();
    const route = this.routeAccess(context.getClass(), context.getHandler());
    // Named for the audit log whatever happens next (a refused write is recorded too).
    request.routeAction = route.action;
    request.unaudited = route.unaudited;
    if (route.isPublic) return true;
    const token = tokenFromAuthorization(request.headers.authorization);
    if (!token) throw unauthorized();
    if (isAgentToken(token)) {
      if (route.agentRoute) return true; // checked by the agent token guard next
      throw wrongTokenKind();
    }
    const claims = this.verifiedTokens.get(token);
    const access = claims && Number.isInteger(claims.sub) ? this.userAccess.peek(String(claims.sub)) : undefined;
    return claims && access
      ? this.admit(request, route, claims, access)
      : this.verifyAndAdmit(request, route, token, claims);
  }

  /** `known`: the claims of a token verified before (its user is then what is still to look up). */
  private async verifyAndAdmit(
    request: GuardedRequest,
    route: RouteAccess,
    token: string,
    known: VerifiedClaims | undefined,
  ): Promise<boolean> {
    const claims = known ?? (await this.verify(token));
    if (!Number.isInteger(claims.sub)) throw unauthorized(messages.common.tokenInvalid());
    const access = await this.userAccess.get(
      String(claims.sub),
      () => this.users.access(claims.sub),
      (found) => found !== undefined,
    );
    return this.admit(request, route, claims, access);
  }

  /** The user as the database has it must still match the token, then the route's role. */
  private admit(
    request: GuardedRequest,
    route: RouteAccess,
    claims: VerifiedClaims,
    access: UserAccess | undefined,
  ): boolean {
    if (!access || access.disabled || access.tokenVersion !== claims.ver) {
      throw unauthorized(messages.common.tokenInvalid());
    }
    if (route.agentRoute) throw wrongTokenKind(messages.agents.userTokenNotAllowed());
    request.user = { id: claims.sub, email: access.email, role: access.role };
    if (!roleAllows(access.role, route.role)) throw AppException.forbidden(route.role);
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

  private async verify(token: string): Promise<VerifiedClaims> {
    let claims: VerifiedClaims;
    try {
      claims = await this.jwt.verifyAsync<VerifiedClaims>(token, {
        algorithms: ['HS256'],
        issuer: TOKEN_ISSUER,
        audience: TOKEN_AUDIENCE,
      });
    } catch (error) {
      throw unauthorized(
        error instanceof TokenExpiredError ? messages.common.tokenExpired() : messages.common.tokenInvalid(),
      );
    }
    // A token without an expiry would work forever, one without a version could not be revoked,
    // and none may live longer than TOKEN_MAX_TTL.
    if (
      typeof claims.exp !== 'number' ||
      typeof claims.iat !== 'number' ||
      claims.exp - claims.iat > this.maxTtlSeconds ||
      !Number.isInteger(claims.ver)
    ) {
      throw unauthorized(messages.common.tokenInvalid());
    }
    this.verifiedTokens.add(token, claims);
    return claims;
  }
}
