import { ModuleRef } from '@nestjs/core';
import { ManualClock } from '@zdm/common';
import { SEED_SERVER } from '@zdm/image-format';
import { DELIVERY_LEASE_MS, NotificationOutbox, NotificationsModule, NotificationWorker } from '@zdm/notifications';
import { ParsedMail, simpleParser } from 'mailparser';
import { createHmac } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { createTestApp, TestApp } from './support/test-app';
import { startWebhookReceiver, WebhookReceiver } from './support/webhook-receiver';

/** A real SMTP server on 127.0.0.1 keeping every message it accepts. */
async function startSmtp(): Promise<{ server: SMTPServer; port: number; mails: ParsedMail[]; rcpts: string[][] }> {
  const mails: ParsedMail[] = [];
  const rcpts: string[][] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          mails.push(mail);
          rcpts.push(session.envelope.rcptTo.map((r) => r.address));
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { server, port, mails, rcpts };
}

/** Spec §15 on both databases, with a real SMTP server and a real webhook receiver. */
describe('notifications: outbox, delivery worker, SMTP and signed webhooks', () => {
  let t: TestApp;
  let user: Record<string, string>;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let hooks: WebhookReceiver;
  const clock = new ManualClock(new Date('2026-12-01T00:00:00.000Z'));
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) =>
    t.dataSource.query(query, params) as Promise<T[]>;
  /**
   * Tokens are issued and judged by the ManualClock too: the user's headers get a fresh token whenever
   * the clock has moved since the last one (an agent's token is not a JWT and is left alone).
   */
  let fresh: { at: number; authorization: string } | undefined;
  const withFreshToken = async (headers: Record<string, string>) => {
    if (headers.authorization !== user?.authorization) return headers;
    const at = clock.now().getTime();
    if (fresh?.at !== at) fresh = { at, authorization: `Bearer ${await t.token()}` };
    return { ...headers, authorization: fresh.authorization };
  };
  const call = async (
    method: 'GET' | 'POST' | 'DELETE',
    url: string,
    headers: Record<string, string>,
    payload?: unknown,
  ) =>
    t.app.inject({
      method,
      url,
      headers: await withFreshToken(headers),
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });
  const worker = () => t.app.get(NotificationWorker);
  const deliveries = async (query = '') =>
    (await call('GET', `/api/notifications/deliveries?limit=1000${query}`, user)).json().data as {
      id: number;
      event: { id: number; type: string };
      channel: { id: number; type: string } | null;
      address: string | null;
      state: string;
      attempts: number;
      lastError: string | null;
      sentTo: string | null;
    }[];
  const createChannel = async (body: object) => {
    const res = await call('POST', '/api/notifications/channels', user, body);
    expect(res.statusCode).toBe(201);
    return res.json().data as { id: number; secret: string | null };
  };
  const verify = (secret: string, signature: string, body: string) => {
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(signature) ?? [];
    expect(v1).toBe(createHmac('sha256', secret).update(`${t}.${body}`).digest('hex'));
    return Number(t);
  };

  let jobCount = 0;
  const registerJob = async (mailEvent?: string) => {
    const jobName = `notify-e2e-${++jobCount}`;
    const partition = ['/', '/boot', '/boot/efi'][jobCount - 1];
    const res = await call('POST', '/api/backups', user, {
      center: '1',
      server: SEED_SERVER,
      jobName,
      partition: [partition],
      rotation: 1,
      type: 'full',
      repository: { type: 'nfs', path: '/backup' },
      ...(mailEvent ? { mailEvent } : {}),
    });
    expect(res.statusCode).toBe(201);
    const name = res.json().data.results[0].jobName as string;
    const [{ id }] = await sql<{ id: number }>('SELECT id FROM backup_jobs WHERE name = $1', [name]);
    return { id, name };
  };
  let agentToken: string;
  /** Runs the job now and ends it with `result` through the agent protocol. */
  const runAndEnd = async (jobId: number, result: 'failed' | 'success', errorMessage?: string) => {
    const created = await call('POST', `/api/backups/${jobId}/runs`, user, {});
    expect(created.statusCode).toBe(201);
    const runId = created.json().data.id as number;
    expect((await call('POST', '/api/agent/runs/claim', bearer(agentToken), {})).statusCode).toBe(200);
    const log = await call('POST', `/api/agent/runs/${runId}/log`, bearer(agentToken), {
      lines: [{ level: 'error', message: 'write to /backup failed: no space left on device' }],
    });
    expect(log.statusCode).toBe(200);
    const done = await call('POST', `/api/agent/runs/${runId}/complete`, bearer(agentToken), {
      result,
      ...(errorMessage ? { errorMessage } : {}),
    });
    expect(done.statusCode).toBe(200);
    return runId;
  };

  beforeAll(async () => {
    smtp = await startSmtp();
    hooks = await startWebhookReceiver();
    t = await createTestApp(
      {
        SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
        MAIL_FROM: 'zdm@example.com',
        NOTIFY_ALLOW_PRIVATE_TARGETS: 'true',
        NOTIFY_INTERVAL_MS: '0',
        DEMO_AGENTS: 'false',
      },
      { clock },
    );
    user = await t.auth();
    const agent = await call('POST', '/api/agents', user, { server: SEED_SERVER });
    expect(agent.statusCode).toBe(201);
    agentToken = agent.json().data.token as string;
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
    await hooks.close();
  });

  it('channels: bad input is a 400 naming the field; a webhook secret is generated and shown once', async () => {
    for (const [body, field] of [
      [{ type: 'email', target: 'not-an-address', events: ['run.failed'] }, 'target'],
      [{ type: 'webhook', target: 'ftp://hooks.example.com/', events: ['run.failed'] }, 'target'],
      [{ type: 'webhook', target: 'https://user:pw@hooks.example.com/', events: ['run.failed'] }, 'target'],
      [{ type: 'webhook', target: 'https://hooks.example.com/', events: ['run.exploded'] }, 'events'],
      [{ type: 'sms', target: '010-0000-0000', events: ['run.failed'] }, 'type'],
      [{ type: 'email', target: 'ops@example.com', events: ['run.failed'], secret: 'a-secret-of-16-chars' }, 'secret'],
    ] as const) {
      const res = await call('POST', '/api/notifications/channels', { ...user, 'accept-language': 'en' }, body);
      expect({ body, status: res.statusCode }).toEqual({ body, status: 400 });
      expect(res.json().error).toContain(field);
    }
    const created = await call('POST', '/api/notifications/channels', user, {
      type: 'webhook',
      target: `${hooks.url}/generated`,
      events: ['run.lost'],
    });
    expect(created.statusCode).toBe(201);
    const channel = created.json().data as { id: number; secret: string };
    expect(created.json().data).toEqual({
      id: channel.id,
      type: 'webhook',
      target: `${hooks.url}/generated`,
      events: ['run.lost'],
      createdAt: '2026-12-01 09:00:00',
      secret: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const listed = (await call('GET', '/api/notifications/channels', user)).json().data as object[];
    expect(listed).toContainEqual({
      id: channel.id,
      type: 'webhook',
      target: `${hooks.url}/generated`,
      events: ['run.lost'],
      createdAt: '2026-12-01 09:00:00',
    });
    // The test route queues a `channel.test` event for this channel only; the worker signs and sends it.
    const test = await call('POST', `/api/notifications/channels/${channel.id}/test`, user, {});
    expect(test.statusCode).toBe(202);
    expect(await worker().tick()).toBe(1);
    const got = hooks.received.filter((r) => r.path === '/generated');
    expect(got).toHaveLength(1);
    expect(JSON.parse(got[0].body)).toEqual({
      id: String(test.json().data.eventId),
      type: 'channel.test',
      time: clock.now().toISOString(),
      data: { channel: { id: channel.id, type: 'webhook' } },
    });
    verify(channel.secret, String(got[0].headers['x-zdm-signature']), got[0].body);

    const deleted = await call('DELETE', `/api/notifications/channels/${channel.id}`, user);
    expect(deleted.statusCode).toBe(200);
    expect((await call('DELETE', `/api/notifications/channels/${channel.id}`, user)).statusCode).toBe(404);
    expect((await call('POST', '/api/notifications/channels/abc/test', user, {})).statusCode).toBe(400);
    expect(await sql('SELECT id FROM notification_deliveries WHERE channel_id = $1', [channel.id])).toEqual([]);
  });

  it("a failed run: the job's mailEvent addresses get an email over SMTP, the channel a signed webhook", async () => {
    const secret = 'whsec-notify-e2e-0123456789';
    const channel = await createChannel({
      type: 'webhook',
      target: `${hooks.url}/runs`,
      events: ['run.failed', 'run.succeeded'],
      secret,
    });
    const job = await registerJob('ops@example.com; Dev@example.com');
    const runId = await runAndEnd(job.id, 'failed', 'disk full');

    // Recorded with the run's transition, not sent yet.
    const [event] = await sql<{ id: string; type: string }>(
      `SELECT id, type FROM notification_events WHERE type = 'run.failed' ORDER BY id DESC LIMIT 1`,
    );
    const pending = (await deliveries()).filter((d) => d.event.id === Number(event.id));
    // Newest first: the addresses (in mailEvent's order, lower-cased), after the channel.
    expect(pending.map((d) => [d.address, d.channel?.id ?? null, d.state])).toEqual([
      ['dev@example.com', null, 'pending'],
      ['ops@example.com', null, 'pending'],
      [null, channel.id, 'pending'],
    ]);
    expect(smtp.mails).toHaveLength(0);

    expect(await worker().tick()).toBe(3);
    // Email: one per address, subject names job, event and server; body the run id, error, log tail.
    expect(smtp.rcpts.flat().sort()).toEqual(['dev@example.com', 'ops@example.com']);
    for (const mail of smtp.mails) {
      expect(mail.subject).toBe(`[ZDM] ${job.name}: 백업 실패 (run.failed) — 서버 ${SEED_SERVER}`);
      expect(mail.from?.text).toBe('zdm@example.com');
      expect(mail.headers.get('x-zdm-event')).toBe('run.failed');
      expect(mail.text).toContain(`실행 ID: ${runId}\n`);
      expect(mail.text).toContain('오류: disk full\n');
      expect(mail.text).toContain('ERROR write to /backup failed: no space left on device');
      expect(mail.text).toContain('ERROR Completed: failed (disk full).');
      expect(mail.text).toContain(`작업: ${job.name} (#${job.id})\n`);
    }
    // Webhook: { id, type, time, data } with the event's headers and a valid signature.
    const hook = hooks.received.filter((r) => r.path === '/runs');
    expect(hook).toHaveLength(1);
    expect(hook[0].headers['x-zdm-event']).toBe('run.failed');
    expect(hook[0].headers['content-type']).toBe('application/json');
    const body = JSON.parse(hook[0].body) as { id: string; type: string; time: string; data: Record<string, unknown> };
    expect(body).toEqual({
      id: event.id,
      type: 'run.failed',
      time: clock.now().toISOString(),
      data: {
        job: { id: job.id, name: job.name },
        server: { id: expect.any(Number), name: SEED_SERVER },
        run: {
          id: runId,
          result: 'failed',
          errorMessage: 'disk full',
          startedAt: clock.now().toISOString(),
          endedAt: clock.now().toISOString(),
        },
        logTail: expect.arrayContaining([`${clock.now().toISOString()} ERROR Completed: failed (disk full).`]),
        nextSlot: null,
      },
    });
    expect(verify(secret, String(hook[0].headers['x-zdm-signature']), hook[0].body)).toBe(
      Math.floor(clock.now().getTime() / 1000),
    );
    const sent = (await deliveries()).filter((d) => d.event.id === Number(event.id));
    expect(sent.map((d) => [d.state, d.attempts, d.sentTo])).toEqual([
      ['sent', 1, 'smtp'],
      ['sent', 1, 'smtp'],
      ['sent', 1, `${hooks.url}/runs`],
    ]);
    expect(hook[0].headers['x-zdm-delivery']).toBe(String(sent.find((d) => d.channel)?.id));

    // A success reaches only the channel subscribed to run.succeeded, never the mailEvent addresses.
    await runAndEnd(job.id, 'success');
    expect(await worker().tick()).toBe(1);
    expect(smtp.mails).toHaveLength(2);
    expect(hooks.received.filter((r) => r.path === '/runs').map((r) => r.headers['x-zdm-event'])).toEqual([
      'run.failed',
      'run.succeeded',
    ]);
    await call('DELETE', `/api/notifications/channels/${channel.id}`, user);
  });

  it('a receiver answering 500 is retried after the backoff; a 4xx ends dead without holding up others', async () => {
    const flaky = await createChannel({ type: 'webhook', target: `${hooks.url}/flaky`, events: ['run.failed'] });
    const gone = await createChannel({ type: 'webhook', target: `${hooks.url}/gone`, events: ['run.failed'] });
    const fine = await createChannel({ type: 'webhook', target: `${hooks.url}/fine`, events: ['run.failed'] });
    hooks.status['/flaky'] = 500;
    hooks.status['/gone'] = 410;
    const job = await registerJob();
    await runAndEnd(job.id, 'failed');

    expect(await worker().tick()).toBe(3);
    const state = async (id: number) => {
      const [d] = await deliveries(`&channel=${id}`);
      return { state: d.state, attempts: d.attempts, lastError: d.lastError };
    };
    expect(await state(fine.id)).toEqual({ state: 'sent', attempts: 1, lastError: null });
    expect(await state(flaky.id)).toEqual({ state: 'failed', attempts: 1, lastError: 'webhook answered HTTP 500' });
    expect(await state(gone.id)).toEqual({ state: 'failed', attempts: 1, lastError: 'webhook answered HTTP 410' });
    // Not due yet: nothing is tried again before the backoff.
    expect(await worker().tick()).toBe(0);

    hooks.status['/flaky'] = 200;
    clock.advance(40_000); // first retry after 30 s ± 20 %
    const metrics = async () => (await call('GET', '/api/metrics', user)).body;
    expect(await metrics()).toContain('\nzdm_notification_oldest_pending_seconds 40\n');
    expect(await worker().tick()).toBe(2);
    expect(await state(flaky.id)).toEqual({ state: 'sent', attempts: 2, lastError: null });
    expect(await state(gone.id)).toEqual({ state: 'failed', attempts: 2, lastError: 'webhook answered HTTP 410' });
    clock.advance(80_000);
    expect(await worker().tick()).toBe(1);
    expect(await state(gone.id)).toEqual({ state: 'dead', attempts: 3, lastError: 'webhook answered HTTP 410' });
    clock.advance(24 * 3_600_000);
    expect(await worker().tick()).toBe(0);
    expect(hooks.received.filter((r) => r.path === '/gone')).toHaveLength(3);
    expect(hooks.received.filter((r) => r.path === '/fine')).toHaveLength(1);
    expect((await deliveries('&state=dead')).map((d) => d.channel?.id)).toEqual([gone.id]);
    const text = await metrics();
    for (const line of [
      'zdm_notification_deliveries{state="dead",channel_type="webhook"} 1',
      'zdm_notification_deliveries{state="sent",channel_type="webhook"} 2',
      'zdm_notification_deliveries{state="sent",channel_type="address"} 2',
      'zdm_notification_oldest_pending_seconds 0',
    ]) {
      expect(text).toContain(`\n${line}\n`);
    }
    for (const c of [flaky, gone, fine]) await call('DELETE', `/api/notifications/channels/${c.id}`, user);
  });

  it('a delivery whose sender stalls past its lease is taken by another worker; the late answer changes nothing', async () => {
    const channel = await createChannel({ type: 'webhook', target: `${hooks.url}/stall`, events: ['run.failed'] });
    const held = hooks.hold('/stall');
    const job = await registerJob();
    await runAndEnd(job.id, 'failed');
    // Worker A claims and sends; the receiver does not answer (as if A's replica were stuck or killed).
    const first = worker().tick();
    const answerFirst = await held;
    const [stalled] = await deliveries(`&channel=${channel.id}`);
    expect({ state: stalled.state, attempts: stalled.attempts }).toEqual({ state: 'pending', attempts: 1 });
    const second = await t.app.select(NotificationsModule).get(ModuleRef, { strict: true }).create(NotificationWorker);
    expect(await second.tick()).toBe(0); // leased to A
    clock.advance(DELIVERY_LEASE_MS + 1000);
    expect(await second.tick()).toBe(1);
    expect(await deliveries(`&channel=${channel.id}`)).toMatchObject([{ state: 'sent', attempts: 2, lastError: null }]);
    // A's send ends after all (a 500): its stale claim no longer matches, so the row stays sent.
    answerFirst(500);
    expect(await first).toBe(1);
    expect(await deliveries(`&channel=${channel.id}`)).toMatchObject([{ state: 'sent', attempts: 2, lastError: null }]);
    expect(hooks.received.filter((r) => r.path === '/stall').map((r) => r.headers['x-zdm-delivery'])).toEqual([
      String(stalled.id),
      String(stalled.id),
    ]);
    await call('DELETE', `/api/notifications/channels/${channel.id}`, user);
  });

  it('two workers deliver N events concurrently with no duplicate', async () => {
    const channel = await createChannel({ type: 'webhook', target: `${hooks.url}/pair`, events: ['run.lost'] });
    const outbox = t.app.get(NotificationOutbox);
    const N = 45;
    await t.dataSource.transaction(async (manager) => {
      for (let i = 0; i < N; i++) {
        await outbox.record(manager, { type: 'run.lost', time: clock.now(), data: { n: i } });
      }
    });
    const second = await t.app.select(NotificationsModule).get(ModuleRef, { strict: true }).create(NotificationWorker);
    const [a, b] = await Promise.all([worker().tick(), second.tick()]);
    expect(a + b).toBe(N);
    const got = hooks.received.filter((r) => r.path === '/pair');
    const ids = got.map((r) => r.headers['x-zdm-delivery']);
    expect(new Set(ids).size).toBe(N);
    expect(got.map((r) => (JSON.parse(r.body) as { data: { n: number } }).data.n).sort((x, y) => x - y)).toEqual(
      Array.from({ length: N }, (_, i) => i),
    );
    expect((await deliveries(`&channel=${channel.id}&state=sent`)).length).toBe(N);
  });
});

describe('notifications without SMTP_URL: the worker on its own, .eml files under DATA_DIR/mail/, private webhooks refused', () => {
  let t: TestApp;
  const dataDir = mkdtempSync(join(tmpdir(), 'zdm-notify-'));

  beforeAll(async () => {
    t = await createTestApp({
      DATA_DIR: dataDir,
      NOTIFY_INTERVAL_MS: '100', // the worker runs on its own here
      DEMO_AGENTS: 'false',
      NOTIFY_LANGUAGE: 'en',
    });
  }, 60_000);
  afterAll(() => t.close());

  it('an email channel test is written as an .eml file and listed as sent to file', async () => {
    const auth = await t.auth();
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/notifications/channels',
      headers: { ...auth, 'accept-language': 'en' },
      payload: { type: 'webhook', target: 'http://127.0.0.1:9/hook', events: ['run.failed'] },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toBe(
      'target must not point to a loopback or private address (NOTIFY_ALLOW_PRIVATE_TARGETS).',
    );
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/notifications/channels',
      headers: auth,
      payload: { type: 'email', target: 'ops@example.com', events: ['run.failed'] },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().data.id as number;
    expect(created.json().data.secret).toBeNull();
    const test = await t.app.inject({ method: 'POST', url: `/api/notifications/channels/${id}/test`, headers: auth });
    expect(test.statusCode).toBe(202);
    // Nobody calls tick(): the worker started with the app sends it (waited for, bounded only to catch a hang).
    const deadline = Date.now() + 20_000;
    const listDeliveries = async () =>
      (await t.app.inject({ method: 'GET', url: '/api/notifications/deliveries', headers: auth })).json().data as {
        state: string;
      }[];
    while ((await listDeliveries())[0]?.state !== 'sent') {
      if (Date.now() > deadline) throw new Error('the delivery worker did not send within 20 s');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const files = readdirSync(join(dataDir, 'mail'));
    expect(files).toHaveLength(1);
    const mail = await simpleParser(readFileSync(join(dataDir, 'mail', files[0])));
    expect(mail.subject).toBe('[ZDM] test notification (channel.test)');
    expect(mail.text).toContain('This is a test: notifications reach this channel.');
    const listed = await t.app.inject({ method: 'GET', url: '/api/notifications/deliveries', headers: auth });
    expect(listed.json().data).toEqual([
      {
        id: expect.any(Number),
        event: { id: test.json().data.eventId, type: 'channel.test' },
        channel: { id, type: 'email' },
        address: null,
        state: 'sent',
        attempts: 1,
        nextAttemptAt: '-',
        lastError: null,
        sentAt: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/),
        sentTo: 'file',
      },
    ]);
  });
});
