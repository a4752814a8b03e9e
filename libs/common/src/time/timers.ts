import { Injectable } from '@nestjs/common';

/** A timer started by `Timers`; `cancel` stops it (idempotent). */
export interface TimerHandle {
  cancel(): void;
}

/**
 * The timer port: background work that repeats (catalog refreshes, settle checks, polls) asks
 * `Timers` instead of calling `setInterval`, so the work's owner says what it needs and tests can
 * bind another implementation. Timers never keep the process alive (`unref`). Bound to
 * `SystemTimers` in the app, next to the `Clock`.
 */
export abstract class Timers {
  /** Runs `work` every `ms` milliseconds until cancelled. */
  abstract every(ms: number, work: () => void): TimerHandle;
}

/** Node's timers. */
@Injectable()
export class SystemTimers extends Timers {
  every(ms: number, work: () => void): TimerHandle {
    const timer = setInterval(work, ms);
    timer.unref();
    return { cancel: () => clearInterval(timer) };
  }
}
