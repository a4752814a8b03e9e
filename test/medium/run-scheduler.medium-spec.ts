import { BackupRegistrationService, RegisterBackupDto } from '@zdm/jobs';
import { RunEndOrchestrator, RunExecutionService, RunScheduler, RunsService } from '@zdm/runs';
import { createMediumContext, MEDIUM_BOOT_TIMEOUT_MS, MediumContext } from '../support/medium-context';

/** The scheduler's tick (spec §7) on services: slots fire once, overlap is skipped, downtime catches up once. */
describe('RunScheduler (medium)', () => {
  let ctx: MediumContext;
  const minute = 60_000;

  beforeAll(async () => {
    ctx = await createMediumContext();
  }, MEDIUM_BOOT_TIMEOUT_MS);
  afterAll(() => ctx.close());

  const tick = () => ctx.get(RunScheduler).tick();
  const register = async (body: Record<string, unknown>) => {
    const dto = await ctx.input(RegisterBackupDto, {
      center: '1',
      server: 'server-01',
      repository: { type: 'nfs', path: '/backup' },
      type: 'full',
      ...body,
    });
    const { results } = await ctx.get(BackupRegistrationService).register(dto, undefined, 'en');
    const [{ id }] = await ctx.sql<{ id: number }>('SELECT id FROM backup_jobs WHERE name = $1', [results[0].jobName]);
    return id;
  };
  const runsOf = (jobId: number) =>
    ctx.sql<{ id: number; trigger: string; level: string; state: string; result: string | null; scheduled_for: Date }>(
      'SELECT id, trigger, level, state, result, scheduled_for FROM runs WHERE job_id = $1 ORDER BY id',
      [jobId],
    );
  const summary = async (jobId: number) => (await runsOf(jobId)).map((r) => `${r.trigger} ${r.state}/${r.result}`);
  const nextSlot = async (jobId: number) =>
    (
      await ctx.sql<{ next_run_at: Date; next_role: string }>(
        'SELECT next_run_at, next_role FROM run_triggers WHERE job_id = $1',
        [jobId],
      )
    )[0];
  const serverOf = async (jobId: number) =>
    (await ctx.sql<{ server_id: number }>('SELECT server_id FROM backup_jobs WHERE id = $1', [jobId]))[0].server_id;

  it('fires a slot exactly once, skips an overlapping slot, catches up once, records one missed', async () => {
    ctx.clock.set(new Date());
    const jobId = await register({
      jobName: 'every-minute',
      partition: ['/'],
      schedule: { type: 1, basic: { time: '00:00', interval: { minute: 1 } } },
    });
    await tick();
    const slot = await nextSlot(jobId);
    expect(slot.next_run_at.getTime() % minute).toBe(0);
    ctx.clock.set(new Date(slot.next_run_at.getTime() + 1000));
    await tick();
    await tick();
    expect(await runsOf(jobId)).toEqual([
      {
        id: expect.any(Number),
        trigger: 'schedule',
        level: 'full',
        state: 'queued',
        result: null,
        scheduled_for: slot.next_run_at,
      },
    ]);

    // The next slot comes while the run is still queued: recorded skipped.
    ctx.clock.advance(minute);
    await tick();
    expect(await summary(jobId)).toEqual(['schedule queued/null', 'schedule done/skipped']);

    // "Downtime": ten slots pass with nobody ticking → one catch-up run for the latest.
    const [first] = await runsOf(jobId);
    await ctx.get(RunsService).cancel(String(first.id));
    ctx.clock.advance(10 * minute);
    await tick();
    const afterCatchUp = await runsOf(jobId);
    expect(afterCatchUp).toHaveLength(3);
    expect(afterCatchUp[2]).toMatchObject({ trigger: 'catch-up', state: 'queued' });
    expect(afterCatchUp[2].scheduled_for.getTime()).toBe(Math.floor(ctx.clock.now().getTime() / minute) * minute);

    // Three hours of downtime: the queued catch-up run ends missed (nobody claimed it within
    // RUN_MAX_START_DELAY_MS); the every-minute slots make one new catch-up (the latest slot is recent).
    ctx.clock.advance(3 * 60 * minute);
    const report = await tick();
    expect(report.missed).toBe(1);
    expect((await summary(jobId)).slice(2)).toEqual(['catch-up done/missed', 'catch-up queued/null']);
  });

  it('a daily slot passed days ago is one missed run, not one per slot, and the next slot is ahead', async () => {
    ctx.clock.set(new Date());
    const jobId = await register({
      jobName: 'daily',
      partition: ['/home'],
      schedule: { type: 3, basic: { time: '03:00' } },
    });
    await tick();
    const slot = await nextSlot(jobId);
    ctx.clock.set(new Date(slot.next_run_at.getTime() + 3 * 24 * 60 * minute + 2 * 60 * minute));
    await tick();
    await tick();
    expect(await runsOf(jobId)).toEqual([
      {
        id: expect.any(Number),
        trigger: 'schedule',
        level: 'full',
        state: 'done',
        result: 'missed',
        scheduled_for: slot.next_run_at,
      },
    ]);
    expect((await nextSlot(jobId)).next_run_at.getTime()).toBeGreaterThan(ctx.clock.now().getTime());
  });

  it('smart jobs: basic slot full, advanced slot increment once a full succeeded', async () => {
    ctx.clock.set(new Date());
    const jobId = await register({
      jobName: 'smart',
      server: 'main-server',
      type: 'smart',
      partition: ['/'],
      schedule: {
        type: 7,
        basic: { day: 'sun', time: '01:00' },
        advanced: { day: 'mon,tue,wed,thu,fri,sat', time: '01:00' },
      },
    });
    await tick();
    const execution = ctx.get(RunExecutionService);
    const serverId = await serverOf(jobId);
    const levels: string[] = [];
    for (let i = 0; i < 3; i++) {
      const slot = await nextSlot(jobId);
      ctx.clock.set(new Date(slot.next_run_at.getTime() + 1000));
      await tick();
      const run = (await runsOf(jobId)).at(-1)!;
      levels.push(`${slot.next_role}:${run.level}`);
      expect((await execution.claimNext({ agentId: 7, serverIds: [serverId] }))?.id).toBe(run.id);
      await ctx.get(RunEndOrchestrator).end(run.id, 7, { result: 'success' });
    }
    // The first slot decides: an advanced slot with no successful full runs full.
    expect(levels.filter((l) => l.startsWith('basic')).every((l) => l.endsWith(':full'))).toBe(true);
    expect(
      levels
        .filter((l) => l.startsWith('advanced'))
        .slice(1)
        .every((l) => l.endsWith(':increment')),
    ).toBe(true);
  });
});
