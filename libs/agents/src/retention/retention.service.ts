import { Injectable } from '@nestjs/common';
import { AppConfig, Clock, Language, LocalizedText, messages } from '@zdm/common';
import {
  ImageCatalogService,
  planRetention,
  planRetentionAfterNextRun,
  RetentionDecision,
  RetentionImage,
  RetentionJob,
  RetentionOrigin,
  RetentionPlan,
  RetentionReason,
} from '@zdm/images';
import { BackupJobEntity, BackupJobsService } from '@zdm/jobs';
import { RunResult, runLevel, RunsService } from '@zdm/runs';
import { DateTime } from 'luxon';
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
      return m[reason.code](reason.point);
    case 'not-written-by-job':
    case 'increment-without-full':
    case 'no-successful-generation':
      return m[reason.code]();
  }
}

/** Retention of a job (spec §9, §13): the preview (today and after the next run), and the plan the enforcement after a successful run carries out. */
@Injectable()
export class RetentionService {
  constructor(
    private readonly jobs: BackupJobsService,
    private readonly catalog: ImageCatalogService,
    private readonly config: AppConfig,
    private readonly runs: RunsService,
    private readonly clock: Clock,
  ) {}

  async preview(identifier: string, language: Language): Promise<RetentionPreviewView> {
    const job = await this.jobs.resolve(identifier);
    const { subject, images } = await this.inputsFor(job);
    const plan = planRetention(subject, images);
    const next = planRetentionAfterNextRun(subject, images, {
      level: runLevel(job.mode, { slot: 'manual' }, images.some(isSuccessfulFull)),
      time: DateTime.fromJSDate(this.clock.now(), { zone: this.config.timeZone }).toFormat('yyyy-MM-dd HH:mm:ss'),
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

  /** The plan a successful run of the job carries out now. */
  async planFor(job: BackupJobEntity): Promise<RetentionPlan> {
    const { subject, images } = await this.inputsFor(job);
    return planRetention(subject, images);
  }

  /**
   * The job's images as the catalog knows them, each with its provenance (spec §13): an image written
   * by a run of this job carries that run's outcome; anything else (no run recorded, a run of another
   * job, a deleted run) is `found`.
   */
  private async inputsFor(job: BackupJobEntity): Promise<{ subject: RetentionJob; images: RetentionImage[] }> {
    const catalogued = await this.catalog.imagesOfJob(job.name);
    const runIds = [...new Set(catalogued.flatMap((image) => (image.runId === null ? [] : [image.runId])))];
    const results = await this.runs.resultsOfJobRuns(job.id, runIds);
    const images = catalogued.map((image): RetentionImage => {
      const result = image.runId === null ? undefined : results.get(image.runId);
      const origin: RetentionOrigin =
        result === undefined
          ? { provenance: 'found' }
          : {
              provenance: 'run',
              runId: image.runId!,
              outcome: result === null ? 'in-progress' : isSuccessful(result) ? 'succeeded' : 'unsuccessful',
            };
      return { ...image, origin };
    });
    return { subject: { name: job.name, server: job.server?.name ?? '', rotation: job.rotation }, images };
  }
}

const isSuccessful = (result: RunResult) => result === 'success' || result === 'warning';

const isSuccessfulFull = (image: RetentionImage) =>
  image.type === 'full' && image.origin.provenance === 'run' && image.origin.outcome === 'succeeded';
