import { Injectable } from '@nestjs/common';
import { AppConfig, Language, LocalizedText, messages } from '@zdm/common';
import { ImageCatalogService, planRetention, RetentionDecision, RetentionPlan, RetentionReason } from '@zdm/images';
import { BackupJobEntity, BackupJobsService } from '@zdm/jobs';
import { RunsService } from '@zdm/runs';
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
    case 'unsuccessful-newer':
    case 'unsuccessful-older':
      return m[reason.code](reason.full);
    case 'increment-without-full':
    case 'no-successful-generation':
      return m[reason.code]();
  }
}

/** Retention of a job (spec §9): the preview, and the plan the enforcement after a successful run carries out. */
@Injectable()
export class RetentionService {
  constructor(
    private readonly jobs: BackupJobsService,
    private readonly catalog: ImageCatalogService,
    private readonly config: AppConfig,
    private readonly runs: RunsService,
  ) {}

  async preview(identifier: string, language: Language): Promise<RetentionPreviewView> {
    const job = await this.jobs.resolve(identifier);
    const plan = await this.planFor(job);
    const item = (d: RetentionDecision): RetentionItemView => ({
      name: d.image.name,
      time: d.image.time,
      type: d.image.type,
      generation: d.generation,
      reason: retentionReasonText(d.reason)[language],
    });
    return {
      job: { id: job.id, name: job.name },
      rotation: job.rotation,
      enforced: this.config.retentionEnforce,
      keep: plan.keep.map(item),
      remove: plan.remove.map(item),
    };
  }

  /**
   * The plan for a job: its images as the catalog knows them, the fulls of runs that did not succeed
   * not counted as generations.
   */
  async planFor(job: BackupJobEntity): Promise<RetentionPlan> {
    const [images, failed] = await Promise.all([
      this.catalog.imagesOfJob(job.name),
      this.runs.unsuccessfulImages(job.id),
    ]);
    const unsuccessful = new Set(failed);
    return planRetention(
      { name: job.name, server: job.server?.name ?? '', rotation: job.rotation },
      images.map((image) => ({ ...image, succeeded: !unsuccessful.has(image.name) })),
    );
  }
}
