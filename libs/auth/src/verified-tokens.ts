import { TokenClaims } from './authenticated-user';

/** Claims of a verified token, with the expiry the token carries (epoch seconds). */
export type VerifiedClaims = TokenClaims & { exp?: number; iat?: number };

/**
 * Tokens whose signature already checked out, by their exact text, until they expire: a client
 * sends the same token on every request, and verifying the HMAC and parsing it again cost about a
 * twentieth of a small route's time. An expired token is dropped and goes back through full
 * verification (which answers "expired"). Bounded: past the limit it starts over.
 */
export class VerifiedTokens {
  private readonly claims = new Map<string, VerifiedClaims>();

  constructor(
    private readonly maxTokens = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(token: string): VerifiedClaims | undefined {
    const claims = this.claims.get(token);
    if (claims === undefined) return undefined;
    if (claims.exp !== undefined && claims.exp * 1000 > this.now()) return claims;
    this.claims.delete(token);
    return undefined;
  }

  /** Only tokens with an expiry are kept (one without would be trusted for the life of the process). */
  add(token: string, claims: VerifiedClaims): void {
    if (typeof claims.exp !== 'number') return;
    if (this.claims.size >= this.maxTokens) this.claims.clear();
    this.claims.set(token, claims);
  }
}
