import { EventEmitter } from 'node:events';
import { Mutex, withTimeout, E_TIMEOUT, MutexInterface } from 'async-mutex';
import { PGliteInstance } from 'typeorm-pglite/dist/pglite-instance';

type Callback<T> = (error: Error | null, result?: T) => void;
type Results = { rows: unknown[]; rowCount?: number; affectedRows?: number; command?: string; fields?: unknown[] };

/** The one PGlite session, as typeorm-pglite hands it out (a process-wide singleton). */
interface Session {
  query(sql: string, params?: unknown[]): Promise<Results>;
  exec(sql: string): Promise<Results[]>;
}

export class EmbeddedSessionTimeoutError extends Error {
  constructor(waitMs: number) {
    super(`embedded database session wait timed out after ${waitMs} ms`);
  }
}

/**
 * A `pg.Pool` look-alike over the single PGlite session. typeorm-pglite hands every TypeORM
 * connection the same session, so two transactions would interleave their statements. Here a
 * connection is a *lease*: `connect()` waits (FIFO) until no other lease is out, and the lease is
 * given back by TypeORM's release callback. A transaction therefore has the session to itself from
 * BEGIN to COMMIT/ROLLBACK, and everything else queues behind it.
 */
export class ExclusiveSessionPool extends EventEmitter {
  static leaseWaitMs = 15_000;
  private readonly lock: MutexInterface;
  private ended = false;

  constructor(_options?: unknown) {
    super();
    this.lock = withTimeout(
      new Mutex(),
      ExclusiveSessionPool.leaseWaitMs,
      new EmbeddedSessionTimeoutError(ExclusiveSessionPool.leaseWaitMs),
    );
  }

  connect(callback: (error: Error | null, client: unknown, done: (err?: unknown) => void) => void): void {
    if (this.ended) {
      callback(new Error('Cannot use a pool after calling end on the pool'), null, () => undefined);
      return;
    }
    this.lock
      .acquire()
      .then(async (unlock) => {
        let released = false;
        const done = () => {
          if (!released) {
            released = true;
            unlock();
          }
        };
        try {
          const session = (await PGliteInstance.getInstance()) as unknown as Session;
          callback(null, new SessionClient(session), done);
        } catch (error) {
          done();
          callback(error as Error, null, () => undefined);
        }
      })
      .catch((error: unknown) => {
        callback(
          error === E_TIMEOUT ? new EmbeddedSessionTimeoutError(ExclusiveSessionPool.leaseWaitMs) : (error as Error),
          null,
          () => undefined,
        );
      });
  }

  /** `pool.query` outside a lease: takes a lease for one statement. */
  query(sql: string, params?: unknown[] | Callback<Results>, callback?: Callback<Results>): Promise<Results> {
    const cb = typeof params === 'function' ? params : callback;
    const values = typeof params === 'function' ? undefined : params;
    const run = this.lock.runExclusive(async () =>
      new SessionClient((await PGliteInstance.getInstance()) as unknown as Session).query(sql, values),
    );
    run.then((r) => cb?.(null, r)).catch((e: Error) => cb?.(e));
    return run;
  }

  end(callback?: (error: Error | null) => void): Promise<void> {
    this.ended = true;
    // typeorm-pglite keeps a process-wide singleton; closing it lets a later DataSource reopen.
    const finished = this.lock.runExclusive(() => PGliteInstance.close());
    finished.then(() => callback?.(null)).catch((e: Error) => callback?.(e));
    return finished;
  }
}

/** What TypeORM's PostgresQueryRunner sees as a `pg` client: `query()` and the event methods. */
class SessionClient extends EventEmitter {
  constructor(private readonly session: Session) {
    super();
  }

  async query(sql: string, params?: unknown[]): Promise<Results> {
    if (params && params.length > 0) return this.session.query(sql, params);
    // Without parameters the text may hold several statements (migrations): run them all and
    // answer with the last result, as `pg` does.
    const results = await this.session.exec(sql);
    return results[results.length - 1] ?? { rows: [], rowCount: 0 };
  }
}
