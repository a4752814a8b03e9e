import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { PageWindow } from '@zdm/common';
import { containsPattern, Transaction } from '@zdm/database';
import type { RepositoryType, Server } from '@zdm/inventory';
import { decodeScheduleColumns, ScheduleColumns, scheduleColumns } from '@zdm/schedules';
import { In, Repository } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { BackupJobEntity, NewBackupJob } from './backup-job.entity';
import { JobMode } from './domain/job-mode';
import { JobStatus } from './domain/job-status';

/** A job as the catalog names it (spec §13): id, name, rotation and its server's display name. */
export interface BackupJobIdentity {
  id: number;
  name: string;
  rotation: number;
  /** The server's name ('' when it has none). */
  server: string;
}

/** `GET /api/backups` filters (already validated and resolved). */
export interface BackupJobFilter {
  id?: number;
  /** Part of the name, case-insensitive. */
  nameContains?: string;
  serverId?: number;
  mode?: JobMode;
  partition?: string;
  status?: JobStatus;
  repositoryType?: RepositoryType;
  repositoryPath?: string;
}

/** The server columns a listed job carries, by property (the `Server` shape inventory exports). */
const SERVER_COLUMNS: Record<keyof Omit<Server, 'partitions'>, string> = {
  id: 'id',
  name: 'name',
  centerId: 'center_id',
  os: 'os',
  osVersion: 'os_version',
  createdAt: 'created_at',
};

/** A job of a list page with its server and its schedule's rows (decoded by @zdm/schedules). */
export interface ListedJob {
  job: BackupJobEntity;
  schedule: ScheduleColumns | null;
}

/** A row of `page` (`job.*`, `server.*`, the schedule columns) → the listed job. */
function listedJob(row: Record<string, unknown>): ListedJob {
  const job = new BackupJobEntity();
  const fields = job as unknown as Record<string, unknown>;
  const server: Record<string, unknown> = {};
  for (const key in row) {
    if (key.startsWith('job.')) fields[key.slice(4)] = row[key];
    else if (key.startsWith('server.')) server[key.slice(7)] = row[key];
  }
  if (server.id !== null && server.id !== undefined) job.server = server as unknown as Server;
  return { job, schedule: decodeScheduleColumns(row) };
}

/** How `INSERT` writes one job: its columns and the values of a NewBackupJob in their order. */
interface InsertShape {
  columns: string;
  /** Typed placeholders of row `n` (0-based) of a multi-row VALUES list. */
  placeholders(n: number): string;
  values(job: NewBackupJob): unknown[];
}

/**
 * Every query of the `backup_jobs` table. The INSERT's column list comes from the entity's
 * metadata, so the table's shape is spelled once in the entity (and once in its migration; the
 * schema-drift test keeps the two equal). `tx` runs a call inside the caller's transaction.
 */
@Injectable()
export class BackupJobsRepository {
  private shape?: InsertShape;
  private listed?: string;

  constructor(@InjectRepository(BackupJobEntity) private readonly jobs: Repository<BackupJobEntity>) {}

  /**
   * One page of jobs with their servers and schedules, and the total, in one raw statement: the
   * page (a job has one server and one schedule, so the joins never multiply rows), its schedule
   * rows through the schedules lib's own columns and decoder, and the count as an uncorrelated
   * subquery. The select list comes from the entity's metadata once. Building this through
   * TypeORM's query builder (and the schedules in a second round trip, the count in a third) was
   * most of the list's CPU time, and the list is what dashboards poll, also during a scheduler
   * burst (issue 25). Only a page past the end asks for the count again.
   */
  async page(filter: BackupJobFilter, window: PageWindow): Promise<[ListedJob[], number]> {
    const params: unknown[] = [];
    const where: string[] = [];
    const equal = (column: string, value: unknown) => {
      params.push(value);
      where.push(`j.${column} = $${params.length}`);
    };
    if (filter.id !== undefined) equal('id', filter.id);
    if (filter.nameContains !== undefined) {
      params.push(containsPattern(filter.nameContains));
      where.push(`j.name ILIKE $${params.length}`);
    }
    if (filter.serverId !== undefined) equal('server_id', filter.serverId);
    if (filter.mode !== undefined) equal('mode', filter.mode);
    if (filter.partition !== undefined) equal('partition', filter.partition);
    if (filter.status !== undefined) equal('status', filter.status);
    if (filter.repositoryType !== undefined) equal('repository_type', filter.repositoryType);
    if (filter.repositoryPath !== undefined) equal('repository_path', filter.repositoryPath);
    const condition = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const order = window.order === 'DESC' ? 'DESC' : 'ASC';
    const count = `SELECT count(*)::int FROM backup_jobs j ${condition}`;
    const rows = (await this.jobs.query(
      `SELECT ${this.listedColumns()}, (${count}) AS page_total
        FROM (SELECT * FROM backup_jobs j ${condition} ORDER BY j.id ${order}
              LIMIT $${params.length + 1} OFFSET $${params.length + 2}) j
        LEFT JOIN servers s ON s.id = j.server_id
        LEFT JOIN schedules b ON b.id = j.basic_schedule_id
        LEFT JOIN schedules a ON a.id = b.pair_id
        ORDER BY j.id ${order}`,
      [...params, window.take, window.skip],
    )) as Record<string, unknown>[];
    if (rows.length > 0) return [rows.map(listedJob), Number(rows[0]!.page_total)];
    if (window.skip === 0) return [[], 0];
    const [counted] = (await this.jobs.query(count, params)) as { count: number }[];
    return [[], Number(counted?.count ?? 0)];
  }

  /** The page's select list: the job's columns (`job.*`), its server's (`server.*`), its schedule's. */
  private listedColumns(): string {
    if (this.listed) return this.listed;
    const job = this.jobs.metadata.columns.map((c) => `j.${c.databaseName} AS "job.${c.propertyName}"`);
    const server = Object.entries(SERVER_COLUMNS).map(([property, column]) => `s.${column} AS "server.${property}"`);
    return (this.listed = [...job, ...server, scheduleColumns('b', 'a')].join(', '));
  }

  /** A job with its server, by id or by exact name. */
  findOne(key: { id: number } | { name: string }, tx?: Transaction): Promise<BackupJobEntity | null> {
    return this.repo(tx).findOne({ where: key, relations: { server: true } });
  }

  /**
   * What identifies a job to the catalog (id, name, rotation, its server's name), by id or exact name:
   * one raw single-row query on the primary key or the unique name index, no entity hydration — the
   * per-request lookup of views read many times (restore points).
   */
  async findIdentity(key: { id: number } | { name: string }): Promise<BackupJobIdentity | null> {
    const rows = (await this.jobs.query(
      `SELECT j.id, j.name, j.rotation, s.name AS server FROM backup_jobs j LEFT JOIN servers s ON s.id = j.server_id
        WHERE ${'id' in key ? 'j.id = $1' : 'j.name = $1'}`,
      ['id' in key ? key.id : key.name],
    )) as { id: number; name: string; rotation: number; server: string | null }[];
    const row = rows[0];
    return row
      ? { id: Number(row.id), name: row.name, rotation: Number(row.rotation), server: row.server ?? '' }
      : null;
  }

  /** A server's jobs with their server, oldest first. */
  findByServer(serverId: number): Promise<BackupJobEntity[]> {
    return this.jobs.find({ where: { serverId }, relations: { server: true }, order: { id: 'ASC' } });
  }

  /** The jobs a registration's `jobName` generated (their `base_name`), by id. */
  findByBaseName(baseName: string): Promise<BackupJobEntity[]> {
    return this.jobs.find({ where: { baseName }, order: { id: 'ASC' } });
  }

  /** Which of `names` are taken. */
  async existingNames(names: readonly string[]): Promise<Set<string>> {
    if (names.length === 0) return new Set();
    const rows = await this.jobs.find({ select: { id: true, name: true }, where: { name: In([...names]) } });
    return new Set(rows.map((row) => row.name));
  }

  /** Ids and names of the jobs named `names`, by id. */
  async idsByName(names: readonly string[]): Promise<{ id: number; name: string }[]> {
    if (names.length === 0) return [];
    return this.jobs.find({ select: { id: true, name: true }, where: { name: In([...names]) }, order: { id: 'ASC' } });
  }

  /** Ids of the jobs whose basic or advanced schedule is one of `scheduleIds`, ascending. */
  async idsUsingSchedules(scheduleIds: readonly number[], tx?: Transaction): Promise<number[]> {
    if (scheduleIds.length === 0) return [];
    const ids = In([...scheduleIds]);
    const rows = await this.repo(tx).find({
      select: { id: true },
      where: [{ basicScheduleId: ids }, { advancedScheduleId: ids }],
      order: { id: 'ASC' },
    });
    return rows.map((row) => row.id);
  }

  /** Those of `scheduleIds` (basic or advanced) that belong to a paused job. */
  async pausedSchedules(scheduleIds: readonly number[]): Promise<Set<number>> {
    if (scheduleIds.length === 0) return new Set();
    const ids = In([...scheduleIds]);
    const rows = await this.repo().find({
      select: { basicScheduleId: true, advancedScheduleId: true },
      where: [
        { basicScheduleId: ids, enabled: false },
        { advancedScheduleId: ids, enabled: false },
      ],
    });
    return new Set(rows.flatMap((row) => [row.basicScheduleId, row.advancedScheduleId]).filter((id) => id !== null));
  }

  /** One parameterised INSERT (the hot path of registration: no query building per row). */
  async insert(job: NewBackupJob, tx?: Transaction): Promise<void> {
    const shape = this.insertShape();
    await this.repo(tx).query(
      `INSERT INTO backup_jobs (${shape.columns}) VALUES ${shape.placeholders(0)}`,
      shape.values(job),
    );
  }

  /**
   * Several jobs in one statement; a job whose name is taken is skipped (`ON CONFLICT (name) DO
   * NOTHING`). The names written.
   */
  async insertSkippingTakenNames(jobs: readonly NewBackupJob[]): Promise<Set<string>> {
    const shape = this.insertShape();
    const rows = (await this.jobs.query(
      `INSERT INTO backup_jobs (${shape.columns}) VALUES ${jobs.map((_, n) => shape.placeholders(n)).join(', ')} ON CONFLICT (name) DO NOTHING RETURNING name`,
      jobs.flatMap((job) => shape.values(job)),
    )) as { name: string }[];
    return new Set(rows.map((row) => row.name));
  }

  /** A job locked for the rest of `tx` (`SELECT … FOR UPDATE`). */
  lockForUpdate(id: number, tx: Transaction): Promise<BackupJobEntity | null> {
    return tx.findOne(BackupJobEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Jobs locked for the rest of `tx`, by id. */
  lockAllForUpdate(ids: readonly number[], tx: Transaction): Promise<BackupJobEntity[]> {
    return tx.find(BackupJobEntity, {
      where: { id: In([...ids]) },
      lock: { mode: 'pessimistic_write' },
      order: { id: 'ASC' },
    });
  }

  async save(job: BackupJobEntity, tx: Transaction): Promise<void> {
    await tx.save(BackupJobEntity, job);
  }

  async delete(ids: readonly number[], tx: Transaction): Promise<void> {
    await tx.delete(BackupJobEntity, { id: In([...ids]) });
  }

  private repo(tx?: Transaction): Repository<BackupJobEntity> {
    return tx ? tx.getRepository(BackupJobEntity) : this.jobs;
  }

  private insertShape(): InsertShape {
    if (this.shape) return this.shape;
    const columns = this.jobs.metadata.columns.filter((c) => !c.isGenerated && !c.isCreateDate && !c.isUpdateDate);
    const width = columns.length;
    // Typed placeholders: a multi-row VALUES list would otherwise read every parameter as text.
    const driver = this.jobs.manager.connection.driver;
    const cast = (c: ColumnMetadata) => {
      const type = driver.normalizeType(c);
      return type === 'character varying' ? '' : `::${type}`;
    };
    const value = (c: ColumnMetadata, job: NewBackupJob) => {
      const v = job[c.propertyName as keyof NewBackupJob];
      return c.type === 'jsonb' ? JSON.stringify(v) : v;
    };
    this.shape = {
      columns: columns.map((c) => c.databaseName).join(', '),
      placeholders: (n) => `(${columns.map((c, k) => `$${n * width + k + 1}${cast(c)}`).join(', ')})`,
      values: (job) => columns.map((c) => value(c, job)),
    };
    return this.shape;
  }
}
