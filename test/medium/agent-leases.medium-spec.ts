import { AgentRunsService, AgentsService, RegisterAgentDto } from '@zdm/agents';
import { SEED_SERVER } from '@zdm/image-format';
import { BackupRegistrationService, RegisterBackupDto } from '@zdm/jobs';
import { RunEndOrchestrator, RunExecutionService, RunsService } from '@zdm/runs';
import { createMediumContext, MEDIUM_BOOT_TIMEOUT_MS, MediumContext } from '../support/medium-context';

/**
 * Agents' claims and leases (spec §8, §13) on services: only an agent of the run's server claims
 * it, a silent agent's run ends `lost` once its lease passes (the clock moved, not waited), the
 * API's own downtime is not held against a live agent, and a queued run with no agent online is
 * `waiting-for-agent`. Claims go through the runs lib's public execution service with the server
 * an agent's token names, as the agent protocol does.
 */
describe('agents: claim and lease (medium)', () => {
  let ctx: MediumContext;
  const execution = () => ctx.get(RunExecutionService);
  const runEnd = () => ctx.get(RunEndOrchestrator);
  let jobCount = 0;

  beforeAll(async () => {
    ctx = await createMediumContext();
  }, MEDIUM_BOOT_TIMEOUT_MS);
  afterAll(() => ctx.close());

  /** A full job of one partition on `server`; its id. */
  const registerJob = async (server: string, partition: string) => {
    const dto = await ctx.input(RegisterBackupDto, {
      center: '1',
      server,
      jobName: `lease-${++jobCount}`,
      partition: [partition],
      type: 'full',
      repository: { type: 'nfs', path: '/backup' },
    });
    const { results } = await ctx.get(BackupRegistrationService).register(dto, undefined, 'en');
    const [{ id }] = await ctx.sql<{ id: number }>('SELECT id FROM backup_jobs WHERE name = $1', [results[0].jobName]);
    return id;
  };
  /** An agent registered for `server`, as its token identifies it. */
  const registerAgent = async (server: string) => {
    const agents = ctx.get(AgentsService);
    const { token } = await agents.register(await ctx.input(RegisterAgentDto, { server }));
    return agents.authenticate(token);
  };
  const runNow = async (jobId: number) => (await ctx.get(RunsService).runNow(String(jobId), {})).run.id;
  const claim = (agent: { id: number; serverId: number }) =>
    execution().claimNext({ agentId: agent.id, serverIds: [agent.serverId] });
  const stateOf = async (runId: number) =>
    (
      await ctx.sql<{ state: string; result: string | null; agent_id: number | null }>(
        'SELECT state, result, agent_id FROM runs WHERE id = $1',
        [runId],
      )
    )[0];
  const logOf = async (runId: number) =>
    (await ctx.sql<{ message: string }>('SELECT message FROM run_log WHERE run_id = $1 ORDER BY seq', [runId])).map(
      (l) => l.message,
    );

  it("only an agent of the run's server claims it; a second claim finds nothing", async () => {
    const jobId = await registerJob('main-server', '/');
    const other = await registerAgent(SEED_SERVER);
    const own = await registerAgent('main-server');
    const runId = await runNow(jobId);

    expect(await claim(other)).toBeNull();
    expect(await stateOf(runId)).toEqual({ state: 'queued', result: null, agent_id: null });
    const claimed = await claim(own);
    expect(claimed).toMatchObject({ id: runId, state: 'running', agentId: own.id });
    expect(claimed!.leaseExpiresAt!.getTime()).toBe(ctx.clock.now().getTime() + ctx.config.runs.leaseMs);
    expect(await claim(own)).toBeNull();
    expect(await logOf(runId)).toContain(`Claimed by agent ${own.id}.`);

    await runEnd().end(runId, own.id, { result: 'failed', errorMessage: 'medium' });
  });

  it('two agents of one server claiming at once never get the same run', async () => {
    const jobs = [await registerJob('main-server', '/data'), await registerJob('main-server', '/var')];
    const agents = [await registerAgent('main-server'), await registerAgent('main-server')];
    const runs = [await runNow(jobs[0]), await runNow(jobs[1])];
    const claimed = await Promise.all([...agents, ...agents].map((agent) => claim(agent)));
    const ids = claimed.filter((run) => run !== null).map((run) => run.id);
    expect(ids.sort()).toEqual([...runs].sort());
    for (const run of claimed.filter((r) => r !== null)) await runEnd().end(run.id, run.agentId!, { result: 'failed' });
  });

  it('a silent agent loses its run once the lease passes; its late report is refused', async () => {
    const jobId = await registerJob(SEED_SERVER, '/boot');
    const agent = await registerAgent(SEED_SERVER);
    const runId = await runNow(jobId);
    expect((await claim(agent))?.id).toBe(runId);

    ctx.clock.advance(ctx.config.runs.leaseMs - 1_000);
    expect((await runEnd().expireLeases()).map((r) => r.id)).not.toContain(runId);
    // Progress renews the lease from now.
    const renewed = await execution().progress(runId, agent.id, { percent: 40 });
    expect(renewed.leaseExpiresAt.getTime()).toBe(ctx.clock.now().getTime() + ctx.config.runs.leaseMs);
    ctx.clock.advance(ctx.config.runs.leaseMs - 1_000);
    expect((await runEnd().expireLeases()).map((r) => r.id)).not.toContain(runId);

    ctx.clock.advance(2_000);
    expect((await runEnd().expireLeases()).map((r) => [r.id, r.result])).toEqual([[runId, 'lost']]);
    expect(await stateOf(runId)).toMatchObject({ state: 'done', result: 'lost' });
    expect((await logOf(runId)).at(-1)).toMatch(/lease/i);
    await expect(execution().progress(runId, agent.id, { percent: 90 })).rejects.toMatchObject({
      code: 'RUN_ALREADY_DONE',
    });
    // Another agent's report on a run it does not hold: refused, the run unchanged.
    const stranger = await registerAgent(SEED_SERVER);
    await expect(execution().progress(runId, stranger.id, { percent: 90 })).rejects.toMatchObject({
      code: 'RUN_NOT_OWNED',
    });
  });

  it("grace after the API's downtime: leases restart from the API's start, then expire as usual", async () => {
    const jobId = await registerJob(SEED_SERVER, '/');
    const agent = await registerAgent(SEED_SERVER);
    const runId = await runNow(jobId);
    expect((await claim(agent))?.id).toBe(runId);

    // The API is down for ten lease lengths; at its start every running run gets a full lease again.
    ctx.clock.advance(10 * ctx.config.runs.leaseMs);
    expect(await execution().restartLeases()).toBeGreaterThanOrEqual(1);
    expect((await runEnd().expireLeases()).map((r) => r.id)).not.toContain(runId);
    expect(await stateOf(runId)).toMatchObject({ state: 'running' });

    // The agent stays silent after the restart: lost once that lease passes.
    ctx.clock.advance(ctx.config.runs.leaseMs + 1_000);
    expect((await runEnd().expireLeases()).map((r) => r.id)).toContain(runId);
    expect(await stateOf(runId)).toMatchObject({ state: 'done', result: 'lost' });
  });

  it('a queued run is waiting-for-agent while no agent of its server is online, then queued as usual', async () => {
    const jobId = await registerJob('server-01', '/');
    const runId = await runNow(jobId);
    const healthOf = async () =>
      (await ctx.get(RunsService).jobHealths(ctx.clock.now())).find((h) => h.row.jobId === jobId)?.health;
    expect(await healthOf()).toBe('waiting-for-agent');

    const agent = await registerAgent('server-01');
    await ctx.get(AgentsService).heartbeat(agent, '1.0.0');
    expect(await healthOf()).not.toBe('waiting-for-agent');

    // The agent falls silent past AGENT_OFFLINE_AFTER_MS: waiting again.
    ctx.clock.advance(ctx.config.agents.offlineAfterMs + 1_000);
    expect(await healthOf()).toBe('waiting-for-agent');
    expect(await stateOf(runId)).toMatchObject({ state: 'queued' });
    await ctx.get(RunsService).cancel(String(runId));
  });

  it('a claim whose caller hung up while it was written rolls back: the run stays queued for the next call', async () => {
    const jobId = await registerJob(SEED_SERVER, '/');
    const agent = await registerAgent(SEED_SERVER);
    const runId = await runNow(jobId);
    const agentRuns = ctx.get(AgentRunsService);
    // The agent's connection closes after the claim is written, before its transaction commits.
    const hungUp = new AbortController();
    const claimNext = execution().claimNext.bind(execution());
    const written = jest.spyOn(execution(), 'claimNext').mockImplementationOnce(async (input) => {
      const run = await claimNext(input);
      hungUp.abort();
      return run;
    });
    expect(await agentRuns.claim(agent, 0, hungUp.signal)).toBeUndefined();
    expect(written).toHaveBeenCalledTimes(1);
    written.mockRestore();
    expect(await stateOf(runId)).toEqual({ state: 'queued', result: null, agent_id: null });
    expect(await logOf(runId)).not.toContain(`Claimed by agent ${agent.id}.`);

    // The agent's next call gets the run.
    const claimed = await agentRuns.claim(agent, 0);
    expect(claimed?.run).toMatchObject({ id: runId, state: 'running' });
    expect(await stateOf(runId)).toEqual({ state: 'running', result: null, agent_id: agent.id });
    await runEnd().end(runId, agent.id, { result: 'failed' });
  });
});
