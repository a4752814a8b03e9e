import { AgentOfflineCheck } from '@zdm/agents';
import { ManualClock } from '@zdm/common';
import { SEED_SERVER } from '@zdm/image-format';
import { DELIVERY_LEASE_MS, NotificationOutbox, NotificationWorker } from '@zdm/notifications';
import { createFreshDatabase, createTestApp, TestApp } from './support/test-app';
import { startWebhookReceiver, WebhookReceiver } from './support/webhook-receiver';

/**
 * Spec §15 with three replicas on one PostgreSQL database: each event delivered exactly once, a
 * replica stuck or killed mid-send leaves its delivery to another, a lasting condition reported
 * once. PGlite is one process with one session: there are no replicas to run, so this is skipped.
 */
const describeOnPostgres = process.env.DATABASE_URL ? describe : describe.skip;

describeOnPostgres('notifications: three replicas on one PostgreSQL database (skipped on PGlite: one process)', () => {
  const EVENTS = 500;
  const clock = new ManualClock(new Date());
  let database: { url: string; drop: () => Promise<void> };
  let replicas: TestApp[];
  let hooks: WebhookReceiver;
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) =>
    replicas[0].dataSource.query(query, params) as Promise<T[]>;
  const call = async (t: TestApp, method: 'POST' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${await t.token()}` },
      ...(payload ? { payload } : {}),
    });
  const createChannel = async (path: string, events: string[]) => {
    const res = await call(replicas[1], 'POST', '/api/notifications/channels', {
      type: 'webhook',
      target: `${hooks.url}${path}`,
      events,
    });
    expect(res.statusCode).toBe(201);
    return res.json().data.id as number;
  };
  /** Waits for `done` (polling; bounded only to catch a hang). */
  const until = async (what: string, done: () => Promise<boolean>) => {
    const deadline = Date.now() + 60_000;
    while (!(await done())) {
      if (Date.now() > deadline) throw new Error(`${what}: not within 60 s`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  beforeAll(async () => {
    hooks = await startWebhookReceiver();
    database = await createFreshDatabase(process.env.DATABASE_URL!);
    const settings = {
      DATABASE_URL: database.url,
      NOTIFY_ALLOW_PRIVATE_TARGETS: 'true',
      NOTIFY_CHECK_INTERVAL_MS: '0',
      DEMO_AGENTS: 'false',
    };
    // The first one migrates; then two more on the same database. Each runs its own worker timer.
    replicas = [await createTestApp({ ...settings, NOTIFY_INTERVAL_MS: '20' }, { clock })];
    replicas.push(
      ...(await Promise.all([
        createTestApp({ ...settings, NOTIFY_INTERVAL_MS: '20' }, { clock }),
        createTestApp({ ...settings, NOTIFY_INTERVAL_MS: '0' }, { clock }), // its worker only when called
      ])),
    );
  }, 120_000);
  afterAll(async () => {
    for (const t of replicas ?? []) await t.close();
    await database?.drop();
    await hooks?.close();
  });

  it(`${EVENTS} events recorded through one replica: each delivered exactly once, all sent`, async () => {
    const channelId = await createChannel('/burst', ['run.lost']);
    const outbox = replicas[0].app.get(NotificationOutbox);
    const ids: string[] = [];
    for (let batch = 0; batch < EVENTS / 50; batch++) {
      await replicas[0].dataSource.transaction(async (manager) => {
        for (let i = 0; i < 50; i++) {
          ids.push(await outbox.record(manager, { type: 'run.lost', time: clock.now(), data: { n: batch * 50 + i } }));
        }
      });
    }
    // The third replica's worker is driven by the test, concurrently with the other two's timers.
    const third = replicas[2].app.get(NotificationWorker);
    let thirdSent = 0;
    await until('every delivery sent', async () => {
      thirdSent += await third.tick();
      const [{ n }] = await sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM notification_deliveries WHERE channel_id = $1 AND state = 'sent'`,
        [channelId],
      );
      return n === EVENTS;
    });
    const got = hooks.received.filter((r) => r.path === '/burst');
    expect(got).toHaveLength(EVENTS);
    const eventIds = got.map((r) => (JSON.parse(r.body) as { id: string }).id);
    expect(new Set(eventIds).size).toBe(EVENTS);
    expect([...eventIds].sort()).toEqual([...ids].sort());
    expect(new Set(got.map((r) => r.headers['x-zdm-delivery'])).size).toBe(EVENTS);
    expect(
      await sql(
        `SELECT state, attempts, count(*)::int AS n FROM notification_deliveries WHERE channel_id = $1
          GROUP BY state, attempts`,
        [channelId],
      ),
    ).toEqual([{ state: 'sent', attempts: 1, n: EVENTS }]);
    expect(thirdSent).toBeLessThan(EVENTS); // the work was shared, not done by the driven replica alone
    await call(replicas[1], 'DELETE', `/api/notifications/channels/${channelId}`);
  });

  it('a replica stuck mid-send (as if killed) leaves its delivery to another once its lease runs out', async () => {
    // Only the driven replica's worker may take it first: the others' timers see it leased.
    const channelId = await createChannel('/stuck', ['run.missed']);
    const held = hooks.hold('/stuck');
    let eventId = '';
    await replicas[0].dataSource.transaction(async (manager) => {
      eventId = await replicas[0].app
        .get(NotificationOutbox)
        .record(manager, { type: 'run.missed', time: clock.now(), data: { stuck: true } });
    });
    // Whichever replica claims it first hangs in the send (the receiver does not answer).
    const answerFirst = await held;
    const [claimed] = await sql<{ state: string; attempts: number }>(
      'SELECT state, attempts FROM notification_deliveries WHERE event_id = $1',
      [eventId],
    );
    expect(claimed).toEqual({ state: 'pending', attempts: 1 });
    // Past its lease, another replica takes it (the driven one, or a timer of the others).
    clock.advance(DELIVERY_LEASE_MS + 1000);
    const third = replicas[2].app.get(NotificationWorker);
    await until('the delivery sent by another replica', async () => {
      await third.tick();
      const [row] = await sql<{ state: string }>('SELECT state FROM notification_deliveries WHERE event_id = $1', [
        eventId,
      ]);
      return row.state === 'sent';
    });
    // The stuck send ends after all, as a failure: its stale claim changes nothing.
    answerFirst(500);
    await until('the stuck send answered', async () => hooks.received.filter((r) => r.path === '/stuck').length >= 2);
    // A worker's tick waits for the one in progress: once every replica has ticked, the stuck send's
    // late failure has been written, if it were to be (it must not).
    await Promise.all(replicas.map((replica) => replica.app.get(NotificationWorker).tick()));
    expect(
      await sql('SELECT state, attempts, last_error FROM notification_deliveries WHERE event_id = $1', [eventId]),
    ).toEqual([{ state: 'sent', attempts: 2, last_error: null }]);
    expect(hooks.received.filter((r) => r.path === '/stuck')).toHaveLength(2);
    await call(replicas[1], 'DELETE', `/api/notifications/channels/${channelId}`);
  });

  it('agent.offline checked by the three replicas at once: reported once', async () => {
    const channelId = await createChannel('/offline', ['agent.offline']);
    const agent = await call(replicas[0], 'POST', '/api/agents', { server: SEED_SERVER, name: 'replica-agent' });
    expect(agent.statusCode).toBe(201);
    const { id, token } = agent.json().data as { id: number; token: string };
    const heartbeat = await replicas[1].app.inject({
      method: 'POST',
      url: '/api/agent/heartbeat',
      headers: { authorization: `Bearer ${token}` },
      payload: {},
    });
    expect(heartbeat.statusCode).toBe(200);
    clock.advance(60_001);
    for (let tick = 0; tick < 3; tick++) {
      const reported = await Promise.all(replicas.map((t) => t.app.get(AgentOfflineCheck).check()));
      expect(reported.flat()).toEqual(tick === 0 ? [id] : []);
    }
    expect(await sql(`SELECT count(*)::int AS n FROM notification_events WHERE type = 'agent.offline'`)).toEqual([
      { n: 1 },
    ]);
    await call(replicas[1], 'DELETE', `/api/notifications/channels/${channelId}`);
  });
});
