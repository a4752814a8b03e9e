import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { AppConfig, AppException, Clock, messages } from '@zdm/common';
import { ImageCatalogService, imageFileName, imageSlotTimes, isImageFileName } from '@zdm/images';
import { ServersService } from '@zdm/inventory';
import { BackupJobsService } from '@zdm/jobs';
import { Run, RunExecutionService, RunsService } from '@zdm/runs';
import { basename, isAbsolute, relative, resolve } from 'node:path';
import { AgentIdentity, AgentsRepository } from '../agents.repository';
import { CompleteRunDto, RunLogDto, RunProgressDto } from '../dto/agent-run.dto';
import { ClaimedJobView, ClaimView, CompletedRunView, LogAnswerView, ProgressAnswerView } from '../dto/agent-run.view';
import { ClaimWaiters } from './claim-waiters';

/**
 * The agent protocol's run calls (spec §8) on top of the runs lib's execution methods: long-poll
 * claim with the per-agent limit, progress (lease renewal, `cancel` answer), log, and completion,
 * which catalogues the run's image before it answers (the runs lib then calls the completion
 * listener: retention).
 */
@Injectable()
export class AgentRunsService {
  private readonly logger = new Logger(AgentRunsService.name);
  constructor(
    private readonly execution: RunExecutionService,
    private readonly runs: RunsService,
    private readonly jobs: BackupJobsService,
    private readonly servers: ServersService,
    private readonly catalog: ImageCatalogService,
    private readonly agents: AgentsRepository,
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
    for (;;) {
      if (hungUp?.aborted) return undefined;
      const run = await this.claimOnce(agent);
      if (run) return this.claimView(run);
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
    await this.assertHeld(runId, agent.id);
    await this.execution.appendLog(runId, dto.lines);
    return { written: dto.lines.length };
  }

  /**
   * Ends the run. An image is read into the catalog first (so it is listed when this answers); a
   * header CLI failure does not lose the completion (the run's log says so, the next refresh reads it).
   * 400 IMAGE_OF_ANOTHER_SERVER when the image's header names another server than the run's: the run
   * stays open, so the agent can still complete it with its own image or as failed.
   */
  async complete(agent: AgentIdentity, runId: number, dto: CompleteRunDto): Promise<CompletedRunView> {
    await this.assertHeld(runId, agent.id);
    let image: string | undefined;
    const notes: string[] = [];
    if (dto.image !== undefined && (await this.runs.get(String(runId))).kind !== 'backup') {
      // Only a backup writes an image: a verify run's completion never puts one in the catalog.
      throw AppException.badRequest(messages.agents.imageOnlyForBackup('image'));
    }
    if (dto.image !== undefined) {
      const path = this.imagePath(dto.image);
      image = basename(path);
      try {
        const ingested = await this.catalog.ingest(path, { runId });
        if (ingested.status !== 'ok') {
          const reason = ingested.status === 'unreadable' ? ingested.reason : ingested.status;
          throw AppException.badRequest(messages.agents.imageUnreadable('image', reason));
        }
        const runServer = (await this.runs.get(String(runId))).server.name;
        if (ingested.header.server !== runServer) {
          const text = messages.agents.imageOfAnotherServer('image', ingested.header.server, runServer);
          throw new AppException(HttpStatus.BAD_REQUEST, 'IMAGE_OF_ANOTHER_SERVER', text, [
            { field: 'image', message: text },
          ]);
        }
      } catch (error) {
        if (error instanceof AppException) throw error;
        notes.push(
          `The image could not be catalogued now (${error instanceof Error ? error.message : String(error)}); the next catalog refresh reads it.`,
        );
      }
    }
    const run = await this.execution.complete(runId, agent.id, {
      result: dto.result,
      image,
      errorMessage: dto.errorMessage,
      images: dto.images,
    });
    if (notes.length)
      await this.execution.appendLog(
        runId,
        notes.map((message) => ({ level: 'warn' as const, message })),
      );
    return { id: run.id, state: run.state, result: run.result ?? dto.result };
  }

  /** 404 for an unknown run, 409 for a run another agent holds (or nobody: not claimed). */
  private async assertHeld(runId: number, agentId: number): Promise<void> {
    const holder = await this.execution.holder(runId);
    if (holder === undefined) throw AppException.notFound(messages.agents.runNotFound(String(runId)));
    if (holder !== agentId) throw AppException.conflict('RUN_NOT_OWNED', messages.agents.runNotHeld(String(runId)));
  }

  /**
   * One claim attempt, in one transaction that locks the agent's row: the active-run count and the
   * claim cannot interleave with another claim of the same agent (on any replica).
   */
  private claimOnce(agent: AgentIdentity): Promise<Run | null> {
    return this.agents.transaction(async (manager) => {
      await this.agents.lockAgent(manager, agent.id);
      const held = (await this.execution.activeRunsByAgent([agent.id], manager)).get(agent.id) ?? 0;
      if (held >= this.config.agents.maxActiveRuns) {
        throw new AppException(
          HttpStatus.CONFLICT,
          'AGENT_RUN_LIMIT',
          messages.agents.runLimitReached(this.config.agents.maxActiveRuns),
        );
      }
      return this.execution.claimNext({ agentId: agent.id, serverIds: [agent.serverId], manager });
    });
  }

  private async claimView(run: Run): Promise<ClaimView> {
    const [view, job] = await Promise.all([this.runs.get(String(run.id)), this.jobs.resolve(String(run.jobId))]);
    const server = await this.servers.resolve(job.serverId, 'server');
    // The image is named for the run's slot (run-now: its start) in the API's zone, not for the
    // agent's clock at the end of the run; a second image of the job in that minute gets `_2`.
    const times = imageSlotTimes(run.scheduledFor ?? run.startedAt ?? this.clock.now(), this.config.timeZone);
    const taken = new Set((await this.catalog.imagesOfJob(job.name)).map((image) => image.name));
    const partitions = [...(server.partitions ?? [])].sort((a, b) => a.letter.localeCompare(b.letter));
    const index = partitions.findIndex((p) => p.letter === job.partition);
    const partition = partitions[index];
    const claimedJob: ClaimedJobView = {
      id: job.id,
      name: job.name,
      partition: job.partition,
      level: run.level,
      repository: { type: job.repositoryType, path: job.repositoryPath },
      compression: job.compression,
      encryption: job.encryption,
      excludeDir: job.excludeDir,
      networkLimit: job.networkLimit,
      scriptPath: job.scriptPath,
      scriptRun: job.scriptRun,
      server: { id: server.id, name: server.name, os: server.os, osVersion: server.osVersion },
      partitionDetail: {
        device: partition?.device ?? null,
        filesystem: partition?.filesystem ?? null,
        size: partition?.size ?? null,
        diskNumber: 0,
        partitionNumber: index + 1 || 1,
      },
      image: { name: imageFileName(job.name, times.stamp, (name) => taken.has(name)), time: times.time },
    };
    const [chain, restore] = await Promise.all([this.execution.claimChain(run), this.execution.claimRestore(run)]);
    return {
      run: view,
      job: claimedJob,
      chain,
      restore,
      leaseExpiresAt: (run.leaseExpiresAt ?? this.clock.now()).toISOString(),
    };
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
      throw AppException.badRequest(messages.agents.imageOutsideRepository('image'));
    }
    return path;
  }
}
