import { Injectable } from '@nestjs/common';
import {
  AppConfig,
  Clock,
  isUniqueViolation,
  messages,
  pageWindow,
  paginate,
  Paginated,
  parseIdentifier,
  parseNumericId,
  Refusal,
} from '@zdm/common';
import { RepositoriesService, ServersService } from '@zdm/inventory';
import { ScheduleSpec, scheduleSpecOfColumns, SchedulesService } from '@zdm/schedules';
import { Transaction, TransactionRunner } from '@zdm/database';
import { BackupJobIdentities } from './backup-job-identities';
import { BackupJobEntity } from './backup-job.entity';
import { BackupJobFilter, BackupJobIdentity, BackupJobsRepository } from './backup-jobs.repository';
import {
  backupJobView,
  BackupJobView,
  JobInfo,
  JobRemovalResult,
  JobScheduleView,
  JobUpdateResult,
} from './backup-job.view';
import { JOB_MODES, JobMode } from './domain/job-mode';
import { JOB_STATUSES, jobStatusFrom } from './domain/job-status';
import { checkUpdateRequest, planJobUpdate } from './domain/job-update-plan';
import { JobRunsPort } from './job-runs.port';
import { BackupListQuery, DeleteBackupQuery } from './dto/backup-list.query.dto';
import { UpdateBackupDto } from './dto/update-backup.dto';
import { jobNameAlreadyExists } from './registration/backup-registration.service';

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
    private readonly clock: Clock,
    private readonly identities: BackupJobIdentities,
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
      if (!status) throw Refusal.invalid(messages.jobs.invalidStatusFilter('status', JOB_STATUSES));
      filter.status = status;
    }
    if (query.repositoryType !== undefined) filter.repositoryType = query.repositoryType;
    if (query.repositoryPath !== undefined) filter.repositoryPath = query.repositoryPath;
    const window = pageWindow(query);
    const [listed, total] = await this.jobs.page(filter, window);
    const detail = query.detail === 'true' || query.detail === '1';
    const now = this.clock.now();
    const views = listed.map(({ job, schedule }) =>
      this.view(job, detail, now, schedule ? scheduleSpecOfColumns(schedule) : undefined),
    );
    return paginate(views, window, total);
  }

  async get(identifier: string): Promise<BackupJobView> {
    const job = await this.find(identifier);
    return (await this.views([job], true))[0];
  }

  async update(identifier: string, dto: UpdateBackupDto): Promise<JobUpdateResult> {
    checkUpdateRequest(dto);
    const found = await this.find(identifier);
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
        if (!job) throw Refusal.notFound(messages.jobs.jobNotFound('identifier', identifier));
        const currentSpec = await this.specOf(tx, job);
        const now = this.clock.now();
        const plan = planJobUpdate(job, { dto, currentSpec, newSpec, repository, now });
        const previousStatus = job.status;
        Object.assign(job, plan.changes);

        // The schedule: revised in place when the job has one (its id stays, spec §13; the scheduler
        // starts from the revision), else new own rows; `null` removes (and deletes) the old ones.
        let oldScheduleIds = plan.schedule ? ownScheduleIds(job) : [];
        const owner = { centerId: job.centerId, userId: job.userId, jobName: job.name };
        if (plan.schedule?.spec && job.basicScheduleId !== null) {
          const rows = await this.schedules.reviseRows(
            tx,
            { basicId: job.basicScheduleId, advancedId: job.advancedScheduleId },
            plan.schedule.spec,
            owner,
            now,
          );
          job.advancedScheduleId = rows.advanced?.id ?? null;
          oldScheduleIds = rows.dropped;
        } else if (plan.schedule?.spec) {
          const rows = await this.schedules.createRows(tx, plan.schedule.spec, owner);
          job.basicScheduleId = rows.basic.id;
          job.advancedScheduleId = rows.advanced?.id ?? null;
        } else if (plan.schedule) {
          job.basicScheduleId = null;
          job.advancedScheduleId = null;
        }

        const updatedFields = [...plan.updatedFields];
        if (dto.status === 'start' || dto.status === 'stop') {
          // The same code as POST /api/backups/:identifier/runs and POST /api/runs/:id/cancel (the runs
          // lib behind JobRunsPort), in this transaction: a 409 there writes nothing here either.
          const now = dto.status === 'start' ? await this.runs.start(job.id, tx) : await this.runs.stop(job.id, tx);
          job.status = now.status;
          job.startedAt = now.startedAt;
          job.endedAt = now.endedAt;
          if (job.status !== previousStatus) {
            updatedFields.push({ field: 'status', previous: previousStatus, new: job.status });
          }
        }

        if (plan.write || updatedFields.length > 0) {
          await this.jobs.save(job, tx);
          if (oldScheduleIds.length > 0) await this.schedules.deleteRows(tx, oldScheduleIds);
        }
        return { jobInfo: [jobInfo(job)], summary: { state: 'success', updatedFields } };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw jobNameAlreadyExists();
      throw error;
    } finally {
      // Committed (or not): identities held for lookups are read again (name, rotation may have changed).
      this.identities.forget();
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
        throw Refusal.notFound(messages.jobs.jobPartitionNotFound('partition', identifier, query.partition));
    }
    try {
      return await this.transactions.run(async (tx) => {
        const rows = await this.jobs.lockAllForUpdate(
          targets.map((job) => job.id),
          tx,
        );
        if (rows.length === 0) throw Refusal.notFound(messages.jobs.jobNotFound('identifier', identifier));
        await this.jobs.delete(
          rows.map((r) => r.id),
          tx,
        );
        const scheduleIds = rows.flatMap(ownScheduleIds);
        const removedSchedules = await this.schedules.deleteRows(tx, scheduleIds);
        return {
          jobInfo: rows.map(jobInfo),
          summary: { state: 'success', removedJobs: rows.length, removedSchedules },
        };
      });
    } finally {
      // Committed (or not): a removed job is not found here from now on.
      this.identities.forget();
    }
  }

  /** A job by id (digits) or exact name, with its server; 404 naming `identifier`. */
  resolve(identifier: string): Promise<BackupJobEntity> {
    return this.find(identifier);
  }

  /**
   * A job's identity (id, name, rotation, server name) by id or exact name, in one single-row query;
   * 404 naming `identifier` as `resolve`. `polled` (views read many times) may answer an identity held
   * for up to JOB_IDENTITY_TTL_MS (BackupJobIdentities): this replica's changes show at once, another
   * replica's within that time; `strict` always reads the row.
   */
  async identity(identifier: string, freshness: 'strict' | 'polled' = 'strict'): Promise<BackupJobIdentity> {
    const parsed = parseIdentifier(identifier, 'identifier');
    const key = parsed.kind === 'id' ? ({ id: parsed.id } as const) : ({ name: parsed.name } as const);
    const read = () => this.jobs.findIdentity(key);
    const job = freshness === 'polled' ? await this.identities.get(JSON.stringify(key), read) : await read();
    if (!job) throw Refusal.notFound(messages.jobs.jobNotFound('identifier', identifier));
    return job;
  }

  // ---- internals --------------------------------------------------------------------------------

  /** A job by id (digits) or exact name; 404 naming `identifier`. */
  private async find(identifier: string): Promise<BackupJobEntity> {
    const parsed = parseIdentifier(identifier, 'identifier');
    const job = await this.jobs.findOne(parsed.kind === 'id' ? { id: parsed.id } : { name: parsed.name });
    if (!job) throw Refusal.notFound(messages.jobs.jobNotFound('identifier', identifier));
    return job;
  }

  private async findForRemoval(identifier: string): Promise<BackupJobEntity[]> {
    const parsed = parseIdentifier(identifier, 'identifier');
    if (parsed.kind === 'id') return [await this.find(identifier)];
    const value = parsed.name;
    const exact = await this.jobs.findOne({ name: value });
    if (exact) return [exact];
    const group = await this.jobs.findByBaseName(value);
    if (group.length === 0) throw Refusal.notFound(messages.jobs.jobNotFound('identifier', identifier));
    return group;
  }

  /** The spec of a job's own schedule rows, if any. */
  private async specOf(tx: Transaction, job: BackupJobEntity): Promise<ScheduleSpec | undefined> {
    if (job.basicScheduleId === null) return undefined;
    return (await this.schedules.specsOf(scheduleIdsOf([job]), tx)).get(job.basicScheduleId);
  }

  private async views(jobs: BackupJobEntity[], detail: boolean): Promise<BackupJobView[]> {
    const specs = await this.schedules.specsOf(scheduleIdsOf(jobs));
    const now = this.clock.now();
    return jobs.map((job) =>
      this.view(job, detail, now, job.basicScheduleId !== null ? specs.get(job.basicScheduleId) : undefined),
    );
  }

  private view(job: BackupJobEntity, detail: boolean, now: Date, spec: ScheduleSpec | undefined): BackupJobView {
    return backupJobView(job, { zone: this.config.timeZone, detail, now, schedule: this.scheduleView(job, spec) });
  }

  private scheduleView(job: BackupJobEntity, spec: ScheduleSpec | undefined): JobScheduleView | undefined {
    if (!spec || job.basicScheduleId === null) return undefined;
    const summary = this.schedules.summarize(spec);
    return {
      basic: { id: job.basicScheduleId!, ...summary.basic },
      ...(summary.advanced && job.advancedScheduleId !== null
        ? { advanced: { id: job.advancedScheduleId, ...summary.advanced } }
        : {}),
    };
  }
}

/** The ids of a job's own schedule rows (both halves of a smart schedule). */
function ownScheduleIds(job: BackupJobEntity): number[] {
  return [job.basicScheduleId, job.advancedScheduleId].filter((id): id is number => id !== null);
}

/** The ids of the jobs' own schedule rows (both halves together: one query for them). */
function scheduleIdsOf(jobs: BackupJobEntity[]): number[] {
  return jobs.flatMap(ownScheduleIds);
}

function modeFilter(value: string): JobMode {
  const mode = JOB_MODES.find((m) => m === value.trim().toLowerCase());
  if (!mode) throw Refusal.invalid(messages.jobs.invalidModeFilter('mode'));
  return mode;
}
