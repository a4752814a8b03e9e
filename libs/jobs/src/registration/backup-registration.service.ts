import { Injectable, Logger } from '@nestjs/common';
import {
  Clock,
  ErrorCode,
  isDatabaseUnavailable,
  isReferencedRowViolation,
  isUniqueViolation,
  Language,
  LocalizedText,
  messages,
  ReferenceCache,
  Refusal,
} from '@zdm/common';
import {
  BackupRepository,
  Center,
  CentersService,
  RepositoriesService,
  Server,
  ServersService,
  UsersService,
} from '@zdm/inventory';
import { SchedulesService, ScheduleSummary } from '@zdm/schedules';
import { Transaction, TransactionRunner } from '@zdm/database';
import { BackupJobsRepository } from '../backup-jobs.repository';
import { jobModeLabel, scriptRunTiming } from '../domain/job-mode';
import { JobDraft, newJobRow, planRegistration } from '../domain/registration-plan';
import { JobRunsPort } from '../job-runs.port';
import { RegisterBackupDto, RepositoryRef } from '../dto/register-backup.dto';
import { RegistrationResult, RegistrationResultItem } from './registration-result.view';

/** One partition's job as planned, with its repository resolved. */
interface JobPlan extends JobDraft<Center, Server> {
  repository: BackupRepository;
  /** The name already existed when validation looked (a generated name): reported as failed. */
  nameTaken?: boolean;
}

interface WriteFailure {
  /** `STALE_REFERENCE` stays inside this service: the write is retried, then answered `NOT_FOUND`. */
  code: ErrorCode | typeof STALE_REFERENCE;
  message: LocalizedText;
}

/** How long a resolved center/server/repository is reused (see `ReferenceCache`). */
const REFERENCE_TTL_MS = 1000;
const STALE_REFERENCE = 'STALE_REFERENCE' as const;

/**
 * `POST /api/backups` (seed `post-backups.md`, spec §4.1): validate and resolve everything first
 * (nothing is written on a 4xx), then write each partition's job with its schedule rows in its own
 * transaction and report each partition's outcome.
 */
@Injectable()
export class BackupRegistrationService {
  private readonly logger = new Logger(BackupRegistrationService.name);
  private readonly centerCache = new ReferenceCache<Center>(REFERENCE_TTL_MS);
  private readonly serverCache = new ReferenceCache<Server>(REFERENCE_TTL_MS);
  private readonly repositoryCache = new ReferenceCache<BackupRepository>(REFERENCE_TTL_MS);

  constructor(
    private readonly jobs: BackupJobsRepository,
    private readonly transactions: TransactionRunner,
    private readonly centers: CentersService,
    private readonly servers: ServersService,
    private readonly users: UsersService,
    private readonly repositories: RepositoriesService,
    private readonly schedules: SchedulesService,
    private readonly runs: JobRunsPort,
    private readonly clock: Clock,
  ) {}

  async register(
    dto: RegisterBackupDto,
    callerId: number | undefined,
    language: Language,
  ): Promise<RegistrationResult> {
    let plans = await this.plan(dto, callerId, false);
    await this.checkExistingNames(plans);
    let outcomes = await this.writeAll(plans);
    if (outcomes.some(isStaleReference)) {
      // A center, server, repository or user was deleted (or re-created) after it was resolved: resolve
      // everything again, bypassing the reference cache. Nothing created yet: redo the whole request
      // (a reference that is really gone is then the 404 validation gives). Otherwise only the stale
      // partitions fail.
      this.clearReferences();
      if (outcomes.every((o) => o !== undefined)) {
        plans = await this.plan(dto, callerId, true);
        await this.checkExistingNames(plans);
        outcomes = await this.writeAll(plans);
      }
      outcomes = outcomes.map((o) => (isStaleReference(o) ? referenceGoneFailure() : o));
    }
    await this.autoStart(plans.filter((plan, i) => plan.autoStart && outcomes[i] === undefined));
    const results = plans.map((plan, i) =>
      resultItem(plan, plan.schedule && this.schedules.summarize(plan.schedule), outcomes[i], language),
    );
    const successful = outcomes.filter((o) => o === undefined).length;
    if (successful === 0)
      throw failureException(
        outcomes.find((o): o is WriteFailure => o !== undefined)!,
        results,
      );
    return { summary: { total: plans.length, successful, failed: plans.length - successful }, results };
  }

  /**
   * `autoStart: use`: queue a manual run of each new job, the same way `POST …/runs` does. The job is
   * already written (and shows `Preparing`); a start that fails is logged, the registration stands.
   */
  private async autoStart(plans: JobPlan[]): Promise<void> {
    if (plans.length === 0) return;
    for (const job of await this.jobs.idsByName(plans.map((p) => p.name))) {
      try {
        await this.runs.start(job.id);
      } catch (error) {
        this.logger.warn({ err: error, jobName: job.name }, 'autoStart: the first run could not be queued');
      }
    }
  }

  private clearReferences(): void {
    this.centerCache.clear();
    this.serverCache.clear();
    this.repositoryCache.clear();
  }

  // ---- validation and resolution ----------------------------------------------------------------

  /** Validate and resolve the whole request; `fresh` bypasses the reference cache. */
  private async plan(dto: RegisterBackupDto, callerId: number | undefined, fresh: boolean): Promise<JobPlan[]> {
    const individual = dto.individual ?? [];
    const cached = <T>(cache: ReferenceCache<T>, key: string, load: () => Promise<T>, keep?: (value: T) => boolean) =>
      cache.get(key, load, keep, fresh);
    const centers = new Lookup((value: string | number, field: string) =>
      cached(this.centerCache, referenceKey(value), () => this.centers.resolve(value, field)),
    );
    const servers = new Lookup((value: string | number, field: string) =>
      cached(this.serverCache, referenceKey(value), () => this.servers.resolve(value, field)),
    );

    // Every reference, resolved concurrently; the first failure in field order is reported.
    const [center, server, user, schedule, individualCenters, individualServers, individualSchedules] =
      await settleInOrder([
        centers.get(dto.center, 'center'),
        servers.get(dto.server, 'server'),
        dto.user !== undefined ? this.users.resolve(dto.user, 'user') : Promise.resolve(undefined),
        dto.schedule !== undefined
          ? this.schedules.resolveSchedule(dto.schedule, 'schedule')
          : Promise.resolve(undefined),
        settleInOrder(
          individual.map((e, i) =>
            e.center !== undefined ? centers.get(e.center, `individual[${i}].center`) : Promise.resolve(undefined),
          ),
        ),
        settleInOrder(
          individual.map((e, i) =>
            e.server !== undefined ? servers.get(e.server, `individual[${i}].server`) : Promise.resolve(undefined),
          ),
        ),
        settleInOrder(
          individual.map((e, i) =>
            e.schedule !== undefined
              ? this.schedules.resolveSchedule(e.schedule, `individual[${i}].schedule`)
              : Promise.resolve(undefined),
          ),
        ),
      ] as const);

    const drafts = planRegistration(dto, {
      center,
      server,
      userId: user?.id ?? callerId ?? null,
      schedule,
      individual: individual.map((_, i) => ({
        center: individualCenters[i],
        server: individualServers[i],
        schedule: individualSchedules[i],
      })),
    });

    // Repositories: the one registered for the job's center first (a share several centers use).
    const repositories = new Map<string, Promise<BackupRepository>>();
    const repositoryOf = (ref: RepositoryRef, field: string, centerId: number) => {
      const key = `${centerId}\u0000${ref.type}\u0000${ref.path}`;
      let found = repositories.get(key);
      if (!found) {
        // Kept only when it is the center's own (another center's share is a fallback, not cached).
        found = cached(
          this.repositoryCache,
          key,
          () => this.repositories.resolve({ type: ref.type, path: ref.path }, field, centerId),
          (r) => r.centerId === centerId,
        );
        repositories.set(key, found);
      }
      return found;
    };
    const resolved = await settleInOrder(
      drafts.map((draft) => repositoryOf(draft.repositoryRef, draft.repositoryField, draft.center.id)),
    );
    return drafts.map((draft, n) => ({ ...draft, repository: resolved[n] }));
  }

  /**
   * An explicit name that exists is a 409 before anything is written (the unique index still decides
   * races); a generated one that exists fails only its own partition, at write time or here.
   */
  private async checkExistingNames(plans: JobPlan[]): Promise<void> {
    if (!plans.some((p) => p.explicitName)) return; // generated names: the unique index answers, per partition
    const taken = await this.jobs.existingNames(plans.map((p) => p.name));
    if (taken.size === 0) return;
    if (plans.some((p) => p.explicitName && taken.has(p.name))) throw jobNameAlreadyExists();
    for (const plan of plans) plan.nameTaken = taken.has(plan.name);
  }

  // ---- writing ----------------------------------------------------------------------------------

  /**
   * Every partition's outcome (`undefined` = created), in the request's partition order. Jobs with a
   * schedule: one transaction each (schedule rows + job). Jobs without one: each job is one row of
   * a single `INSERT … ON CONFLICT (name) DO NOTHING`, so a name taken meanwhile fails only its own
   * row (as a transaction per partition would) in one round trip; should the statement fail for any
   * other reason, every job is retried alone, so each partition still gets its own outcome.
   */
  private async writeAll(plans: JobPlan[]): Promise<(WriteFailure | undefined)[]> {
    const outcomes: (WriteFailure | undefined)[] = plans.map((plan) =>
      plan.nameTaken ? nameTakenFailure(plan.name) : undefined,
    );
    const pending = plans.map((plan, i) => ({ plan, i })).filter(({ plan }) => !plan.nameTaken);
    const batch = pending.filter(({ plan }) => !plan.schedule);
    const alone = batch.length > 1 ? pending.filter(({ plan }) => plan.schedule) : pending;
    if (batch.length > 1)
      (await this.writeBatch(batch.map((b) => b.plan))).forEach((o, n) => (outcomes[batch[n].i] = o));
    // One after another, so job ids follow the request's partition order.
    for (const { plan, i } of alone) outcomes[i] = await this.write(plan);
    return outcomes;
  }

  private async writeBatch(plans: JobPlan[]): Promise<(WriteFailure | undefined)[]> {
    try {
      const now = this.clock.now();
      const created = await this.jobs.insertSkippingTakenNames(
        plans.map((plan) => newJobRow(plan, plan.repository, undefined, now)),
      );
      return plans.map((plan) => (created.has(plan.name) ? undefined : nameTakenFailure(plan.name)));
    } catch {
      return Promise.all(plans.map((plan) => this.write(plan)));
    }
  }

  /** One partition's job and its schedule rows, in one transaction; `undefined` on success. */
  private async write(plan: JobPlan): Promise<WriteFailure | undefined> {
    try {
      if (!plan.schedule) {
        await this.jobs.insert(newJobRow(plan, plan.repository, undefined, this.clock.now())); // one statement: atomic on its own
      } else {
        const spec = plan.schedule;
        await this.transactions.run(async (tx: Transaction) => {
          const rows = await this.schedules.createRows(tx, spec, {
            centerId: plan.center.id,
            userId: plan.userId,
            jobName: plan.name,
          });
          await this.jobs.insert(
            newJobRow(
              plan,
              plan.repository,
              { basicId: rows.basic.id, advancedId: rows.advanced?.id ?? null },
              this.clock.now(),
            ),
            tx,
          );
        });
      }
      return undefined;
    } catch (error) {
      if (isUniqueViolation(error)) return nameTakenFailure(plan.name);
      if (isReferencedRowViolation(error)) return { code: STALE_REFERENCE, message: messages.jobs.referenceGone() };
      if (isDatabaseUnavailable(error)) {
        return {
          code: 'DATABASE_UNAVAILABLE',
          message: messages.common.databaseUnavailable(),
        };
      }
      this.logger.error({ err: error, jobName: plan.name }, 'backup job registration failed');
      return {
        code: 'INTERNAL_SERVER_ERROR',
        message: messages.common.internalError(),
      };
    }
  }
}

// ---- pure checks and answers ------------------------------------------------------------------

export function jobNameAlreadyExists(): Refusal {
  return Refusal.conflict('JOB_NAME_ALREADY_EXISTS', messages.jobs.jobNameAlreadyExists());
}

function isStaleReference(outcome: WriteFailure | undefined): boolean {
  return outcome?.code === STALE_REFERENCE;
}

function referenceGoneFailure(): WriteFailure {
  return { code: 'NOT_FOUND', message: messages.jobs.referenceGone() };
}

/** `1`, `"1"` and `" 1 "` are one reference. */
function referenceKey(value: string | number): string {
  return String(value).trim();
}

function nameTakenFailure(name: string): WriteFailure {
  return { code: 'JOB_NAME_ALREADY_EXISTS', message: messages.jobs.jobNameTaken(name) };
}

/** No job was created: refused with the (first) failure's own code; every partition's outcome in `detail`. */
function failureException(failure: WriteFailure, results: RegistrationResultItem[]): Refusal {
  const detail = results.length > 1 ? results : undefined;
  if (failure.code === 'JOB_NAME_ALREADY_EXISTS') {
    return Refusal.conflict('JOB_NAME_ALREADY_EXISTS', messages.jobs.jobNameAlreadyExists(), detail);
  }
  const code = failure.code === STALE_REFERENCE ? 'NOT_FOUND' : failure.code;
  return new Refusal(code, failure.message, detail);
}

function resultItem(
  plan: JobPlan,
  schedule: ScheduleSummary | undefined,
  failure: WriteFailure | undefined,
  language: Language,
): RegistrationResultItem {
  return {
    state: failure ? 'fail' : 'success',
    jobName: plan.name,
    partition: plan.partition,
    jobMode: jobModeLabel(plan.mode),
    autoStart: plan.autoStart ? 'use' : 'not use',
    ...(schedule ? { schedule } : {}),
    ...(plan.scriptPath ? { scriptPath: plan.scriptPath } : {}),
    ...(plan.scriptRun ? { scriptRunTiming: scriptRunTiming(plan.scriptRun) } : {}),
    ...(failure ? { errorMessage: failure.message[language] } : {}),
  };
}

/**
 * Await every promise (values or nested arrays of promises), then throw the first failure in the
 * given order, so the field a 4xx names does not depend on which query answered first.
 */
async function settleInOrder<T extends readonly unknown[]>(promises: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const settled = await Promise.allSettled(promises);
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

/** One resolution per distinct reference (`"1"` and `1` are the same center). */
class Lookup<T> {
  private readonly cache = new Map<string, Promise<T>>();

  constructor(private readonly resolve: (value: string | number, field: string) => Promise<T>) {}

  get(value: string | number, field: string): Promise<T> {
    const key = String(value).trim();
    let found = this.cache.get(key);
    if (!found) {
      found = this.resolve(value, field);
      found.catch(() => undefined);
      this.cache.set(key, found);
    }
    return found;
  }
}
