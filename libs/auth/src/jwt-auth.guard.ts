import { CanActivate, ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService, TokenExpiredError } from '@nestjs/jwt';
import { AppException, messages } from '@zdm/common';
import { UsersService } from '@zdm/inventory';
import { FastifyRequest } from 'fastify';
import { AuthenticatedUser, TokenClaims } from './authenticated-user';
import { tokenFromAuthorization } from './bearer-token';
import { IS_PUBLIC } from './public.decorator';

const unauthorized = (text = messages.common.unauthorized()) => new AppException(HttpStatus.UNAUTHORIZED, 'UNAUTHORIZED', text);

/**
 * Global guard: every route needs a valid token except those marked `@Public()`. Only HS256 with
 * our secret is accepted (so `alg: none` and foreign keys fail), and the token's user must still exist.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly users: UsersService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: AuthenticatedUser }>();
    const token = tokenFromAuthorization(request.headers.authorization);
    if (!token) throw unauthorized();
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token, { algorithms: ['HS256'] });
    } catch (error) {
      throw unauthorized(error instanceof TokenExpiredError ? messages.common.tokenExpired() : messages.common.tokenInvalid());
    }
    if (!Number.isInteger(claims.sub) || !(await this.users.exists(claims.sub))) throw unauthorized(messages.common.tokenInvalid());
    request.user = { id: claims.sub, email: claims.email };
    return true;
  }
}
