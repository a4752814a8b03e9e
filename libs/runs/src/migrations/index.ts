import { CreateRuns1764000600000 } from './1764000600000-create-runs';
import { BackfillImageProvenance1765000005000 } from './1765000005000-backfill-image-provenance';

export const migrations = [CreateRuns1764000600000, BackfillImageProvenance1765000005000];
