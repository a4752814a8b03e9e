import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, Clock, messages, Refusal } from '@zdm/common';
import { Transaction, TransactionRunner } from '@zdm/database';
import { ImageCatalogService, isImageFileName, RetentionEnforcement } from '@zdm/images';
import { basename, isAbsolute, relative, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { runEndReason } from './domain/run-end-reason';
import { runEndSteps, writesImage } from './domain/run-end-steps';
import { CompletionResult, RunLogLevel } from './domain/run-state';
import { RunEvent } from './domain/run-transition';
import { VerifiedImage, verifyCompletionRefusal, VerifyCompletionRefusal } from './domain/verify-completion';
import { RunEvents } from './run-events';
import { lockOwned } from './run-execution.service';
import { RunLifecycle } from './run-lifecycle';
import { RunLogRepository } from './run-log.repository';
import { RunMetrics } from './run.metrics';
import { RunEntity } from './run.entity';
import { RunVerificationService } from './run-verification.service';
import { RunPatch, RunsRepository } from './runs.repository';

/** How an agent ends a run (spec §8 `POST /api/agent/runs/:id/complete`). */
export interface RunCompletion {
  result: CompletionResult;
  /** The image the run wrote: its file name or path inside BACKUP_REPOSITORY_PATH, as the agent sent it. */
  image?: string;
  errorMessage?: string;
  /** A verify run: what it found of each image of its chain. */
  images?: VerifiedImage[];
}

type LogLine = { level: RunLogLevel; message: string; time: Date };

/**
 * The one owner of "a run ended" (spec §8, §9, §13, §14, §15), for backup, verify and restore runs
 * alike. What follows an end is decided by `runEndSteps` (domain/run-end-steps.ts) and carried out
 * here, in this order, with the run's log written as it goes:
 *
 * 1. the image a backup wrote is read into the catalog (`@zdm/images`; before any transaction: the
 *    header CLI is a child process, and a refused image leaves the run open);
 * 2. **transaction 1**: the transition (the job's status follows), the `Completed` line, a verify
 *    run's marks of its chain (`image.corrupt` for what is newly bad), the run's event in the outbox
 *    (`run.*`, or the recovery's `recovery.*` through RestoreRunsPort);
 * 3. retention of the job after a successful backup (`@zdm/images`' plan and file remover);
 * 4. **transaction 2**: retention's lines and the verify run `verifyAfterBackup` queues, with its line.
 *
 * The ends no agent reports are here too (`expireLeases`: `lost`; `expireQueued`: `missed`), each in
 * one transaction with its line and event; cancelling is the runs service's (a user's request).
 *
 * A repeated completion (same result) answers the run as it is and does nothing else. The catalog's
 * own statements (the image's row, its provenance, removed rows, the generation that clears cached
 * listings) are the catalog's, outside these two transactions, as every catalog change is.
 */
@Injectable()
export class RunEndOrchestrator {
  private readonly logger = new Logger(RunEndOrchestrator.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly runs: RunsRepository,
    private readonly log: RunLogRepository,
    private readonly lifecycle: RunLifecycle,
    private readonly events: RunEvents,
    private readonly metrics: RunMetrics,
    private readonly catalog: ImageCatalogService,
    private readonly retention: RetentionEnforcement,
    private readonly verification: RunVerificationService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * End run `runId`, which `agentId` holds, as `completion` says. 400 for an image a verify or
   * restore run names, an image outside the repository, unreadable or of another server (the run
   * stays open); 404 unknown run; 409 RUN_NOT_OWNED, RUN_ALREADY_DONE (another result), a verify
   * completion that does not fit the run's chain.
   */
  async end(runId: number, agentId: number, completion: RunCompletion): Promise<RunEntity> {
    const { image, notes } = await this.acceptImage(runId, completion.image);
    const now = this.clock.now();
    let marked = false;
    const { run, changed } = await this.transactions.run(async (tx) => {
      const locked = await lockOwned(this.runs, tx, runId, agentId);
      if (locked.state !== 'done') {
        const refusal = verifyCompletionRefusal({
          kind: locked.kind,
          result: completion.result,
          images: completion.images,
          chain: (locked.chain ?? []).map((link) => link.image),
        });
        if (refusal) throw verifyRefusal(refusal, locked.id);
      }
      const applied = await this.lifecycle.apply(
        tx,
        locked,
        { type: 'complete', result: completion.result },
        now,
        locked.state === 'done'
          ? {}
          : {
              image: image ?? null,
              errorMessage: completion.errorMessage ?? null,
              leaseExpiresAt: null,
              ...(completion.result === 'success' ? { progressPercent: 100 } : {}),
            },
      );
      const lines: LogLine[] = [];
      if (applied.changed) {
        const line = `Completed: ${completion.result}${completion.errorMessage ? ` (${completion.errorMessage})` : ''}.`;
        lines.push({ level: completion.result === 'failed' ? 'error' : 'info', message: line, time: now });
        if (runEndSteps(applied.run).markVerification) {
          const verified = await this.markVerified(tx, applied.run, completion.images ?? [], now);
          marked = verified.marked;
          lines.push(...verified.lines);
        }
      }
      lines.push(...notes.map((message) => ({ level: 'warn' as const, message, time: now })));
      await this.log.appendLog(tx, runId, lines);
      if (applied.changed) await this.events.recordEnded(tx, applied.run, now);
      return applied;
    });
    if (marked) await this.catalog.invalidate();
    if (changed) {
      this.metrics.ended([run]);
      await this.afterEnd(run);
    }
    return run;
  }

  /**
   * Ends `failed` every run in progress held by these agents, as each agent would report it: for
   * in-process agents stopping with the API (spec §13), whose own last report can no longer reach it.
   */
  async failHeldBy(agentIds: number[], errorMessage: string): Promise<RunEntity[]> {
    const held = await this.runs.heldBy(this.dataSource.manager, agentIds);
    const ended: RunEntity[] = [];
    for (const run of held) ended.push(await this.end(run.id, run.agentId, { result: 'failed', errorMessage }));
    return ended;
  }

  /**
   * Steps 3 and 4: retention, then the verify `verifyAfterBackup` asks for (after retention had its
   * say), their lines in one transaction. A failure is logged: the run's end is committed already.
   */
  private async afterEnd(run: RunEntity): Promise<void> {
    const steps = runEndSteps(run);
    if (!steps.enforceRetention && !steps.verifyAfterBackup) return;
    try {
      const lines: LogLine[] = [];
      if (steps.enforceRetention) {
        const retained = await this.retention.enforce(run.jobId);
        const now = this.clock.now();
        lines.push(...retained.map((line) => ({ ...line, time: now })));
      }
      const target = steps.verifyAfterBackup ? await this.verification.pointAfterBackup(run) : undefined;
      if (!lines.length && !target) return;
      // Reads are done: on the embedded database a transaction holds its one session.
      await this.transactions.run(async (tx) => {
        const verify = target && (await this.verification.queueAfterBackup(tx, target));
        if (verify) {
          const message = `Verify run ${verify.id} queued for ${run.image} (verifyAfterBackup).`;
          lines.push({ level: 'info', message, time: this.clock.now() });
        }
        await this.log.appendLog(tx, run.id, lines);
      });
    } catch (error) {
      this.logger.error({ err: error, runId: run.id }, 'what follows the end of a run failed');
    }
  }

  // The ends no agent reports: a run whose lease ran out (`lost`) and a queued run nobody claimed in
  // time (`missed`), found by the scheduler's tick on any replica. Each in one transaction: the
  // transition, its log line and its event.

  /** Runs whose agent sent nothing until their lease ran out (before `now`) end `lost`. Returns them. */
  async expireLeases(now: Date = this.clock.now(), limit = 500): Promise<RunEntity[]> {
    const reason = runEndReason({ cause: 'lease-expired', leaseMs: this.config.runs.leaseMs });
    const lost = await this.transactions.run(async (tx) =>
      this.endUnreported(tx, await this.runs.lockExpiredLeases(tx, now, limit), now, {
        event: { type: 'lease-expired' },
        patch: { leaseExpiresAt: null, errorMessage: reason },
        line: { level: 'error', message: reason },
      }),
    );
    this.metrics.ended(lost);
    return lost;
  }

  /**
   * Queued runs nobody claimed within RUN_MAX_START_DELAY_MS (created before `now` minus it) end
   * `missed`. Returns them.
   */
  async expireQueued(now: Date = this.clock.now(), limit = 500): Promise<RunEntity[]> {
    const before = new Date(now.getTime() - this.config.runs.maxStartDelayMs);
    const reason = runEndReason({ cause: 'unclaimed', maxStartDelayMs: this.config.runs.maxStartDelayMs });
    const missed = await this.transactions.run(async (tx) =>
      this.endUnreported(tx, await this.runs.lockOverdueQueued(tx, before, limit), now, {
        event: { type: 'start-deadline-passed' },
        patch: { errorMessage: reason },
        line: { level: 'warn', message: reason },
      }),
    );
    this.metrics.ended(missed);
    return missed;
  }

  /** Ends each of `runs` (locked in `tx`) by `end.event`: the transition, the reason's line, the event. */
  private async endUnreported(
    tx: Transaction,
    runs: RunEntity[],
    now: Date,
    end: { event: RunEvent; patch: RunPatch; line: { level: RunLogLevel; message: string } },
  ): Promise<RunEntity[]> {
    const ended: RunEntity[] = [];
    for (const run of runs) {
      const { run: updated } = await this.lifecycle.apply(tx, run, end.event, now, end.patch);
      await this.log.appendLog(tx, run.id, [{ ...end.line, time: now }]);
      await this.events.recordEnded(tx, updated, now);
      ended.push(updated);
    }
    return ended;
  }

  /**
   * Step 1: the image a completion names, read into the catalog now (so it is listed when the agent
   * is answered), with its provenance (this run). A header CLI failure does not lose the completion:
   * `notes` say so for the run's log, and the next catalog refresh reads the image.
   */
  private async acceptImage(runId: number, raw: string | undefined): Promise<{ image?: string; notes: string[] }> {
    if (raw === undefined) return { notes: [] };
    const run = await this.runs.findRow(this.dataSource.manager, runId);
    if (!run) throw Refusal.notFound(messages.runs.runNotFound('id', runId));
    // Only a backup writes an image: a verify run's completion never puts one in the catalog.
    if (!writesImage(run.kind)) throw Refusal.invalid(messages.agents.imageOnlyForBackup('image'));
    const path = this.imagePath(raw);
    try {
      const ingested = await this.catalog.ingest(path, { runId });
      if (ingested.status !== 'ok') {
        const reason = ingested.status === 'unreadable' ? ingested.reason : ingested.status;
        throw Refusal.invalid(messages.agents.imageUnreadable('image', reason));
      }
      if (ingested.header.server !== run.serverName) {
        const text = messages.agents.imageOfAnotherServer('image', ingested.header.server, run.serverName);
        throw new Refusal('IMAGE_OF_ANOTHER_SERVER', text, [{ field: 'image', message: text }]);
      }
      return { image: basename(path), notes: [] };
    } catch (error) {
      if (error instanceof Refusal) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      return {
        image: basename(path),
        notes: [`The image could not be catalogued now (${reason}); the next catalog refresh reads it.`],
      };
    }
  }

  /** An image path inside BACKUP_REPOSITORY_PATH (absolute or relative to it), a `.ZIA` file; else 400. */
  private imagePath(raw: string): string {
    const root = resolve(this.config.backupRepositoryPath);
    const path = resolve(root, raw);
    const inside = relative(root, path);
    if (
      !isImageFileName(path) ||
      inside === '' ||
      inside.startsWith('..') ||
      isAbsolute(inside) ||
      raw.includes('\0')
    ) {
      throw Refusal.invalid(messages.agents.imageOutsideRepository('image'));
    }
    return path;
  }

  /**
   * A verify run's findings (spec §13), in the transaction that ends it: each reported image of its
   * chain is marked, each one newly `corrupt`/`missing` raises `image.corrupt`; the lines say what was
   * found.
   */
  private async markVerified(
    tx: Transaction,
    run: RunEntity,
    found: VerifiedImage[],
    now: Date,
  ): Promise<{ marked: boolean; lines: LogLine[] }> {
    if (!found.length) return { marked: false, lines: [] };
    const links = new Map((run.chain ?? []).map((link) => [link.image, link]));
    const byPath = new Map(found.map((f) => [links.get(f.image)!.path, f]));
    const marks = [...byPath].map(([path, f]) => ({ path, state: f.state }));
    const marked = await this.catalog.markVerification(tx, marks, now);
    const lines: LogLine[] = found.map((f) => ({
      level: f.state === 'ok' ? 'info' : 'error',
      message: `Verified ${f.image}: ${f.state}${f.errorMessage ? ` (${f.errorMessage})` : ''}.`,
      time: now,
    }));
    for (const m of marked) {
      if (m.state === 'ok' || m.previous === m.state) continue;
      const f = byPath.get(m.path);
      const image = { name: m.name, path: m.path, state: m.state, errorMessage: f?.errorMessage ?? null };
      await this.events.recordImageCorrupt(tx, run, image, now);
    }
    const gone = found.filter((f) => !marked.some((m) => m.path === links.get(f.image)!.path));
    for (const f of gone) {
      lines.push({ level: 'warn', message: `${f.image} is no longer in the catalog: nothing marked.`, time: now });
    }
    return { marked: marked.length > 0, lines };
  }
}

/** A completion whose images do not fit the run: 400 when the body contradicts itself, 409 otherwise. */
function verifyRefusal(refusal: VerifyCompletionRefusal, runId: number): Refusal {
  const m = messages.runs;
  const field = 'images';
  switch (refusal.code) {
    case 'images-not-expected':
      return Refusal.invalid(m.imagesOnlyForVerify(field));
    case 'images-required':
      return Refusal.invalid(m.verifyImagesRequired(field));
    case 'duplicate':
      return Refusal.invalid(m.verifyImagesTwice(field, refusal.images));
    case 'result-contradicts':
      return Refusal.invalid(m.verifyResultContradicts(field, refusal.images));
    case 'not-in-chain':
      return Refusal.conflict('IMAGE_NOT_IN_CHAIN', m.verifyImagesNotInChain(field, runId, refusal.images), {
        images: refusal.images,
      });
  }
}
