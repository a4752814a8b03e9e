import type { CenterEntity } from './center.entity';

/** A center as other libs see it: its columns (the entity and its table stay inventory's). */
export type Center = Pick<CenterEntity, 'id' | 'name' | 'description' | 'createdAt'>;
