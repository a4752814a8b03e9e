import { CreateRecoveries1765000800000 } from './1765000800000-create-recoveries';

export const migrations = [CreateRecoveries1765000800000];
