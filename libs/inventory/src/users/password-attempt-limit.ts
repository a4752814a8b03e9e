/** An admitted password check: what it holds until `finish` (the limiter's own business). */
export interface PasswordAttempt {
  keys: string[];
}

/**
 * Port: the login limit (@zdm/auth's LoginLimiter, shared by every replica through the database,
 * bound in apps/api). Every check of a user's password goes through it, so a wrong
 * `currentPassword` on a password change counts like a failed login, against the account and the
 * client address, and the change cannot serve as an unlimited guessing oracle (issue 21).
 */
export abstract class PasswordAttemptLimit {
  /** Admits a check of the password of `email` from `client`, or throws 429 (with Retry-After). */
  abstract admit(email: string, client: string): Promise<PasswordAttempt>;
  /** The check is over: a failure counts against both keys until the window ends. */
  abstract finish(attempt: PasswordAttempt, failed: boolean): Promise<void>;
}
