import { ApiProperty, ApiPropertyOptions } from '@nestjs/swagger';
import { formatLocalDateTime, LOCAL_TIMESTAMP_PATTERN } from '@zdm/common';
import { REPOSITORY_TYPES } from '@zdm/inventory';
import { SCHEDULE_TYPES } from '@zdm/schedules';
import { BackupJobEntity } from './backup-job.entity';
import { JOB_MODES, jobModeLabel, USE_OPTIONS, useOption } from './domain/job-mode';
import { JOB_STATUSES } from './domain/job-status';

const LOCAL_TIME_OR_DASH: ApiPropertyOptions = {
  oneOf: [
    { type: 'string', pattern: LOCAL_TIMESTAMP_PATTERN },
    { type: 'string', enum: ['-'] },
  ],
  description: '`YYYY-MM-DD HH:mm:ss` (configured zone), `-` when unknown',
};
const INT: ApiPropertyOptions = { type: 'integer', example: 1 };

/** One half of a job's schedule as lists show it. */
export class JobScheduleHalfView {
  @ApiProperty(INT)
  id: number;
  @ApiProperty({ enum: SCHEDULE_TYPES.map((t) => t.name) })
  type: string;
  description: string;
}

export class JobScheduleView {
  basic: JobScheduleHalfView;
  advanced?: JobScheduleHalfView;
}

export class JobNotificationView {
  /** Event mail address(es), or `-`. */
  mail: string;
}

/** `job.info.options` (`detail=true`). */
export class JobOptionsView {
  @ApiProperty({ enum: USE_OPTIONS })
  compression: string;
  @ApiProperty({ enum: USE_OPTIONS })
  encryption: string;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 30 })
  rotation: number;
  /** Excluded directories, comma-separated, or `-`. */
  excludeDir: string;
  /** Network limit (0: unlimited). */
  @ApiProperty({ type: 'integer', minimum: 0 })
  networkSpeed: number;
  notification: JobNotificationView;
}

export class JobSystemView {
  @ApiProperty(INT)
  id: number;
  name: string;
  /** `win` | `lin` (or `-`). */
  os: string;
}

export class JobStatusTimeView {
  @ApiProperty(LOCAL_TIME_OR_DASH)
  start: string;
  /** `HH:mm:ss`, or `-` when the job never started. */
  @ApiProperty({ pattern: '^(\\d{2,}:\\d{2}:\\d{2}|-)$' })
  elapsed: string;
  @ApiProperty(LOCAL_TIME_OR_DASH)
  end: string;
}

export class JobStatusView {
  @ApiProperty({ enum: JOB_STATUSES })
  current: string;
  time: JobStatusTimeView;
}

export class JobInfoView {
  @ApiProperty(INT)
  id: number;
  name: string;
  @ApiProperty({ enum: JOB_MODES.map(jobModeLabel) })
  mode: string;
  /** Mount point or drive. */
  partition: string;
  schedule?: JobScheduleView;
  status: JobStatusView;
  /** False while the job is paused (`PUT enabled: false`): its schedule slots do not fire. */
  enabled: boolean;
  /** `use`: a verify run of the new restore point is queued after each successful backup run (spec §13). */
  @ApiProperty({ enum: USE_OPTIONS })
  verifyAfterBackup: string;
  /** Only with `detail=true`. */
  options?: JobOptionsView;
}

export class JobView {
  info: JobInfoView;
  @ApiProperty(LOCAL_TIME_OR_DASH)
  lastUpdated: string;
}

export class JobRepositoryView {
  @ApiProperty(INT)
  id: number;
  @ApiProperty({ enum: REPOSITORY_TYPES })
  type: string;
  path: string;
}

/** `GET /api/backups` item (spec §4.2). Missing values are `"-"`. */
export class BackupJobView {
  system: JobSystemView;
  job: JobView;
  repository: JobRepositoryView;
}

/** A job an update or removal touched. */
export class JobInfo {
  @ApiProperty(INT)
  id: number;
  name: string;
  partition: string;
}

/** Any JSON value, null included (OpenAPI 3.0: null is allowed by the one nullable branch). */
const ANY_VALUE: ApiPropertyOptions = {
  oneOf: [
    { type: 'string', nullable: true },
    { type: 'number' },
    { type: 'boolean' },
    { type: 'array', items: {} },
    { type: 'object', additionalProperties: true },
  ],
};

export class UpdatedField {
  /** The request field that changed. */
  field: string;
  @ApiProperty({ ...ANY_VALUE, description: 'Value before the change' })
  previous: unknown;
  @ApiProperty({ ...ANY_VALUE, description: 'Value after the change' })
  new: unknown;
}

export class JobUpdateSummary {
  @ApiProperty({ enum: ['success'] })
  state: 'success';
  updatedFields: UpdatedField[];
}

/** `data` of `PUT /api/backups/:identifier`. */
export class JobUpdateResult {
  jobInfo: JobInfo[];
  summary: JobUpdateSummary;
}

export class JobRemovalSummary {
  @ApiProperty({ enum: ['success'] })
  state: 'success';
  @ApiProperty({ type: 'integer', minimum: 0 })
  removedJobs: number;
  @ApiProperty({ type: 'array', items: { type: 'integer' } })
  removedSchedules: number[];
}

/** `data` of `DELETE /api/backups/:identifier`. */
export class JobRemovalResult {
  jobInfo: JobInfo[];
  summary: JobRemovalSummary;
}

/** `HH:mm:ss` between two instants (hours may exceed 24); `-` when the job never started. */
export function elapsedTime(start: Date | null, end: Date | null, now: Date): string {
  if (!start) return '-';
  const seconds = Math.max(0, Math.floor(((end ?? now).getTime() - start.getTime()) / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
}

export function backupJobView(
  job: BackupJobEntity,
  options: { zone: string; detail: boolean; schedule?: JobScheduleView; now: Date },
): BackupJobView {
  const { zone } = options;
  const server = job.server;
  return {
    system: { id: job.serverId, name: server?.name ?? '-', os: server?.os ?? '-' },
    job: {
      info: {
        id: job.id,
        name: job.name,
        mode: jobModeLabel(job.mode),
        partition: job.partition,
        ...(options.schedule ? { schedule: options.schedule } : {}),
        status: {
          current: job.status,
          time: {
            start: formatLocalDateTime(job.startedAt, zone),
            elapsed: elapsedTime(job.startedAt, job.endedAt, options.now),
            end: formatLocalDateTime(job.endedAt, zone),
          },
        },
        enabled: job.enabled,
        verifyAfterBackup: useOption(job.verifyAfterBackup),
        ...(options.detail
          ? {
              options: {
                compression: useOption(job.compression),
                encryption: useOption(job.encryption),
                rotation: job.rotation,
                excludeDir: job.excludeDir.length > 0 ? job.excludeDir.join(',') : '-',
                networkSpeed: job.networkLimit,
                notification: { mail: job.mailEvent ?? '-' },
              },
            }
          : {}),
      },
      lastUpdated: formatLocalDateTime(job.updatedAt, zone),
    },
    repository: { id: job.repositoryId, type: job.repositoryType, path: job.repositoryPath },
  };
}
