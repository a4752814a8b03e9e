import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { AgentApiClient, AgentApiError, AgentStopped } from './agent-api.client';

/** An HTTP server on a free port answering every request with `status`; the times requests came. */
async function answering(status: number): Promise<{ server: Server; url: string; at: number[] }> {
  const at: number[] = [];
  const server = createServer((req, res) => {
    at.push(performance.now());
    req.resume();
    req.on('end', () => res.writeHead(status, { 'content-type': 'application/json' }).end('{"error":{}}'));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`, at };
}

/** A port nothing listens on (the API is down). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

describe('AgentApiClient retries (p-retry)', () => {
  const servers: Server[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) await new Promise<void>((done) => server.close(() => done()));
  });

  it('retries an API that answers 503 with growing delays, then gives up after its attempts', async () => {
    const api = await answering(503);
    servers.push(api.server);
    const retries: { delayMs: number; attempt: number }[] = [];
    const client = new AgentApiClient({
      api: api.url,
      token: 't',
      initialBackoffMs: 40,
      maxBackoffMs: 10_000,
      attempts: 4,
      onRetry: (_error, delayMs, attempt) => retries.push({ delayMs, attempt }),
    });
    await expect(client.heartbeat('1')).rejects.toThrow('API answered 503');
    expect(api.at).toHaveLength(4);
    // Told before each of the 3 retries, each wait at most twice the one before.
    expect(retries).toEqual([
      { delayMs: 40, attempt: 1 },
      { delayMs: 80, attempt: 2 },
      { delayMs: 160, attempt: 3 },
    ]);
    // Retry n waits at least half its longest wait (a timer never fires early): 20, 40, 80 ms.
    const gaps = api.at.slice(1).map((t, i) => t - api.at[i]);
    gaps.forEach((gap, i) => expect(gap).toBeGreaterThanOrEqual(retries[i].delayMs / 2 - 1));
  });

  it('retries an unreachable API (connection refused) and stops when the agent stops', async () => {
    const port = await closedPort();
    const stop = new AbortController();
    const failures: unknown[] = [];
    const client = new AgentApiClient({
      api: `http://127.0.0.1:${port}/api`,
      token: 't',
      signal: stop.signal,
      // Waits far longer than the test may run: only the stop signal ends them.
      initialBackoffMs: 50,
      maxBackoffMs: 600_000,
      onRetry: (error, delayMs) => {
        failures.push(error);
        if (delayMs >= 400) stop.abort();
      },
    });
    await expect(client.heartbeat('1')).rejects.toBeInstanceOf(AgentStopped);
    // Refused four times (waits up to 50, 100, 200 ms between), the fourth wait (up to 400 ms) cut short.
    expect(failures).toHaveLength(4);
    expect(String(failures[0])).toMatch(/API unreachable: .*ECONNREFUSED/);
  });

  it('a long wait is cut short by the stop signal', async () => {
    const port = await closedPort();
    const stop = new AbortController();
    const client = new AgentApiClient({
      api: `http://127.0.0.1:${port}/api`,
      token: 't',
      signal: stop.signal,
      // Ten minutes: the test's own time limit (60 s) fails it unless the wait ends on the signal.
      initialBackoffMs: 600_000,
      maxBackoffMs: 600_000,
      onRetry: () => setImmediate(() => stop.abort()),
    });
    await expect(client.claim(0)).rejects.toBeInstanceOf(AgentStopped);
  });

  it('does not retry a 4xx other than 429 (the caller handles it)', async () => {
    const api = await answering(409);
    servers.push(api.server);
    const retried = jest.fn();
    const client = new AgentApiClient({ api: api.url, token: 't', initialBackoffMs: 10, onRetry: retried });
    await expect(client.complete(1, { result: 'success' })).rejects.toBeInstanceOf(AgentApiError);
    expect(api.at).toHaveLength(1);
    expect(retried).not.toHaveBeenCalled();
  });

  it('a call made after the agent stopped is not sent', async () => {
    const api = await answering(200);
    servers.push(api.server);
    const stop = new AbortController();
    stop.abort();
    const client = new AgentApiClient({ api: api.url, token: 't', signal: stop.signal });
    await expect(client.heartbeat('1')).rejects.toBeInstanceOf(AgentStopped);
    expect(api.at).toHaveLength(0);
  });
});
