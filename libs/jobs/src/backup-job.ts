import type { BackupJobEntity } from './backup-job.entity';

/** A backup job as other libs see it: its columns (the entity and its table stay jobs'). */
export type BackupJob = Omit<
  BackupJobEntity,
  'center' | 'server' | 'repository' | 'user' | 'basicSchedule' | 'advancedSchedule'
>;
