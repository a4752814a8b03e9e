import { CreateBackupJobs1732000003000 } from './1732000003000-create-backup-jobs';

export const migrations = [CreateBackupJobs1732000003000];
