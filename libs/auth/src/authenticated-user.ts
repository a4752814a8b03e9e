/** What the guard attaches to a request once its token checks out. */
export interface AuthenticatedUser {
  id: number;
  email: string;
}

export interface TokenClaims {
  sub: number;
  email: string;
}
