import { HttpStatus, Injectable } from '@nestjs/common';
import { ThrottlerStorageService } from '@nestjs/throttler';
import { AppConfig, AppException, messages } from '@zdm/common';

/**
 * Counts failed logins per client (IP) with @nestjs/throttler's storage. After AUTH_MAX_FAILURES
 * failures inside AUTH_FAILURE_WINDOW_MS the client is blocked (429, even with the right password)
 * for one window. Successful logins do not count.
 */
@Injectable()
export class LoginFailureLimiter {
  private static readonly THROTTLER = 'login-failures';
  private readonly blockedUntil = new Map<string, number>();

  constructor(
    private readonly storage: ThrottlerStorageService,
    private readonly config: AppConfig,
  ) {}

  /** Throws 429 while the client is blocked. */
  assertAllowed(client: string): void {
    const until = this.blockedUntil.get(client);
    if (until === undefined) return;
    if (until <= Date.now()) {
      this.blockedUntil.delete(client);
      return;
    }
    this.blocked(until);
  }

  /** Records a failure; throws 429 when this failure crosses the limit. */
  async recordFailure(client: string): Promise<void> {
    const window = this.config.authFailureWindowMs;
    const record = await this.storage.increment(
      `login-failure:${client}`,
      window,
      this.config.authMaxFailures,
      window,
      LoginFailureLimiter.THROTTLER,
    );
    if (record.totalHits > this.config.authMaxFailures || record.isBlocked) {
      const until = Date.now() + Math.max(record.timeToBlockExpire, 1) * 1000;
      this.blockedUntil.set(client, until);
      this.blocked(until);
    }
  }

  private blocked(until: number): never {
    const seconds = Math.max(1, Math.ceil((until - Date.now()) / 1000));
    throw new AppException(HttpStatus.TOO_MANY_REQUESTS, 'RATE_LIMITED', messages.auth.tooManyFailures(seconds));
  }
}
