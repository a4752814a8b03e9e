import { ImageCatalogService } from '@zdm/images';
import { BackupRegistrationService, RegisterBackupDto } from '@zdm/jobs';
import { RecoveriesService, RegisterRecoveryDto } from '@zdm/recoveries';
import { RunEndOrchestrator } from '@zdm/runs';
import { writeJobImage } from '../support/job-images';
import { createMediumContext, MEDIUM_BOOT_TIMEOUT_MS, MediumContext } from '../support/medium-context';

const SERVER = 'server-01';
const JOB = 'rec-src_ROOT';

/**
 * Recovery registration (spec §14) on services: the chain the chosen point needs, the refusals
 * (NO_RESTORE_POINT, RECOVERY_IN_PROGRESS) with nothing written, and a restore run nobody claims
 * ending `missed` after RUN_MAX_START_DELAY_MS (the clock moved) with `recovery.failed` recorded.
 * The restores themselves (through the reference agent) and the HTTP answers are recoveries.e2e's.
 */
describe('recoveries: registration and the restore run (medium)', () => {
  let ctx: MediumContext;
  const names: Record<string, string> = {};

  beforeAll(async () => {
    ctx = await createMediumContext();
    const dto = await ctx.input(RegisterBackupDto, {
      center: '1',
      server: SERVER,
      jobName: 'rec-src',
      partition: ['/'],
      type: 'increment',
      repository: { type: 'nfs', path: '/backup' },
    });
    await ctx.get(BackupRegistrationService).register(dto, undefined, 'en');
    const [{ id: jobId }] = await ctx.sql<{ id: number }>('SELECT id FROM backup_jobs WHERE name = $1', [JOB]);
    // F1 (full), i2 (its increment), F3 (a full whose run failed), i4 (an increment chaining to F1).
    const write = async (key: string, day: number, type: 'full' | 'increment', result: 'success' | 'failed') => {
      names[key] = (await writeJobImage(ctx, { job: JOB, day, type, server: SERVER, run: { jobId, result } })).name;
    };
    await write('F1', 1, 'full', 'success');
    await write('i2', 2, 'increment', 'success');
    await write('F3', 3, 'full', 'failed');
    await write('i4', 4, 'increment', 'success');
    await ctx.get(ImageCatalogService).refresh();
  }, MEDIUM_BOOT_TIMEOUT_MS);
  afterAll(() => ctx.close());

  const register = async (body: Record<string, unknown>) =>
    ctx.get(RecoveriesService).register(await ctx.input(RegisterRecoveryDto, body));
  const counts = async () =>
    (
      await ctx.sql<{ recoveries: number; runs: number }>(
        `SELECT (SELECT count(*)::int FROM recovery_jobs) AS recoveries,
                (SELECT count(*)::int FROM runs WHERE kind = 'restore') AS runs`,
      )
    )[0];
  const refused = async (body: Record<string, unknown>, expected: Record<string, unknown>) => {
    const before = await counts();
    await expect(register(body)).rejects.toMatchObject(expected);
    expect(await counts()).toEqual(before);
  };

  it.each<[string, Record<string, unknown>, string[]]>([
    ['latest: the newest restorable point, with every link back to its full (F3 failed)', {}, ['F1', 'i2', 'i4']],
    ['{ image } of an increment: its chain', { point: { image: 'i2' } }, ['F1', 'i2']],
    ['{ image } of a full: the full alone', { point: { image: 'F1' } }, ['F1']],
    ['{ before }: the newest point before that time', { point: { before: '2026-01-02 12:00:00' } }, ['F1', 'i2']],
  ])('chain choice, %s', async (_, choice, chain) => {
    const point = choice.point as { image?: string } | undefined;
    const body = {
      source: SERVER,
      target: SERVER,
      jobName: `choice-${chain.length}-${Object.keys(choice).length}-${point?.image ?? 'x'}`,
      autoStart: 'not use',
      ...choice,
      ...(point?.image ? { point: { image: names[point.image] } } : {}),
    };
    const { results } = await register(body);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      sourcePartition: '/',
      targetPartition: '/',
      point: names[chain.at(-1)!],
      chain: chain.map((key) => ({ image: names[key], level: key.startsWith('F') ? 'full' : 'increment' })),
      autoStart: 'not use',
    });
    expect(results[0]).not.toHaveProperty('run');
  });

  it('NO_RESTORE_POINT: a server without points, or no point before the time; nothing written', async () => {
    await refused(
      { source: 'main-server', target: 'main-server' },
      { code: 'NO_RESTORE_POINT', detail: { partitions: [] } },
    );
    await refused(
      { source: SERVER, target: SERVER, point: { before: '2000-01-01 00:00:00' } },
      { code: 'NO_RESTORE_POINT', detail: { partitions: [{ source: '/', points: [] }] } },
    );
  });

  it('RECOVERY_IN_PROGRESS while a restore run of the target partition is active; missed once nobody claims it', async () => {
    const first = await register({ source: SERVER, target: SERVER, jobName: 'active' });
    const run = first.results[0].run!;
    expect(run).toMatchObject({ kind: 'restore', state: 'queued' });
    await refused(
      { source: SERVER, target: SERVER, jobName: 'again' },
      {
        code: 'RECOVERY_IN_PROGRESS',
        detail: { activeRecovery: { name: 'active_RECOVERY_ROOT', run: { id: run.id, state: 'queued' } } },
      },
    );

    // Nobody claims it: once RUN_MAX_START_DELAY_MS has passed it ends missed, and says so.
    const runEnd = ctx.get(RunEndOrchestrator);
    ctx.clock.advance(ctx.config.runs.maxStartDelayMs - 1_000);
    expect((await runEnd.expireQueued()).map((r) => r.id)).not.toContain(run.id);
    ctx.clock.advance(2_000);
    expect((await runEnd.expireQueued()).map((r) => [r.id, r.result])).toEqual([[run.id, 'missed']]);
    const [event] = await ctx.sql<{ type: string; data: unknown }>(
      `SELECT type, data FROM notification_events WHERE type LIKE 'recovery.%' ORDER BY id DESC LIMIT 1`,
    );
    expect(event).toMatchObject({
      type: 'recovery.failed',
      data: {
        recovery: { name: 'active_RECOVERY_ROOT' },
        run: { id: run.id, result: 'missed' },
        target: { name: SERVER },
      },
    });

    // No longer active: the partition takes a new recovery.
    const next = await register({ source: SERVER, target: SERVER, jobName: 'again' });
    expect(next.results[0].run).toMatchObject({ state: 'queued' });
  });
});
