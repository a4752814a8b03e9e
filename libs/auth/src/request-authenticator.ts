import { HttpStatus, Injectable } from '@nestjs/common';
import { JwtService, TokenExpiredError } from '@nestjs/jwt';
import {
  addRouteHook,
  AGENT_TOKEN_PREFIX,
  API_KEY_PREFIX,
  AppConfig,
  AppException,
  AttributedRequest,
  Clock,
  credentialsOfRoute,
  LocalizedText,
  messages,
  ReferenceCache,
  RouteCredentials,
  takesBody,
} from '@zdm/common';
import { UserAccess, UsersService } from '@zdm/inventory';
import { FastifyInstance, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import { AgentTokenCheck } from './agent-token-check';
import { ApiKeysService } from './api-keys/api-keys.service';
import { AuthenticatedUser, TOKEN_AUDIENCE, TOKEN_ISSUER } from './authenticated-user';
import { tokenFromAuthorization } from './bearer-token';
import { judgeTokenLifetime } from './domain/token-lifetime';
import { VerifiedClaims, VerifiedTokens } from './verified-tokens';

type AuthenticatingRequest = FastifyRequest & AttributedRequest & { user?: AuthenticatedUser };

/**
 * A kind of bearer credential recognised by its prefix (agent tokens `zdma_`, API keys `zdmk_`):
 * it is refused on routes for other credentials before any lookup, and otherwise checked
 * by `authenticate`, which puts its identity on the request or throws. A token without a known
 * prefix is tried as a user JWT.
 */
interface PrefixedCredential {
  prefix: string;
  /** The routes that take it. */
  routes: RouteCredentials;
  /** The 403 text on other routes. */
  refusedElsewhere: () => LocalizedText;
  authenticate(token: string, request: AuthenticatingRequest): Promise<void>;
}

const unauthorized = (text = messages.common.unauthorized()) =>
  new AppException(HttpStatus.UNAUTHORIZED, 'UNAUTHORIZED', text);
const forbidden = (text: LocalizedText) => new AppException(HttpStatus.FORBIDDEN, 'FORBIDDEN', text);

/**
 * Authenticates every request in a Fastify `onRequest` hook, before its body is read (issue 21: the
 * body used to be parsed before the guard checked the token, so anonymous clients could make a
 * replica parse megabytes of JSON). Routes take no credentials (`@Public`), agent tokens
 * (`@AgentRoute`) or user tokens (the default), as their Fastify route config says.
 *
 * User tokens: only HS256 with our secret, our `iss`/`aud`, an `iat` not in the future and an `exp`
 * at most TOKEN_MAX_TTL away (from `iat` and from now) is accepted (so `alg: none`, foreign keys,
 * endless tokens and future-dated ones fail), by the injected Clock; the token's user must still exist, be enabled and have the
 * token version the token carries (a password, role or disabled change bumps it), looked up at most
 * once per AUTH_USER_RECHECK_MS for the same user. Agent tokens are checked against the agents
 * table on every request (`AgentTokenCheck`), API keys against the api_keys table on every request
 * (`ApiKeysService`: a revoked key fails at once on every replica).
 *
 * The outcome is left on the request: `user` or `agent`, or `authenticationFailure`, which the
 * global guard throws (so the audit log names the refused route as before). A refused request's
 * body is not read: its parser gets an empty stream. Synchronous when the token was verified
 * before and its user looked up within AUTH_USER_RECHECK_MS (every request of a polling client
 * after its first): no promise, no extra tick on that path.
 */
@Injectable()
export class RequestAuthenticator {
  /** Tokens whose signature checked out, until they expire. */
  private readonly verifiedTokens: VerifiedTokens;
  /** A token's user as the database has it, looked up at most once per AUTH_USER_RECHECK_MS (0: every request). */
  private readonly userAccess: ReferenceCache<UserAccess | undefined>;
  private readonly maxTtlSeconds: number;
  private readonly prefixed: PrefixedCredential[];

  constructor(
    private readonly jwt: JwtService,
    private readonly users: UsersService,
    agents: AgentTokenCheck,
    apiKeys: ApiKeysService,
    config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.verifiedTokens = new VerifiedTokens(10_000, () => clock.now().getTime());
    this.userAccess = new ReferenceCache<UserAccess | undefined>(config.authUserRecheckMs, 10_000);
    this.maxTtlSeconds = config.tokenMaxTtlSeconds;
    this.prefixed = [
      {
        prefix: AGENT_TOKEN_PREFIX,
        routes: 'agent',
        refusedElsewhere: messages.agents.agentTokenNotAllowed,
        authenticate: async (token, request) => {
          request.agent = await agents.authenticate(token);
        },
      },
      {
        // A key acts on user routes within its own role; it is never an agent token (spec §16).
        prefix: API_KEY_PREFIX,
        routes: 'user',
        refusedElsewhere: messages.agents.userTokenNotAllowed,
        authenticate: async (token, request) => {
          request.user = await apiKeys.authenticate(token);
        },
      },
    ];
  }

  attach(fastify: FastifyInstance): void {
    fastify.addHook('onRequest', (request, _reply, done) => {
      const pending = this.authenticate(request);
      if (pending === undefined) done();
      else void pending.then(() => done());
    });
    // A refused request's body is not read: its parser gets an empty stream (of the announced
    // length, so Fastify's length check passes) and the guard answers 401/403. Only routes that
    // take a body have a body to leave unread.
    addRouteHook(fastify, 'preParsing', takesBody, (request: AuthenticatingRequest, _reply, payload, done) => {
      if (request.authenticationFailure === undefined) return done(null, payload);
      done(null, Object.assign(Readable.from([]), { receivedEncodedLength: contentLength(request) }));
    });
  }

  /** Leaves `user`, `agent` or `authenticationFailure` on the request; a promise only when it had to look something up. */
  private authenticate(request: AuthenticatingRequest): Promise<void> | undefined {
    // An unknown route answers 404 whatever the credentials.
    if (request.is404) return undefined;
    const routes = credentialsOfRoute(request);
    if (routes === 'none') return undefined;
    const token = tokenFromAuthorization(request.headers.authorization);
    if (!token) return this.refuse(request, unauthorized());
    const kind = this.prefixed.find((k) => token.startsWith(k.prefix));
    if (kind) {
      if (kind.routes !== routes) return this.refuse(request, forbidden(kind.refusedElsewhere()));
      return kind.authenticate(token, request).catch((error: unknown) => this.refuse(request, error));
    }
    const claims = this.verifiedTokens.get(token);
    const access = claims && Number.isInteger(claims.sub) ? this.userAccess.peek(String(claims.sub)) : undefined;
    if (claims && access) return this.admitUser(request, routes, claims, access);
    return this.verifyUser(request, routes, token, claims).catch((error: unknown) => this.refuse(request, error));
  }

  private refuse(request: AuthenticatingRequest, failure: unknown): undefined {
    request.authenticationFailure = failure;
    return undefined;
  }

  /** `known`: the claims of a token verified before (its user is then what is still to look up). */
  private async verifyUser(
    request: AuthenticatingRequest,
    routes: RouteCredentials,
    token: string,
    known: VerifiedClaims | undefined,
  ): Promise<void> {
    const claims = known ?? (await this.verify(token));
    if (!Number.isInteger(claims.sub)) throw unauthorized(messages.common.tokenInvalid());
    const access = await this.userAccess.get(
      String(claims.sub),
      () => this.users.access(claims.sub),
      (found) => found !== undefined,
    );
    this.admitUser(request, routes, claims, access);
  }

  /** The user as the database has it must still match the token, and the route must take user tokens. */
  private admitUser(
    request: AuthenticatingRequest,
    routes: RouteCredentials,
    claims: VerifiedClaims,
    access: UserAccess | undefined,
  ): undefined {
    if (!access || access.disabled || access.tokenVersion !== claims.ver) {
      return this.refuse(request, unauthorized(messages.common.tokenInvalid()));
    }
    if (routes !== 'user') return this.refuse(request, forbidden(messages.agents.userTokenNotAllowed()));
    request.user = { id: claims.sub, email: access.email, role: access.role };
    return undefined;
  }

  private async verify(token: string): Promise<VerifiedClaims> {
    const now = Math.floor(this.clock.now().getTime() / 1000);
    let claims: VerifiedClaims;
    try {
      claims = await this.jwt.verifyAsync<VerifiedClaims>(token, {
        algorithms: ['HS256'],
        issuer: TOKEN_ISSUER,
        audience: TOKEN_AUDIENCE,
        clockTimestamp: now,
      });
    } catch (error) {
      throw unauthorized(
        error instanceof TokenExpiredError ? messages.common.tokenExpired() : messages.common.tokenInvalid(),
      );
    }
    // A token without an expiry would work forever, one without a version could not be revoked,
    // and none may live longer than TOKEN_MAX_TTL (judged from now too: a future `iat` does not
    // stretch it).
    if (judgeTokenLifetime(claims, now, this.maxTtlSeconds) !== 'ok' || !Number.isInteger(claims.ver)) {
      throw unauthorized(messages.common.tokenInvalid());
    }
    this.verifiedTokens.add(token, claims);
    return claims;
  }
}

function contentLength(request: FastifyRequest): number | undefined {
  const length = Number(request.headers['content-length']);
  return Number.isNaN(length) ? undefined : length;
}
