import type { RepositoryType } from '../repositories/backup-repository';
import type { ServerOs } from '../servers/server';

/**
 * An inventory to seed on an empty database (demo mode): centers by name, and the repositories and
 * servers (with their partitions) that name their center.
 */
export interface InventorySeed {
  centers: { name: string; description: string | null }[];
  repositories: { center: string; type: RepositoryType; path: string }[];
  servers: {
    name: string;
    center: string;
    os: ServerOs;
    osVersion: string | null;
    partitions: { letter: string; device: string | null; filesystem: string | null; size: number | null }[];
  }[];
}
