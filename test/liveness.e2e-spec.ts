import { ManualClock } from '@zdm/common';
import { RunEndOrchestrator, RunExecutionService } from '@zdm/runs';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Honest liveness (spec §13): monitoring says `waiting-for-agent`, not `running`, while a queued run
 * has no online agent to claim it; and after the API itself was down, a live agent's lease starts
 * again from the API's start instead of the run being declared lost for the API's downtime.
 */
describe('liveness: waiting for an agent, leases after the API was down', () => {
  let t: TestApp;
  let user: Record<string, string>;
  const clock = new ManualClock(new Date());
  const minute = 60_000;

  const call = (method: 'GET' | 'POST', url: string, headers: Record<string, string>, payload?: object) =>
    t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  const healthOf = async (jobName: string) =>
    (
      (await call('GET', '/api/backups/monitoring?limit=100', user)).json().data as {
        job: { name: string };
        health: string;
      }[]
    ).find((item) => item.job.name === jobName)?.health;

  beforeAll(async () => {
    t = await createTestApp({}, { clock });
    user = await t.auth();
  });
  afterAll(() => t?.close());

  it('a queued run with no agent online is waiting-for-agent; running once an agent is online', async () => {
    const registered = await call('POST', '/api/backups', user, {
      center: '1',
      server: 'server-01',
      jobName: 'live',
      partition: ['/'],
      type: 'full',
      repository: { type: 'nfs', path: '/backup' },
    });
    expect(registered.statusCode).toBe(201);
    const run = await call('POST', '/api/backups/live_ROOT/runs', user, {});
    expect(run.statusCode).toBe(201);
    expect(await healthOf('live_ROOT')).toBe('waiting-for-agent');
    expect(
      (await call('GET', '/api/backups/monitoring?health=waiting-for-agent', user))
        .json()
        .data.map((i: { job: { name: string } }) => i.job.name),
    ).toContain('live_ROOT');

    const { token } = (await call('POST', '/api/agents', user, { server: 'server-01' })).json().data as {
      token: string;
    };
    const agent = { authorization: `Bearer ${token}` };
    expect((await call('POST', '/api/agent/heartbeat', agent, {})).statusCode).toBe(200);
    expect(await healthOf('live_ROOT')).toBe('running');

    // The agent goes quiet: after AGENT_OFFLINE_AFTER_MS the queued run waits for an agent again.
    clock.advance(t.config.agents.offlineAfterMs + 1_000);
    expect(await healthOf('live_ROOT')).toBe('waiting-for-agent');
  });

  it('after the API was down, a running run gets RUN_LEASE_MS from the API’s start before it is lost', async () => {
    const { token } = (await call('POST', '/api/agents', user, { server: 'server-01' })).json().data as {
      token: string;
    };
    const agent = { authorization: `Bearer ${token}` };
    const claim = await call('POST', '/api/agent/runs/claim', agent, { wait: 0 });
    expect(claim.statusCode).toBe(200);
    const runId = claim.json().data.run.id as number;
    const execution = t.app.get(RunExecutionService);

    // The API is down for 3.5 minutes (the agent cannot report), then starts: leases restart first.
    clock.advance(3.5 * minute);
    expect(await execution.restartLeases()).toBe(1);
    expect(await t.app.get(RunEndOrchestrator).expireLeases()).toEqual([]);
    const run = async () => (await call('GET', `/api/runs/${runId}`, user)).json().data;
    expect(await run()).toMatchObject({ state: 'running' });

    // A dead agent is still found out: RUN_LEASE_MS after the restart, the run is lost.
    clock.advance(t.config.runs.leaseMs + 1_000);
    expect((await t.app.get(RunEndOrchestrator).expireLeases()).map((r) => r.id)).toEqual([runId]);
    expect(await run()).toMatchObject({ state: 'done', result: 'lost' });
  });
});
