import {
  CreateChannelDto,
  NewNotificationEvent,
  NotificationOutbox,
  NotificationsService,
  NotificationWorker,
} from '@zdm/notifications';
import { createMediumContext, MEDIUM_BOOT_TIMEOUT_MS, MediumContext } from '../support/medium-context';
import { startWebhookReceiver, WebhookReceiver } from '../support/webhook-receiver';

const HOUR = 3_600_000;

/**
 * The outbox and the delivery worker (spec §15) on services: an event written in a transaction
 * makes one pending delivery per subscribed channel and per `mailTo` address, or nothing when the
 * transaction rolls back; the worker retries a transient failure after the backoff (never before),
 * gives up a permanent refusal after its attempts and a transient one after 24 h, and one failing
 * target never holds up the others. Time is moved, never waited; the receiver is a real HTTP server.
 */
describe('notifications: outbox and delivery worker (medium)', () => {
  let ctx: MediumContext;
  let hooks: WebhookReceiver;

  beforeAll(async () => {
    hooks = await startWebhookReceiver();
    ctx = await createMediumContext({ NOTIFY_ALLOW_PRIVATE_TARGETS: 'true' });
  }, MEDIUM_BOOT_TIMEOUT_MS);
  afterAll(async () => {
    await ctx?.close();
    await hooks.close();
  });

  const worker = () => ctx.get(NotificationWorker);
  const createChannel = async (path: string, events: string[]) =>
    (
      await ctx
        .get(NotificationsService)
        .createChannel(await ctx.input(CreateChannelDto, { type: 'webhook', target: `${hooks.url}${path}`, events }))
    ).id;
  const record = (event: Partial<NewNotificationEvent> = {}) =>
    ctx.dataSource.transaction((manager) =>
      ctx.get(NotificationOutbox).record(manager, {
        type: 'run.failed',
        time: ctx.clock.now(),
        data: { run: { id: 1 } },
        ...event,
      }),
    );
  const delivery = async (channelId: number) =>
    (
      await ctx.sql<{ state: string; attempts: number; last_error: string | null }>(
        'SELECT state, attempts, last_error FROM notification_deliveries WHERE channel_id = $1 ORDER BY id DESC LIMIT 1',
        [channelId],
      )
    )[0];
  const removeChannels = (ids: number[]) =>
    Promise.all(ids.map((id) => ctx.get(NotificationsService).deleteChannel(String(id))));

  it('retries a 500 after the backoff, never before; a 4xx ends dead after its attempts; others are sent', async () => {
    const flaky = await createChannel('/flaky', ['run.failed']);
    const gone = await createChannel('/gone', ['run.failed']);
    const fine = await createChannel('/fine', ['run.failed']);
    hooks.status['/flaky'] = 500;
    hooks.status['/gone'] = 410;
    await record();

    expect(await worker().tick()).toBe(3);
    expect(await delivery(fine)).toEqual({ state: 'sent', attempts: 1, last_error: null });
    expect(await delivery(flaky)).toEqual({ state: 'failed', attempts: 1, last_error: 'webhook answered HTTP 500' });
    expect(await delivery(gone)).toEqual({ state: 'failed', attempts: 1, last_error: 'webhook answered HTTP 410' });
    // The first retry waits 30 s ± 20 %: nothing is due before 24 s.
    ctx.clock.advance(23_000);
    expect(await worker().tick()).toBe(0);

    hooks.status['/flaky'] = 200;
    ctx.clock.advance(17_000);
    expect(await worker().tick()).toBe(2);
    expect(await delivery(flaky)).toEqual({ state: 'sent', attempts: 2, last_error: null });
    expect(await delivery(gone)).toEqual({ state: 'failed', attempts: 2, last_error: 'webhook answered HTTP 410' });
    ctx.clock.advance(80_000); // the second retry: 60 s ± 20 %
    expect(await worker().tick()).toBe(1);
    expect(await delivery(gone)).toEqual({ state: 'dead', attempts: 3, last_error: 'webhook answered HTTP 410' });
    ctx.clock.advance(24 * HOUR);
    expect(await worker().tick()).toBe(0);
    expect(hooks.received.filter((r) => r.path === '/gone')).toHaveLength(3);
    expect(hooks.received.filter((r) => r.path === '/fine')).toHaveLength(1);
    await removeChannels([flaky, gone, fine]);
  });

  it('a target failing transiently is retried with growing delays and ends dead 24 h after the event', async () => {
    const down = await createChannel('/down', ['run.failed']);
    hooks.status['/down'] = 503;
    await record();
    const eventTime = ctx.clock.now().getTime();
    const attemptsAt: number[] = [];
    const step = 15 * 60_000;
    for (let i = 0; i < 200 && (await delivery(down)).state !== 'dead'; i++) {
      if ((await worker().tick()) > 0) attemptsAt.push(ctx.clock.now().getTime() - eventTime);
      ctx.clock.advance(step);
    }
    const last = await delivery(down);
    expect(last).toMatchObject({ state: 'dead', last_error: 'webhook answered HTTP 503' });
    expect(last.attempts).toBe(attemptsAt.length);
    // Growing gaps (30 s, 60 s, … capped at an hour), the last attempt within 24 h of the event.
    const gaps = attemptsAt.slice(1).map((at, i) => at - attemptsAt[i]);
    expect(gaps.every((gap, i) => i === 0 || gap >= gaps[i - 1] - step)).toBe(true);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(1.2 * HOUR + step);
    expect(attemptsAt.at(-1)).toBeLessThanOrEqual(24 * HOUR);
    expect(attemptsAt.at(-1)).toBeGreaterThan(22 * HOUR);
    await removeChannels([down]);
  });

  it('the outbox: one pending delivery per subscribed channel and mailTo address, none after a rollback', async () => {
    const subscribed = await createChannel('/subscribed', ['run.failed', 'job.stale']);
    const other = await createChannel('/other', ['run.succeeded']);
    const eventId = await record({ mailTo: ['ops@example.com', 'dba@example.com'] });
    expect(
      await ctx.sql(
        'SELECT channel_id, address, state, attempts FROM notification_deliveries WHERE event_id = $1 ORDER BY id',
        [eventId],
      ),
    ).toEqual([
      { channel_id: subscribed, address: null, state: 'pending', attempts: 0 },
      { channel_id: null, address: 'ops@example.com', state: 'pending', attempts: 0 },
      { channel_id: null, address: 'dba@example.com', state: 'pending', attempts: 0 },
    ]);
    // run.succeeded goes to channels subscribing to it, never to a job's addresses.
    const succeeded = await record({ type: 'run.succeeded', mailTo: ['ops@example.com'] });
    expect(
      await ctx.sql('SELECT channel_id, address FROM notification_deliveries WHERE event_id = $1', [succeeded]),
    ).toEqual([{ channel_id: other, address: null }]);

    const count = async () =>
      (
        await ctx.sql<{ events: number; deliveries: number }>(
          `SELECT (SELECT count(*)::int FROM notification_events) AS events,
                  (SELECT count(*)::int FROM notification_deliveries) AS deliveries`,
        )
      )[0];
    const before = await count();
    await expect(
      ctx.dataSource.transaction(async (manager) => {
        await ctx.get(NotificationOutbox).record(manager, { type: 'run.failed', time: ctx.clock.now(), data: {} });
        throw new Error('the change that caused the event failed');
      }),
    ).rejects.toThrow('the change that caused the event failed');
    expect(await count()).toEqual(before);
    await removeChannels([subscribed, other]);
  });
});
