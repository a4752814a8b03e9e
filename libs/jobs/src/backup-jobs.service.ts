import { Injectable } from '@nestjs/common';
import {
  AppConfig,
  AppException,
  isUniqueViolation,
  messages,
  pageWindow,
  paginate,
  Paginated,
  parseIdentifier,
  parseNumericId,
} from '@zdm/common';
import { RepositoriesService, ServersService } from '@zdm/inventory';
import { ScheduleSpec, SchedulesService } from '@zdm/schedules';
import { Transaction, TransactionRunner } from '@zdm/database';
import { BackupJobEntity } from './backup-job.entity';
import { BackupJobFilter, BackupJobsRepository } from './backup-jobs.repository';
import {
  backupJobView,
  BackupJobView,
  JobInfo,
  JobRemovalResult,
  JobScheduleView,
  JobUpdateResult,
  UpdatedField,
} from './backup-job.view';
import { JOB_MODES, JobMode, useOption } from './domain/job-mode';
import { idleJobStatus, JOB_STATUSES, jobStatusFrom } from './domain/job-status';
import { JobRunsPort } from './job-runs.port';
import { splitValueList } from './domain/value-list';
import { BackupListQuery, DeleteBackupQuery } from './dto/backup-list.query.dto';
import { UpdateBackupDto } from './dto/update-backup.dto';
import { jobNameAlreadyExists } from './registration/backup-registration.service';

const DIGITS = /^\d+$/;
const jobInfo = (job: BackupJobEntity): JobInfo => ({ id: job.id, name: job.name, partition: job.partition });

/** Lookups, changes and removal of backup jobs (spec §4.2). */
@Injectable()
export class BackupJobsService {
  constructor(
    private readonly jobs: BackupJobsRepository,
    private readonly transactions: TransactionRunner,
    private readonly servers: ServersService,
    private readonly repositories: RepositoriesService,
    private readonly schedules: SchedulesService,
    private readonly config: AppConfig,
    private readonly runs: JobRunsPort,
  ) {}

  async list(query: BackupListQuery): Promise<Paginated<BackupJobView>> {
    const filter: BackupJobFilter = {};
    if (query.jobId !== undefined) filter.id = parseNumericId(query.jobId, 'jobId');
    if (query.jobName !== undefined) filter.nameContains = query.jobName;
    if (query.server !== undefined) filter.serverId = (await this.servers.resolve(query.server, 'server')).id;
    if (query.mode !== undefined) filter.mode = modeFilter(query.mode);
    if (query.partition !== undefined) filter.partition = query.partition;
    if (query.status !== undefined) {
      const status = jobStatusFrom(query.status);
      if (!status) throw AppException.badRequest(messages.jobs.invalidStatusFilter('status', JOB_STATUSES));
      filter.status = status;
    }
    if (query.repositoryType !== undefined) filter.repositoryType = query.repositoryType;
    if (query.repositoryPath !== undefined) filter.repositoryPath = query.repositoryPath;
    const window = pageWindow(query);
    const [jobs, total] = await this.jobs.page(filter, window);
    const detail = query.detail === 'true' || query.detail === '1';
    return paginate(await this.views(jobs, detail), window, total);
  }

  async get(identifier: string): Promise<BackupJobView> {
    const job = await this.find(identifier);
    return (await this.views([job], true))[0];
  }

  async update(identifier: string, dto: UpdateBackupDto): Promise<JobUpdateResult> {
    if (Object.values(dto).every((v) => v === undefined)) throw AppException.badRequest(messages.jobs.emptyUpdate());
    const found = await this.find(identifier);
    if (dto.changeName !== undefined && DIGITS.test(dto.changeName.trim())) {
      throw AppException.badRequest(messages.jobs.numericJobName('changeName'));
    }
    // Validation and resolution first: nothing is written on a 4xx.
    const newSpec =
      dto.schedule !== undefined && dto.schedule !== null
        ? await this.schedules.resolveSchedule(dto.schedule, 'schedule')
        : undefined;
    const repository = dto.repository
      ? await this.repositories.resolve(
          { type: dto.repository.type, path: dto.repository.path },
          'repository',
          found.centerId,
        )
      : undefined;

    try {
      return await this.transactions.run(async (tx) => {
        const job = await this.jobs.lockForUpdate(found.id, tx);
        if (!job) throw AppException.notFound(messages.jobs.jobNotFound('identifier', identifier));
        const updated: UpdatedField[] = [];
        const change = (field: string, previous: unknown, next: unknown) => {
          if (JSON.stringify(previous) !== JSON.stringify(next)) updated.push({ field, previous, new: next });
        };
        const currentSpec = await this.specOf(tx, job);
        const scheduleChanged = dto.schedule !== undefined;
        const spec = scheduleChanged ? newSpec : currentSpec;

        // Mode ↔ schedule (spec §4.2): a smart schedule switches a full/increment job to smart, a 0–6
        // schedule switches a smart job to full, unless `mode` is given.
        let mode: JobMode = dto.mode ?? job.mode;
        if (dto.mode === undefined && scheduleChanged && spec) {
          if (spec.type >= 7 && job.mode !== 'smart') mode = 'smart';
          else if (spec.type < 7 && job.mode === 'smart') mode = 'full';
        }
        if (mode === 'smart' && !spec) {
          const message = messages.jobs.scheduleRequiredForSmart();
          throw AppException.badRequest(message, [{ field: dto.mode !== undefined ? 'mode' : 'schedule', message }]);
        }
        if (mode !== 'smart' && spec && spec.type >= 7) {
          throw AppException.badRequest(
            messages.jobs.smartScheduleNotAllowed(scheduleChanged ? 'schedule.type' : 'mode', mode, spec.type),
          );
        }
        const scriptPath = dto.scriptPath ?? job.scriptPath;
        if (dto.scriptRun !== undefined && !scriptPath)
          throw AppException.badRequest(messages.jobs.scriptRunWithoutPath('scriptRun'));

        if (dto.changeName !== undefined) {
          change('jobName', job.name, dto.changeName);
          if (dto.changeName !== job.name) job.baseName = null;
          job.name = dto.changeName;
        }
        change('mode', job.mode, mode);
        job.mode = mode;
        if (dto.rotation !== undefined) {
          change('rotation', job.rotation, dto.rotation);
          job.rotation = dto.rotation;
        }
        if (dto.compression !== undefined) {
          change('compression', useOption(job.compression), dto.compression);
          job.compression = dto.compression === 'use';
        }
        if (dto.encryption !== undefined) {
          change('encryption', useOption(job.encryption), dto.encryption);
          job.encryption = dto.encryption === 'use';
        }
        if (dto.excludeDir !== undefined) {
          const next = splitValueList(dto.excludeDir);
          change('excludeDir', listText(job.excludeDir), listText(next));
          job.excludeDir = next;
        }
        if (dto.mailEvent !== undefined) {
          change('mailEvent', job.mailEvent ?? '-', dto.mailEvent.trim());
          job.mailEvent = dto.mailEvent.trim();
        }
        if (dto.networkLimit !== undefined) {
          change('networkLimit', job.networkLimit, dto.networkLimit);
          job.networkLimit = dto.networkLimit;
        }
        if (repository) {
          change(
            'repository',
            { type: job.repositoryType, path: job.repositoryPath },
            { type: repository.type, path: repository.path },
          );
          job.repositoryId = repository.id;
          job.repositoryType = repository.type;
          job.repositoryPath = repository.path;
        }
        if (dto.scriptPath !== undefined) {
          change('scriptPath', job.scriptPath ?? '-', dto.scriptPath);
          job.scriptPath = dto.scriptPath;
        }
        if (dto.scriptRun !== undefined) {
          change('scriptRun', job.scriptRun ?? '-', dto.scriptRun);
          job.scriptRun = dto.scriptRun;
        }

        // The schedule: the job's new own rows replace (and delete) its old ones, in this transaction.
        let oldScheduleIds: number[] = [];
        if (scheduleChanged) {
          change(
            'schedule',
            currentSpec ? this.schedules.summarize(currentSpec) : '-',
            newSpec ? this.schedules.summarize(newSpec) : '-',
          );
          oldScheduleIds = [job.basicScheduleId, job.advancedScheduleId].filter((id): id is number => id !== null);
          if (newSpec) {
            const rows = await this.schedules.createRows(tx, newSpec, {
              centerId: job.centerId,
              userId: job.userId,
              jobName: job.name,
            });
            job.basicScheduleId = rows.basic.id;
            job.advancedScheduleId = rows.advanced?.id ?? null;
          } else {
            job.basicScheduleId = null;
            job.advancedScheduleId = null;
          }
        }

        const previousStatus = job.status;
        if (dto.status === 'start' || dto.status === 'stop') {
          // The same code as POST /api/backups/:identifier/runs and POST /api/runs/:id/cancel (the runs
          // lib behind JobRunsPort), in this transaction: a 409 there writes nothing here either.
          const now = dto.status === 'start' ? await this.runs.start(job.id, tx) : await this.runs.stop(job.id, tx);
          job.status = now.status;
          job.startedAt = now.startedAt;
          job.endedAt = now.endedAt;
        } else if (scheduleChanged && (job.status === 'Registered' || job.status === 'Scheduled')) {
          job.status = idleJobStatus(job.basicScheduleId !== null);
        }
        change('status', previousStatus, job.status);

        if (updated.length > 0 || scheduleChanged) {
          await this.jobs.save(job, tx);
          if (oldScheduleIds.length > 0) await this.schedules.deleteRows(tx, oldScheduleIds);
        }
        return { jobInfo: [jobInfo(job)], summary: { state: 'success', updatedFields: updated } };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw jobNameAlreadyExists();
      throw error;
    }
  }

  /**
   * Remove a job (by id or name) or every job of a registration (by the `jobName` its names were
   * generated from), optionally only the one of `partition`, with their own schedule rows, in one
   * transaction.
   */
  async remove(identifier: string, query: DeleteBackupQuery): Promise<JobRemovalResult> {
    let targets = await this.findForRemoval(identifier);
    if (query.partition !== undefined) {
      targets = targets.filter((job) => job.partition === query.partition);
      if (targets.length === 0)
        throw AppException.notFound(messages.jobs.jobPartitionNotFound('partition', identifier, query.partition));
    }
    return this.transactions.run(async (tx) => {
      const rows = await this.jobs.lockAllForUpdate(
        targets.map((job) => job.id),
        tx,
      );
      if (rows.length === 0) throw AppException.notFound(messages.jobs.jobNotFound('identifier', identifier));
      await this.jobs.delete(
        rows.map((r) => r.id),
        tx,
      );
      const scheduleIds = rows
        .flatMap((r) => [r.basicScheduleId, r.advancedScheduleId])
        .filter((id): id is number => id !== null);
      const removedSchedules = await this.schedules.deleteRows(tx, scheduleIds);
      return { jobInfo: rows.map(jobInfo), summary: { state: 'success', removedJobs: rows.length, removedSchedules } };
    });
  }

  /** A job by id (digits) or exact name, with its server; 404 naming `identifier`. */
  resolve(identifier: string): Promise<BackupJobEntity> {
    return this.find(identifier);
  }

  // ---- internals --------------------------------------------------------------------------------

  /** A job by id (digits) or exact name; 404 naming `identifier`. */
  private async find(identifier: string): Promise<BackupJobEntity> {
    const parsed = parseIdentifier(identifier, 'identifier');
    const job = await this.jobs.findOne(parsed.kind === 'id' ? { id: parsed.id } : { name: parsed.name });
    if (!job) throw AppException.notFound(messages.jobs.jobNotFound('identifier', identifier));
    return job;
  }

  private async findForRemoval(identifier: string): Promise<BackupJobEntity[]> {
    const parsed = parseIdentifier(identifier, 'identifier');
    if (parsed.kind === 'id') return [await this.find(identifier)];
    const value = parsed.name;
    const exact = await this.jobs.findOne({ name: value });
    if (exact) return [exact];
    const group = await this.jobs.findByBaseName(value);
    if (group.length === 0) throw AppException.notFound(messages.jobs.jobNotFound('identifier', identifier));
    return group;
  }

  /** The spec of a job's own schedule rows, if any. */
  private async specOf(tx: Transaction, job: BackupJobEntity): Promise<ScheduleSpec | undefined> {
    if (job.basicScheduleId === null) return undefined;
    return (await this.schedules.specsOf(scheduleIdsOf([job]), tx)).get(job.basicScheduleId);
  }

  private async views(jobs: BackupJobEntity[], detail: boolean): Promise<BackupJobView[]> {
    const specs = await this.schedules.specsOf(scheduleIdsOf(jobs));
    const now = new Date();
    return jobs.map((job) =>
      backupJobView(job, { zone: this.config.timeZone, detail, now, schedule: this.scheduleView(job, specs) }),
    );
  }

  private scheduleView(job: BackupJobEntity, specs: Map<number, ScheduleSpec>): JobScheduleView | undefined {
    const spec = job.basicScheduleId !== null ? specs.get(job.basicScheduleId) : undefined;
    if (!spec) return undefined;
    const summary = this.schedules.summarize(spec);
    return {
      basic: { id: job.basicScheduleId!, ...summary.basic },
      ...(summary.advanced && job.advancedScheduleId !== null
        ? { advanced: { id: job.advancedScheduleId, ...summary.advanced } }
        : {}),
    };
  }
}

/** The ids of the jobs' own schedule rows (both halves of a smart schedule: one query for them). */
function scheduleIdsOf(jobs: BackupJobEntity[]): number[] {
  return jobs.flatMap((j) => [j.basicScheduleId, j.advancedScheduleId]).filter((id): id is number => id !== null);
}

function modeFilter(value: string): JobMode {
  const mode = JOB_MODES.find((m) => m === value.trim().toLowerCase());
  if (!mode) throw AppException.badRequest(messages.jobs.invalidModeFilter('mode'));
  return mode;
}

function listText(values: string[]): string {
  return values.length > 0 ? values.join(',') : '-';
}
