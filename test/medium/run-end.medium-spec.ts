import { RetentionService } from '@zdm/images';
import { BackupRegistrationService, RegisterBackupDto } from '@zdm/jobs';
import { RecoveriesService, RegisterRecoveryDto } from '@zdm/recoveries';
import { RunClaims, RunCompletion, RunEndOrchestrator, RunExecutionService, RunsService } from '@zdm/runs';
import { existsSync } from 'node:fs';
import { createMediumContext, MEDIUM_BOOT_TIMEOUT_MS, MediumContext } from '../support/medium-context';
import { writeJobImage } from '../support/job-images';

/**
 * What follows a run's end (RunEndOrchestrator, spec §8, §9, §13, §14, §15) on services: the image
 * read into the catalog, the transition, retention, verification marks, outbox events and the run's
 * log, in at most two transactions. Embedded PGlite, a temporary repository, a moved clock; no HTTP.
 */
describe('RunEndOrchestrator (medium)', () => {
  let ctx: MediumContext;
  const agentId = 7;

  beforeAll(async () => {
    ctx = await createMediumContext({}, {});
    ctx.clock.set(new Date('2026-01-10T00:00:00Z'));
  }, MEDIUM_BOOT_TIMEOUT_MS);
  afterAll(() => ctx.close());

  const register = async (body: Record<string, unknown>) => {
    const dto = await ctx.input(RegisterBackupDto, {
      center: '1',
      partition: ['/'],
      repository: { type: 'nfs', path: '/backup' },
      type: 'full',
      ...body,
    });
    const { results } = await ctx.get(BackupRegistrationService).register(dto, undefined, 'en');
    const [job] = await ctx.sql<{ id: number; name: string; server_id: number }>(
      'SELECT id, name, server_id FROM backup_jobs WHERE name = $1',
      [results[0].jobName],
    );
    return job;
  };

  /** A run of the job queued now and claimed by the agent (its claim records the chain it hands out). */
  const claimedRun = async (job: { id: number; server_id: number }) => {
    await ctx.get(RunsService).runNow(String(job.id), {});
    return claimNext(job.server_id);
  };
  const claimNext = async (serverId: number) => {
    const run = await ctx.get(RunExecutionService).claimNext({ agentId, serverIds: [serverId] });
    if (!run) throw new Error('nothing to claim');
    return ctx.get(RunClaims).claimOf(run);
  };

  /** A sample image `<job>_[2026-01-DD_01_00].ZIA` of `server` written into the repository (not catalogued). */
  const writeImage = (job: string, server: string, day: number, type: 'full' | 'increment' = 'full') =>
    writeJobImage(ctx, { job, server, day, type });

  /** Ends the run as its agent would, counting the transactions the end opens. */
  const end = async (runId: number, completion: RunCompletion) => {
    const spy = jest.spyOn(ctx.dataSource, 'transaction');
    try {
      const run = await ctx.get(RunEndOrchestrator).end(runId, agentId, completion);
      return { run, transactions: spy.mock.calls.length };
    } finally {
      spy.mockRestore();
    }
  };

  const log = async (runId: number) =>
    (
      await ctx.sql<{ level: string; message: string }>(
        'SELECT level, message FROM run_log WHERE run_id = $1 ORDER BY seq',
        [runId],
      )
    ).map((l) => `${l.level} ${l.message}`);
  const catalogued = async (job: string) =>
    (
      await ctx.sql<{ name: string }>(`SELECT name FROM image_headers WHERE name LIKE $1 ORDER BY name`, [`${job}_[%`])
    ).map((r) => r.name);
  const events = (type: string) =>
    ctx.sql<{ type: string; data: Record<string, unknown> }>(
      `SELECT type, data FROM notification_events WHERE type LIKE $1 ORDER BY id`,
      [type],
    );

  it('a success prunes beyond rotation; a failed run leaves no generation, cleaned by the next success', async () => {
    const job = await register({ server: 'server-01', jobName: 'keep1', rotation: 1 });
    const first = await writeImage(job.name, 'server-01', 1);
    const failed = await writeImage(job.name, 'server-01', 2);
    const third = await writeImage(job.name, 'server-01', 3);

    // 1. A successful backup: its image is catalogued with its provenance; nothing to prune yet.
    const a = await claimedRun(job);
    ctx.clock.advance(60_000);
    const endA = await end(a.run.id, { result: 'success', image: first.path });
    expect(endA.run).toMatchObject({ state: 'done', result: 'success', image: first.name });
    expect(endA.transactions).toBe(1); // nothing to prune, nothing to verify: no second transaction
    expect(await catalogued(job.name)).toEqual([first.name]);
    expect(await log(a.run.id)).toEqual([
      'info Queued: manual full run.',
      'info Claimed by agent 7.',
      'info Completed: success.',
    ]);

    // 2. A failed run that left an image: catalogued, but no generation; retention does not run.
    const b = await claimedRun(job);
    ctx.clock.advance(60_000);
    const endB = await end(b.run.id, { result: 'failed', image: failed.path, errorMessage: 'disk full' });
    expect(endB.run).toMatchObject({ state: 'done', result: 'failed', image: failed.name });
    expect(endB.transactions).toBe(1);
    expect(await catalogued(job.name)).toEqual([first.name, failed.name]);
    const preview = await ctx.get(RetentionService).preview(job.name, 'en');
    expect(preview.keep.map((i) => [i.name, i.generation])).toEqual([[first.name, 1]]);
    expect(preview.remove.map((i) => [i.name, i.reason])).toEqual([
      [failed.name, `left by failed run ${b.run.id} (not a generation)`],
    ]);
    expect(await events('run.failed')).toHaveLength(1);

    // 3. The next success: the failed run's image and the generation beyond rotation 1 go.
    const c = await claimedRun(job);
    ctx.clock.advance(60_000);
    const endC = await end(c.run.id, { result: 'success', image: third.path });
    expect(endC.transactions).toBe(2);
    expect(await catalogued(job.name)).toEqual([third.name]);
    expect([existsSync(first.path), existsSync(failed.path), existsSync(third.path)]).toEqual([false, false, true]);
    const lines = await log(c.run.id);
    expect(lines.slice(0, 3)).toEqual([
      'info Queued: manual full run.',
      'info Claimed by agent 7.',
      'info Completed: success.',
    ]);
    expect(lines.slice(3).sort()).toEqual(
      [
        `info Retention: removed ${first.name} (generation 2 is beyond rotation 1)`,
        `info Retention: removed ${failed.name} (left by failed run ${b.run.id} (not a generation))`,
      ].sort(),
    );
    expect(await events('run.succeeded')).toHaveLength(2);

    // A repeated completion answers the run as it is and opens no second end.
    const again = await end(c.run.id, { result: 'success', image: third.path });
    expect(again.run).toMatchObject({ state: 'done', result: 'success' });
    expect(again.transactions).toBe(1);
    expect(await log(c.run.id)).toEqual(lines);
    expect(await events('run.succeeded')).toHaveLength(2);
  });

  it('a verify completion marks its image corrupt and records one image.corrupt', async () => {
    const job = await register({ server: 'main-server', jobName: 'checked', rotation: 3, verifyAfterBackup: 'use' });
    const image = await writeImage(job.name, 'main-server', 4);
    const backup = await claimedRun(job);
    const endBackup = await end(backup.run.id, { result: 'success', image: image.path });
    expect(endBackup.transactions).toBe(2);
    const [verifyRun] = await ctx.sql<{ id: number; kind: string; point_image: string; state: string }>(
      `SELECT id, kind, point_image, state FROM runs WHERE job_id = $1 AND kind = 'verify'`,
      [job.id],
    );
    expect(verifyRun).toMatchObject({ kind: 'verify', point_image: image.name, state: 'queued' });
    expect((await log(backup.run.id)).at(-1)).toBe(
      `info Verify run ${verifyRun.id} queued for ${image.name} (verifyAfterBackup).`,
    );

    const claim = await claimNext(job.server_id);
    expect(claim.run.id).toBe(verifyRun.id);
    expect(claim.chain.map((l) => l.image)).toEqual([image.name]);
    const endVerify = await end(verifyRun.id, {
      result: 'failed',
      images: [{ image: image.name, state: 'corrupt', errorMessage: 'payload checksum mismatch' }],
    });
    expect(endVerify.run).toMatchObject({ kind: 'verify', state: 'done', result: 'failed' });
    expect(endVerify.transactions).toBe(1);
    const [row] = await ctx.sql<{ verification: string }>('SELECT verification FROM image_headers WHERE name = $1', [
      image.name,
    ]);
    expect(row.verification).toBe('corrupt');
    const corrupt = await events('image.corrupt');
    expect(corrupt).toHaveLength(1);
    expect(corrupt[0].data).toMatchObject({
      job: { id: job.id, name: job.name },
      server: { name: 'main-server' },
      run: { id: verifyRun.id, kind: 'verify' },
      image: { name: image.name, path: image.path, state: 'corrupt', errorMessage: 'payload checksum mismatch' },
    });
    expect((await log(verifyRun.id)).slice(-2)).toEqual([
      'error Completed: failed.',
      `error Verified ${image.name}: corrupt (payload checksum mismatch).`,
    ]);
  });

  it('a restore completion records its recovery.* event', async () => {
    const dto = await ctx.input(RegisterRecoveryDto, {
      source: 'server-01',
      target: 'server-01',
      partitions: [{ source: '/', target: '/' }],
    });
    const registered = await ctx.get(RecoveriesService).register(dto);
    expect(registered.results[0]).toMatchObject({ state: 'success', run: { kind: 'restore', state: 'queued' } });
    const [server] = await ctx.sql<{ id: number }>(`SELECT id FROM servers WHERE name = 'server-01'`);
    const claim = await claimNext(server.id);
    expect(claim.run.kind).toBe('restore');
    expect(claim.restore).toEqual({ sourcePartition: '/', targetPartition: '/', overwrite: false });

    const ended = await end(claim.run.id, { result: 'success' });
    expect(ended.run).toMatchObject({ kind: 'restore', state: 'done', result: 'success' });
    expect(ended.transactions).toBe(1);
    const recovered = await events('recovery.%');
    expect(recovered.map((e) => e.type)).toEqual(['recovery.succeeded']);
    expect(recovered[0].data).toMatchObject({ run: { id: claim.run.id, result: 'success' } });
    // A restore run leaves its source job's images and the job's status alone: no run.* of its own.
    expect(await events('run.succeeded')).toHaveLength(3);
  });
});
