import { Injectable } from '@nestjs/common';
import { Language, LocalizedText, messages, pageWindow, paginate, Paginated, PaginationQuery } from '@zdm/common';
import { RestorePoint, RestorePointRefusal, restorePoints } from '../domain/restore-points';
import { CatalogJob, CatalogJobsPort } from '../retention/catalog-jobs.port';
import { JobImage, RetentionService } from '../retention/retention.service';
import { RestorePointView } from './restore-point.view';

export function restorePointReasonText(reason: RestorePointRefusal): LocalizedText {
  const m = messages.images;
  switch (reason.code) {
    case 'no-full':
      return m.pointNoFull();
    case 'corrupt':
      return m.pointCorrupt(reason.image);
    case 'missing':
      return m.pointMissing(reason.image);
    case 'failed-run':
      return m.pointFailedRun(reason.image, reason.runId);
    case 'in-progress':
      return m.pointInProgress(reason.image, reason.runId);
    case 'not-verified':
      return m.pointNotVerified(reason.image);
  }
}

/** A job's restore points (spec §13): every image of the job on its server, with its chain and whether it restores. */
@Injectable()
export class RestorePointsService {
  constructor(
    private readonly jobs: CatalogJobsPort,
    private readonly retention: RetentionService,
  ) {}

  /**
   * A restore point of the job (on its server) by image file name, or the newest one; undefined when
   * the job has no such image (or none at all). Links carry absolute paths.
   */
  async point(job: CatalogJob, image?: string): Promise<RestorePoint<JobImage> | undefined> {
    const points = await this.pointsOf(job);
    return image === undefined ? points[0] : points.find((p) => p.image.name === image);
  }

  /** The job's newest restorable point (what an increment builds on); undefined when none restores. */
  async newestRestorable(job: CatalogJob): Promise<RestorePoint<JobImage> | undefined> {
    return (await this.pointsOf(job)).find((p) => p.restorable);
  }

  private async pointsOf(job: CatalogJob): Promise<RestorePoint<JobImage>[]> {
    const images = (await this.retention.imagesOf(job)).filter((image) => image.server === job.server);
    return restorePoints(images);
  }

  async list(identifier: string, query: PaginationQuery, language: Language): Promise<Paginated<RestorePointView>> {
    const job = await this.jobs.job(identifier);
    const points = await this.pointsOf(job);
    const window = pageWindow(query, 'DESC');
    if (window.order === 'ASC') points.reverse();
    const page = points.slice(window.skip, window.skip + window.take).map((point): RestorePointView => ({
      image: point.image.name,
      level: point.image.type,
      time: point.image.time,
      run: runOf(point.image),
      chain: point.chain.map((link) => link.name),
      verification: { state: point.image.verification, at: point.image.verifiedAt?.toISOString() ?? null },
      protected: point.image.protected,
      restorable: point.restorable,
      ...(point.reason ? { reason: restorePointReasonText(point.reason)[language] } : {}),
    }));
    return paginate(page, window, points.length);
  }
}

function runOf(image: JobImage): RestorePointView['run'] {
  return image.origin.provenance === 'run' ? { id: image.origin.runId, outcome: image.origin.outcome } : null;
}
