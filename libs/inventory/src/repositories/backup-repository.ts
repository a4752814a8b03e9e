import type { RepositoryEntity } from './repository.entity';

export const REPOSITORY_TYPES = ['smb', 'nfs'] as const;
export type RepositoryType = (typeof REPOSITORY_TYPES)[number];

/**
 * A backup repository (an SMB share or NFS export) as other libs see it: its columns (the entity
 * and its table stay inventory's).
 */
export type BackupRepository = Pick<RepositoryEntity, 'id' | 'centerId' | 'type' | 'path' | 'createdAt'>;
