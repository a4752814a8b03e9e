import { Injectable } from '@nestjs/common';
import { messages, Refusal } from '@zdm/common';
import { JobStatusService } from '@zdm/jobs';
import { EntityManager } from 'typeorm';
import { jobStatusOfRun } from './domain/job-status-of-run';
import { RunEvent, runTransition, RunTransition } from './domain/run-transition';
import { RunEntity } from './run.entity';
import { NewRun, RunPatch, RunsRepository } from './runs.repository';

/**
 * Writes every run change the same way: the pure transition decides, the repository writes the run,
 * and the job's status follows its latest run in the same transaction.
 */
@Injectable()
export class RunLifecycle {
  constructor(
    private readonly runs: RunsRepository,
    private readonly jobStatus: JobStatusService,
  ) {}

  /** Insert runs and make their jobs show them (a `skipped` run leaves the status alone). */
  async create(manager: EntityManager, runs: NewRun[]): Promise<RunEntity[]> {
    const created =
      runs.length === 1
        ? [await this.runs.insert(manager, runs[0])].filter(isRun)
        : await this.runs.insertMany(manager, runs);
    await this.followJobs(manager, created);
    return created;
  }

  /**
   * Apply `event` to a run (locked by the caller) with the extra columns of `patch`; 409 naming
   * `field` when the transition is refused. A change to `done` stamps `ended_at`.
   */
  async apply(
    manager: EntityManager,
    run: RunEntity,
    event: RunEvent,
    now: Date,
    patch: RunPatch = {},
    field = 'id',
  ): Promise<{ run: RunEntity; changed: boolean }> {
    const answer = runTransition(run, event);
    if (!answer.ok) throw refusal(answer, run, field);
    const hasPatch = Object.values(patch).some((v) => v !== undefined);
    if (!answer.changed && !hasPatch) return { run, changed: false };
    const updated = await this.runs.update(
      manager,
      run.id,
      {
        ...patch,
        ...(answer.changed ? { state: answer.next.state, result: answer.next.result } : {}),
        ...(answer.changed && answer.next.state === 'done' ? { endedAt: now } : {}),
      },
      now,
    );
    if (answer.changed) await this.followJobs(manager, [updated]);
    return { run: updated, changed: answer.changed };
  }

  private async followJobs(manager: EntityManager, runs: RunEntity[]): Promise<void> {
    // A job's status is its backups': verify and restore runs leave it alone.
    const changes = runs.flatMap((run) => {
      if (run.kind !== 'backup') return [];
      const status = jobStatusOfRun(run.state, run.result);
      return status
        ? [{ jobId: run.jobId, status, startedAt: run.startedAt ?? run.createdAt, endedAt: run.endedAt }]
        : [];
    });
    await this.jobStatus.follow(manager, changes);
  }
}

function isRun(run: RunEntity | undefined): run is RunEntity {
  return run !== undefined;
}

/** A refused transition as the API answers it (409, naming the field). */
export function refusal(answer: Extract<RunTransition, { ok: false }>, run: RunEntity, field: string): Refusal {
  const m = messages.runs;
  switch (answer.reason) {
    case 'RUN_ALREADY_DONE':
      return Refusal.conflict(answer.reason, m.runAlreadyDone(field, run.id, run.result ?? 'done'));
    case 'RUN_NOT_CLAIMED':
      return Refusal.conflict(answer.reason, m.runNotClaimed(field, run.id));
    case 'RUN_NOT_QUEUED':
    case 'RUN_NOT_ACTIVE':
      return Refusal.conflict(answer.reason, m.runNotQueued(field, run.id));
  }
}
