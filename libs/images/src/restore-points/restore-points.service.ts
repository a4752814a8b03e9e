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
  SerializedData,
} from '@zdm/common';
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
    const { points } = await this.pointsOf(job);
    return image === undefined ? points[0] : points.find((p) => p.image.name === image);
  }

  /** Every restore point of the job (on its server), newest first (read-only, shared). */
  async all(job: CatalogJob): Promise<readonly RestorePoint<JobImage>[]> {
    return (await this.pointsOf(job)).points;
  }

  /** The job's newest restorable point (what an increment builds on); undefined when none restores. */
  async newestRestorable(job: CatalogJob): Promise<RestorePoint<JobImage> | undefined> {
    return (await this.pointsOf(job)).points.find((p) => p.restorable);
  }

  /**
   * The job's restore points, computed once per state of its images (JobImagesCache): `strict` (what a
   * claim or a verify builds on) reads the shared catalog generation, `polled` (a view) the one this
   * process knows.
   */
  private async pointsOf(job: CatalogJob, freshness: 'strict' | 'polled' = 'strict') {
    const { images, memo } = await this.retention.jobImages(job, freshness);
    const points = memo(JSON.stringify(['restore-points', job.server]), () =>
      restorePoints(images.filter((image) => image.server === job.server)),
    );
    return { points, memo };
  }

  /**
   * A page of the job's restore points, as the bytes of its envelope's `data` (and `pagination`):
   * computed and serialized once per state of the job's images, page and language (JobImagesCache; a
   * view: another replica's catalog change shows within a second, as in the images listing), so a
   * repeated page costs the job lookup (held up to a second: `polled`) and the generation check.
   */
  async list(identifier: string, query: PaginationQuery, language: Language): Promise<SerializedData> {
    const job = await this.jobs.job(identifier, 'polled');
    const { points, memo } = await this.pointsOf(job, 'polled');
    const window = pageWindow(query, 'DESC');
    const key = JSON.stringify([
      'restore-points-page',
      job.server,
      window.skip,
      window.take,
      window.order,
      window.requested,
      language,
    ]);
    return memo(key, () => SerializedData.ofPage(this.page(points, window, language)));
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
