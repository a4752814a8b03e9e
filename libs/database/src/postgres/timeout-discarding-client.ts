import { Client, ClientConfig } from 'pg';

/** A query that timed out: pg's client-side `query_timeout`, or the server cancelling it (`statement_timeout`). */
export function isQueryTimeout(error: unknown): boolean {
  return isReadTimeout(error) || (error as { code?: unknown } | null)?.code === '57014';
}

/** pg's own timer fired: the server did not answer at all (a dead link), unlike a cancelled statement. */
function isReadTimeout(error: unknown): boolean {
  return (error as { message?: unknown } | null)?.message === 'Query read timeout';
}

interface ClientInternals {
  connection?: { stream?: { destroy(): void } };
  _activeQuery?: unknown;
  _queryQueue?: unknown[];
}

/**
 * The pool's client class. When a query times out its connection is destroyed, so the pool drops it
 * instead of lending it out again: pg leaves a timed-out client "usable", and over a link that
 * accepts and forwards nothing every later query on it hung until its own timeout (issue 15: a
 * request per route failing every ~16 s for 12+ minutes after the database came back). When pg's
 * own read timer fired (the server said nothing at all), the link is presumed dead and the other
 * connections to that server that are not running a query are destroyed as well, so the requests
 * after an outage open fresh connections instead of finding the dead ones one timeout at a time.
 */
export class TimeoutDiscardingClient extends Client {
  /** Live clients per server (`host:port/database`). */
  private static readonly live = new Map<string, Set<TimeoutDiscardingClient>>();
  private readonly server: string;

  constructor(config?: string | ClientConfig) {
    super(config);
    const params = this as unknown as { host?: string; port?: number; database?: string };
    this.server = `${params.host}:${params.port}/${params.database}`;
    const peers = TimeoutDiscardingClient.live.get(this.server) ?? new Set();
    TimeoutDiscardingClient.live.set(this.server, peers.add(this));
    this.once('end', () => {
      peers.delete(this);
      if (peers.size === 0) TimeoutDiscardingClient.live.delete(this.server);
    });
  }

  override query(...args: unknown[]): never {
    const result = (super.query as (...queryArgs: unknown[]) => unknown).apply(this, args);
    if (result instanceof Promise) {
      result.catch((error: unknown) => {
        if (!isQueryTimeout(error)) return;
        this.discardConnection();
        if (isReadTimeout(error)) this.discardIdlePeers();
      });
    }
    return result as never;
  }

  private discardIdlePeers(): void {
    for (const peer of TimeoutDiscardingClient.live.get(this.server) ?? []) {
      const internals = peer as unknown as ClientInternals;
      if (peer !== this && !internals._activeQuery && (internals._queryQueue?.length ?? 0) === 0) {
        peer.discardConnection();
      }
    }
  }

  /** Destroys the socket: the client errors, TypeORM releases it with that error, the pool removes it. */
  private discardConnection(): void {
    (this as unknown as ClientInternals).connection?.stream?.destroy();
  }
}
