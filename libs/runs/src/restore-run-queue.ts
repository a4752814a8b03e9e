import { Injectable } from '@nestjs/common';
import type { Transaction } from '@zdm/database';
import { RunLevel, RunTrigger } from './domain/run-state';
import { RunLifecycle } from './run-lifecycle';
import { RunEntity } from './run.entity';
import { RunLogRepository } from './run-log.repository';
import { RunsRepository } from './runs.repository';

/** A restore run to queue (spec §14): of the source job's point, claimed by the target server's agents. */
export interface NewRestoreRun {
  /** The backup job whose restore point is restored (its chain is the claim's). */
  jobId: number;
  /** The target server: only its agents claim the run. */
  targetServerId: number;
  /** The restore point (image file name). */
  pointImage: string;
  level: RunLevel;
  trigger: Extract<RunTrigger, 'manual' | 'retry'>;
  now: Date;
  /** A line for the run's log after `queued`: what is restored where. */
  note: string;
}

/**
 * Queues restore runs for the recoveries lib, inside the caller's transaction (a recovery job and
 * its first run commit together or not at all).
 */
@Injectable()
export class RestoreRunQueue {
  constructor(
    private readonly runs: RunsRepository,
    private readonly log: RunLogRepository,
    private readonly lifecycle: RunLifecycle,
  ) {}

  /** The run of job `jobId` that is not done (any kind), if any: a job has one at a time. */
  active(manager: Transaction, jobId: number): Promise<RunEntity | undefined> {
    return this.runs.activeRun(manager, jobId);
  }

  /** Queue the run; undefined when the job already has an active run (the one-active-run rule). */
  async queue(manager: Transaction, run: NewRestoreRun): Promise<RunEntity | undefined> {
    const [created] = await this.lifecycle.create(manager, [
      {
        jobId: run.jobId,
        serverId: run.targetServerId,
        trigger: run.trigger,
        kind: 'restore',
        pointImage: run.pointImage,
        level: run.level,
        scheduledFor: null,
        state: 'queued',
        result: null,
        idempotencyKey: null,
        createdAt: run.now,
        endedAt: null,
      },
    ]);
    if (created) await this.log.appendLog(manager, created.id, [{ level: 'info', message: run.note, time: run.now }]);
    return created;
  }
}
