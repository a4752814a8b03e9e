/**
 * The API's clock as seen from the agent: image names and header times follow it, so an agent
 * whose machine clock is off does not name its images minutes or hours away from the run's times.
 * Each heartbeat answers `serverTime`; the offset assumes the answer was produced half-way through
 * the round trip (the usual NTP-like estimate).
 */
export function clockOffsetMs(serverTime: string, sentAtMs: number, receivedAtMs: number): number | undefined {
  const server = Date.parse(serverTime);
  if (!Number.isFinite(server) || receivedAtMs < sentAtMs) return undefined;
  return Math.round(server - (sentAtMs + receivedAtMs) / 2);
}

export class ServerClock {
  private offsetMs = 0;

  constructor(private readonly localNow: () => number = Date.now) {}

  /** Takes the offset from one heartbeat answer (ignored when `serverTime` is not a time). */
  observe(serverTime: string, sentAtMs: number, receivedAtMs: number): void {
    const offset = clockOffsetMs(serverTime, sentAtMs, receivedAtMs);
    if (offset !== undefined) this.offsetMs = offset;
  }

  now(): Date {
    return new Date(this.localNow() + this.offsetMs);
  }
}
