import { CreateRuns1764000600000 } from './1764000600000-create-runs';

export const migrations = [CreateRuns1764000600000];
