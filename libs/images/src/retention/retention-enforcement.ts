import { Injectable } from '@nestjs/common';
import { AppConfig } from '@zdm/common';
import { ImageCatalogService } from '../image-catalog.service';
import { RepositoryFiles } from '../repository-files';
import { retentionReasonText, RetentionService } from './retention.service';

/** A line retention adds to the log of the run that caused it. */
export interface RetentionLogLine {
  level: 'info' | 'warn';
  message: string;
}

/**
 * Carries out a job's retention plan (spec §9) after one of its backups succeeded: every image the plan
 * removes is deleted from the repository and dropped from the catalog; each removal is a log line for
 * the run that caused it. With RETENTION_ENFORCE=false the lines say what would have gone and nothing
 * is removed. The caller (the runs lib's run-end orchestrator) writes the lines to the run's log.
 */
@Injectable()
export class RetentionEnforcement {
  constructor(
    private readonly retention: RetentionService,
    private readonly catalog: ImageCatalogService,
    private readonly files: RepositoryFiles,
    private readonly config: AppConfig,
  ) {}

  async enforce(jobId: number): Promise<RetentionLogLine[]> {
    const { plan } = await this.retention.planFor(jobId);
    const lines: RetentionLogLine[] = [];
    if (!this.config.retentionEnforce) {
      for (const d of plan.remove) {
        lines.push({
          level: 'info',
          message: `Retention (RETENTION_ENFORCE=false): would remove ${d.image.name} (${retentionReasonText(d.reason).en})`,
        });
      }
      return lines;
    }
    const removed: string[] = [];
    for (const d of plan.remove) {
      try {
        await this.files.remove(d.image.path);
        removed.push(d.image.path);
        lines.push({
          level: 'info',
          message: `Retention: removed ${d.image.name} (${retentionReasonText(d.reason).en})`,
        });
      } catch (error) {
        lines.push({
          level: 'warn',
          message: `Retention: could not remove ${d.image.name}: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
    }
    if (removed.length) await this.catalog.remove(removed);
    return lines;
  }
}
