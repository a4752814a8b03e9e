/**
 * Notifications benchmark (`npm run bench:notifications`, issue 23): three API processes (the built
 * app, dist/) on one fresh PostgreSQL database, each with its delivery worker (NOTIFY_INTERVAL_MS),
 * and a webhook receiver in this process.
 *
 *   1. Burst: BENCH_EVENTS (10,000) events for one webhook channel written to the outbox at once
 *      (SQL, as the outbox writes them); the time until the receiver has them all, their delivery
 *      latency (receipt − event time), duplicates by X-ZDM-Delivery — targets: all within 30 s,
 *      0 duplicates, none lost; the p99 of `GET /api/backups?page=1&limit=20` meanwhile < 100 ms.
 *   2. Receiver down during a burst: BENCH_OUTAGE_EVENTS (BENCH_EVENTS) events for another webhook
 *      channel; once a tenth of them arrived the receiver goes down (its port closed) for
 *      BENCH_RECEIVER_DOWN_MS (60,000; less for a quick local check), then comes back on the same
 *      port. Deliveries that failed meanwhile are retried on the worker's backoff (30 s, 60 s, … with
 *      jitter) — target: every event delivered once afterwards (0 duplicates), none lost, all `sent`.
 *   3. Slow and down webhooks: channels subscribed to `run.failed` pointing at a receiver that answers
 *      after 5 s and at a closed port; run transitions through the agent protocol (run now → claim →
 *      complete failed), each raising the event, BENCH_RUNS (30) with both channels and BENCH_RUNS
 *      without any channel, in alternating rounds under the same list load (the channels are created
 *      for a round and deleted after it) — target: a slow or down channel never delays a transition,
 *      i.e. the `complete` call's p99 with them is no worse than without any channel, within
 *      TRANSITION_MARGIN (+25 %, and 10 ms for timer noise); the absolute p50/p99 are printed; the
 *      list route's p99 meanwhile.
 *
 * Prints one `target ... met / NOT met` line per target. Settings: DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432/postgres), BENCH_EVENTS, BENCH_OUTAGE_EVENTS,
 * BENCH_RECEIVER_DOWN_MS, BENCH_RUNS, BENCH_CONNECTIONS (6), NOTIFY_INTERVAL_MS (50).
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { Client } from 'pg';
import {
  ApiProcess,
  callApi,
  createBenchDatabase,
  freePort,
  issueAdminToken,
  percentile,
  runBenchmark,
  sleep,
  startApi,
  target,
  reportLoad,
  spreadLoad,
} from './bench-harness';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 6);
const INTERVAL_MS = process.env.NOTIFY_INTERVAL_MS ?? '50';
const INSTANCES = 3;
const TARGET_ALL_MS = 30_000;
const TARGET_P99_MS = 100;
const LIST_PATH = '/api/backups?page=1&limit=20';
const SLOW_MS = 5000;
const OUTAGE_EVENTS = Number(process.env.BENCH_OUTAGE_EVENTS ?? EVENTS);
const DOWN_MS = Number(process.env.BENCH_RECEIVER_DOWN_MS ?? 60_000);
/** Rounds of transitions, alternating without and with the slow and down channels. */
const ROUNDS = 3;
/** How much worse the p99 with a slow and a down channel may be than without any: +25 % + 10 ms. */
const TRANSITION_MARGIN = { factor: 1.25, ms: 10 };

interface Receipt {
  delivery: string;
  eventTime: number;
  at: number;
}

/**
 * The webhook receiver: `/burst` and `/outage` answer at once and record; `/slow` answers after
 * SLOW_MS. `down()` closes its port (requests arriving meanwhile are cut, not recorded), `up()` opens
 * the same port again.
 */
async function startReceiver() {
  const state = { burst: [] as Receipt[], outage: [] as Receipt[], slow: 0, down: false };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (state.down) {
        req.socket.destroy();
        return;
      }
      if (req.url === '/slow') {
        state.slow++;
        setTimeout(() => res.writeHead(204).end(), SLOW_MS);
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString()) as { time: string };
      (req.url === '/outage' ? state.outage : state.burst).push({
        delivery: String(req.headers['x-zdm-delivery']),
        eventTime: Date.parse(body.time),
        at: Date.now(),
      });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    server,
    url: `http://127.0.0.1:${port}`,
    get burst() {
      return state.burst;
    },
    get outage() {
      return state.outage;
    },
    get slow() {
      return state.slow;
    },
    async down() {
      state.down = true;
      await sleep(200); // answers already written reach their sender
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
    async up() {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
          server.off('error', reject);
          resolve();
        });
      });
      state.down = false;
    },
  };
}

async function main(): Promise<void> {
  const database = await createBenchDatabase('zdm_bench_notify');
  const db = new Client({ connectionString: database.url });
  const receiver = await startReceiver();
  const apps: ApiProcess[] = [];
  const jwtSecret = randomBytes(24).toString('hex');
  try {
    for (let i = 0; i < INSTANCES; i++) {
      apps.push(
        await startApi({
          databaseUrl: database.url,
          jwtSecret,
          env: {
            SCHEDULER_ENABLED: 'false',
            DEMO_AGENTS: 'false',
            NOTIFY_ALLOW_PRIVATE_TARGETS: 'true',
            NOTIFY_INTERVAL_MS: INTERVAL_MS,
          },
        }),
      );
    }
    const bases = apps.map((app) => app.url);
    await db.connect();
    const headers = { authorization: `Bearer ${await issueAdminToken(bases[0])}` };
    const channel = async (target: string, events: string[]) => {
      const res = await callApi<{ id: number }>(bases[0], 'POST', '/notifications/channels', headers, {
        type: 'webhook',
        target,
        events,
      });
      if (res.status !== 201) throw new Error(`channel: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body!.data.id;
    };

    /** `count` events, each with a delivery due now to `channelId`, in one statement (as outboxes fill up). */
    const enqueueBurst = (count: number, channelId: number) =>
      db.query(
        `WITH e AS (
           INSERT INTO notification_events (type, time, data)
           SELECT 'run.lost', now(), jsonb_build_object('n', g) FROM generate_series(1, $1::int) g RETURNING id, time)
         INSERT INTO notification_deliveries (event_id, channel_id, state, next_attempt_at)
         SELECT e.id, $2, 'pending', e.time FROM e`,
        [count, channelId],
      );

    // ---- 1. the burst ----------------------------------------------------------------------------
    const burstChannel = await channel(`${receiver.url}/burst`, ['run.lost']);
    process.stdout.write(`${INSTANCES} instances, delivery worker every ${INTERVAL_MS} ms; ${EVENTS} events\n`);
    const load = startLoad(bases, headers);
    const started = Date.now();
    await enqueueBurst(EVENTS, burstChannel);
    let allAt: number | undefined;
    while (Date.now() < started + 120_000) {
      if (receiver.burst.length >= EVENTS) {
        allAt = Date.now();
        break;
      }
      await sleep(50);
    }
    const during = await load.stop();
    await sleep(1000); // a late duplicate would show up here
    const received = receiver.burst.length;
    const distinct = new Set(receiver.burst.map((r) => r.delivery)).size;
    const { rows } = await db.query<{ sent: string }>(
      `SELECT count(*) FILTER (WHERE state = 'sent') AS sent FROM notification_deliveries WHERE channel_id = $1`,
      [burstChannel],
    );
    const latencies = receiver.burst.map((r) => r.at - r.eventTime);
    const allMs = allAt !== undefined ? allAt - started : undefined;
    process.stdout.write(
      [
        '',
        `burst: ${received} received (${distinct} distinct deliveries), ${rows[0].sent} sent in the database`,
        allMs !== undefined
          ? `deliveries/s ${(EVENTS / (allMs / 1000)).toFixed(0)} (all ${EVENTS} in ${(allMs / 1000).toFixed(2)} s)`
          : `only ${received} within 120 s`,
        `delivery latency p50 ${percentile(latencies, 50)} ms, p99 ${percentile(latencies, 99)} ms, max ${percentile(latencies, 100)} ms`,
      ].join('\n') + '\n',
    );
    reportLoad(`GET ${LIST_PATH} during the burst (${CONNECTIONS} connections)`, during);
    const burstTargets = [
      target(
        `all ${EVENTS} events delivered within ${TARGET_ALL_MS / 1000} s`,
        allMs !== undefined && allMs <= TARGET_ALL_MS,
        allMs !== undefined ? `${(allMs / 1000).toFixed(2)} s` : `only ${received} after 120 s`,
      ),
      target(
        'duplicates = 0, none lost',
        received === EVENTS && distinct === EVENTS && Number(rows[0].sent) === EVENTS,
        `${received - distinct} duplicates, ${EVENTS - distinct} lost`,
      ),
      target(
        `GET ${LIST_PATH} p99 < ${TARGET_P99_MS} ms during the burst`,
        during.latency.p99 < TARGET_P99_MS && during.non2xx === 0,
        `p99 ${during.latency.p99} ms (p50 ${during.latency.p50} ms, ${during['2xx']} ok, ${during.non2xx} non-2xx)`,
      ),
    ];

    // ---- 2. the receiver down for DOWN_MS during a burst -------------------------------------------
    const outageChannel = await channel(`${receiver.url}/outage`, ['run.lost']);
    const outageStarted = Date.now();
    await enqueueBurst(OUTAGE_EVENTS, outageChannel);
    while (receiver.outage.length < OUTAGE_EVENTS / 10 && Date.now() < outageStarted + 60_000) await sleep(10);
    const beforeDown = receiver.outage.length;
    await receiver.down();
    const downAt = Date.now();
    await sleep(DOWN_MS);
    const failedWhileDown = Number(
      (
        await db.query<{ n: string }>(
          `SELECT count(*) AS n FROM notification_deliveries WHERE channel_id = $1 AND state = 'failed'`,
          [outageChannel],
        )
      ).rows[0].n,
    );
    await receiver.up();
    const upAt = Date.now();
    // The backoff after failures (30 s, 60 s, … ± 20 %) bounds how long after `up` the last one comes.
    const outageDeadline = upAt + 2 * DOWN_MS + 120_000;
    let outageAllAt: number | undefined;
    while (Date.now() < outageDeadline) {
      if (new Set(receiver.outage.map((r) => r.delivery)).size >= OUTAGE_EVENTS) {
        outageAllAt = Date.now();
        break;
      }
      await sleep(100);
    }
    await sleep(1000); // a late duplicate would show up here
    const outageReceived = receiver.outage.length;
    const outageDistinct = new Set(receiver.outage.map((r) => r.delivery)).size;
    const outageStates = (
      await db.query<{ sent: string; max_attempts: number | null }>(
        `SELECT count(*) FILTER (WHERE state = 'sent') AS sent, max(attempts) AS max_attempts
           FROM notification_deliveries WHERE channel_id = $1`,
        [outageChannel],
      )
    ).rows[0];
    const outageSent = Number(outageStates.sent);
    process.stdout.write(
      [
        '',
        `receiver down ${(DOWN_MS / 1000).toFixed(0)} s during a burst of ${OUTAGE_EVENTS} events: ${beforeDown} received before it went down, ${failedWhileDown} deliveries failed (waiting for a retry) when it came back`,
        `  after it came back: ${outageReceived} received (${outageDistinct} distinct deliveries), ${outageSent} sent in the database, most attempts of one delivery ${outageStates.max_attempts ?? 0}`,
        outageAllAt !== undefined
          ? `  all delivered ${((outageAllAt - upAt) / 1000).toFixed(1)} s after it came back (${((outageAllAt - downAt) / 1000).toFixed(1)} s after it went down)`
          : `  only ${outageDistinct} within ${((outageDeadline - upAt) / 1000).toFixed(0)} s after it came back`,
      ].join('\n') + '\n',
    );
    const outageTarget = target(
      `receiver down ${(DOWN_MS / 1000).toFixed(0)} s during the burst, then back: every event delivered once afterwards, none lost`,
      outageDistinct === OUTAGE_EVENTS && outageReceived === OUTAGE_EVENTS && outageSent === OUTAGE_EVENTS,
      `${outageReceived - outageDistinct} duplicates, ${OUTAGE_EVENTS - outageDistinct} lost, ${outageSent} sent` +
        (outageAllAt !== undefined ? `, all ${((outageAllAt - upAt) / 1000).toFixed(1)} s after it came back` : ''),
    );

    // ---- 3. run transitions with a slow and a down webhook -----------------------------------------
    const registered = await callApi<{ results: { jobName: string }[] }>(bases[0], 'POST', '/backups', headers, {
      center: '1',
      server: 'main-server',
      jobName: 'bench-notify',
      partition: ['/'],
      rotation: 1,
      type: 'full',
      repository: { type: 'nfs', path: '/backup' },
    });
    if (registered.status !== 201) throw new Error(`register: ${registered.status} ${JSON.stringify(registered.body)}`);
    const [{ id: jobId }] = (
      await db.query<{ id: number }>('SELECT id FROM backup_jobs WHERE name = $1', [
        registered.body!.data.results[0].jobName,
      ])
    ).rows;
    const agent = await callApi<{ token: string }>(bases[0], 'POST', '/agents', headers, { server: 'main-server' });
    if (agent.status !== 201) throw new Error(`agent: ${agent.status}`);
    const agentHeaders = { authorization: `Bearer ${agent.body!.data.token}` };
    /** `count` transitions run now → claim → complete failed, spread over the instances; `complete` timed. */
    const transitions = async (count: number) => {
      const times: number[] = [];
      for (let i = 0; i < count; i++) {
        const base = bases[i % bases.length];
        const run = await callApi<{ id: number }>(base, 'POST', `/backups/${jobId}/runs`, headers, {});
        if (run.status !== 201) throw new Error(`run now: ${run.status} ${JSON.stringify(run.body)}`);
        const claim = await callApi(base, 'POST', '/agent/runs/claim', agentHeaders, {});
        if (claim.status !== 200) throw new Error(`claim: ${claim.status}`);
        const t0 = performance.now();
        const done = await callApi(base, 'POST', `/agent/runs/${run.body!.data.id}/complete`, agentHeaders, {
          result: 'failed',
          errorMessage: 'bench',
        });
        times.push(performance.now() - t0);
        if (done.status !== 200) throw new Error(`complete: ${done.status}`);
      }
      return times;
    };
    // Alternating rounds under one list load: the only difference is the slow and down channels.
    const plain: number[] = [];
    const withSlow: number[] = [];
    const perRound = Math.ceil(RUNS / ROUNDS);
    const transitionLoad = startLoad(bases, headers);
    for (let round = 0; round < ROUNDS; round++) {
      plain.push(...(await transitions(perRound)));
      const channels = [
        await channel(`${receiver.url}/slow`, ['run.failed']),
        await channel(`http://127.0.0.1:${await freePort()}/down`, ['run.failed']),
      ];
      withSlow.push(...(await transitions(perRound)));
      await sleep(500);
      for (const id of channels) {
        const removed = await callApi(bases[0], 'DELETE', `/notifications/channels/${id}`, headers);
        if (removed.status !== 200) throw new Error(`delete channel: ${removed.status}`);
      }
    }
    const transitionDuring = await transitionLoad.stop();
    const p = (values: number[], q: number) => (percentile(values, q) ?? NaN).toFixed(1);
    const plainP99 = percentile(plain, 99) ?? Infinity;
    const slowP99 = percentile(withSlow, 99) ?? Infinity;
    const allowed = plainP99 * TRANSITION_MARGIN.factor + TRANSITION_MARGIN.ms;
    process.stdout.write(
      [
        '',
        `run transitions (complete failed), ${plain.length} each, ${ROUNDS} alternating rounds:`,
        `  no channel:               p50 ${p(plain, 50)} ms, p99 ${p(plain, 99)} ms`,
        `  slow (${SLOW_MS / 1000} s) + down webhook: p50 ${p(withSlow, 50)} ms, p99 ${p(withSlow, 99)} ms (${receiver.slow} slow requests begun)`,
      ].join('\n') + '\n',
    );
    reportLoad(`GET ${LIST_PATH} during the transitions (${CONNECTIONS} connections)`, transitionDuring);
    process.stdout.write(
      [
        '',
        ...burstTargets,
        outageTarget,
        target(
          `a slow and a down webhook never delay a run transition: complete p99 with them <= p99 without any channel + ${Math.round((TRANSITION_MARGIN.factor - 1) * 100)} % + ${TRANSITION_MARGIN.ms} ms`,
          slowP99 <= allowed,
          `p99 ${p(withSlow, 99)} ms with them, ${p(plain, 99)} ms without any channel (at most ${allowed.toFixed(1)} ms); p50 ${p(withSlow, 50)} / ${p(plain, 50)} ms`,
        ),
        target(
          `GET ${LIST_PATH} p99 < ${TARGET_P99_MS} ms during the transitions (half of them with a slow and a down webhook)`,
          transitionDuring.latency.p99 < TARGET_P99_MS && transitionDuring.non2xx === 0,
          `p99 ${transitionDuring.latency.p99} ms (p50 ${transitionDuring.latency.p50} ms)`,
        ),
        '',
      ].join('\n'),
    );
    if (received !== EVENTS || distinct !== EVENTS || outageDistinct !== OUTAGE_EVENTS) process.exitCode = 1;
  } finally {
    await db.end().catch(() => undefined);
    for (const app of apps) await app.stop();
    receiver.server.closeAllConnections();
    receiver.server.close();
    await database.drop();
  }
}

/** The list route on every instance at once. */
const startLoad = (bases: string[], headers: Record<string, string>) =>
  spreadLoad(bases, LIST_PATH, CONNECTIONS, headers);

runBenchmark(main);
