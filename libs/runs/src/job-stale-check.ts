import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@zdm/database';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, Clock } from '@zdm/common';
import { BackupJobLookup } from '@zdm/jobs';
import { ConditionCheck, jobStaleEvent, mailAddresses, NotificationOutbox } from '@zdm/notifications';
import { DataSource } from 'typeorm';
import { JobHealth, RunsService } from './runs.service';

/**
 * The `job.stale` check (spec §15), in every replica every NOTIFY_CHECK_INTERVAL_MS: a job whose
 * monitoring health (the rule of domain/run-health.ts, as GET /api/backups/monitoring shows it) is
 * `stale` is reported once when it becomes so, to its `mailEvent` addresses and subscribed
 * channels; NotificationOutbox.recordConditions makes that once across replicas and ticks, and
 * forgets the job when it is no longer stale (a success), so a later lapse is reported again.
 */
@Injectable()
export class JobStaleCheck extends ConditionCheck {
  constructor(
    private readonly transactions: TransactionRunner,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly runs: RunsService,
    private readonly jobs: BackupJobLookup,
    private readonly outbox: NotificationOutbox,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {
    super(config.notifications.checkIntervalMs, 'job.stale');
  }

  protected checkNow(): Promise<number[]> {
    const now = this.clock.now();
    return this.transactions.run(async (manager) => {
      const stale = new Map(
        (await this.runs.jobHealths(now, undefined, manager))
          .filter((job) => job.health === 'stale' && job.firstSlot !== null)
          .map((job) => [job.row.jobId, job]),
      );
      return this.outbox.recordConditions(manager, 'job.stale', [...stale.keys()], now, async (jobId) => {
        const job = stale.get(jobId)!;
        const found = await this.jobs.find({ id: jobId }, manager);
        return jobStaleEvent(this.data(job), now, mailAddresses(found?.mailEvent));
      });
    });
  }

  private data({ row, firstSlot }: JobHealth) {
    const slot = firstSlot ?? new Date(0);
    return {
      job: { id: row.jobId, name: row.jobName },
      server: { id: row.serverId, name: row.serverName },
      missedSlot: slot.toISOString(),
      staleSince: new Date(slot.getTime() + this.config.runs.staleGraceMs).toISOString(),
      lastSuccessAt: row.lastSuccessAt?.toISOString() ?? null,
      lastRun: row.lastRun ? { id: row.lastRun.id, state: row.lastRun.state, result: row.lastRun.result } : null,
    };
  }
}
