import { Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { AgentOfflineCheck, AgentsModule } from '@zdm/agents';
import { ManualClock } from '@zdm/common';
import { SEED_SERVER } from '@zdm/image-format';
import { NotificationWorker } from '@zdm/notifications';
import { JobStaleCheck, RunScheduler, RunsModule } from '@zdm/runs';
import { simpleParser } from 'mailparser';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, TestApp } from './support/test-app';
import { startWebhookReceiver, WebhookReceiver } from './support/webhook-receiver';

const HOUR = 3_600_000;

/**
 * Spec §15: `job.stale` and `agent.offline` are lasting conditions every replica checks on every
 * tick; each TRANSITION into one is reported once (a second checker, standing in for another
 * replica, runs at the same moment), and again only after a recovery. Both databases.
 */
describe('notifications: job.stale and agent.offline reported once per transition', () => {
  let t: TestApp;
  let hooks: WebhookReceiver;
  const dataDir = mkdtempSync(join(tmpdir(), 'zdm-conditions-'));
  const clock = new ManualClock(new Date());
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) =>
    t.dataSource.query(query, params) as Promise<T[]>;
  /** A fresh admin token each call: tokens are judged by the ManualClock, which the tests move. */
  const call = async (method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${await t.token()}` },
      ...(payload ? { payload } : {}),
    });
  const agentCall = (token: string, url: string, payload: object = {}) =>
    t.app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${token}` }, payload });
  /** A second instance of a check, as another replica runs it. */
  const replicaOf = <T>(module: Type<unknown>, type: Type<T>) =>
    t.app.select(module).get(ModuleRef, { strict: true }).create(type);
  const registerAgent = async (name: string) => {
    const res = await call('POST', '/api/agents', { server: SEED_SERVER, name });
    expect(res.statusCode).toBe(201);
    return res.json().data as { id: number; name: string; token: string; server: { id: number; name: string } };
  };
  const events = (type: string) =>
    sql<{ id: string; data: Record<string, unknown> }>(
      'SELECT id, data FROM notification_events WHERE type = $1 ORDER BY id',
      [type],
    );
  let channelId: number;

  beforeAll(async () => {
    hooks = await startWebhookReceiver();
    t = await createTestApp(
      {
        DATA_DIR: dataDir,
        NOTIFY_ALLOW_PRIVATE_TARGETS: 'true',
        NOTIFY_INTERVAL_MS: '0',
        NOTIFY_CHECK_INTERVAL_MS: '0',
        NOTIFY_LANGUAGE: 'en',
        DEMO_AGENTS: 'false',
      },
      { clock },
    );
    const channel = await call('POST', '/api/notifications/channels', {
      type: 'webhook',
      target: `${hooks.url}/conditions`,
      events: ['job.stale', 'agent.offline'],
    });
    expect(channel.statusCode).toBe(201);
    channelId = channel.json().data.id as number;
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await hooks.close();
  });

  it("job.stale: once when the job's slot lapses, to mailEvent and channel; again after a success", async () => {
    clock.set(new Date()); // the schedule starts now (its rows' creation time)
    const registered = await call('POST', '/api/backups', {
      center: '1',
      server: SEED_SERVER,
      jobName: 'stale-watch',
      partition: ['/'],
      rotation: 1,
      type: 'full',
      repository: { type: 'nfs', path: '/backup' },
      schedule: { type: 3, basic: { time: '04:00' } },
      mailEvent: 'Ops@example.com',
    });
    expect(registered.statusCode).toBe(201);
    const jobName = registered.json().data.results[0].jobName as string;
    const [job] = await sql<{ id: number; server_id: number }>(
      'SELECT id, server_id FROM backup_jobs WHERE name = $1',
      [jobName],
    );
    const scheduler = t.app.get(RunScheduler);
    const slotOf = async () =>
      (await sql<{ next_run_at: Date }>('SELECT next_run_at FROM run_triggers WHERE job_id = $1', [job.id]))[0]
        .next_run_at;
    await scheduler.tick();
    const slot = await slotOf();
    const checks = [t.app.get(JobStaleCheck), await replicaOf(RunsModule, JobStaleCheck)];
    const checkAll = async () => (await Promise.all(checks.map((c) => c.check()))).flat();

    clock.set(new Date(slot.getTime() + HOUR)); // exactly the grace: not stale yet
    expect(await checkAll()).toEqual([]);
    clock.advance(1000);
    expect(await checkAll()).toEqual([job.id]); // two checkers at once: one report
    expect(await checkAll()).toEqual([]); // the next tick: still stale, nothing new
    const [stale] = await events('job.stale');
    expect(stale.data).toEqual({
      job: { id: job.id, name: jobName },
      server: { id: job.server_id, name: SEED_SERVER },
      missedSlot: slot.toISOString(),
      staleSince: new Date(slot.getTime() + HOUR).toISOString(),
      lastSuccessAt: null,
      lastRun: null,
    });
    expect(
      await sql('SELECT channel_id, address, state FROM notification_deliveries WHERE event_id = $1 ORDER BY id', [
        stale.id,
      ]),
    ).toEqual([
      { channel_id: channelId, address: null, state: 'pending' },
      { channel_id: null, address: 'ops@example.com', state: 'pending' },
    ]);

    // Delivered: the channel's webhook and the mailEvent address's email (an .eml file here).
    await t.app.get(NotificationWorker).tick();
    const hook = hooks.received.filter((r) => r.headers['x-zdm-event'] === 'job.stale');
    expect(hook.map((r) => JSON.parse(r.body) as object)).toEqual([
      { id: stale.id, type: 'job.stale', time: clock.now().toISOString(), data: stale.data },
    ]);
    const files = readdirSync(join(dataDir, 'mail'));
    expect(files).toHaveLength(1);
    const mail = await simpleParser(readFileSync(join(dataDir, 'mail', files[0])));
    expect(mail.subject).toBe(
      `[ZDM] ${jobName}: backup stale (no recent successful backup) (job.stale) — Server ${SEED_SERVER}`,
    );
    expect(mail.text).toContain(`Slot passed without success: ${slot.toISOString()}\n`);

    // The scheduler catches up (the slot ends missed): still stale, nothing new.
    await scheduler.tick();
    expect(await checkAll()).toEqual([]);
    // A success: healthy again, the condition is forgotten.
    const agent = await registerAgent('stale-watch-agent');
    const run = await call('POST', `/api/backups/${job.id}/runs`, {});
    expect(run.statusCode).toBe(201);
    const runId = run.json().data.id as number;
    expect((await agentCall(agent.token, '/api/agent/runs/claim')).statusCode).toBe(200);
    expect((await agentCall(agent.token, `/api/agent/runs/${runId}/complete`, { result: 'success' })).statusCode).toBe(
      200,
    );
    expect(await checkAll()).toEqual([]);
    expect(await sql(`SELECT object_id FROM notification_conditions WHERE kind = 'job.stale'`)).toEqual([]);
    const monitoring = await call('GET', '/api/backups/monitoring?limit=100');
    expect(
      (monitoring.json().data as { job: { id: number }; health: string }[]).find((i) => i.job.id === job.id),
    ).toMatchObject({ health: 'ok' });

    // The next slot lapses too: a new transition, reported again.
    const next = await slotOf();
    expect(next.getTime()).toBeGreaterThan(slot.getTime());
    clock.set(new Date(next.getTime() + HOUR + 1000));
    expect(await checkAll()).toEqual([job.id]);
    expect((await events('job.stale')).map((e) => e.data.missedSlot)).toEqual([slot.toISOString(), next.toISOString()]);
    expect((await events('job.stale'))[1].data).toMatchObject({
      lastSuccessAt: expect.any(String),
      lastRun: { id: runId, state: 'done', result: 'success' },
    });
    // Revoke the agent so the agent.offline test starts from agents it registers itself.
    expect((await call('DELETE', `/api/agents/${agent.id}`)).statusCode).toBe(200);
  });

  it('agent.offline: once when a seen agent falls silent, to channels; again after it called back', async () => {
    const silent = await registerAgent('never-started-agent');
    const agent = await registerAgent('offline-watch-agent');
    const seenAt = clock.now();
    expect((await agentCall(agent.token, '/api/agent/heartbeat', { version: '1.0.0' })).statusCode).toBe(200);
    const checks = [t.app.get(AgentOfflineCheck), await replicaOf(AgentsModule, AgentOfflineCheck)];
    const checkAll = async () => (await Promise.all(checks.map((c) => c.check()))).flat();

    clock.set(new Date(seenAt.getTime() + 60_000)); // exactly AGENT_OFFLINE_AFTER_MS: still online
    expect(await checkAll()).toEqual([]);
    clock.advance(1);
    expect(await checkAll()).toEqual([agent.id]); // the never-started agent is not reported
    expect(await checkAll()).toEqual([]);
    const [offline] = await events('agent.offline');
    expect(offline.data).toEqual({
      agent: { id: agent.id, name: agent.name },
      server: { id: agent.server.id, name: agent.server.name },
      lastSeenAt: seenAt.toISOString(),
      offlineAfterMs: 60_000,
    });
    // No job is concerned: the subscribed channel only.
    expect(
      await sql('SELECT channel_id, address FROM notification_deliveries WHERE event_id = $1', [offline.id]),
    ).toEqual([{ channel_id: channelId, address: null }]);

    // It calls again: forgotten; silent again: reported again.
    expect((await agentCall(agent.token, '/api/agent/heartbeat', {})).statusCode).toBe(200);
    expect(await checkAll()).toEqual([]);
    expect(await sql(`SELECT object_id FROM notification_conditions WHERE kind = 'agent.offline'`)).toEqual([]);
    clock.advance(60_001);
    expect(await checkAll()).toEqual([agent.id]);
    // Revoked: no longer watched, and forgotten.
    expect((await call('DELETE', `/api/agents/${agent.id}`)).statusCode).toBe(200);
    expect(await checkAll()).toEqual([]);
    expect(await sql(`SELECT object_id FROM notification_conditions WHERE kind = 'agent.offline'`)).toEqual([]);

    await t.app.get(NotificationWorker).tick();
    const hook = hooks.received.filter((r) => r.headers['x-zdm-event'] === 'agent.offline');
    expect(hook.map((r) => (JSON.parse(r.body) as { data: { agent: { id: number } } }).data.agent.id)).toEqual([
      agent.id,
      agent.id,
    ]);
    expect(silent.id).not.toBe(agent.id);
  });
});
