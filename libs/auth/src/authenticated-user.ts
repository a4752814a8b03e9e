import type { Actor } from '@zdm/common';

/** What the guard attaches to a request once its token checks out (role as the database has it). */
export type AuthenticatedUser = Actor;

/** Who a token speaks for, and the user's token version when it was issued (older ones are revoked). */
export interface TokenClaims {
  sub: number;
  email: string;
  ver: number;
}

/** `iss` and `aud` of the tokens this API issues and accepts. */
export const TOKEN_ISSUER = 'zdm-api';
export const TOKEN_AUDIENCE = 'zdm-api';
