import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { PageWindow } from '@zdm/common';
import { Transaction } from '@zdm/database';
import { FindOptionsWhere, In, Repository } from 'typeorm';
import { ScheduleSpec } from './domain/schedule-spec';
import { ScheduleType } from './domain/schedule-type';
import { ScheduleState } from './schedule';
import { ScheduleEntity } from './schedule.entity';

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

/** `GET /api/schedules` filters (already validated). */
export interface ScheduleFilter {
  id?: number;
  jobName?: string;
  type?: ScheduleType;
  state?: ScheduleState;
  centerId?: number;
}

/** Every query of the `schedules` table. `tx` runs a call inside the caller's transaction. */
@Injectable()
export class SchedulesRepository {
  private selectList?: string;

  constructor(@InjectRepository(ScheduleEntity) private readonly schedules: Repository<ScheduleEntity>) {}

  findById(id: number, tx?: Transaction): Promise<ScheduleEntity | null> {
    return this.repo(tx).findOneBy({ id });
  }

  /** A row with its center (for views). */
  findWithCenter(id: number): Promise<ScheduleEntity | null> {
    return this.schedules.findOne({ where: { id }, relations: { center: true } });
  }

  /**
   * Rows by id, with the other half of every smart pair among them: one raw statement (the pairs
   * no longer take a second round trip), its select list built once from the entity's metadata.
   */
  async findWithPairs(ids: readonly number[], tx?: Transaction): Promise<Map<number, ScheduleEntity>> {
    if (ids.length === 0) return new Map();
    const unique = [...new Set(ids)];
    const list = unique.map((_, n) => `$${n + 1}`).join(', ');
    const rows = (await this.repo(tx).query(
      `SELECT ${this.selected()} FROM schedules
        WHERE id IN (${list}) OR id IN (SELECT pair_id FROM schedules WHERE id IN (${list}))`,
      unique,
    )) as Record<string, unknown>[];
    return new Map(
      rows.map((row) => {
        const entity = Object.assign(new ScheduleEntity(), row);
        return [entity.id, entity];
      }),
    );
  }

  /** Every column under its property name (what TypeORM would hydrate). */
  private selected(): string {
    return (this.selectList ??= this.schedules.metadata.columns
      .map((c) => `${c.databaseName} AS "${c.propertyName}"`)
      .join(', '));
  }

  /** One page of rows (with their center), newest or oldest first, and the total. */
  page(filter: ScheduleFilter, window: PageWindow): Promise<[ScheduleEntity[], number]> {
    const where: FindOptionsWhere<ScheduleEntity> = {};
    if (filter.id !== undefined) where.id = filter.id;
    if (filter.jobName !== undefined) where.jobName = filter.jobName;
    if (filter.type !== undefined) where.type = filter.type;
    if (filter.state !== undefined) where.state = filter.state;
    if (filter.centerId !== undefined) where.centerId = filter.centerId;
    return this.schedules.findAndCount({
      where,
      relations: { center: true },
      order: { id: window.order },
      skip: window.skip,
      take: window.take,
    });
  }

  /**
   * Store a spec: one `basic` row, plus an `advanced` row for smart types, linked both ways by
   * `pair_id`. State `Enabled`.
   */
  async insert(spec: ScheduleSpec, owner: ScheduleOwner, tx: Transaction): Promise<ScheduleRows> {
    const repo = this.repo(tx);
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

  /**
   * Write each row's `last_run_time` (a slot of it fired), never moving it back: one statement for
   * the whole batch of a scheduler tick.
   */
  async recordRuns(runs: readonly { scheduleId: number; at: Date }[], tx: Transaction): Promise<void> {
    if (runs.length === 0) return;
    await tx.query(
      `UPDATE schedules s SET last_run_time = greatest(s.last_run_time, r.at)
         FROM (SELECT id, max(at) AS at FROM unnest($1::integer[], $2::timestamptz[]) AS u(id, at) GROUP BY id) r
        WHERE s.id = r.id`,
      [runs.map((r) => r.scheduleId), runs.map((r) => r.at.toISOString())],
    );
  }

  /**
   * Replace a stored schedule's content in place (its basic row keeps its id, spec §13): type,
   * fields, zone and owner's job name, `revised_at` = `at`. A smart spec keeps or creates the
   * advanced row (linked both ways); a non-smart spec unlinks the old advanced row and returns its id
   * in `dropped` for the caller to delete once nothing refers to it.
   */
  async revise(
    ids: { basicId: number; advancedId: number | null },
    spec: ScheduleSpec,
    owner: ScheduleOwner,
    at: Date,
    tx: Transaction,
  ): Promise<ScheduleRows & { dropped: number[] }> {
    const repo = this.repo(tx);
    const content = { type: spec.type, timezone: spec.timezone, jobName: owner.jobName ?? null, revisedAt: at };
    let advancedId = ids.advancedId;
    const dropped: number[] = [];
    if (spec.advanced && advancedId !== null) {
      await repo.update({ id: advancedId }, { ...content, fields: spec.advanced });
    } else if (spec.advanced) {
      const basic = await repo.findOneByOrFail({ id: ids.basicId });
      const row = await repo.save(
        repo.create({
          centerId: basic.centerId,
          userId: basic.userId,
          ...content,
          state: basic.state,
          lastRunTime: null,
          role: 'advanced',
          fields: spec.advanced,
          pairId: ids.basicId,
        }),
      );
      advancedId = row.id;
    } else if (advancedId !== null) {
      await repo.update({ id: advancedId }, { pairId: null });
      dropped.push(advancedId);
      advancedId = null;
    }
    await repo.update({ id: ids.basicId }, { ...content, fields: spec.basic, pairId: advancedId });
    const basic = await repo.findOneByOrFail({ id: ids.basicId });
    const advanced = advancedId !== null ? await repo.findOneByOrFail({ id: advancedId }) : undefined;
    return advanced ? { basic, advanced, dropped } : { basic, dropped };
  }

  /** Delete rows with the other half of any smart pair among them; the ids removed, ascending. */
  async deleteWithPairs(ids: readonly number[], tx: Transaction): Promise<number[]> {
    if (ids.length === 0) return [];
    const repo = this.repo(tx);
    const rows = await repo.findBy({ id: In([...ids]) });
    const all = new Set<number>();
    for (const row of rows) {
      all.add(row.id);
      if (row.pairId !== null) all.add(row.pairId);
    }
    if (all.size === 0) return [];
    await repo.delete({ id: In([...all]) });
    return [...all].sort((a, b) => a - b);
  }

  private repo(tx?: Transaction): Repository<ScheduleEntity> {
    return tx ? tx.getRepository(ScheduleEntity) : this.schedules;
  }
}
