import { Injectable } from '@nestjs/common';

/**
 * The time port: every rule that depends on "now" (the scheduler, leases, start deadlines) asks a
 * Clock, so tests move time with `ManualClock` instead of sleeping. Bound to `SystemClock` in the app.
 */
export abstract class Clock {
  abstract now(): Date;
}

/** The real time. */
@Injectable()
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock tests set and move (`advance`), starting at `start`. */
export class ManualClock extends Clock {
  private current: number;

  constructor(start: Date | string = new Date()) {
    super();
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(at: Date | string): void {
    this.current = new Date(at).getTime();
  }

  advance(ms: number): Date {
    this.current += ms;
    return this.now();
  }
}
