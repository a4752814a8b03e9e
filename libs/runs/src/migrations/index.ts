import { CreateRuns1764000600000 } from './1764000600000-create-runs';
import { BackfillImageProvenance1765000005000 } from './1765000005000-backfill-image-provenance';
import { AddRunIdempotencyHash1765000200000 } from './1765000200000-add-run-idempotency-hash';
import { AddRunTriggerSince1765000230000 } from './1765000230000-add-run-trigger-since';
import { AddRunKindAndChain1765000410000 } from './1765000410000-add-run-kind-and-chain';

export const migrations = [
  CreateRuns1764000600000,
  BackfillImageProvenance1765000005000,
  AddRunIdempotencyHash1765000200000,
  AddRunTriggerSince1765000230000,
  AddRunKindAndChain1765000410000,
];
