import type { RunEntity } from './run.entity';

/** A run as other libs see it: its columns (the entity and its table stay runs'). */
export type Run = Omit<RunEntity, 'job'>;
