import { Injectable } from '@nestjs/common';
import { AppConfig, Clock } from '@zdm/common';
import { ImageCatalogService, imageFileName, imageSlotTimes } from '@zdm/images';
import { ServersService } from '@zdm/inventory';
import { BackupJobsService } from '@zdm/jobs';
import { ChainLink } from './domain/run-state';
import { RunView } from './dto/run.view';
import { RestoreMapping } from './restore-runs.port';
import { RunExecutionService } from './run-execution.service';
import { RunEntity } from './run.entity';
import { RunsService } from './runs.service';

/** What an agent needs to perform a claimed run (spec §8): the job, its server and the image to write. */
export interface ClaimedJob {
  id: number;
  name: string;
  partition: string;
  level: 'full' | 'increment';
  repository: { type: string; path: string };
  compression: boolean;
  encryption: boolean;
  excludeDir: string[];
  networkLimit: number;
  scriptPath: string | null;
  scriptRun: 'before' | 'after' | null;
  server: { id: number; name: string; os: string; osVersion: string | null };
  partitionDetail: {
    device: string | null;
    filesystem: string | null;
    size: number | null;
    diskNumber: number;
    partitionNumber: number;
  };
  image: { name: string; time: string };
}

/** A claim as the agent protocol answers it (`POST /api/agent/runs/claim`). */
export interface RunClaim {
  run: RunView;
  job: ClaimedJob;
  chain: ChainLink[];
  restore: RestoreMapping | null;
  leaseExpiresAt: string;
}

/**
 * The claim of a run the agents lib claimed (spec §8, §13): the run, its job as the agent performs it,
 * the image name for the run's slot, the chain and a restore run's mapping.
 */
@Injectable()
export class RunClaims {
  constructor(
    private readonly execution: RunExecutionService,
    private readonly runs: RunsService,
    private readonly jobs: BackupJobsService,
    private readonly servers: ServersService,
    private readonly catalog: ImageCatalogService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async claimOf(run: RunEntity): Promise<RunClaim> {
    const [view, job] = await Promise.all([this.runs.get(String(run.id)), this.jobs.resolve(String(run.jobId))]);
    const server = await this.servers.resolve(job.serverId, 'server');
    // The image is named for the run's slot (run-now: its start) in the API's zone, not for the
    // agent's clock at the end of the run; a second image of the job in that minute gets `_2`.
    const times = imageSlotTimes(run.scheduledFor ?? run.startedAt ?? this.clock.now(), this.config.timeZone);
    const taken = new Set((await this.catalog.imagesOfJob(job.name)).map((image) => image.name));
    const partitions = [...(server.partitions ?? [])].sort((a, b) => a.letter.localeCompare(b.letter));
    const index = partitions.findIndex((p) => p.letter === job.partition);
    const partition = partitions[index];
    const claimedJob: ClaimedJob = {
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
}
