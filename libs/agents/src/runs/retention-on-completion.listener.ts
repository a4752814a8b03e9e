import { Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { AppConfig } from '@zdm/common';
import { ImageCatalogService, RepositoryFiles, retentionReasonText, RetentionService } from '@zdm/images';
import { Run, RunCompletedListener, RunExecutionService } from '@zdm/runs';

/**
 * After a run ends `success` (spec §9): the job's retention plan is carried out — every image the plan
 * removes is deleted from the repository and dropped from the catalog, and each removal is a line in
 * the run's log. With RETENTION_ENFORCE=false the log says what would have gone and nothing is removed.
 */
@Injectable()
export class RetentionOnCompletion extends RunCompletedListener {
  private readonly logger = new Logger(RetentionOnCompletion.name);

  constructor(
    private readonly retention: RetentionService,
    private readonly catalog: ImageCatalogService,
    private readonly files: RepositoryFiles,
    private readonly config: AppConfig,
    private readonly moduleRef: ModuleRef,
  ) {
    super();
  }

  async onRunCompleted(run: Run): Promise<void> {
    // Only a successful backup changes what is kept (a verify run writes nothing).
    if (run.result !== 'success' || run.kind !== 'backup') return;
    const { job, plan } = await this.retention.planFor(run.jobId);
    if (!plan.remove.length) return;
    const lines: { level: 'info' | 'warn'; message: string }[] = [];
    if (!this.config.retentionEnforce) {
      for (const d of plan.remove) {
        lines.push({
          level: 'info',
          message: `Retention (RETENTION_ENFORCE=false): would remove ${d.image.name} (${retentionReasonText(d.reason).en})`,
        });
      }
    } else {
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
    }
    await this.execution().appendLog(run.id, lines);
    this.logger.log(`retention of ${job.name} after run ${run.id}: ${lines.length} line(s)`);
  }

  /** Looked up lazily: the runs lib's execution service is the one that calls this listener. */
  private execution(): RunExecutionService {
    return this.moduleRef.get(RunExecutionService, { strict: false });
  }
}
