import { CreateRuns1764000600000 } from './1764000600000-create-runs';
import { AddRunIdempotencyHash1765000200000 } from './1765000200000-add-run-idempotency-hash';

export const migrations = [CreateRuns1764000600000, AddRunIdempotencyHash1765000200000];
