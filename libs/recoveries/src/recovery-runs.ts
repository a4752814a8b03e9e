import { Injectable } from '@nestjs/common';
import { NotificationOutbox, recoveryEvent } from '@zdm/notifications';
import type { Transaction } from '@zdm/database';
import { RestoreMapping, RestoreRunsPort, Run } from '@zdm/runs';
import { RecoveriesRepository } from './recoveries.repository';

/** Log lines a recovery event carries. */
const LOG_TAIL_LINES = 10;

/**
 * The runs lib's RestoreRunsPort (bound in apps/api): what a restore run's claim restores where, and
 * its end as `recovery.succeeded` / `recovery.failed` in the outbox, in the transaction that ends it.
 */
@Injectable()
export class RecoveryRuns extends RestoreRunsPort {
  constructor(
    private readonly repository: RecoveriesRepository,
    private readonly outbox: NotificationOutbox,
  ) {
    super();
  }

  mappingOf(runId: number): Promise<RestoreMapping | null> {
    return this.repository.mappingOf(runId);
  }

  async recordEnded(manager: Transaction, run: Run, now: Date): Promise<void> {
    const facts = await this.repository.runFacts(manager, run.id, LOG_TAIL_LINES);
    if (!facts) return;
    const event = recoveryEvent(
      {
        recovery: facts.recovery,
        run: {
          id: run.id,
          result: run.result,
          errorMessage: run.errorMessage,
          startedAt: run.startedAt,
          endedAt: run.endedAt,
        },
        source: facts.source,
        target: facts.target,
        partitions: [{ source: facts.sourcePartition, target: facts.targetPartition }],
        chain: facts.chain,
        logTail: facts.logTail.map((l) => `${l.time.toISOString()} ${l.level.toUpperCase()} ${l.message}`),
      },
      now,
    );
    if (event) await this.outbox.record(manager, event);
  }
}
