import { Injectable } from '@nestjs/common';
import { JobImage, RestorePoint, RestorePointsService } from '@zdm/images';
import { ChainLink } from './domain/run-state';
import { RunEntity } from './run.entity';
import { RunsCatalogJobs } from './runs-catalog-jobs';

/**
 * The chain a claim hands an agent (agent protocol), full first: a verify (or restore) run gets its
 * restore point's chain; a backup increment the job's newest restorable point's (its new image names
 * the last link as `parent`); a full nothing.
 */
@Injectable()
export class RunChains {
  constructor(
    private readonly jobs: RunsCatalogJobs,
    private readonly points: RestorePointsService,
  ) {}

  async forClaim(run: RunEntity): Promise<ChainLink[]> {
    if (run.kind === 'backup' && run.level === 'full') return [];
    if (run.kind !== 'backup' && !run.pointImage) return [];
    const job = await this.jobs.job(String(run.jobId));
    const point =
      run.kind === 'backup'
        ? await this.points.newestRestorable(job)
        : await this.points.point(job, run.pointImage ?? undefined);
    return point ? chainLinks(point) : [];
  }
}

export function chainLinks(point: RestorePoint<JobImage>): ChainLink[] {
  return point.chain.map((link) => ({
    image: link.name,
    path: link.path,
    level: link.type,
    payloadSha256: link.payloadSha256,
  }));
}
