import { LRUCache } from 'lru-cache';
import { TokenClaims } from './authenticated-user';

/** Claims of a verified token, with the expiry the token carries (epoch seconds). */
export type VerifiedClaims = TokenClaims & { exp?: number; iat?: number };

/**
 * Tokens whose signature already checked out, by their exact text, until they expire: a client
 * sends the same token on every request, and verifying the HMAC and parsing it again cost about a
 * twentieth of a small route's time. An expired token is dropped and goes back through full
 * verification (which answers "expired"). Bounded: past the limit the least recently used token
 * goes (lru-cache, each entry's ttl the token's own remaining life, judged by `now`).
 */
export class VerifiedTokens {
  private readonly claims: LRUCache<string, VerifiedClaims>;

  constructor(
    maxTokens = 10_000,
    private readonly now: () => number = Date.now,
  ) {
    this.claims = new LRUCache<string, VerifiedClaims>({
      max: maxTokens,
      ttlResolution: 0,
      perf: { now: () => this.now() },
    });
  }

  get(token: string): VerifiedClaims | undefined {
    return this.claims.get(token);
  }

  /** Only tokens with an expiry are kept (one without would be trusted for the life of the process). */
  add(token: string, claims: VerifiedClaims): void {
    if (typeof claims.exp !== 'number') return;
    // Fresh while now < exp: lru-cache keeps an entry while its age is at most the ttl.
    const ttl = claims.exp * 1000 - this.now() - 1;
    if (ttl > 0) this.claims.set(token, claims, { ttl });
  }
}
