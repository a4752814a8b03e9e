import type { PartitionEntity } from './partition.entity';

/** A partition as other libs see it: its columns (the entity and its table stay inventory's). */
export type Partition = Pick<PartitionEntity, 'id' | 'serverId' | 'letter' | 'device' | 'filesystem' | 'size'>;
