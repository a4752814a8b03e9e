import { AgentOfflineCheck, AgentsModule, AgentsService, RegisterAgentDto } from '@zdm/agents';
import { SEED_SERVER } from '@zdm/image-format';
import { BackupRegistrationService, RegisterBackupDto } from '@zdm/jobs';
import { CreateChannelDto, NotificationsService, NotificationWorker } from '@zdm/notifications';
import {
  JobStaleCheck,
  RunEndOrchestrator,
  RunExecutionService,
  RunScheduler,
  RunsModule,
  RunsService,
} from '@zdm/runs';
import { simpleParser } from 'mailparser';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMediumContext, MEDIUM_BOOT_TIMEOUT_MS, MediumContext } from '../support/medium-context';
import { startWebhookReceiver, WebhookReceiver } from '../support/webhook-receiver';

const HOUR = 3_600_000;

/**
 * Spec §15: `job.stale` and `agent.offline` are lasting conditions every replica checks on every
 * tick; each TRANSITION into one is reported once (a second checker, standing in for another
 * replica, runs at the same moment), and again only after a recovery. Services on embedded PGlite
 * with a moved clock; the deliveries go to a real webhook receiver and `.eml` files.
 */
describe('notifications: job.stale and agent.offline reported once per transition (medium)', () => {
  let ctx: MediumContext;
  let hooks: WebhookReceiver;
  const dataDir = mkdtempSync(join(tmpdir(), 'zdm-conditions-'));
  const events = (type: string) =>
    ctx.sql<{ id: string; data: Record<string, unknown> }>(
      'SELECT id, data FROM notification_events WHERE type = $1 ORDER BY id',
      [type],
    );
  const registerAgent = async (name: string) => {
    const agents = ctx.get(AgentsService);
    const registered = await agents.register(await ctx.input(RegisterAgentDto, { server: SEED_SERVER, name }));
    return { ...registered, identity: await agents.authenticate(registered.token) };
  };
  let channelId: number;

  beforeAll(async () => {
    hooks = await startWebhookReceiver();
    ctx = await createMediumContext({
      DATA_DIR: dataDir,
      NOTIFY_ALLOW_PRIVATE_TARGETS: 'true',
      NOTIFY_CHECK_INTERVAL_MS: '0',
      NOTIFY_LANGUAGE: 'en',
    });
    const channel = await ctx.get(NotificationsService).createChannel(
      await ctx.input(CreateChannelDto, {
        type: 'webhook',
        target: `${hooks.url}/conditions`,
        events: ['job.stale', 'agent.offline'],
      }),
    );
    channelId = channel.id;
  }, MEDIUM_BOOT_TIMEOUT_MS);
  afterAll(async () => {
    await ctx?.close();
    await hooks.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("job.stale: once when the job's slot lapses, to mailEvent and channel; again after a success", async () => {
    ctx.clock.set(new Date()); // the schedule starts now (its rows' creation time)
    const dto = await ctx.input(RegisterBackupDto, {
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
    const jobName = (await ctx.get(BackupRegistrationService).register(dto, undefined, 'en')).results[0].jobName;
    const [job] = await ctx.sql<{ id: number; server_id: number }>(
      'SELECT id, server_id FROM backup_jobs WHERE name = $1',
      [jobName],
    );
    const scheduler = ctx.get(RunScheduler);
    const slotOf = async () =>
      (await ctx.sql<{ next_run_at: Date }>('SELECT next_run_at FROM run_triggers WHERE job_id = $1', [job.id]))[0]
        .next_run_at;
    await scheduler.tick();
    const slot = await slotOf();
    const checks = [ctx.get(JobStaleCheck), await ctx.replicaOf(RunsModule, JobStaleCheck)];
    const checkAll = async () => (await Promise.all(checks.map((c) => c.check()))).flat();

    ctx.clock.set(new Date(slot.getTime() + HOUR)); // exactly the grace: not stale yet
    expect(await checkAll()).toEqual([]);
    ctx.clock.advance(1000);
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
      await ctx.sql('SELECT channel_id, address, state FROM notification_deliveries WHERE event_id = $1 ORDER BY id', [
        stale.id,
      ]),
    ).toEqual([
      { channel_id: channelId, address: null, state: 'pending' },
      { channel_id: null, address: 'ops@example.com', state: 'pending' },
    ]);

    // Delivered: the channel's webhook and the mailEvent address's email (an .eml file here).
    await ctx.get(NotificationWorker).tick();
    const hook = hooks.received.filter((r) => r.headers['x-zdm-event'] === 'job.stale');
    expect(hook.map((r) => JSON.parse(r.body) as object)).toEqual([
      { id: stale.id, type: 'job.stale', time: ctx.clock.now().toISOString(), data: stale.data },
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
    const runId = (await ctx.get(RunsService).runNow(String(job.id), {})).run.id;
    const execution = ctx.get(RunExecutionService);
    expect((await execution.claimNext({ agentId: agent.identity.id, serverIds: [agent.identity.serverId] }))?.id).toBe(
      runId,
    );
    await ctx.get(RunEndOrchestrator).end(runId, agent.identity.id, { result: 'success' });
    expect(await checkAll()).toEqual([]);
    expect(await ctx.sql(`SELECT object_id FROM notification_conditions WHERE kind = 'job.stale'`)).toEqual([]);
    const health = (await ctx.get(RunsService).jobHealths(ctx.clock.now())).find((h) => h.row.jobId === job.id);
    expect(health?.health).toBe('ok');

    // The next slot lapses too: a new transition, reported again.
    const next = await slotOf();
    expect(next.getTime()).toBeGreaterThan(slot.getTime());
    ctx.clock.set(new Date(next.getTime() + HOUR + 1000));
    expect(await checkAll()).toEqual([job.id]);
    expect((await events('job.stale')).map((e) => e.data.missedSlot)).toEqual([slot.toISOString(), next.toISOString()]);
    expect((await events('job.stale'))[1].data).toMatchObject({
      lastSuccessAt: expect.any(String),
      lastRun: { id: runId, state: 'done', result: 'success' },
    });
    // Revoke the agent so the agent.offline test starts from agents it registers itself.
    await ctx.get(AgentsService).revoke(String(agent.id));
  });

  it('agent.offline: once when a seen agent falls silent, to channels; again after it called back', async () => {
    // Registered, never called (authenticating would count as a call).
    const silent = await ctx
      .get(AgentsService)
      .register(await ctx.input(RegisterAgentDto, { server: SEED_SERVER, name: 'never-started-agent' }));
    const agent = await registerAgent('offline-watch-agent');
    const agents = ctx.get(AgentsService);
    const seenAt = ctx.clock.now();
    await agents.heartbeat(agent.identity, '1.0.0');
    const checks = [ctx.get(AgentOfflineCheck), await ctx.replicaOf(AgentsModule, AgentOfflineCheck)];
    const checkAll = async () => (await Promise.all(checks.map((c) => c.check()))).flat();

    ctx.clock.set(new Date(seenAt.getTime() + 60_000)); // exactly AGENT_OFFLINE_AFTER_MS: still online
    expect(await checkAll()).toEqual([]);
    ctx.clock.advance(1);
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
      await ctx.sql('SELECT channel_id, address FROM notification_deliveries WHERE event_id = $1', [offline.id]),
    ).toEqual([{ channel_id: channelId, address: null }]);

    // It calls again: forgotten; silent again: reported again.
    await agents.heartbeat(agent.identity, undefined);
    expect(await checkAll()).toEqual([]);
    expect(await ctx.sql(`SELECT object_id FROM notification_conditions WHERE kind = 'agent.offline'`)).toEqual([]);
    ctx.clock.advance(60_001);
    expect(await checkAll()).toEqual([agent.id]);
    // Revoked: no longer watched, and forgotten.
    await agents.revoke(String(agent.id));
    expect(await checkAll()).toEqual([]);
    expect(await ctx.sql(`SELECT object_id FROM notification_conditions WHERE kind = 'agent.offline'`)).toEqual([]);

    await ctx.get(NotificationWorker).tick();
    const hook = hooks.received.filter((r) => r.headers['x-zdm-event'] === 'agent.offline');
    expect(hook.map((r) => (JSON.parse(r.body) as { data: { agent: { id: number } } }).data.agent.id)).toEqual([
      agent.id,
      agent.id,
    ]);
    expect(silent.id).not.toBe(agent.id);
  });
});
