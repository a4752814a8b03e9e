import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig, Clock, messages, Refusal } from '@zdm/common';
import { UNUSABLE_HASH_PROMISE, UsersService, verifyPassword } from '@zdm/inventory';
import { TOKEN_AUDIENCE, TOKEN_ISSUER, TokenClaims } from './authenticated-user';
import { IssuedToken, IssueTokenDto } from './issue-token.dto';
import { LoginLimiter } from './login-limit/login-limiter';

@Injectable()
export class TokenService {
  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly limiter: LoginLimiter,
    private readonly clock: Clock,
  ) {}

  /**
   * Unknown email and wrong password give the same 404 (and cost the same hash check). The login
   * limit is checked (and a slot reserved) before the hash: a refused attempt answers 429 at once.
   */
  async issue(dto: IssueTokenDto, client: string): Promise<IssuedToken> {
    const admission = await this.limiter.admit(dto.email, client);
    let failed = true;
    try {
      const user = await this.users.findWithPasswordHash(dto.email);
      const ok = await verifyPassword(dto.password, user?.passwordHash ?? (await UNUSABLE_HASH_PROMISE));
      if (!user || !ok || user.disabled) {
        throw new Refusal('INVALID_CREDENTIALS', messages.auth.invalidCredentials());
      }
      failed = false;
      return await this.sign(user);
    } finally {
      await this.limiter.finish(admission, failed);
    }
  }

  /** Issued at the Clock's now (the authentication hook judges `iat` and `exp` by the same Clock). */
  private async sign(user: { id: number; email: string; tokenVersion: number }): Promise<IssuedToken> {
    const iat = Math.floor(this.clock.now().getTime() / 1000);
    const claims: TokenClaims & { iat: number } = { sub: user.id, email: user.email, ver: user.tokenVersion, iat };
    const token = await this.jwt.signAsync(claims, {
      algorithm: 'HS256',
      expiresIn: this.config.tokenTtlSeconds,
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
    });
    // The token's own exp, to the second.
    const expiresAt = new Date((iat + this.config.tokenTtlSeconds) * 1000).toISOString();
    return { token, expiresAt };
  }
}
