import { Injectable } from '@nestjs/common';
import {
  AppConfig,
  Clock,
  formatLocalDateTime,
  LocalizedText,
  messages,
  pageWindow,
  paginate,
  Paginated,
  PaginationQuery,
  parseIdentifier,
  Refusal,
} from '@zdm/common';
import { JobImage, RestorePoint, restorePointReasonText, RestorePointsService } from '@zdm/images';
import { ServersService } from '@zdm/inventory';
import { BackupJobLookup, BackupJobWithServer, partitionSuffix, serverBaseName } from '@zdm/jobs';
import { alreadyRunning, RestoreRunQueue, RunsService, RunView } from '@zdm/runs';
import { Transaction, TransactionRunner } from '@zdm/database';
import { choosePoint, PointChoice } from './domain/recovery-point';
import { recoveryJobName } from './domain/recovery-job-name';
import { RegisterRecoveryDto } from './dto/register-recovery.dto';
import { RecoveryRegistrationItem, RecoveryRegistrationResult, RecoveryView } from './dto/recovery.view';
import { RecoveriesRepository, RecoveryJobRow } from './recoveries.repository';
import { catalogJob, partitionOf, RecoveryPartitions } from './recovery-partitions';
import { RecoveryChainLink } from './recovery-job.entity';

/** One partition of a recovery, validated and with its point chosen. */
interface PlannedRecovery {
  name: string;
  sourceJob: BackupJobWithServer;
  sourcePartition: string;
  targetPartition: string;
  point: RestorePoint<JobImage>;
}

/** A point of a partition that does not restore, as NO_RESTORE_POINT's `detail` lists it. */
interface UnrestorablePoint {
  image: string;
  time: string;
  reason: LocalizedText | null;
}

/**
 * Recovery jobs (spec §14): registration validated first and written in one transaction (nothing
 * half-written), restore runs queued for the target server's agents, list/one/runs/retry/delete.
 */
@Injectable()
export class RecoveriesService {
  constructor(
    private readonly repository: RecoveriesRepository,
    private readonly partitions: RecoveryPartitions,
    private readonly transactions: TransactionRunner,
    private readonly servers: ServersService,
    private readonly jobs: BackupJobLookup,
    private readonly points: RestorePointsService,
    private readonly queue: RestoreRunQueue,
    private readonly runs: RunsService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async register(dto: RegisterRecoveryDto): Promise<RecoveryRegistrationResult> {
    const m = messages.recoveries;
    const source = await this.servers.resolve(dto.source, 'source');
    const target = await this.servers.resolve(dto.target, 'target');
    const sourceJobs = await this.jobs.ofServer(source.id);
    const mappings = await this.partitions.mappings(dto, source, target, sourceJobs);
    if (source.os !== target.os) {
      const text = m.osFamilyMismatch('target', source.name, source.os, target.name, target.os);
      throw Refusal.invalid(text, [{ field: 'target', message: text }]);
    }
    for (const { sourcePartition, targetPartition, field } of mappings) {
      const sourceSize = partitionOf(source, sourcePartition)?.size ?? null;
      const targetSize = partitionOf(target, targetPartition)?.size ?? null;
      if (sourceSize !== null && targetSize !== null && targetSize < sourceSize) {
        const text = m.targetTooSmall(field, targetPartition, targetSize, sourcePartition, sourceSize);
        throw Refusal.invalid(text, [{ field, message: text }]);
      }
    }
    const choice = this.choice(dto);
    const base = dto.jobName ?? serverBaseName(target.name);
    const planned: PlannedRecovery[] = [];
    const refused: { source: string; points: UnrestorablePoint[] }[] = [];
    for (const mapping of mappings) {
      const candidates = sourceJobs.filter((job) => job.partition === mapping.sourcePartition);
      const points = await this.partitions.pointsOf(candidates);
      const answer = choosePoint(
        points.map((p) => ({
          image: p.point.image.name,
          time: p.point.image.time,
          restorable: p.point.restorable,
          ...p,
        })),
        choice,
      );
      if (!answer.ok && answer.code === 'unknown-image') {
        throw Refusal.notFound(m.pointImageNotFound('point.image', answer.image));
      }
      if (!answer.ok) {
        refused.push({
          source: mapping.sourcePartition,
          points: answer.candidates.map((c) => ({
            image: c.image,
            time: c.time,
            reason: c.point.reason ? restorePointReasonText(c.point.reason) : null,
          })),
        });
        continue;
      }
      planned.push({
        name: recoveryJobName(base, partitionSuffix(mapping.targetPartition)),
        sourceJob: answer.point.job,
        sourcePartition: mapping.sourcePartition,
        targetPartition: mapping.targetPartition,
        point: answer.point.point,
      });
    }
    if (refused.length) {
      throw Refusal.conflict(
        'NO_RESTORE_POINT',
        m.noRestorePoint(
          'point',
          refused.map((r) => r.source),
        ),
        { partitions: refused },
      );
    }
    const taken = await this.repository.takenNames(planned.map((p) => p.name));
    const clash = planned.find((p) => taken.has(p.name));
    if (clash) throw Refusal.conflict('RECOVERY_NAME_TAKEN', m.recoveryNameTaken('jobName', clash.name));
    const autoStart = dto.autoStart !== 'not use';
    const overwrite = dto.overwrite ?? false;

    const created = await this.transactions.run(async (manager) => {
      await this.repository.lockTarget(manager, target.id);
      const active = await this.repository.activeOnTarget(
        manager,
        target.id,
        planned.map((p) => p.targetPartition),
      );
      if (active[0]) {
        const a = active[0];
        throw Refusal.conflict(
          'RECOVERY_IN_PROGRESS',
          m.recoveryInProgress('target', target.name, a.targetPartition, a.name, a.runId),
          { activeRecovery: { id: a.recoveryJobId, name: a.name, run: { id: a.runId, state: a.state } } },
        );
      }
      const now = this.clock.now();
      const rows: { id: number; plan: PlannedRecovery; runId: number | null }[] = [];
      for (const plan of planned) {
        const job = await this.repository.insert(manager, {
          name: plan.name,
          sourceServerId: source.id,
          sourceJobId: plan.sourceJob.id,
          sourcePartition: plan.sourcePartition,
          targetServerId: target.id,
          targetPartition: plan.targetPartition,
          pointImage: plan.point.image.name,
          chain: chainOf(plan.point),
          overwrite,
          autoStart,
          createdAt: now,
        });
        // Taken by a concurrent registration since the check above: the whole registration is refused.
        if (!job) throw Refusal.conflict('RECOVERY_NAME_TAKEN', m.recoveryNameTaken('jobName', plan.name));
        const runId = autoStart
          ? await this.start(manager, job.id, plan.sourceJob, target.id, plan.point, 'manual', {
              name: plan.name,
              sourcePartition: plan.sourcePartition,
              target: target.name,
              targetPartition: plan.targetPartition,
            })
          : null;
        rows.push({ id: job.id, plan, runId });
      }
      return rows;
    });

    const results: RecoveryRegistrationItem[] = [];
    for (const { id, plan, runId } of created) {
      results.push({
        state: 'success',
        id,
        jobName: plan.name,
        sourcePartition: plan.sourcePartition,
        targetPartition: plan.targetPartition,
        point: plan.point.image.name,
        chain: chainOf(plan.point),
        autoStart: autoStart ? 'use' : 'not use',
        ...(runId === null ? {} : { run: await this.runs.get(String(runId)) }),
      });
    }
    return { summary: { total: results.length, successful: results.length, failed: 0 }, results };
  }

  async list(query: PaginationQuery): Promise<Paginated<RecoveryView>> {
    const window = pageWindow(query);
    const { rows, total } = await this.repository.page(window);
    return paginate(await this.views(rows), window, total);
  }

  async get(identifier: string): Promise<RecoveryView> {
    const [view] = await this.views([await this.find(identifier)]);
    return view;
  }

  async history(identifier: string, query: PaginationQuery): Promise<Paginated<RunView>> {
    const job = await this.find(identifier);
    const window = pageWindow(query, 'DESC');
    const { ids, total } = await this.repository.runIds(job.id, window);
    const runs: RunView[] = [];
    for (const id of ids) runs.push(await this.runs.get(String(id)));
    return paginate(runs, window, total);
  }

  /**
   * Run the recovery again (same point, same mapping): 409 RECOVERY_IN_PROGRESS while one of its runs
   * or another recovery onto its target partition is active; 409 NO_RESTORE_POINT when its point no
   * longer restores; 409 JOB_ALREADY_RUNNING while the source job runs.
   */
  async retry(identifier: string): Promise<RunView> {
    const m = messages.recoveries;
    const found = await this.find(identifier);
    const sourceJob = await this.jobs.find({ id: found.sourceJobId });
    if (!sourceJob) throw Refusal.notFound(m.recoveryNotFound('identifier', identifier));
    const point = await this.points.point(catalogJob(sourceJob), found.pointImage);
    if (!point?.restorable) {
      const reason = point?.reason
        ? restorePointReasonText(point.reason)
        : m.pointImageNotFound('point', found.pointImage);
      throw Refusal.conflict('NO_RESTORE_POINT', m.noRestorePoint('identifier', [found.sourcePartition]), {
        partitions: [
          {
            source: found.sourcePartition,
            points: [{ image: found.pointImage, time: point?.image.time ?? null, reason }],
          },
        ],
      });
    }
    const runId = await this.transactions.run(async (manager) => {
      await this.repository.lockTarget(manager, found.targetServerId);
      const active = await this.repository.activeOnTarget(manager, found.targetServerId, [found.targetPartition]);
      if (active[0]) {
        const a = active[0];
        throw Refusal.conflict(
          'RECOVERY_IN_PROGRESS',
          m.recoveryInProgress('identifier', found.targetServerName, a.targetPartition, a.name, a.runId),
          { activeRecovery: { id: a.recoveryJobId, name: a.name, run: { id: a.runId, state: a.state } } },
        );
      }
      return this.start(manager, found.id, sourceJob, found.targetServerId, point, 'retry', {
        name: found.name,
        sourcePartition: found.sourcePartition,
        target: found.targetServerName,
        targetPartition: found.targetPartition,
      });
    });
    return this.runs.get(String(runId));
  }

  /** Delete a recovery job (its runs stay in the source job's history); 409 while one of its runs is active. */
  async remove(identifier: string): Promise<RecoveryView> {
    const found = await this.find(identifier);
    const [view] = await this.views([found]);
    await this.transactions.run(async (manager) => {
      const locked = await this.repository.find({ id: found.id }, manager, true);
      if (!locked) return;
      const active = (
        await this.repository.activeOnTarget(manager, locked.targetServerId, [locked.targetPartition])
      ).find((a) => a.recoveryJobId === locked.id);
      if (active) {
        throw Refusal.conflict(
          'RECOVERY_IN_PROGRESS',
          messages.recoveries.recoveryRunActive('identifier', locked.name, active.runId),
          { activeRun: { id: active.runId, state: active.state } },
        );
      }
      await this.repository.delete(manager, locked.id);
    });
    return view;
  }

  /** Queue a restore run of `point` for the target's agents and link it to the recovery job. */
  private async start(
    manager: Transaction,
    recoveryJobId: number,
    sourceJob: BackupJobWithServer,
    targetServerId: number,
    point: RestorePoint<JobImage>,
    trigger: 'manual' | 'retry',
    what: { name: string; sourcePartition: string; target: string; targetPartition: string },
  ): Promise<number> {
    const active = await this.queue.active(manager, sourceJob.id);
    if (active) throw alreadyRunning('source', sourceJob, active);
    const run = await this.queue.queue(manager, {
      jobId: sourceJob.id,
      targetServerId,
      pointImage: point.image.name,
      level: point.image.type,
      trigger,
      now: this.clock.now(),
      note:
        `Recovery ${what.name}: restore ${point.image.name} (${sourceJob.server.name} ${what.sourcePartition}, ` +
        `chain ${point.chain.map((link) => link.name).join(' → ')}) onto ${what.target} ${what.targetPartition}.`,
    });
    if (!run) throw alreadyRunning('source', sourceJob, await this.queue.active(manager, sourceJob.id));
    await this.repository.linkRun(manager, recoveryJobId, run.id);
    return run.id;
  }

  private choice(dto: RegisterRecoveryDto): PointChoice {
    const point = dto.point ?? 'latest';
    if (point === 'latest') return { kind: 'latest' };
    if ('image' in point) return { kind: 'image', image: point.image };
    const before = point.before.includes('T')
      ? formatLocalDateTime(new Date(point.before), this.config.timeZone)
      : point.before;
    return { kind: 'before', time: before };
  }

  private async find(identifier: string): Promise<RecoveryJobRow> {
    const parsed = parseIdentifier(identifier, 'identifier');
    const found = await this.repository.find(parsed.kind === 'id' ? { id: parsed.id } : { name: parsed.name });
    if (!found) throw Refusal.notFound(messages.recoveries.recoveryNotFound('identifier', identifier));
    return found;
  }

  private async views(rows: RecoveryJobRow[]): Promise<RecoveryView[]> {
    const latest = await this.repository.latestRunIds(rows.map((r) => r.id));
    const views: RecoveryView[] = [];
    for (const row of rows) {
      const runId = latest.get(row.id);
      views.push({
        id: row.id,
        name: row.name,
        source: { id: row.sourceServerId, name: row.sourceServerName },
        target: { id: row.targetServerId, name: row.targetServerName },
        sourcePartition: row.sourcePartition,
        targetPartition: row.targetPartition,
        point: row.pointImage,
        chain: row.chain,
        overwrite: row.overwrite,
        autoStart: row.autoStart ? 'use' : 'not use',
        createdAt: row.createdAt.toISOString(),
        ...(runId === undefined ? {} : { latestRun: await this.runs.get(String(runId)) }),
      });
    }
    return views;
  }
}

function chainOf(point: RestorePoint<JobImage>): RecoveryChainLink[] {
  return point.chain.map((link) => ({ image: link.name, level: link.type }));
}
