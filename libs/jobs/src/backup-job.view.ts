import { formatLocalDateTime } from '@zdm/common';
import { BackupJobEntity } from './backup-job.entity';
import { jobModeLabel, useOption } from './domain/job-mode';

/** One half of a job's schedule as lists show it. */
export interface JobScheduleHalfView {
  id: number;
  type: string;
  description: string;
}

export interface JobScheduleView {
  basic: JobScheduleHalfView;
  advanced?: JobScheduleHalfView;
}

/** `job.info.options` (`detail=true`). */
export interface JobOptionsView {
  compression: string;
  encryption: string;
  rotation: number;
  excludeDir: string;
  networkSpeed: number;
  notification: { mail: string };
}

/** `GET /api/backups` item (spec §4.2). Missing values are `"-"`. */
export interface BackupJobView {
  system: { id: number; name: string; os: string };
  job: {
    info: {
      id: number;
      name: string;
      mode: string;
      partition: string;
      schedule?: JobScheduleView;
      status: { current: string; time: { start: string; elapsed: string; end: string } };
      options?: JobOptionsView;
    };
    lastUpdated: string;
  };
  repository: { id: number; type: string; path: string };
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
  options: { zone: string; detail: boolean; schedule?: JobScheduleView; now?: Date },
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
            elapsed: elapsedTime(job.startedAt, job.endedAt, options.now ?? new Date()),
            end: formatLocalDateTime(job.endedAt, zone),
          },
        },
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
