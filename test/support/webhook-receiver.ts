import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';

export interface ReceivedHook {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface WebhookReceiver {
  server: Server;
  /** `http://127.0.0.1:<port>` */
  url: string;
  received: ReceivedHook[];
  /** The status answered per path (default 204). */
  status: Record<string, number>;
  /** Resolves, when the next request to `path` arrives, with the function that answers it (held until then). */
  hold(path: string): Promise<(status: number) => void>;
  close(): Promise<void>;
}

/** A real HTTP receiver on 127.0.0.1 keeping every request it gets (webhook deliveries). */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedHook[] = [];
  const status: Record<string, number> = {};
  const held = new Map<string, (answer: (status: number) => void) => void>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString() });
      const answer = (code: number) => {
        res.statusCode = code;
        res.end();
      };
      const hold = held.get(path);
      held.delete(path);
      if (hold) hold(answer);
      else answer(status[path] ?? 204);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    server,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    status,
    hold: (path) => new Promise((resolve) => held.set(path, resolve)),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
