import { BeforeApplicationShutdown, Logger, OnApplicationBootstrap } from '@nestjs/common';

/**
 * The lifecycle every periodic condition check shares (`job.stale`, `agent.offline`; spec §15): in
 * every replica, every `intervalMs` (0 = only when called), one `checkNow()` at a time, stopped
 * before the database closes. What a check finds and reports is the subclass's: it records each
 * transition once through `NotificationOutbox.recordConditions` and answers the objects it reported.
 */
export abstract class ConditionCheck implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger: Logger;
  private timer?: NodeJS.Timeout;
  private running?: Promise<number[]>;
  private stopped = false;

  protected constructor(
    private readonly intervalMs: number,
    private readonly event: string,
  ) {
    this.logger = new Logger(`${event} check`);
  }

  onApplicationBootstrap(): void {
    if (this.intervalMs > 0) this.schedule();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One check now; answers the objects this call reported. Calls do not overlap. */
  check(): Promise<number[]> {
    const previous = this.running ?? Promise.resolve([]);
    const next = previous.catch(() => []).then(() => this.checkNow());
    this.running = next;
    return next;
  }

  /** Finds the objects in the condition now and records the transitions (one transaction). */
  protected abstract checkNow(): Promise<number[]>;

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.check()
        .catch((error: unknown) => this.logger.error({ err: error }, `${this.event} check failed`))
        .finally(() => this.schedule());
    }, this.intervalMs);
    this.timer.unref();
  }
}
