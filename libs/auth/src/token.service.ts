import { HttpStatus, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig, AppException, messages } from '@zdm/common';
import { UNUSABLE_HASH_PROMISE, UsersService, verifyPassword } from '@zdm/inventory';
import { TOKEN_AUDIENCE, TOKEN_ISSUER, TokenClaims } from './authenticated-user';
import { IssuedToken, IssueTokenDto } from './issue-token.dto';
import { LoginFailureLimiter } from './login-failure.limiter';

@Injectable()
export class TokenService {
  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly limiter: LoginFailureLimiter,
  ) {}

  /** Unknown email and wrong password give the same 404 (and cost the same hash check). */
  async issue(dto: IssueTokenDto, client: string): Promise<IssuedToken> {
    this.limiter.assertAllowed(client);
    const user = await this.users.findWithPasswordHash(dto.email);
    const ok = await verifyPassword(dto.password, user?.passwordHash ?? (await UNUSABLE_HASH_PROMISE));
    if (!user || !ok || user.disabled) {
      await this.limiter.recordFailure(client);
      throw new AppException(HttpStatus.NOT_FOUND, 'INVALID_CREDENTIALS', messages.auth.invalidCredentials());
    }
    const claims: TokenClaims = { sub: user.id, email: user.email, ver: user.tokenVersion };
    const token = await this.jwt.signAsync(claims, {
      algorithm: 'HS256',
      expiresIn: this.config.tokenTtlSeconds,
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
    });
    const expiresAt = new Date(Date.now() + this.config.tokenTtlSeconds * 1000).toISOString();
    return { token, expiresAt };
  }
}
