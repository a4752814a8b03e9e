import type { Partition } from './partition';
import type { ServerEntity } from './server.entity';

export const SERVER_OS = ['win', 'lin'] as const;
export type ServerOs = (typeof SERVER_OS)[number];

/**
 * A server as other libs see it: its columns and, when loaded, its partitions (the entity and its
 * table stay inventory's).
 */
export type Server = Pick<ServerEntity, 'id' | 'name' | 'centerId' | 'os' | 'osVersion' | 'createdAt'> & {
  partitions?: Partition[];
};
