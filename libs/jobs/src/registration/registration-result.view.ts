import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ScheduleSummary } from '@zdm/schedules';
import { JOB_MODES, jobModeLabel, SCRIPT_RUNS, scriptRunTiming, USE_OPTIONS } from '../domain/job-mode';

/** One partition's answer in `data.results[]` (seed "응답 필드"). */
export class RegistrationResultItem {
  @ApiProperty({ enum: ['success', 'fail'] })
  state: 'success' | 'fail';
  jobName: string;
  /** Mount point or drive. */
  partition: string;
  @ApiProperty({ enum: JOB_MODES.map(jobModeLabel) })
  jobMode: string;
  @ApiProperty({ enum: USE_OPTIONS })
  autoStart: string;
  /** Only when the job has a schedule. */
  schedule?: ScheduleSummary;
  /** Only when set. */
  scriptPath?: string;
  @ApiPropertyOptional({ enum: SCRIPT_RUNS.map(scriptRunTiming), description: 'Only when set' })
  scriptRunTiming?: string;
  /** Only when `state` is `fail`. */
  errorMessage?: string;
}

export class RegistrationSummary {
  @ApiProperty({ type: 'integer', minimum: 0 })
  total: number;
  @ApiProperty({ type: 'integer', minimum: 0 })
  successful: number;
  @ApiProperty({ type: 'integer', minimum: 0 })
  failed: number;
}

/** `data` of `POST /api/backups`. */
export class RegistrationResult {
  summary: RegistrationSummary;
  results: RegistrationResultItem[];
}
