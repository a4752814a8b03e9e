import { Injectable } from '@nestjs/common';
import {
  AppConfig,
  Clock,
  formatLocalDateTime,
  isReferencedRowViolation,
  pageWindow,
  paginate,
  Paginated,
  parseNumericId,
  Refusal,
  schedulesMessages as m,
} from '@zdm/common';
import { CentersService, UsersService } from '@zdm/inventory';
import { Transaction, TransactionRunner } from '@zdm/database';
import { scheduleBody } from './domain/schedule-body';
import { describeSchedule, summarizeSchedule } from './domain/schedule-description';
import { joinPath, parseScheduleInput } from './domain/schedule-input';
import { ScheduleSpec } from './domain/schedule-spec';
import { isSmartScheduleType, scheduleTypeFrom, scheduleTypeName } from './domain/schedule-type';
import { nextRuns, ScheduleRun } from './domain/next-runs';
import { ScheduleUsagePort } from './schedule-usage.port';
import { ScheduleFilter, ScheduleOwner, ScheduleRows, SchedulesRepository } from './schedules.repository';
import { DEFAULT_NEXT_RUNS, CreateScheduleDto, PreviewScheduleDto, ScheduleListQuery } from './schedule.dto';
import { SCHEDULE_STATES } from './schedule';
import { ScheduleEntity } from './schedule.entity';
import {
  formatRunTime,
  RegisteredSchedulesView,
  RegisteredScheduleView,
  ScheduleNextRunsView,
  SchedulePreviewView,
  ScheduleRemovalView,
  ScheduleSummary,
  ScheduleView,
} from './schedule.view';

const DIGITS = /^\s*\d+\s*$/;

/**
 * Schedules: parsing, descriptions, storage, next runs. Job registration and `POST /api/schedules`
 * go through the same `resolveSchedule` / `createRows` / `summarize`.
 */
@Injectable()
export class SchedulesService {
  constructor(
    private readonly schedules: SchedulesRepository,
    private readonly transactions: TransactionRunner,
    private readonly usage: ScheduleUsagePort,
    private readonly config: AppConfig,
    private readonly centers: CentersService,
    private readonly users: UsersService,
    private readonly clock: Clock,
  ) {}

  // ---- for job registration (and this lib's routes) -------------------------------------------

  /**
   * An untrusted schedule object → validated spec (400 naming `fieldPath.…` on any problem). Pure:
   * `basic`/`advanced` given as an existing schedule id are rejected here; use `resolveSchedule`.
   */
  parseSchedule(raw: unknown, fieldPath: string): ScheduleSpec {
    return parseScheduleInput(raw, { fieldPath, defaultTimezone: this.config.timeZone });
  }

  /**
   * Everything a body's `schedule` may be (seed): an existing schedule id (number or digit string) →
   * that schedule's spec (`loadSpec`); an object → `parseSchedule`, where `basic` / `advanced` may
   * also be an existing schedule id whose values are used (they must fit the given type). 404
   * naming the field for an unknown id, 400 otherwise.
   */
  async resolveSchedule(raw: unknown, fieldPath: string, tx?: Transaction): Promise<ScheduleSpec> {
    if (typeof raw === 'number' || (typeof raw === 'string' && DIGITS.test(raw))) {
      return this.loadSpec(parseNumericId(raw, fieldPath), fieldPath, tx);
    }
    const references = new Map<number, unknown>();
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
      for (const role of ['basic', 'advanced'] as const) {
        const value = (raw as Record<string, unknown>)[role];
        if (typeof value !== 'number' && !(typeof value === 'string' && DIGITS.test(value))) continue;
        const field = joinPath(fieldPath, role);
        const id = parseNumericId(value, field);
        const row = await this.schedules.findById(id, tx);
        if (!row)
          throw Refusal.notFound(m.scheduleNotFound(field, id), [{ field, message: m.scheduleNotFound(field, id) }]);
        references.set(id, scheduleBody(row.type, row.fields));
      }
    }
    return parseScheduleInput(raw, {
      fieldPath,
      defaultTimezone: this.config.timeZone,
      resolveReference: (id) => references.get(id),
    });
  }

  /**
   * The spec of an existing schedule (a smart schedule's two rows together, whichever id is
   * given); 400 for a non-numeric id, 404 naming `fieldPath` when unknown.
   */
  async loadSpec(id: number, fieldPath: string, tx?: Transaction): Promise<ScheduleSpec> {
    const scheduleId = parseNumericId(id, fieldPath);
    const spec = (await this.specsOf([scheduleId], tx)).get(scheduleId);
    if (!spec)
      throw Refusal.notFound(m.scheduleNotFound(fieldPath, scheduleId), [
        { field: fieldPath, message: m.scheduleNotFound(fieldPath, scheduleId) },
      ]);
    return spec;
  }

  /**
   * The specs of existing schedules by row id, in one query when both halves of each smart
   * schedule are among `ids` (a job's basic and advanced ids); unknown ids are absent.
   */
  async specsOf(ids: readonly number[], tx?: Transaction): Promise<Map<number, ScheduleSpec>> {
    const specs = new Map<number, ScheduleSpec>();
    const rows = await this.schedules.findWithPairs(ids, tx);
    for (const id of ids) {
      const row = rows.get(id);
      if (row) specs.set(id, specOfRows(row, row.pairId !== null ? rows.get(row.pairId) : undefined));
    }
    return specs;
  }

  /**
   * Store a spec inside the caller's transaction: one `basic` row, plus an `advanced` row for smart
   * types, linked both ways by `pair_id`. State `Enabled`.
   */
  createRows(tx: Transaction, spec: ScheduleSpec, owner: ScheduleOwner): Promise<ScheduleRows> {
    return this.schedules.insert(spec, owner, tx);
  }

  /**
   * Replace a job's stored schedule with `spec` inside the caller's transaction, keeping the basic
   * row's id (spec §13: a schedule edited through `PUT` keeps its id). `dropped`: an advanced row no
   * longer needed (smart → basic-only), unlinked; delete it with `deleteRows` once the job no longer
   * refers to it.
   */
  reviseRows(
    tx: Transaction,
    ids: { basicId: number; advancedId: number | null },
    spec: ScheduleSpec,
    owner: ScheduleOwner,
    at: Date,
  ): Promise<ScheduleRows & { dropped: number[] }> {
    return this.schedules.revise(ids, spec, owner, at, tx);
  }

  /**
   * Inside the caller's transaction: these schedule rows fired a slot at `at` (their `lastRunTime`,
   * spec §13). A smart schedule's slots are its basic (full) or advanced (increment) row's.
   */
  recordRuns(tx: Transaction, runs: readonly { scheduleId: number; at: Date }[]): Promise<void> {
    return this.schedules.recordRuns(runs, tx);
  }

  /** Type name and description of each half (seed: `schedule.basic.type` / `.description`). */
  summarize(spec: ScheduleSpec): ScheduleSummary {
    return summarizeSchedule(spec);
  }

  /**
   * Delete schedule rows inside the caller's transaction, with the other half of any smart pair
   * among them (a pair lives and dies together). Returns the ids removed, ascending. Does not
   * check job references: the caller removes its job first.
   */
  deleteRows(tx: Transaction, ids: number[]): Promise<number[]> {
    return this.schedules.deleteWithPairs(ids, tx);
  }

  /** The first run of a spec after `from` (both halves of a smart spec), or undefined. */
  nextRunAt(spec: ScheduleSpec, from: Date = this.clock.now()): Date | undefined {
    return nextRuns(spec, from, 1)[0]?.at;
  }

  /** The next `count` runs of a spec after `from`, each labelled basic (full) / advanced (incremental). */
  nextRuns(spec: ScheduleSpec, count: number, from: Date = this.clock.now()): ScheduleRun[] {
    return nextRuns(spec, from, count);
  }

  // ---- routes -----------------------------------------------------------------------------------

  async register(dto: CreateScheduleDto): Promise<RegisteredSchedulesView> {
    const spec = await this.resolveSchedule(scheduleBodyOf(dto), '');
    const center = await this.centers.resolve(dto.center, 'center');
    const user = dto.user !== undefined && dto.user !== null ? await this.users.resolve(dto.user, 'user') : null;
    const rows = await this.transactions.run((tx) =>
      this.createRows(tx, spec, { centerId: center.id, userId: user?.id ?? null, jobName: dto.jobName ?? null }),
    );
    const half = (row: ScheduleEntity): RegisteredScheduleView => ({
      id: row.id,
      type: scheduleTypeName(row.type),
      state: row.state,
      description: describeSchedule(row.type, row.role, row.fields),
    });
    return rows.advanced ? { basic: half(rows.basic), advanced: half(rows.advanced) } : { basic: half(rows.basic) };
  }

  async list(query: ScheduleListQuery): Promise<Paginated<ScheduleView>> {
    const filter: ScheduleFilter = {};
    if (query.id !== undefined) filter.id = parseNumericId(query.id, 'id');
    if (query.jobName !== undefined) filter.jobName = query.jobName;
    if (query.type !== undefined) {
      const type = scheduleTypeFrom(query.type);
      if (type === undefined) throw Refusal.invalid(m.invalidTypeFilter('type'));
      filter.type = type;
    }
    if (query.state !== undefined) {
      const state = SCHEDULE_STATES.find((s) => s.toLowerCase() === query.state!.trim().toLowerCase());
      if (!state) throw Refusal.invalid(m.invalidState('state'));
      filter.state = state;
    }
    if (query.center !== undefined) filter.centerId = (await this.centers.resolve(query.center, 'center')).id;
    const window = pageWindow(query);
    const [rows, total] = await this.schedules.page(filter, window);
    const now = this.clock.now();
    const paused = await this.usage.pausedSchedules(rows.map((row) => row.id));
    return paginate(
      rows.map((row) => this.view(row, now, paused.has(row.id))),
      window,
      total,
    );
  }

  async get(idParam: string): Promise<ScheduleView> {
    const row = await this.find(idParam);
    const paused = await this.usage.pausedSchedules([row.id]);
    return this.view(row, this.clock.now(), paused.has(row.id));
  }

  /** The next runs of one schedule row (`GET /api/schedules/:id/next-runs`). */
  async nextRunsOf(idParam: string, count = DEFAULT_NEXT_RUNS): Promise<ScheduleNextRunsView> {
    const row = await this.find(idParam);
    const runs = nextRuns(halfSpec(row), this.clock.now(), count);
    return {
      id: row.id,
      type: scheduleTypeName(row.type),
      description: describeSchedule(row.type, row.role, row.fields),
      timezone: row.timezone,
      runs: runs.map((r) => formatRunTime(r.at, row.timezone)),
    };
  }

  /** Description and next runs of an unsaved body (`POST /api/schedules/preview`). */
  async preview(dto: PreviewScheduleDto): Promise<SchedulePreviewView> {
    const spec = await this.resolveSchedule(scheduleBodyOf(dto), '');
    const runs = nextRuns(spec, this.clock.now(), dto.count ?? DEFAULT_NEXT_RUNS);
    return {
      ...this.summarize(spec),
      timezone: spec.timezone,
      nextRuns: runs.map((r) => ({ at: formatRunTime(r.at, spec.timezone), role: r.role })),
    };
  }

  /**
   * Delete a schedule (a smart schedule's two rows together). 409 while a backup job uses either
   * row: `Schedule ID '1' is referenced by: backup(2)`.
   */
  async remove(idParam: string): Promise<ScheduleRemovalView> {
    const id = parseNumericId(idParam, 'id');
    let ids = [id];
    try {
      return await this.transactions.run(async (tx) => {
        const row = await this.schedules.findById(id, tx);
        if (!row) throw Refusal.notFound(m.scheduleNotFound('id', id));
        ids = row.pairId !== null ? [row.id, row.pairId] : [row.id];
        const jobs = await this.usage.jobsUsing(ids, tx);
        if (jobs.length > 0) throw this.inUse(id, jobs);
        return { id, deleted: await this.deleteRows(tx, ids) };
      });
    } catch (error) {
      // A job that took the schedule meanwhile (foreign key from backup_jobs).
      if (isReferencedRowViolation(error)) throw this.inUse(id, await this.usage.jobsUsing(ids));
      throw error;
    }
  }

  // ---- internals ----------------------------------------------------------------------------------

  private async find(idParam: string): Promise<ScheduleEntity> {
    const id = parseNumericId(idParam, 'id');
    const row = await this.schedules.findWithCenter(id);
    if (!row) throw Refusal.notFound(m.scheduleNotFound('id', id));
    return row;
  }

  /** `paused`: the job using it is paused, so the schedule has no next run (spec §13 "Pause"). */
  private view(row: ScheduleEntity, now: Date, paused: boolean): ScheduleView {
    const next = row.state === 'Enabled' && !paused ? nextRuns(halfSpec(row), now, 1)[0]?.at : undefined;
    return {
      id: row.id,
      center: { id: row.center!.id, name: row.center!.name },
      type: scheduleTypeName(row.type),
      state: row.state,
      jobName: row.jobName ?? '-',
      lastRunTime: formatLocalDateTime(row.lastRunTime, this.config.timeZone),
      description: describeSchedule(row.type, row.role, row.fields),
      timezone: row.timezone,
      nextRunAt: formatRunTime(next, row.timezone),
    };
  }

  private inUse(id: number, jobs: number[]): Refusal {
    return Refusal.conflict(
      'SCHEDULE_IN_USE',
      m.scheduleInUse(
        id,
        jobs.map((j) => `backup(${j})`),
      ),
    );
  }
}

/** A stored schedule as a spec: `row` with the other half of its smart pair, if any. */
function specOfRows(row: ScheduleEntity, pair: ScheduleEntity | undefined): ScheduleSpec {
  const basic = row.role === 'basic' ? row : (pair ?? row);
  const advanced = row.role === 'advanced' ? row : pair;
  return isSmartScheduleType(row.type) && advanced && advanced !== basic
    ? { type: row.type, basic: basic.fields, advanced: advanced.fields, timezone: row.timezone }
    : { type: row.type, basic: basic.fields, timezone: row.timezone };
}

/** A row alone as a spec (its own half), for its description and next runs. */
function halfSpec(row: ScheduleEntity): ScheduleSpec {
  return { type: row.type, basic: row.fields, timezone: row.timezone };
}

/** The schedule part of a route body (only the keys that were sent). */
function scheduleBodyOf(dto: {
  type?: unknown;
  basic?: unknown;
  advanced?: unknown;
  timezone?: unknown;
}): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const key of ['type', 'basic', 'advanced', 'timezone'] as const)
    if (dto[key] !== undefined) body[key] = dto[key];
  return body;
}
