import { messages, Refusal } from '@zdm/common';
import type { RepositoryType } from '@zdm/inventory';
import { ScheduleSpec, summarizeSchedule } from '@zdm/schedules';
import type { UpdateBackupDto } from '../dto/update-backup.dto';
import { JobMode, ScriptRun, useOption } from './job-mode';
import { idleJobStatus, JobStatus } from './job-status';
import { checkModeSchedule, modeForNewSchedule } from './mode-schedule';
import { splitValueList } from './value-list';

/** One entry of `updatedFields` in the answer of `PUT /api/backups/:identifier`. */
export interface UpdatedField {
  field: string;
  previous: unknown;
  new: unknown;
}

/** What an update may change of a job (the stored values). */
export interface UpdatableJob {
  name: string;
  baseName: string | null;
  mode: JobMode;
  rotation: number;
  compression: boolean;
  encryption: boolean;
  excludeDir: string[];
  mailEvent: string | null;
  networkLimit: number;
  verifyAfterBackup: boolean;
  repositoryId: number;
  repositoryType: RepositoryType;
  repositoryPath: string;
  scriptPath: string | null;
  scriptRun: ScriptRun | null;
  status: JobStatus;
  startedAt: Date | null;
  endedAt: Date | null;
  enabled: boolean;
  resumedAt: Date | null;
}

/** The request and what it resolved to (the schedule and repository are looked up before planning). */
export interface JobUpdateRequest {
  dto: UpdateBackupDto;
  /** The job's own schedule now, if any. */
  currentSpec?: ScheduleSpec;
  /** `dto.schedule` resolved (undefined when it is absent or `null`). */
  newSpec?: ScheduleSpec;
  /** `dto.repository` resolved. */
  repository?: { id: number; type: RepositoryType; path: string };
  now: Date;
}

export interface JobUpdatePlan {
  /** The new values of the fields that change (apply them to the job). */
  changes: Partial<UpdatableJob>;
  /** Every field whose shown value changes, in the answer's order. */
  updatedFields: UpdatedField[];
  /** The job's schedule rows are replaced: by `schedule.spec`'s rows, or removed when it is undefined. */
  schedule?: { spec?: ScheduleSpec };
  /** Something is to be written. */
  write: boolean;
}

/** Checks of the request alone, before any lookup: not empty, no all-digit new name (read as an id). */
export function checkUpdateRequest(dto: UpdateBackupDto): void {
  if (Object.values(dto).every((v) => v === undefined)) throw Refusal.invalid(messages.jobs.emptyUpdate());
  if (dto.changeName !== undefined && /^\d+$/.test(dto.changeName.trim())) {
    throw Refusal.invalid(messages.jobs.numericJobName('changeName'));
  }
}

/**
 * `PUT /api/backups/:identifier` (spec §4.2) as a pure plan: the new values, the `updatedFields`
 * diff (values as lists show them: `use`/`not use`, `-` for none, comma lists), the schedule
 * replacement, mode ↔ schedule (a new smart schedule switches the mode unless `mode` is given) and
 * the idle status following a schedule change (`start`/`stop` are left to the caller: the runs lib
 * decides them). Throws the 4xx.
 */
export function planJobUpdate(job: UpdatableJob, request: JobUpdateRequest): JobUpdatePlan {
  const { dto, currentSpec, newSpec, repository } = request;
  const changes: Partial<UpdatableJob> = {};
  const updatedFields: UpdatedField[] = [];
  const change = (field: string, previous: unknown, next: unknown) => {
    if (JSON.stringify(previous) !== JSON.stringify(next)) updatedFields.push({ field, previous, new: next });
  };

  const scheduleChanged = dto.schedule !== undefined;
  const spec = scheduleChanged ? newSpec : currentSpec;
  const mode = dto.mode ?? (scheduleChanged ? modeForNewSchedule(job.mode, spec) : job.mode);
  checkModeSchedule(mode, spec, {
    scheduleMissing: dto.mode !== undefined ? 'mode' : 'schedule',
    smartSchedule: scheduleChanged ? 'schedule.type' : 'mode',
  });
  const scriptPath = dto.scriptPath ?? job.scriptPath;
  if (dto.scriptRun !== undefined && !scriptPath)
    throw Refusal.invalid(messages.jobs.scriptRunWithoutPath('scriptRun'));

  if (dto.changeName !== undefined) {
    change('jobName', job.name, dto.changeName);
    if (dto.changeName !== job.name) changes.baseName = null;
    changes.name = dto.changeName;
  }
  change('mode', job.mode, mode);
  changes.mode = mode;
  if (dto.rotation !== undefined) {
    change('rotation', job.rotation, dto.rotation);
    changes.rotation = dto.rotation;
  }
  if (dto.compression !== undefined) {
    change('compression', useOption(job.compression), dto.compression);
    changes.compression = dto.compression === 'use';
  }
  if (dto.encryption !== undefined) {
    change('encryption', useOption(job.encryption), dto.encryption);
    changes.encryption = dto.encryption === 'use';
  }
  if (dto.verifyAfterBackup !== undefined) {
    change('verifyAfterBackup', useOption(job.verifyAfterBackup), dto.verifyAfterBackup);
    changes.verifyAfterBackup = dto.verifyAfterBackup === 'use';
  }
  if (dto.excludeDir !== undefined) {
    const next = splitValueList(dto.excludeDir);
    change('excludeDir', listText(job.excludeDir), listText(next));
    changes.excludeDir = next;
  }
  if (dto.mailEvent !== undefined) {
    change('mailEvent', job.mailEvent ?? '-', dto.mailEvent.trim());
    changes.mailEvent = dto.mailEvent.trim();
  }
  if (dto.networkLimit !== undefined) {
    change('networkLimit', job.networkLimit, dto.networkLimit);
    changes.networkLimit = dto.networkLimit;
  }
  if (repository) {
    change(
      'repository',
      { type: job.repositoryType, path: job.repositoryPath },
      { type: repository.type, path: repository.path },
    );
    changes.repositoryId = repository.id;
    changes.repositoryType = repository.type;
    changes.repositoryPath = repository.path;
  }
  if (dto.scriptPath !== undefined) {
    change('scriptPath', job.scriptPath ?? '-', dto.scriptPath);
    changes.scriptPath = dto.scriptPath;
  }
  if (dto.scriptRun !== undefined) {
    change('scriptRun', job.scriptRun ?? '-', dto.scriptRun);
    changes.scriptRun = dto.scriptRun;
  }
  if (dto.enabled !== undefined) {
    change('enabled', job.enabled, dto.enabled);
    changes.enabled = dto.enabled;
    // Resumed: slots before now are not the job's (no catch-up of the paused ones).
    if (!job.enabled && dto.enabled) changes.resumedAt = request.now;
  }
  if (scheduleChanged) {
    change('schedule', currentSpec ? summarizeSchedule(currentSpec) : '-', newSpec ? summarizeSchedule(newSpec) : '-');
  }

  // `start`/`stop` are the runs lib's (JobRunsPort, in the caller's transaction): it queues or
  // cancels the run and the job's status follows; the caller adds that `status` change.
  if (dto.status === undefined && scheduleChanged && (job.status === 'Registered' || job.status === 'Scheduled')) {
    changes.status = idleJobStatus(newSpec !== undefined);
  }
  change('status', job.status, changes.status ?? job.status);

  return {
    changes,
    updatedFields,
    ...(scheduleChanged ? { schedule: { spec: newSpec } } : {}),
    write: updatedFields.length > 0 || scheduleChanged,
  };
}

function listText(values: string[]): string {
  return values.length > 0 ? values.join(',') : '-';
}
