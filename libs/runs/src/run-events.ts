import { Injectable, Optional } from '@nestjs/common';
import { mailAddresses, NotificationOutbox, RunEventData } from '@zdm/notifications';
import { EntityManager } from 'typeorm';
import { runEndSteps } from './domain/run-end-steps';
import { RunEntity } from './run.entity';
import { RunEventsRepository } from './run-events.repository';
import { RestoreRunsPort } from './restore-runs.port';

/** Log lines an ended run's notification carries. */
const LOG_TAIL_LINES = 10;

/**
 * Records the notification of an ended run in the outbox, inside the transaction that ended it:
 * the event commits with the run's transition or not at all. The job's `mailEvent` addresses get
 * it (all but `run.succeeded`), as do channels subscribed to its type.
 */
@Injectable()
export class RunEvents {
  constructor(
    private readonly repository: RunEventsRepository,
    private readonly outbox: NotificationOutbox,
    @Optional() private readonly restores?: RestoreRunsPort,
  ) {}

  /**
   * Records `image.corrupt` (spec §15) for an image a verify run found corrupt or missing, inside the
   * transaction that ends the run.
   */
  async recordImageCorrupt(
    manager: EntityManager,
    run: RunEntity,
    image: { name: string; path: string; state: 'corrupt' | 'missing'; errorMessage: string | null },
    now: Date,
  ): Promise<void> {
    const facts = await this.repository.facts(manager, run.id, LOG_TAIL_LINES);
    if (!facts) return;
    await this.outbox.record(manager, {
      type: 'image.corrupt',
      time: now,
      data: {
        job: { id: facts.jobId, name: facts.jobName },
        server: { id: facts.serverId, name: facts.serverName },
        run: { id: run.id, kind: run.kind },
        image: { name: image.name, path: image.path, state: image.state, errorMessage: image.errorMessage },
      },
      mailTo: mailAddresses(facts.mailEvent),
    });
  }

  /**
   * A restore run's end is its recovery's event (`recovery.succeeded` / `recovery.failed`, spec §14),
   * written by the recoveries lib through RestoreRunsPort; every other run's is `run.*`.
   */
  async recordEnded(manager: EntityManager, run: RunEntity, now: Date): Promise<void> {
    const event = runEndSteps(run).event;
    if (!event) return;
    if (event.owner === 'recoveries') {
      await this.restores?.recordEnded(manager, run, now);
      return;
    }
    const type = event.type;
    const facts = await this.repository.facts(manager, run.id, LOG_TAIL_LINES);
    if (!facts) return;
    const data: RunEventData = {
      job: { id: facts.jobId, name: facts.jobName },
      server: { id: facts.serverId, name: facts.serverName },
      run: {
        id: run.id,
        result: run.result ?? '',
        errorMessage: run.errorMessage,
        startedAt: run.startedAt?.toISOString() ?? null,
        endedAt: run.endedAt?.toISOString() ?? null,
      },
      logTail: facts.logTail.map((l) => `${l.time.toISOString()} ${l.level.toUpperCase()} ${l.message}`),
      nextSlot: facts.nextRunAt?.toISOString() ?? null,
    };
    await this.outbox.record(manager, {
      type,
      time: now,
      data: { ...data },
      mailTo: mailAddresses(facts.mailEvent),
    });
  }
}
