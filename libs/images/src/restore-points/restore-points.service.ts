import { Injectable } from '@nestjs/common';
import {
  Language,
  LocalizedText,
  messages,
  PageWindow,
  pageWindow,
  paginate,
  Paginated,
  PaginationQuery,
} from '@zdm/common';
import { RestorePoint, RestorePointRefusal, restorePoints } from '../domain/restore-points';
import { CatalogJobsPort } from '../retention/catalog-jobs.port';
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

  async list(identifier: string, query: PaginationQuery, language: Language): Promise<Paginated<RestorePointView>> {
    const job = await this.jobs.job(identifier);
    // Computed once per state of the job's images (JobImagesCache; a view: another replica's catalog
    // change shows within a second, as in the images listing), newest first; a page is a slice.
    const { images, memo } = await this.retention.jobImages(job, 'polled');
    const points = memo(JSON.stringify(['restore-points', job.server]), () =>
      restorePoints(images.filter((image) => image.server === job.server)),
    );
    const window = pageWindow(query, 'DESC');
    const key = JSON.stringify(['restore-points-page', job.server, window.skip, window.take, window.order, language]);
    return memo(key, () => this.page(points, window, language));
  }

  private page(
    points: readonly RestorePoint<JobImage>[],
    window: PageWindow,
    language: Language,
  ): Paginated<RestorePointView> {
    const page = pageOf(points, window).map((point): RestorePointView => ({
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

/** The window's points of `newestFirst` (read-only, shared), in the window's order. */
function pageOf<T>(newestFirst: readonly T[], window: { order: 'ASC' | 'DESC'; skip: number; take: number }): T[] {
  if (window.order === 'DESC') return newestFirst.slice(window.skip, window.skip + window.take);
  const end = newestFirst.length - window.skip;
  return newestFirst.slice(Math.max(0, end - window.take), Math.max(0, end)).reverse();
}

function runOf(image: JobImage): RestorePointView['run'] {
  return image.origin.provenance === 'run' ? { id: image.origin.runId, outcome: image.origin.outcome } : null;
}
