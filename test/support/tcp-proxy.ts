import { createConnection, createServer, Server, Socket } from 'node:net';

/**
 * A loopback TCP proxy in front of PostgreSQL that a test can cut and restore, to make the
 * database unreachable without touching the real server, or turn into a black hole: connections
 * are accepted and kept, but nothing is forwarded either way (a dead link: no error, no answer).
 */
export class TcpProxy {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  /** Client sockets forwarding now, with their upstream. */
  private readonly links = new Map<Socket, Socket>();
  private blackholed = false;
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async start(port = 0): Promise<number> {
    this.server = createServer((client) => {
      this.track(client);
      if (this.blackholed) {
        swallow(client);
        return;
      }
      const upstream = createConnection(this.targetPort, this.targetHost);
      this.track(upstream);
      this.links.set(client, upstream);
      client.on('close', () => this.links.delete(client));
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.port = (this.server!.address() as { port: number }).port;
    return this.port;
  }

  /** Drop every connection and refuse new ones. */
  async cut(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = undefined;
  }

  /**
   * Forward nothing from now on: open connections stay open but go silent for good (after `restore`
   * too, like sockets whose peer is gone), new connections are accepted and then ignored.
   */
  blackhole(): void {
    this.blackholed = true;
    for (const [client, upstream] of this.links) {
      client.unpipe(upstream);
      upstream.unpipe(client);
      swallow(client);
      swallow(upstream);
    }
    this.links.clear();
  }

  /** Accept (and forward) connections again on the same port. */
  async restore(): Promise<void> {
    this.blackholed = false;
    if (!this.server) await this.start(this.port);
  }

  private track(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  }
}

/** Read and discard whatever arrives. */
function swallow(socket: Socket): void {
  socket.on('data', () => undefined);
  socket.resume();
}
