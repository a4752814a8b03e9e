import { Injectable } from '@nestjs/common';
import { AppConfig, Clock, formatLocalDateTime, Language, LocalizedText, messages } from '@zdm/common';
import {
  planRetention,
  planRetentionAfterNextRun,
  RetentionDecision,
  RetentionImage,
  RetentionJob,
  RetentionOrigin,
  RetentionPlan,
  RetentionReason,
} from '../domain/retention-plan';
import { CatalogImage } from '../catalog-row';
import { CatalogJob, CatalogJobsPort } from './catalog-jobs.port';
import { JobImagesCache } from './job-images.cache';
import { RetentionItemView, RetentionPreviewView } from './retention.view';

export function retentionReasonText(reason: RetentionReason): LocalizedText {
  const m = messages.retention;
  switch (reason.code) {
    case 'newest-successful':
    case 'within-rotation':
    case 'beyond-rotation':
      return m[reason.code](reason.generation, reason.rotation);
    case 'increment-of-kept-full':
    case 'increment-of-removed-full':
      return m[reason.code](reason.full);
    case 'left-by-failed-run':
    case 'run-in-progress':
      return m[reason.code](reason.runId);
    case 'protected':
      return m.protected();
    case 'needed-by-protected':
    case 'needed-by-kept':
    case 'newest-restorable':
      return m[reason.code](reason.point);
    case 'parent-missing':
      return m[reason.code](reason.parent);
    case 'not-written-by-job':
    case 'increment-without-full':
    case 'no-successful-generation':
      return m[reason.code]();
  }
}

/** A catalog image with the provenance its run gives it. */
export type JobImage = CatalogImage & { origin: RetentionOrigin };

/**
 * Retention of a job (spec §9, §13): the preview (today and after the next run) and the plan a
 * successful run carries out. The job's images come from the catalog, their provenance from what
 * the runs that wrote them came to (CatalogJobsPort).
 */
@Injectable()
export class RetentionService {
  constructor(
    private readonly jobs: CatalogJobsPort,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly cache: JobImagesCache,
  ) {}

  async preview(identifier: string, language: Language): Promise<RetentionPreviewView> {
    const job = await this.jobs.job(identifier);
    const { images, memo } = await this.jobImages(job);
    const subject = retentionJob(job);
    const plan = memo(planKey(subject), () => planRetention(subject, images));
    const next = planRetentionAfterNextRun(subject, images, {
      level: await this.jobs.nextRunLevel(job.id),
      time: formatLocalDateTime(this.clock.now(), this.config.timeZone),
    });
    const item = (d: RetentionDecision): RetentionItemView => ({
      name: d.image.name,
      time: d.image.time,
      type: d.image.type,
      generation: d.generation,
      provenance: d.image.origin.provenance,
      reason: retentionReasonText(d.reason)[language],
    });
    return {
      job: { id: job.id, name: job.name },
      rotation: job.rotation,
      enforced: this.config.retentionEnforce,
      keep: plan.keep.map(item),
      remove: plan.remove.map(item),
      afterNextRun: { keep: next.keep.map(item), remove: next.remove.map(item) },
    };
  }

  /** The plan a successful run of job `jobId` carries out now. */
  async planFor(jobId: number): Promise<{ job: CatalogJob; plan: RetentionPlan }> {
    const job = await this.jobs.job(String(jobId));
    const { images, memo } = await this.jobImages(job);
    const subject = retentionJob(job);
    return { job, plan: memo(planKey(subject), () => planRetention(subject, images)) };
  }

  /**
   * The job's images (`imagesOf`) as one shared read-only array, and a memo of what is computed from
   * exactly them: both kept while the catalog, the job and its runs in progress are unchanged
   * (JobImagesCache), so a request reads no rows of the job when nothing changed. `polled`: another
   * replica's catalog change may show a second later (views only; never for what deletes files).
   */
  jobImages(job: CatalogJob, freshness: 'strict' | 'polled' = 'strict'): ReturnType<JobImagesCache['images']> {
    return this.cache.images(job, freshness);
  }

  /**
   * The job's images as the catalog knows them, each with its provenance (spec §13): an image written
   * by a run of this job carries what that run came to; anything else (no run recorded, a run of another
   * job, a deleted run) is `found`.
   */
  async imagesOf(job: CatalogJob): Promise<JobImage[]> {
    return [...(await this.jobImages(job)).images];
  }
}

const planKey = (job: RetentionJob) => JSON.stringify(['plan', job.name, job.server, job.rotation]);

function retentionJob(job: CatalogJob): RetentionJob {
  return { name: job.name, server: job.server, rotation: job.rotation };
}

export type { RetentionImage };
