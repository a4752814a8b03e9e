import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  AppConfig,
  AppException,
  formatLocalDateTime,
  isReferencedRowViolation,
  pageWindow,
  paginate,
  Paginated,
  parseNumericId,
  schedulesMessages as m,
} from '@zdm/common';
import { CentersService, UsersService } from '@zdm/inventory';
import { DataSource, EntityManager, FindOptionsWhere, In, Repository } from 'typeorm';
import { scheduleBody } from './domain/schedule-body';
import { describeSchedule } from './domain/schedule-description';
import { joinPath, parseScheduleInput } from './domain/schedule-input';
import { ScheduleSpec } from './domain/schedule-spec';
import { isSmartScheduleType, scheduleTypeFrom, scheduleTypeName } from './domain/schedule-type';
import { nextRuns, ScheduleRun } from './domain/next-runs';
import { ScheduleUsagePort } from './schedule-usage.port';
import { DEFAULT_NEXT_RUNS, CreateScheduleDto, PreviewScheduleDto, ScheduleListQuery } from './schedule.dto';
import { SCHEDULE_STATES, ScheduleEntity } from './schedule.entity';
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

/** Who a stored schedule belongs to. */
export interface ScheduleOwner {
  centerId: number;
  userId?: number | null;
  jobName?: string | null;
}

/** The rows one schedule is stored as: `basic`, plus `advanced` for smart types. */
export interface ScheduleRows {
  basic: ScheduleEntity;
  advanced?: ScheduleEntity;
}

const DIGITS = /^\s*\d+\s*$/;

/**
 * Schedules: parsing, descriptions, storage, next runs. Job registration and `POST /api/schedules`
 * go through the same `resolveSchedule` / `createRows` / `summarize`.
 */
@Injectable()
export class SchedulesService {
  constructor(
    @InjectRepository(ScheduleEntity) private readonly schedules: Repository<ScheduleEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly usage: ScheduleUsagePort,
    private readonly config: AppConfig,
    private readonly centers: CentersService,
    private readonly users: UsersService,
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
  async resolveSchedule(raw: unknown, fieldPath: string, manager?: EntityManager): Promise<ScheduleSpec> {
    if (typeof raw === 'number' || (typeof raw === 'string' && DIGITS.test(raw))) {
      return this.loadSpec(parseNumericId(raw, fieldPath), fieldPath, manager);
    }
    const references = new Map<number, unknown>();
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
      for (const role of ['basic', 'advanced'] as const) {
        const value = (raw as Record<string, unknown>)[role];
        if (typeof value !== 'number' && !(typeof value === 'string' && DIGITS.test(value))) continue;
        const field = joinPath(fieldPath, role);
        const id = parseNumericId(value, field);
        const row = await this.repo(manager).findOneBy({ id });
        if (!row)
          throw AppException.notFound(m.scheduleNotFound(field, id), [
            { field, message: m.scheduleNotFound(field, id) },
          ]);
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
  async loadSpec(id: number, fieldPath: string, manager?: EntityManager): Promise<ScheduleSpec> {
    const scheduleId = parseNumericId(id, fieldPath);
    const spec = (await this.specsOf([scheduleId], manager)).get(scheduleId);
    if (!spec)
      throw AppException.notFound(m.scheduleNotFound(fieldPath, scheduleId), [
        { field: fieldPath, message: m.scheduleNotFound(fieldPath, scheduleId) },
      ]);
    return spec;
  }

  /**
   * The specs of existing schedules by row id, in one query when both halves of each smart
   * schedule are among `ids` (a job's basic and advanced ids); unknown ids are absent.
   */
  async specsOf(ids: readonly number[], manager?: EntityManager): Promise<Map<number, ScheduleSpec>> {
    const specs = new Map<number, ScheduleSpec>();
    if (ids.length === 0) return specs;
    const repo = this.repo(manager);
    const rows = new Map((await repo.findBy({ id: In([...new Set(ids)]) })).map((row) => [row.id, row]));
    const pairs = [...rows.values()].flatMap((row) =>
      row.pairId !== null && !rows.has(row.pairId) ? [row.pairId] : [],
    );
    if (pairs.length > 0) for (const row of await repo.findBy({ id: In(pairs) })) rows.set(row.id, row);
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
  async createRows(manager: EntityManager, spec: ScheduleSpec, owner: ScheduleOwner): Promise<ScheduleRows> {
    const repo = manager.getRepository(ScheduleEntity);
    const base = {
      centerId: owner.centerId,
      userId: owner.userId ?? null,
      jobName: owner.jobName ?? null,
      type: spec.type,
      timezone: spec.timezone,
      state: 'Enabled' as const,
      lastRunTime: null,
    };
    const basic = await repo.save(repo.create({ ...base, role: 'basic', fields: spec.basic, pairId: null }));
    if (!spec.advanced) return { basic };
    const advanced = await repo.save(
      repo.create({ ...base, role: 'advanced', fields: spec.advanced, pairId: basic.id }),
    );
    await repo.update({ id: basic.id }, { pairId: advanced.id });
    basic.pairId = advanced.id;
    return { basic, advanced };
  }

  /** Type name and description of each half (seed: `schedule.basic.type` / `.description`). */
  summarize(spec: ScheduleSpec): ScheduleSummary {
    const type = scheduleTypeName(spec.type);
    const basic = { type, description: describeSchedule(spec.type, 'basic', spec.basic) };
    return spec.advanced
      ? { basic, advanced: { type, description: describeSchedule(spec.type, 'advanced', spec.advanced) } }
      : { basic };
  }

  /**
   * Delete schedule rows inside the caller's transaction, with the other half of any smart pair
   * among them (a pair lives and dies together). Returns the ids removed, ascending. Does not
   * check job references: the caller removes its job first.
   */
  async deleteRows(manager: EntityManager, ids: number[]): Promise<number[]> {
    if (ids.length === 0) return [];
    const repo = manager.getRepository(ScheduleEntity);
    const rows = await repo.findBy({ id: In(ids) });
    const all = new Set<number>();
    for (const row of rows) {
      all.add(row.id);
      if (row.pairId !== null) all.add(row.pairId);
    }
    if (all.size === 0) return [];
    await repo.delete({ id: In([...all]) });
    return [...all].sort((a, b) => a - b);
  }

  /** The first run of a spec after `from` (both halves of a smart spec), or undefined. */
  nextRunAt(spec: ScheduleSpec, from: Date = new Date()): Date | undefined {
    return nextRuns(spec, from, 1)[0]?.at;
  }

  /** The next `count` runs of a spec after `from`, each labelled basic (full) / advanced (incremental). */
  nextRuns(spec: ScheduleSpec, count: number, from: Date = new Date()): ScheduleRun[] {
    return nextRuns(spec, from, count);
  }

  // ---- routes -----------------------------------------------------------------------------------

  async register(dto: CreateScheduleDto): Promise<RegisteredSchedulesView> {
    const spec = await this.resolveSchedule(scheduleBodyOf(dto), '');
    const center = await this.centers.resolve(dto.center, 'center');
    const user = dto.user !== undefined && dto.user !== null ? await this.users.resolve(dto.user, 'user') : null;
    const rows = await this.dataSource.transaction((manager) =>
      this.createRows(manager, spec, { centerId: center.id, userId: user?.id ?? null, jobName: dto.jobName ?? null }),
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
    const where: FindOptionsWhere<ScheduleEntity> = {};
    if (query.id !== undefined) where.id = parseNumericId(query.id, 'id');
    if (query.jobName !== undefined) where.jobName = query.jobName;
    if (query.type !== undefined) {
      const type = scheduleTypeFrom(query.type);
      if (type === undefined) throw AppException.badRequest(m.invalidTypeFilter('type'));
      where.type = type;
    }
    if (query.state !== undefined) {
      const state = SCHEDULE_STATES.find((s) => s.toLowerCase() === query.state!.trim().toLowerCase());
      if (!state) throw AppException.badRequest(m.invalidState('state'));
      where.state = state;
    }
    if (query.center !== undefined) where.centerId = (await this.centers.resolve(query.center, 'center')).id;
    const window = pageWindow(query);
    const [rows, total] = await this.schedules.findAndCount({
      where,
      relations: { center: true },
      order: { id: window.order },
      skip: window.skip,
      take: window.take,
    });
    const now = new Date();
    return paginate(
      rows.map((row) => this.view(row, now)),
      window,
      total,
    );
  }

  async get(idParam: string): Promise<ScheduleView> {
    return this.view(await this.find(idParam), new Date());
  }

  /** The next runs of one schedule row (`GET /api/schedules/:id/next-runs`). */
  async nextRunsOf(idParam: string, count = DEFAULT_NEXT_RUNS): Promise<ScheduleNextRunsView> {
    const row = await this.find(idParam);
    const runs = nextRuns(halfSpec(row), new Date(), count);
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
    const runs = nextRuns(spec, new Date(), dto.count ?? DEFAULT_NEXT_RUNS);
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
      return await this.dataSource.transaction(async (manager) => {
        const row = await manager.getRepository(ScheduleEntity).findOneBy({ id });
        if (!row) throw AppException.notFound(m.scheduleNotFound('id', id));
        ids = row.pairId !== null ? [row.id, row.pairId] : [row.id];
        const jobs = await this.usage.jobsUsing(ids, manager);
        if (jobs.length > 0) throw this.inUse(id, jobs);
        return { id, deleted: await this.deleteRows(manager, ids) };
      });
    } catch (error) {
      // A job that took the schedule meanwhile (foreign key from backup_jobs).
      if (isReferencedRowViolation(error)) throw this.inUse(id, await this.usage.jobsUsing(ids));
      throw error;
    }
  }

  // ---- internals ----------------------------------------------------------------------------------

  private repo(manager?: EntityManager): Repository<ScheduleEntity> {
    return manager ? manager.getRepository(ScheduleEntity) : this.schedules;
  }

  private async find(idParam: string): Promise<ScheduleEntity> {
    const id = parseNumericId(idParam, 'id');
    const row = await this.schedules.findOne({ where: { id }, relations: { center: true } });
    if (!row) throw AppException.notFound(m.scheduleNotFound('id', id));
    return row;
  }

  private view(row: ScheduleEntity, now: Date): ScheduleView {
    const next = row.state === 'Enabled' ? nextRuns(halfSpec(row), now, 1)[0]?.at : undefined;
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

  private inUse(id: number, jobs: number[]): AppException {
    return AppException.conflict(
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
