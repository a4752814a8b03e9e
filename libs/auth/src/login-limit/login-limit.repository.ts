import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** A key's answer to a reservation. */
export interface Reservation {
  key: string;
  admitted: boolean;
  /** Milliseconds until the key's window ends (database clock). */
  retryAfterMs: number;
}

/**
 * Every SQL statement on `login_limits`. Times come from the database clock, so replicas agree.
 * Keys are locked in one order (sorted) so two reservations never deadlock.
 */
@Injectable()
export class LoginLimitRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Atomically, per key: start a new window when the last one ended; admit the attempt (in_flight + 1)
   * only while failures + in_flight stay under `max`. One statement, so parallel attempts on any
   * replica see each other (the row lock of ON CONFLICT serializes them).
   */
  async reserve(keys: string[], max: number, windowMs: number): Promise<Reservation[]> {
    const sorted = [...new Set(keys)].sort();
    const rows = (await this.db.query(
      `INSERT INTO login_limits AS l (key, window_start, failures, in_flight, admitted)
         SELECT k, now(), 0, 1, true FROM unnest($1::varchar[]) AS k ORDER BY k
       ON CONFLICT (key) DO UPDATE SET
         failures   = CASE WHEN l.window_start <= now() - $3 * interval '1 millisecond' THEN 0 ELSE l.failures END,
         in_flight  = CASE WHEN l.window_start <= now() - $3 * interval '1 millisecond' THEN 1
                           WHEN l.failures + l.in_flight < $2 THEN l.in_flight + 1 ELSE l.in_flight END,
         admitted   = l.window_start <= now() - $3 * interval '1 millisecond' OR l.failures + l.in_flight < $2,
         window_start = CASE WHEN l.window_start <= now() - $3 * interval '1 millisecond' THEN now() ELSE l.window_start END
       RETURNING key, admitted,
         GREATEST(0, EXTRACT(EPOCH FROM (window_start + $3 * interval '1 millisecond' - now())) * 1000)::float8 AS retry_after_ms`,
      [sorted, max, windowMs],
    )) as { key: string; admitted: boolean; retry_after_ms: number }[];
    return rows.map((row) => ({ key: row.key, admitted: row.admitted, retryAfterMs: Number(row.retry_after_ms) }));
  }

  /** The attempt is over: free its slot, and count it as a failure when it was one. */
  async release(keys: string[], failed: boolean): Promise<void> {
    if (keys.length === 0) return;
    await this.db.query(
      `UPDATE login_limits SET in_flight = GREATEST(in_flight - 1, 0), failures = failures + $2
        WHERE key = ANY($1::varchar[])`,
      [[...new Set(keys)].sort(), failed ? 1 : 0],
    );
  }

  /** Rows of windows long over (nothing in flight): keeps the table as small as the recent attempts. */
  async prune(windowMs: number): Promise<void> {
    await this.db.query(
      `DELETE FROM login_limits WHERE window_start < now() - 2 * $1 * interval '1 millisecond' AND in_flight = 0`,
      [windowMs],
    );
  }
}
