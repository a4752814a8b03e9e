import { ScheduleSummary } from '@zdm/schedules';

/** One partition's answer in `data.results[]` (seed "응답 필드"). */
export interface RegistrationResultItem {
  state: 'success' | 'fail';
  jobName: string;
  partition: string;
  jobMode: string;
  autoStart: string;
  schedule?: ScheduleSummary;
  scriptPath?: string;
  scriptRunTiming?: string;
  errorMessage?: string;
}

/** `data` of `POST /api/backups`. */
export interface RegistrationResult {
  summary: { total: number; successful: number; failed: number };
  results: RegistrationResultItem[];
}
