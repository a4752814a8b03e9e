import { CreateBackupJobs1732000003000 } from './1732000003000-create-backup-jobs';
import { ReportPathUnsafeJobNames1765000151000 } from './1765000151000-report-path-unsafe-job-names';
import { AddJobPause1765000210000 } from './1765000210000-add-job-pause';
import { AddJobVerifyAfterBackup1765000420000 } from './1765000420000-add-job-verify-after-backup';

export const migrations = [
  CreateBackupJobs1732000003000,
  ReportPathUnsafeJobNames1765000151000,
  AddJobPause1765000210000,
  AddJobVerifyAfterBackup1765000420000,
];
