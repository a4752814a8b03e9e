import { Injectable } from '@nestjs/common';
import { AppConfig, AppException, messages } from '@zdm/common';
import { PasswordAttemptLimit } from '@zdm/inventory';
import { LoginLimitRepository } from './login-limit.repository';

/** An admitted login attempt: the keys it holds a slot of until `finish`. */
export interface LoginAdmission {
  keys: string[];
}

/** Old rows are pruned after about one attempt in this many. */
const PRUNE_EVERY = 200;

/**
 * The login limit, shared by every replica through PostgreSQL (issue 15): per account and per client
 * address, at most AUTH_MAX_FAILURES failures per AUTH_FAILURE_WINDOW_MS. An attempt reserves a slot
 * on both keys BEFORE the password hash is computed, atomically, so parallel guesses cannot all
 * pass the check before the first failure is counted, and a refused attempt costs no hash. A
 * successful login gives its slot back; a failed one turns it into a failure. Also inventory's
 * PasswordAttemptLimit: a password change's `currentPassword` check is limited the same way.
 */
@Injectable()
export class LoginLimiter implements PasswordAttemptLimit {
  private attempts = 0;

  constructor(
    private readonly limits: LoginLimitRepository,
    private readonly config: AppConfig,
  ) {}

  /** Admits the attempt or throws 429 (with Retry-After) when either key is used up. */
  async admit(email: string, address: string): Promise<LoginAdmission> {
    const keys = [`account:${email.trim().toLowerCase()}`, `address:${address}`];
    const { authMaxFailures: max, authFailureWindowMs: windowMs } = this.config;
    const reservations = await this.limits.reserve(keys, max, windowMs);
    const refused = reservations.filter((r) => !r.admitted);
    if (refused.length === 0) return { keys: reservations.map((r) => r.key) };
    await this.limits.release(
      reservations.filter((r) => r.admitted).map((r) => r.key),
      false,
    );
    const seconds = Math.max(1, Math.ceil(Math.max(...refused.map((r) => r.retryAfterMs)) / 1000));
    throw AppException.tooManyRequests(messages.auth.tooManyFailures(seconds), seconds);
  }

  /** The attempt is over (a failure counts against both keys until the window ends). */
  async finish(admission: LoginAdmission, failed: boolean): Promise<void> {
    await this.limits.release(admission.keys, failed);
    if (++this.attempts % PRUNE_EVERY === 0) await this.limits.prune(this.config.authFailureWindowMs);
  }
}
