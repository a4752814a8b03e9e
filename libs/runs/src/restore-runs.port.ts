import type { Transaction } from '@zdm/database';
import type { Run } from './run';

/** What a restore run restores where (mount points), as its claim carries it (spec §14). */
export interface RestoreMapping {
  sourcePartition: string;
  targetPartition: string;
  overwrite: boolean;
}

/**
 * Port: the recovery behind a restore run (spec §14). Declared here (runs never imports recoveries),
 * implemented by the recoveries lib, bound in apps/api. Without a binding a restore run's claim
 * carries no mapping and its end raises no event.
 */
export abstract class RestoreRunsPort {
  /** The mapping a claim of restore run `runId` carries; null when no recovery job owns the run. */
  abstract mappingOf(runId: number): Promise<RestoreMapping | null>;

  /**
   * Record the end of restore run `run` (`recovery.succeeded` / `recovery.failed`) in the outbox,
   * inside the transaction that ended it (`tx`).
   */
  abstract recordEnded(tx: Transaction, run: Run, now: Date): Promise<void>;
}
