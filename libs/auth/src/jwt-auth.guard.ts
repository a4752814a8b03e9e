import { CanActivate, ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService, TokenExpiredError } from '@nestjs/jwt';
import { AppConfig, AppException, messages, ReferenceCache } from '@zdm/common';
import { UsersService } from '@zdm/inventory';
import { FastifyRequest } from 'fastify';
import { AuthenticatedUser } from './authenticated-user';
import { tokenFromAuthorization } from './bearer-token';
import { IS_PUBLIC } from './public.decorator';
import { VerifiedClaims, VerifiedTokens } from './verified-tokens';

const unauthorized = (text = messages.common.unauthorized()) =>
  new AppException(HttpStatus.UNAUTHORIZED, 'UNAUTHORIZED', text);

/**
 * Global guard: every route needs a valid token except those marked `@Public()`. Only HS256 with
 * our secret is accepted (so `alg: none` and foreign keys fail), and the token's user must still exist
 * (looked up at most once per AUTH_USER_RECHECK_MS for the same user).
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  /** Tokens whose signature checked out, until they expire. */
  private readonly verifiedTokens = new VerifiedTokens();
  /** That a token's user exists, looked up at most once per AUTH_USER_RECHECK_MS (0: every request). */
  private readonly existingUsers: ReferenceCache<boolean>;

  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly users: UsersService,
    config: AppConfig,
  ) {
    this.existingUsers = new ReferenceCache<boolean>(config.authUserRecheckMs, 10_000);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: AuthenticatedUser }>();
    const token = tokenFromAuthorization(request.headers.authorization);
    if (!token) throw unauthorized();
    const claims = this.verifiedTokens.get(token) ?? (await this.verify(token));
    if (!Number.isInteger(claims.sub)) throw unauthorized(messages.common.tokenInvalid());
    const exists = await this.existingUsers.get(
      String(claims.sub),
      () => this.users.exists(claims.sub),
      (found) => found,
    );
    if (!exists) throw unauthorized(messages.common.tokenInvalid());
    request.user = { id: claims.sub, email: claims.email };
    return true;
  }

  private async verify(token: string): Promise<VerifiedClaims> {
    let claims: VerifiedClaims;
    try {
      claims = await this.jwt.verifyAsync<VerifiedClaims>(token, { algorithms: ['HS256'] });
    } catch (error) {
      throw unauthorized(
        error instanceof TokenExpiredError ? messages.common.tokenExpired() : messages.common.tokenInvalid(),
      );
    }
    this.verifiedTokens.add(token, claims);
    return claims;
  }
}
