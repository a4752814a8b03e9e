import { Injectable } from '@nestjs/common';
import { AppConfig, Clock, messages, Refusal } from '@zdm/common';
import { TransactionRunner } from '@zdm/database';
import { Run, RunClaims, RunEndOrchestrator, RunExecutionService } from '@zdm/runs';
import { AgentIdentity, AgentsRepository } from '../agents.repository';
import { CompleteRunDto, RunLogDto, RunProgressDto } from '../dto/agent-run.dto';
import { ClaimView, CompletedRunView, LogAnswerView, ProgressAnswerView } from '../dto/agent-run.view';
import { ClaimWaiters } from './claim-waiters';

/**
 * The agent protocol's run calls (spec §8) on top of the runs lib: long-poll claim with the per-agent
 * limit, progress (lease renewal, `cancel` answer), log, and completion, which the runs lib's
 * RunEndOrchestrator carries out (image, transition, verification marks, retention, events, log)
 * before it answers.
 */
@Injectable()
export class AgentRunsService {
  constructor(
    private readonly execution: RunExecutionService,
    private readonly claims: RunClaims,
    private readonly runEnd: RunEndOrchestrator,
    private readonly agents: AgentsRepository,
    private readonly transactions: TransactionRunner,
    private readonly waiters: ClaimWaiters,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {
    waiters.useQueuedServers((ids) => this.execution.queuedByServer(ids));
  }

  /**
   * A run of the agent's server, waiting up to `wait` seconds for one; undefined → 204. `hungUp` aborts
   * when the agent's connection closes: no run is claimed for a caller that can no longer be told.
   */
  async claim(agent: AgentIdentity, waitSeconds = 0, hungUp?: AbortSignal): Promise<ClaimView | undefined> {
    const deadline = this.clock.now().getTime() + waitSeconds * 1000;
    for (let attempt = 0; ; attempt++) {
      if (hungUp?.aborted) return undefined;
      // A poll's first attempt looks first, in one statement, whether there is a run to claim (or a
      // limit to refuse); the claim's transaction is for when there is. Later attempts follow a wake-up
      // that said a run is queued.
      const run = attempt === 0 && !(await this.worthClaiming(agent)) ? null : await this.claimOnce(agent, hungUp);
      if (run) return this.claims.claimOf(run);
      if (hungUp?.aborted) return undefined;
      const left = deadline - this.clock.now().getTime();
      if (left <= 0) return undefined;
      if ((await this.waiters.wait(agent.serverId, left, hungUp)) !== 'queued') return undefined;
    }
  }

  async progress(agent: AgentIdentity, runId: number, dto: RunProgressDto): Promise<ProgressAnswerView> {
    const answer = await this.execution.progress(runId, agent.id, dto);
    return { cancel: answer.cancel, leaseExpiresAt: answer.leaseExpiresAt.toISOString() };
  }

  async log(agent: AgentIdentity, runId: number, dto: RunLogDto): Promise<LogAnswerView> {
    // One statement for a run the agent holds; a refused one is looked at again to say why.
    if (!(await this.execution.appendHeldLog(runId, agent.id, dto.lines))) {
      await this.assertHeld(runId, agent.id);
      throw Refusal.conflict('RUN_NOT_OWNED', messages.agents.runNotHeld(String(runId)));
    }
    return { written: dto.lines.length };
  }

  /**
   * Ends the run (RunEndOrchestrator): an image is read into the catalog first (so it is listed when
   * this answers); a header CLI failure does not lose the completion (the run's log says so, the next
   * refresh reads it). 400 IMAGE_OF_ANOTHER_SERVER when the image's header names another server than
   * the run's: the run stays open, so the agent can still complete it with its own image or as failed.
   */
  async complete(agent: AgentIdentity, runId: number, dto: CompleteRunDto): Promise<CompletedRunView> {
    await this.assertHeld(runId, agent.id);
    const run = await this.runEnd.end(runId, agent.id, {
      result: dto.result,
      image: dto.image,
      errorMessage: dto.errorMessage,
      images: dto.images,
    });
    return { id: run.id, state: run.state, result: run.result ?? dto.result };
  }

  /** Whether a claim attempt can end otherwise than with nothing: a run is queued, or the agent is at its limit (409). */
  private async worthClaiming(agent: AgentIdentity): Promise<boolean> {
    const { queued, held } = await this.execution.claimOutlook(agent.id, agent.serverId);
    return queued > 0 || held >= this.config.agents.maxActiveRuns;
  }

  /** 404 for an unknown run, 409 for a run another agent holds (or nobody: not claimed). */
  private async assertHeld(runId: number, agentId: number): Promise<void> {
    const holder = await this.execution.holder(runId);
    if (holder === undefined) throw Refusal.notFound(messages.agents.runNotFound(String(runId)));
    if (holder !== agentId) throw Refusal.conflict('RUN_NOT_OWNED', messages.agents.runNotHeld(String(runId)));
  }

  /**
   * One claim attempt, in one transaction that locks the agent's row: the active-run count and the
   * claim cannot interleave with another claim of the same agent (on any replica). A caller that hung
   * up while the claim was being written gets it rolled back: the run stays queued for the next call.
   */
  private async claimOnce(agent: AgentIdentity, hungUp?: AbortSignal): Promise<Run | null> {
    try {
      return await this.claimInTransaction(agent, hungUp);
    } catch (error) {
      if (error instanceof CallerHungUp) return null;
      throw error;
    }
  }

  private claimInTransaction(agent: AgentIdentity, hungUp?: AbortSignal): Promise<Run | null> {
    return this.transactions.run(async (manager) => {
      await this.agents.lockAgent(manager, agent.id);
      const held = (await this.execution.activeRunsByAgent([agent.id], manager)).get(agent.id) ?? 0;
      if (held >= this.config.agents.maxActiveRuns) {
        throw new Refusal('AGENT_RUN_LIMIT', messages.agents.runLimitReached(this.config.agents.maxActiveRuns));
      }
      const run = await this.execution.claimNext({ agentId: agent.id, serverIds: [agent.serverId], manager });
      if (run && hungUp?.aborted) throw new CallerHungUp();
      return run;
    });
  }
}

/** Rolls back a claim written for an agent whose connection closed meanwhile. */
class CallerHungUp extends Error {}
