import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { TransactionRunner } from '@zdm/database';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, Clock } from '@zdm/common';
import {
  isSmartScheduleType,
  nextRuns,
  ScheduleRun,
  SchedulesService,
  ScheduleSpec,
  scheduleSpecOfColumns,
} from '@zdm/schedules';
import { DataSource } from 'typeorm';
import { runEndReason } from './domain/run-end-reason';
import { runLevel } from './domain/run-level';
import { RunResult } from './domain/run-state';
import { planSlot, Slot } from './domain/slot-plan';
import { RunEndOrchestrator } from './run-end.orchestrator';
import { RunExecutionService } from './run-execution.service';
import { RunLifecycle } from './run-lifecycle';
import { RunMetrics } from './run.metrics';
import { RunEntity } from './run.entity';
import { DueTrigger, RunTriggersRepository } from './run-triggers.repository';
import { NewRun, RunsRepository } from './runs.repository';

/** What one tick did. */
export interface TickReport {
  /** Runs created for due slots (queued, skipped or missed). */
  created: RunEntity[];
  /** Scheduler rows computed for new or changed schedules. */
  computed: number;
  /** Queued runs ended `missed` (start deadline), running runs ended `lost` (lease). */
  missed: number;
  lost: number;
}

/**
 * Between two batches of a burst, the replica pauses this long: requests that arrived during a batch
 * (their handlers, their queries' results) run before the next batch starts, and the database and
 * the CPU serve them without a batch of every replica competing. A 10,000-slot burst is then a
 * hundred short stretches of work with gaps, not one long one (issue 25). bench:scheduler (3
 * replicas, 2 cores): with only a turn of the event loop between batches, `GET /api/backups` p99
 * during the burst was 70, 93 and 94 ms and the burst took 4.8–5.0 s; with 15 ms, 75, 72, 68, 73,
 * 104 and 67 ms in 4.5–6.5 s (bench/README.md). 100 batches of one replica alone wait 1.5 s in all.
 */
const BURST_PAUSE_MS = 15;
const betweenBatches = (): Promise<void> => new Promise((done) => setTimeout(done, BURST_PAUSE_MS));

/** A slot handled within this long after it came due counts as on time (else it is a catch-up). */
const MIN_ON_TIME_MS = 60_000;
/** How often the timer recomputes scheduler rows (the anti-join over every job costs ~10 ms per 10,000 jobs). */
const SYNC_EVERY_MS = 5000;
/** Most slots looked at inside the start window of one job (an every-minute schedule over a day is 1,440). */
const MAX_WINDOW_SLOTS = 10_000;

/**
 * The scheduler (spec §7). Every replica ticks every SCHEDULER_TICK_MS; the database makes each slot
 * one run however many replicas tick at once or die half-way:
 * 1. scheduler rows (`run_triggers`: a job's next slot) are computed for new or changed schedules
 *    with the schedule engine of @zdm/schedules (DST-correct);
 * 2. due rows are claimed in batches with FOR UPDATE SKIP LOCKED, each batch one transaction that
 *    inserts the runs (UNIQUE (job_id, scheduled_for) refuses a second run of a slot) and advances
 *    `next_run_at`; a replica that dies mid-batch rolls back and releases its rows to the others;
 * 0. first, queued runs past RUN_MAX_START_DELAY_MS end `missed`, runs whose lease ran out end `lost`.
 * Time comes from the Clock port, so tests move it instead of waiting.
 */
@Injectable()
export class RunScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RunScheduler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = false;
  private lastSync = 0;

  constructor(
    private readonly transactions: TransactionRunner,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly runs: RunsRepository,
    private readonly triggers: RunTriggersRepository,
    private readonly lifecycle: RunLifecycle,
    private readonly execution: RunExecutionService,
    private readonly runEnd: RunEndOrchestrator,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly metrics: RunMetrics,
    private readonly schedules: SchedulesService,
  ) {}

  /**
   * Claims per transaction, on both engines. Small on purpose: each batch is a stretch of work on one
   * replica's event loop and in the database during which requests wait (on the embedded database
   * they share its one session). With 500, `GET /api/backups` p99 during a 10,000-slot burst was
   * 104–118 ms (bench:scheduler, 3 replicas, 2 cores); with 100 it was 69–87 ms, and all runs still
   * existed within 3.2 s of the slot.
   */
  get batchSize(): number {
    return 100;
  }

  onApplicationBootstrap(): void {
    if (!this.config.runs.schedulerEnabled) return;
    // Before the first expiry: the API's own downtime does not count against a live agent's lease.
    this.running = this.execution
      .restartLeases()
      .then((n) => n && this.logger.log(`leases of ${n} run(s) in progress restarted from now`))
      .catch((error: unknown) => this.logger.warn({ err: error }, 'could not restart the leases'))
      .finally(() => this.schedule(0));
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  /**
   * One tick: expire runs, compute scheduler rows for new or changed schedules (`sync`; skipped by
   * the timer between SYNC_EVERY_MS, as it reads every job), create the runs of every due slot.
   */
  async tick(options: { sync?: boolean } = {}): Promise<TickReport> {
    const now = this.clock.now();
    // Expiry first: a run that ends now no longer holds its job when the job's slot is handled.
    const missed = await this.runEnd.expireQueued(now);
    const lost = await this.runEnd.expireLeases(now);
    const computed = options.sync === false ? 0 : await this.computeTriggers(now);
    const created: RunEntity[] = [];
    for (;;) {
      const batch = await this.fireDue(now);
      created.push(...batch.created);
      this.metrics.ended(batch.created);
      if (batch.claimed < this.batchSize || this.stopped) break;
      await betweenBatches();
    }
    return { created, computed, missed: missed.length, lost: lost.length };
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      const started = this.clock.now().getTime();
      // A new schedule's row is computed from the schedule's start, so a slot that passed before the
      // sync still fires (late by at most SYNC_EVERY_MS, inside the on-time window).
      const sync = started - this.lastSync >= SYNC_EVERY_MS;
      if (sync) this.lastSync = started;
      this.running = this.tick({ sync })
        .catch((error: unknown) => this.logger.warn({ err: error }, 'scheduler tick failed; retrying next tick'))
        .finally(() => this.schedule(Math.max(0, this.config.runs.tickMs - (this.clock.now().getTime() - started))));
    }, delayMs);
    this.timer.unref();
  }

  /** Scheduler rows for jobs whose schedule is new or changed: the first slot after the schedule began. */
  private async computeTriggers(now: Date): Promise<number> {
    let computed = 0;
    for (;;) {
      const sources = await this.triggers.triggersToCompute(this.dataSource.manager, this.batchSize);
      if (sources.length === 0) break;
      const rows = sources.map(({ jobId, schedule }) => {
        const first = schedule.enabled
          ? nextRuns(scheduleSpecOfColumns(schedule), new Date(schedule.since.getTime() - 1), 1)[0]
          : undefined;
        return {
          jobId,
          scheduleId: schedule.scheduleId,
          since: schedule.since,
          nextRunAt: first?.at ?? null,
          nextRole: first?.role ?? null,
        };
      });
      await this.triggers.upsertTriggers(this.dataSource.manager, rows, now);
      computed += rows.length;
      if (sources.length < this.batchSize || this.stopped) break;
      await betweenBatches();
    }
    await this.triggers.dropUnscheduledTriggers(this.dataSource.manager);
    return computed;
  }

  /** Claim one batch of due scheduler rows and record one run per job for them, in one transaction. */
  private async fireDue(now: Date): Promise<{ claimed: number; created: RunEntity[] }> {
    return this.transactions.run(async (manager) => {
      const due = await this.triggers.claimDueTriggers(manager, now, this.batchSize);
      if (due.length === 0) return { claimed: 0, created: [] };
      const current = due.filter((d) => d.current);
      const jobIds = current.map((d) => d.jobId);
      const active = await this.runs.activeJobs(manager, jobIds);
      const withFull = await this.runs.jobsWithSuccessfulFull(manager, jobIds);
      const planned: NewRun[] = [];
      const advanced: { jobId: number; nextRunAt: Date | null; nextRole: string | null }[] = [];
      /** The schedule row whose slot each job's run is for (its `lastRunTime` when the run is queued). */
      const fired = new Map<number, { scheduleId: number; at: Date }>();
      const slots = new SlotMemo();
      for (const trigger of current) {
        const { recent, following } = this.dueSlots(trigger, now, slots);
        advanced.push({ jobId: trigger.jobId, nextRunAt: following?.at ?? null, nextRole: following?.role ?? null });
        if (!trigger.schedule.enabled) continue;
        const plan = planSlot({
          first: { at: trigger.nextRunAt, role: trigger.nextRole },
          recent,
          now,
          onTimeMs: Math.max(MIN_ON_TIME_MS, 5 * this.config.runs.tickMs),
          maxStartDelayMs: this.config.runs.maxStartDelayMs,
          jobActive: active.has(trigger.jobId),
        });
        const row = plan.slot.role === 'advanced' ? trigger.schedule.advancedScheduleId : null;
        fired.set(trigger.jobId, { scheduleId: row ?? trigger.schedule.scheduleId, at: plan.slot.at });
        planned.push({
          jobId: trigger.jobId,
          serverId: trigger.serverId,
          trigger: plan.trigger,
          level: runLevel(
            trigger.mode,
            { slot: plan.slot.role, smartSchedule: isSmartScheduleType(trigger.schedule.type) },
            withFull.has(trigger.jobId),
          ),
          scheduledFor: plan.slot.at,
          state: plan.state,
          result: plan.result,
          idempotencyKey: null,
          createdAt: now,
          endedAt: plan.state === 'done' ? now : null,
          errorMessage: this.reasonOf(plan.result),
        });
      }
      const created = await this.lifecycle.create(manager, planned);
      // A run refused only because a manual run became active meanwhile is recorded as skipped.
      const made = new Set(created.map((r) => r.jobId));
      const raced = planned
        .filter((p) => !made.has(p.jobId) && p.state === 'queued')
        .map((p): NewRun => ({
          ...p,
          state: 'done',
          result: 'skipped',
          endedAt: now,
          errorMessage: this.reasonOf('skipped'),
        }));
      if (raced.length > 0) created.push(...(await this.lifecycle.create(manager, raced)));
      await this.triggers.advanceTriggers(manager, advanced, now);
      await this.schedules.recordRuns(
        manager,
        created.filter((r) => r.state === 'queued').flatMap((r) => fired.get(r.jobId) ?? []),
      );
      return { claimed: due.length, created };
    });
  }

  /** The `errorMessage` of a slot recorded without running: skipped (overlap) or missed (too late). */
  private reasonOf(result: RunResult | null): string | null {
    if (result === 'skipped') return runEndReason({ cause: 'overlap' });
    if (result === 'missed')
      return runEndReason({ cause: 'slot-passed', maxStartDelayMs: this.config.runs.maxStartDelayMs });
    return null;
  }

  /**
   * The due slots of a trigger inside the start window [max(first, now − delay), now], in order, and
   * the first slot after `now` (the row's next). Usually one engine call: the slot after `first` is
   * already past `now`.
   */
  private dueSlots(trigger: DueTrigger, now: Date, memo: SlotMemo): { recent: Slot[]; following?: ScheduleRun } {
    const spec = scheduleSpecOfColumns(trigger.schedule);
    const first = trigger.nextRunAt.getTime();
    const windowStart = Math.max(first, now.getTime() - this.config.runs.maxStartDelayMs);
    const recent: Slot[] = windowStart === first ? [{ at: trigger.nextRunAt, role: trigger.nextRole }] : [];
    let cursor = new Date(windowStart === first ? first : windowStart - 1);
    // Walk forward in growing steps (1, 16, 256 … slots) until a slot lies after `now`.
    for (let step = 1; recent.length < MAX_WINDOW_SLOTS; step = Math.min(step * 16, 1024)) {
      const batch = memo.after(spec, cursor, step);
      for (const run of batch) {
        if (run.at.getTime() > now.getTime()) return { recent, following: run };
        recent.push(run);
      }
      if (batch.length < step) return { recent };
      cursor = batch[batch.length - 1].at;
    }
    return { recent, following: memo.after(spec, now, 1)[0] };
  }
}

/**
 * `nextRuns` answers for one batch, shared by jobs with the same schedule content and the same
 * starting point (the partitions of one registration, the many jobs "daily at 02:00"): the engine
 * costs a fraction of a millisecond per call, which adds up over thousands of due jobs.
 */
class SlotMemo {
  private readonly answers = new Map<string, ScheduleRun[]>();

  after(spec: ScheduleSpec, from: Date, count: number): ScheduleRun[] {
    const key = `${spec.type}|${spec.timezone}|${JSON.stringify(spec.basic)}|${JSON.stringify(spec.advanced ?? null)}|${from.getTime()}|${count}`;
    let answer = this.answers.get(key);
    if (!answer) {
      answer = nextRuns(spec, from, count);
      this.answers.set(key, answer);
    }
    return answer;
  }
}
