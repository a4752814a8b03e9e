import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@zdm/database';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, messages, parseIdentifier, Refusal } from '@zdm/common';
import { RestorePointsService } from '@zdm/images';
import { BackupJobLookup, BackupJobWithServer } from '@zdm/jobs';
import { DataSource, EntityManager } from 'typeorm';
import { VerifyRunDto } from './dto/run-query.dto';
import { RunView } from './dto/run.view';
import { RunLifecycle } from './run-lifecycle';
import { RunEntity } from './run.entity';
import { RunsRepository } from './runs.repository';
import { alreadyRunning, RunsService } from './runs.service';

/** A job with `verifyAfterBackup: use` and the point to verify. */
export interface VerifyTarget {
  job: BackupJobWithServer;
  point: { image: { name: string; type: 'full' | 'increment' } };
}

/**
 * Verify runs (spec §13): queued by an operator (`POST /api/backups/:identifier/verify`) or after a
 * successful backup of a job with `verifyAfterBackup: use`, for a restore point's chain. Kept apart
 * from RunsService, which the jobs lib reaches through JobRunsPort: the restore points this needs
 * come from the images lib, whose CatalogJobsPort is the runs lib's (no provider cycle).
 */
@Injectable()
export class RunVerificationService {
  constructor(
    private readonly transactions: TransactionRunner,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly runs: RunsRepository,
    private readonly jobs: BackupJobLookup,
    private readonly lifecycle: RunLifecycle,
    private readonly points: RestorePointsService,
    private readonly views: RunsService,
    private readonly clock: Clock,
  ) {}

  /**
   * Queue a verify run of `image`'s point (a file name), or of the job's newest point. 404 naming an
   * image that is no point of the job; 409 NOTHING_TO_VERIFY when the job has no point; 409
   * JOB_ALREADY_RUNNING while a run of the job is not done.
   */
  async verify(identifier: string, dto: VerifyRunDto): Promise<RunView> {
    const parsed = parseIdentifier(identifier, 'identifier');
    const job = await this.jobs.find(parsed.kind === 'id' ? { id: parsed.id } : { name: parsed.name });
    if (!job) throw Refusal.notFound(messages.jobs.jobNotFound('identifier', identifier));
    const run = await this.queue(job, dto.image);
    return this.views.get(String(run.id));
  }

  /**
   * After a successful backup run: the point of the image it wrote, when its job has
   * `verifyAfterBackup: use`; undefined when there is none to verify (setting off, no image, no such
   * point). Reads only: the verify run is queued by `queueAfterBackup` in the caller's transaction.
   */
  async pointAfterBackup(backup: RunEntity): Promise<VerifyTarget | undefined> {
    if (backup.kind !== 'backup' || !backup.image) return undefined;
    if (backup.result !== 'success' && backup.result !== 'warning') return undefined;
    const job = await this.jobs.find({ id: backup.jobId });
    if (!job?.verifyAfterBackup) return undefined;
    try {
      const point = await this.points.point(catalogJob(job), backup.image);
      return point ? { job, point } : undefined;
    } catch (error) {
      // The job went meanwhile (a refusal): nothing to verify.
      if (error instanceof Refusal) return undefined;
      throw error;
    }
  }

  /**
   * Queue the verify run of `target` inside the caller's transaction (the run-end orchestrator's
   * second one); undefined when a run of the job is not done (it keeps the job).
   */
  async queueAfterBackup(manager: EntityManager, target: VerifyTarget): Promise<RunEntity | undefined> {
    if (await this.runs.activeRun(manager, target.job.id)) return undefined;
    return this.insert(manager, target.job, target.point);
  }

  private async queue(job: BackupJobWithServer, image: string | undefined): Promise<RunEntity> {
    const point = await this.points.point(catalogJob(job), image);
    if (!point) {
      if (image !== undefined) throw Refusal.notFound(messages.runs.pointNotFound('image', image, job.name));
      throw Refusal.conflict('NOTHING_TO_VERIFY', messages.runs.nothingToVerify('identifier', job.name));
    }
    return this.transactions.run(async (manager) => {
      const active = await this.runs.activeRun(manager, job.id);
      if (active) throw alreadyRunning('identifier', job, active);
      const run = await this.insert(manager, job, point);
      if (!run) throw alreadyRunning('identifier', job, await this.runs.activeRun(manager, job.id));
      return run;
    });
  }

  /** The verify run of `point` (undefined when a run of the job took the slot meanwhile). */
  private async insert(
    manager: EntityManager,
    job: BackupJobWithServer,
    point: VerifyTarget['point'],
  ): Promise<RunEntity | undefined> {
    const [run] = await this.lifecycle.create(manager, [
      {
        jobId: job.id,
        serverId: job.serverId,
        trigger: 'manual',
        kind: 'verify',
        pointImage: point.image.name,
        level: point.image.type,
        scheduledFor: null,
        state: 'queued',
        result: null,
        idempotencyKey: null,
        createdAt: this.clock.now(),
        endedAt: null,
      },
    ]);
    return run;
  }
}

function catalogJob(job: BackupJobWithServer) {
  return { id: job.id, name: job.name, server: job.server.name, rotation: job.rotation };
}
