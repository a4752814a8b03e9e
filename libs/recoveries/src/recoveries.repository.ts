import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PageWindow } from '@zdm/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { RecoveryChainLink, RecoveryJobEntity } from './recovery-job.entity';
import { RecoveryRunEntity } from './recovery-run.entity';

/** A recovery job with its servers' names. */
export type RecoveryJobRow = RecoveryJobEntity & { sourceServerName: string; targetServerName: string };

/** A new recovery job's columns. */
export interface NewRecoveryJob {
  name: string;
  sourceServerId: number;
  sourceJobId: number;
  sourcePartition: string;
  targetServerId: number;
  targetPartition: string;
  pointImage: string;
  chain: RecoveryChainLink[];
  overwrite: boolean;
  autoStart: boolean;
  createdAt: Date;
}

/** A recovery with a run that is not done. */
export interface ActiveRecovery {
  recoveryJobId: number;
  name: string;
  targetPartition: string;
  runId: number;
  state: string;
}

/** What a recovery run's end event says (besides the run itself). */
export interface RecoveryRunFacts {
  recovery: { id: number; name: string };
  source: { id: number; name: string };
  target: { id: number; name: string };
  sourcePartition: string;
  targetPartition: string;
  chain: RecoveryChainLink[];
  logTail: { time: Date; level: string; message: string }[];
}

const JOB_COLUMNS = `rj.id, rj.name, rj.source_server_id, rj.source_job_id, rj.source_partition, rj.target_server_id,
  rj.target_partition, rj.point_image, rj.chain, rj.overwrite, rj.auto_start, rj.created_at,
  ss.name AS source_server_name, ts.name AS target_server_name`;

/**
 * Every SQL of recovery_jobs and recovery_runs. Reads `runs`, `run_log` and `servers` (libs it may
 * import) read-only, joined, to decorate its own rows; never writes them.
 */
@Injectable()
export class RecoveriesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /** Which of `names` are recovery job names already. */
  async takenNames(names: readonly string[], manager: EntityManager = this.manager): Promise<Set<string>> {
    if (!names.length) return new Set();
    const rows = await manager
      .getRepository(RecoveryJobEntity)
      .find({ select: { name: true }, where: { name: In([...names]) } });
    return new Set(rows.map((r) => r.name));
  }

  /**
   * Serializes recoveries onto one target server (the active-recovery check and the insert of two
   * requests cannot interleave): a row lock on the server, released with the transaction.
   */
  async lockTarget(manager: EntityManager, targetServerId: number): Promise<void> {
    await manager.query(`SELECT id FROM servers WHERE id = $1 FOR UPDATE`, [targetServerId]);
  }

  /** Recoveries onto these partitions of the target server whose latest run is not done. */
  async activeOnTarget(
    manager: EntityManager,
    targetServerId: number,
    partitions: string[],
  ): Promise<ActiveRecovery[]> {
    if (!partitions.length) return [];
    const rows = (await manager.query(
      `SELECT rj.id AS recovery_job_id, rj.name, rj.target_partition, r.id AS run_id, r.state
         FROM recovery_jobs rj
         JOIN recovery_runs rr ON rr.recovery_job_id = rj.id
         JOIN runs r ON r.id = rr.run_id
        WHERE rj.target_server_id = $1 AND rj.target_partition = ANY($2::varchar[]) AND r.state <> 'done'
        ORDER BY rj.id`,
      [targetServerId, partitions],
    )) as { recovery_job_id: number; name: string; target_partition: string; run_id: number; state: string }[];
    return rows.map((r) => ({
      recoveryJobId: r.recovery_job_id,
      name: r.name,
      targetPartition: r.target_partition,
      runId: r.run_id,
      state: r.state,
    }));
  }

  /** Insert a recovery job; undefined when its name was taken meanwhile (`uq_recovery_jobs_name`). */
  async insert(manager: EntityManager, job: NewRecoveryJob): Promise<RecoveryJobEntity | undefined> {
    const rows = (await manager.query(
      `INSERT INTO recovery_jobs (name, source_server_id, source_job_id, source_partition, target_server_id,
                                  target_partition, point_image, chain, overwrite, auto_start, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11)
       ON CONFLICT ON CONSTRAINT uq_recovery_jobs_name DO NOTHING
       RETURNING id`,
      [
        job.name,
        job.sourceServerId,
        job.sourceJobId,
        job.sourcePartition,
        job.targetServerId,
        job.targetPartition,
        job.pointImage,
        JSON.stringify(job.chain),
        job.overwrite,
        job.autoStart,
        job.createdAt,
      ],
    )) as { id: number }[];
    return rows[0] ? { ...job, id: Number(rows[0].id) } : undefined;
  }

  async linkRun(manager: EntityManager, recoveryJobId: number, runId: number): Promise<void> {
    await manager.getRepository(RecoveryRunEntity).insert({ recoveryJobId, runId });
  }

  /** A recovery job by id or exact name, with its servers' names; `lock` locks its row (in `manager`'s transaction). */
  async find(
    key: { id: number } | { name: string },
    manager: EntityManager = this.manager,
    lock = false,
  ): Promise<RecoveryJobRow | undefined> {
    const [column, value] = 'id' in key ? ['rj.id', key.id] : ['rj.name', key.name];
    const rows = (await manager.query(
      `SELECT ${JOB_COLUMNS} FROM recovery_jobs rj
         JOIN servers ss ON ss.id = rj.source_server_id
         JOIN servers ts ON ts.id = rj.target_server_id
        WHERE ${column} = $1${lock ? ' FOR UPDATE OF rj' : ''}`,
      [value],
    )) as Record<string, unknown>[];
    return rows[0] ? toRow(rows[0]) : undefined;
  }

  async page(window: PageWindow): Promise<{ rows: RecoveryJobRow[]; total: number }> {
    const order = window.order === 'DESC' ? 'DESC' : 'ASC';
    const rows = (await this.manager.query(
      `SELECT ${JOB_COLUMNS} FROM recovery_jobs rj
         JOIN servers ss ON ss.id = rj.source_server_id
         JOIN servers ts ON ts.id = rj.target_server_id
        ORDER BY rj.id ${order} OFFSET $1 LIMIT $2`,
      [window.skip, window.take],
    )) as Record<string, unknown>[];
    const total = await this.manager.getRepository(RecoveryJobEntity).count();
    return { rows: rows.map(toRow), total };
  }

  /** The newest run of each recovery job (jobs without one are absent). */
  async latestRunIds(recoveryJobIds: number[]): Promise<Map<number, number>> {
    if (!recoveryJobIds.length) return new Map();
    const rows = (await this.manager.query(
      `SELECT recovery_job_id, max(run_id) AS run_id FROM recovery_runs
        WHERE recovery_job_id = ANY($1::integer[]) GROUP BY recovery_job_id`,
      [recoveryJobIds],
    )) as { recovery_job_id: number; run_id: number }[];
    return new Map(rows.map((r) => [Number(r.recovery_job_id), Number(r.run_id)]));
  }

  /** The runs of a recovery job, a page of ids (newest first by default) and the total. */
  async runIds(recoveryJobId: number, window: PageWindow): Promise<{ ids: number[]; total: number }> {
    const order = window.order === 'ASC' ? 'ASC' : 'DESC';
    const rows = (await this.manager.query(
      `SELECT run_id FROM recovery_runs WHERE recovery_job_id = $1 ORDER BY run_id ${order} OFFSET $2 LIMIT $3`,
      [recoveryJobId, window.skip, window.take],
    )) as { run_id: number }[];
    const total = await this.manager.getRepository(RecoveryRunEntity).count({ where: { recoveryJobId } });
    return { ids: rows.map((r) => Number(r.run_id)), total };
  }

  async delete(manager: EntityManager, id: number): Promise<void> {
    await manager.getRepository(RecoveryJobEntity).delete({ id });
  }

  /** The target mapping of restore run `runId`, if a recovery job owns it. */
  async mappingOf(
    runId: number,
  ): Promise<{ sourcePartition: string; targetPartition: string; overwrite: boolean } | null> {
    const rows = (await this.manager.query(
      `SELECT rj.source_partition, rj.target_partition, rj.overwrite
         FROM recovery_runs rr JOIN recovery_jobs rj ON rj.id = rr.recovery_job_id
        WHERE rr.run_id = $1`,
      [runId],
    )) as { source_partition: string; target_partition: string; overwrite: boolean }[];
    const row = rows[0];
    return row
      ? { sourcePartition: row.source_partition, targetPartition: row.target_partition, overwrite: row.overwrite }
      : null;
  }

  /** What the end event of restore run `runId` says, read in the transaction that ends it. */
  async runFacts(manager: EntityManager, runId: number, logTail: number): Promise<RecoveryRunFacts | undefined> {
    const rows = (await manager.query(
      `SELECT ${JOB_COLUMNS} FROM recovery_runs rr
         JOIN recovery_jobs rj ON rj.id = rr.recovery_job_id
         JOIN servers ss ON ss.id = rj.source_server_id
         JOIN servers ts ON ts.id = rj.target_server_id
        WHERE rr.run_id = $1`,
      [runId],
    )) as Record<string, unknown>[];
    if (!rows[0]) return undefined;
    const job = toRow(rows[0]);
    const lines = (await manager.query(
      `SELECT time, level, message FROM run_log WHERE run_id = $1 ORDER BY seq DESC LIMIT $2`,
      [runId, logTail],
    )) as { time: Date | string; level: string; message: string }[];
    return {
      recovery: { id: job.id, name: job.name },
      source: { id: job.sourceServerId, name: job.sourceServerName },
      target: { id: job.targetServerId, name: job.targetServerName },
      sourcePartition: job.sourcePartition,
      targetPartition: job.targetPartition,
      chain: job.chain,
      logTail: lines.reverse().map((l) => ({ time: new Date(l.time), level: l.level, message: l.message })),
    };
  }
}

function toRow(r: Record<string, unknown>): RecoveryJobRow {
  const chain =
    typeof r.chain === 'string' ? (JSON.parse(r.chain) as RecoveryChainLink[]) : (r.chain as RecoveryChainLink[]);
  return {
    id: Number(r.id),
    name: String(r.name),
    sourceServerId: Number(r.source_server_id),
    sourceJobId: Number(r.source_job_id),
    sourcePartition: String(r.source_partition),
    targetServerId: Number(r.target_server_id),
    targetPartition: String(r.target_partition),
    pointImage: String(r.point_image),
    chain,
    overwrite: Boolean(r.overwrite),
    autoStart: Boolean(r.auto_start),
    createdAt: new Date(r.created_at as string),
    sourceServerName: String(r.source_server_name),
    targetServerName: String(r.target_server_name),
  };
}
