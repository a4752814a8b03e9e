import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { PageWindow } from '@zdm/common';
import { containsPattern, Transaction } from '@zdm/database';
import type { RepositoryType } from '@zdm/inventory';
import { FindOptionsWhere, ILike, In, Repository } from 'typeorm';
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

  constructor(@InjectRepository(BackupJobEntity) private readonly jobs: Repository<BackupJobEntity>) {}

  page(filter: BackupJobFilter, window: PageWindow): Promise<[BackupJobEntity[], number]> {
    const where: FindOptionsWhere<BackupJobEntity> = {};
    if (filter.id !== undefined) where.id = filter.id;
    if (filter.nameContains !== undefined) where.name = ILike(containsPattern(filter.nameContains));
    if (filter.serverId !== undefined) where.serverId = filter.serverId;
    if (filter.mode !== undefined) where.mode = filter.mode;
    if (filter.partition !== undefined) where.partition = filter.partition;
    if (filter.status !== undefined) where.status = filter.status;
    if (filter.repositoryType !== undefined) where.repositoryType = filter.repositoryType;
    if (filter.repositoryPath !== undefined) where.repositoryPath = filter.repositoryPath;
    // One joined query with LIMIT/OFFSET (a job has one server, so the join never multiplies rows)
    // and a count without the join: findAndCount with a relation would add a DISTINCT subquery over
    // every matching job and count them through the join.
    const rows = this.jobs
      .createQueryBuilder('job')
      .setFindOptions({ where, order: { id: window.order } })
      .leftJoinAndSelect('job.server', 'server')
      .offset(window.skip)
      .limit(window.take)
      .getMany();
    return Promise.all([rows, this.jobs.count({ where })]);
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
