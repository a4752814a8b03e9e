import { Injectable, Optional } from '@nestjs/common';
import { TransactionRunner } from '@zdm/database';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, Clock, messages, Refusal } from '@zdm/common';
import { DataSource, EntityManager } from 'typeorm';
import { ChainLink, RunLogLevel } from './domain/run-state';
import { RunChains } from './run-chains';
import { RunEvents } from './run-events';
import { RunLifecycle } from './run-lifecycle';
import { RunMetrics } from './run.metrics';
import { RunEntity } from './run.entity';
import { RunLogRepository } from './run-log.repository';
import { RunsRepository } from './runs.repository';
import { RestoreMapping, RestoreRunsPort } from './restore-runs.port';

/** Progress an agent reports (spec §8 `POST /api/agent/runs/:id/progress`). */
export interface RunProgress {
  percent: number;
  bytesDone?: number;
  bytesTotal?: number;
  /** Written to the run's log as an `info` line when given. */
  message?: string;
}

export interface RunLogLine {
  level: RunLogLevel;
  message: string;
  /** Default: now (the Clock). */
  time?: Date;
}

/**
 * The agent side of runs (spec §8), for the agents lib: claim, progress (lease renewal), log, and the
 * lease/start-deadline expiry the scheduler tick calls (a completion is RunEndOrchestrator's). Every method is one
 * transaction through the app's DataSource; errors are Refusals (404 unknown run, 409 a
 * transition the run's state refuses). Time comes from the Clock port.
 */
@Injectable()
export class RunExecutionService {
  constructor(
    private readonly transactions: TransactionRunner,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly runs: RunsRepository,
    private readonly lifecycle: RunLifecycle,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly metrics: RunMetrics,
    private readonly events: RunEvents,
    private readonly chains: RunChains,
    private readonly log: RunLogRepository,
    @Optional() private readonly restores?: RestoreRunsPort,
  ) {}

  /**
   * Claim the oldest queued run of one of `serverIds` for `agentId`: it becomes `running`, with
   * `agentId`, `startedAt` = now and a lease of `leaseMs` (default RUN_LEASE_MS). Concurrent claimers
   * never get the same run (FOR UPDATE SKIP LOCKED). `null` when nothing is queued. The caller
   * enforces how many active runs an agent may hold (AGENT_MAX_ACTIVE_RUNS).
   */
  async claimNext(options: {
    agentId: number;
    serverIds: number[];
    leaseMs?: number;
    /** Claim inside the caller's transaction (e.g. one that locked the agent row and counted its runs). */
    manager?: EntityManager;
  }): Promise<RunEntity | null> {
    const now = this.clock.now();
    const leaseMs = options.leaseMs ?? this.config.runs.leaseMs;
    const work = async (manager: EntityManager) => {
      const run = await this.runs.lockNextQueued(manager, options.serverIds);
      if (!run) return null;
      const { run: claimed } = await this.lifecycle.apply(manager, run, { type: 'claim' }, now, {
        agentId: options.agentId,
        startedAt: now,
        leaseExpiresAt: new Date(now.getTime() + leaseMs),
      });
      await this.log.appendLog(manager, run.id, [
        { level: 'info', message: `Claimed by agent ${options.agentId}.`, time: now },
      ]);
      return claimed;
    };
    return options.manager ? work(options.manager) : this.transactions.run(work);
  }

  /**
   * The chain a claimed run's claim carries (agent protocol), recorded on the run the first time (a
   * completion is checked against it), the recorded one after that.
   */
  async claimChain(run: RunEntity): Promise<ChainLink[]> {
    if (run.chain) return run.chain;
    const chain = await this.chains.forClaim(run);
    // One statement: no transaction around it.
    await this.runs.update(this.dataSource.manager, run.id, { chain }, this.clock.now());
    run.chain = chain;
    return chain;
  }

  /** What a restore run's claim restores where (spec §14); null for any other run. */
  async claimRestore(run: RunEntity): Promise<RestoreMapping | null> {
    if (run.kind !== 'restore' || !this.restores) return null;
    return this.restores.mappingOf(run.id);
  }

  /**
   * How many runs each agent holds now (running or cancelling; agents without any are absent):
   * for AGENT_MAX_ACTIVE_RUNS before a claim and `activeRuns` of the agent list. Pass the manager of
   * a transaction that locks the agent row to make check-then-claim atomic per agent.
   */
  async activeRunsByAgent(
    agentIds: number[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<number, number>> {
    return this.runs.activeByAgent(manager, agentIds);
  }

  /**
   * What a claim by `agentId` for server `serverId` would find, without a transaction: the runs
   * queued for the server and the runs the agent holds (a claim's first look, one statement).
   */
  claimOutlook(agentId: number, serverId: number): Promise<{ queued: number; held: number }> {
    return this.runs.claimOutlook(this.dataSource.manager, agentId, serverId);
  }

  /**
   * Queued runs per server, for these servers (servers with none are absent): one query answers
   * every agent waiting in a claim long poll.
   */
  queuedByServer(serverIds: number[]): Promise<Map<number, number>> {
    return this.runs.queuedByServer(this.dataSource.manager, serverIds);
  }

  /** The agent holding a run: undefined when there is no such run, null when nobody holds it. */
  async holder(runId: number): Promise<number | null | undefined> {
    const run = await this.runs.find(this.dataSource.manager, runId);
    return run ? run.agentId : undefined;
  }

  /**
   * Record progress of a run `agentId` holds and renew its lease. Answers `cancel: true` when a user
   * asked to cancel (state `cancelling`): the agent should stop and complete with `cancelled`.
   * 404 unknown run; 409 RUN_NOT_OWNED (another agent's run), RUN_ALREADY_DONE (ended, e.g. `lost`).
   */
  async progress(
    runId: number,
    agentId: number,
    progress: RunProgress,
    leaseMs: number = this.config.runs.leaseMs,
  ): Promise<{ cancel: boolean; leaseExpiresAt: Date }> {
    const now = this.clock.now();
    const leaseExpiresAt = new Date(now.getTime() + leaseMs);
    const percent = Math.max(0, Math.min(100, progress.percent));
    // One statement when the agent holds the run in progress (every report but a refused one); a
    // progress report changes no state, so the job's status has nothing to follow.
    const reported = await this.runs.reportProgress(
      this.dataSource.manager,
      { ...progress, runId, agentId, percent, leaseExpiresAt },
      now,
    );
    if (reported) return { cancel: reported.state === 'cancelling', leaseExpiresAt };
    // Refused: the run as it is says why (404, RUN_NOT_OWNED, RUN_ALREADY_DONE, RUN_NOT_CLAIMED).
    return this.transactions.run(async (manager) => {
      const run = await lockOwned(this.runs, manager, runId, agentId);
      const { run: updated } = await this.lifecycle.apply(manager, run, { type: 'progress' }, now, {
        progressPercent: percent,
        bytesDone: progress.bytesDone,
        bytesTotal: progress.bytesTotal,
        leaseExpiresAt,
      });
      if (progress.message) {
        await this.log.appendLog(manager, runId, [{ level: 'info', message: progress.message, time: now }]);
      }
      return { cancel: updated.state === 'cancelling', leaseExpiresAt };
    });
  }

  /**
   * Append lines to the log of a run `agentId` holds (any state; the log is append-only), in one
   * statement. False, and nothing written, when there is no such run or it is not held by `agentId`
   * (`holder` tells the caller which).
   */
  appendHeldLog(runId: number, agentId: number, lines: RunLogLine[]): Promise<boolean> {
    const now = this.clock.now();
    const timed = lines.map((l) => ({ level: l.level, message: l.message, time: l.time ?? now }));
    return this.log.appendHeldLog(this.dataSource.manager, runId, agentId, timed);
  }

  /**
   * At the API's start (spec §13): every run in progress gets at least RUN_LEASE_MS from `now`, so a
   * live agent's run is not declared `lost` for the time the API itself was down (its agent could not
   * report meanwhile). Returns how many leases moved.
   */
  restartLeases(now: Date = this.clock.now()): Promise<number> {
    return this.runs.extendLeases(this.dataSource.manager, new Date(now.getTime() + this.config.runs.leaseMs));
  }
}

/**
 * Lock run `runId` for a transition by agent `agentId`: 404 unknown run, 409 RUN_NOT_OWNED when
 * another agent holds it.
 */
export async function lockOwned(
  runs: RunsRepository,
  manager: EntityManager,
  runId: number,
  agentId: number,
): Promise<RunEntity> {
  const run = await runs.find(manager, runId, true);
  if (!run) throw notFound(runId);
  if (run.agentId !== null && run.agentId !== agentId) {
    throw Refusal.conflict('RUN_NOT_OWNED', messages.runs.runNotOwned('id', runId));
  }
  return run;
}

function notFound(runId: number): Refusal {
  return Refusal.notFound(messages.runs.runNotFound('id', runId));
}
