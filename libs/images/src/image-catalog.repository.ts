import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@zdm/common';
import { DataSource, EntityManager, FindOptionsWhere, In } from 'typeorm';
import { ImageHeaderEntity } from './image-header.entity';

import {
  CATALOG_IMAGE_COLUMNS,
  CatalogFileKey,
  CatalogImage,
  CatalogImageRow,
  catalogImageOf,
  CatalogListFilter,
  CatalogRow,
  CatalogState,
  RevisedCatalogImage,
  VIEW_COLUMNS,
  WRITE_COLUMNS,
} from './catalog-row';

const UPSERT_SQL = (() => {
  const names = WRITE_COLUMNS.map(([name]) => name);
  const unnest = WRITE_COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  const updates = names.filter((c) => c !== 'path').map((c) => `${c} = EXCLUDED.${c}`);
  // Provenance and protection stay with the file they were recorded for (a different file, by inode, at
  // the path is found and unprotected); what verification said stays while the file is unchanged.
  const sameFile = 'image_headers.inode = EXCLUDED.inode';
  const unchanged = `${sameFile} AND image_headers.mtime_ns = EXCLUDED.mtime_ns AND image_headers.file_size = EXCLUDED.file_size`;
  const kept = [
    `run_id = CASE WHEN ${sameFile} THEN image_headers.run_id END`,
    `protected = ${sameFile} AND image_headers.protected`,
    `verification = CASE WHEN ${unchanged} THEN image_headers.verification END`,
    `verified_at = CASE WHEN ${unchanged} THEN image_headers.verified_at END`,
  ];
  return `INSERT INTO image_headers (${names.join(', ')}) SELECT * FROM unnest(${unnest})
       ON CONFLICT (path) DO UPDATE SET ${updates.join(', ')}, ${kept.join(', ')}, indexed_at = now()`;
})();
const UPSERT_CHUNK = 1000;
/** Advisory lock key of the catalog refresh (`zdm` + `images`, as two int4). */
const REFRESH_LOCK = [0x7a646d, 0x696d67];
const LOOKUP_CHUNK = 1000;

/**
 * Every SQL statement of the image catalog: the `image_headers` rows (one per `*.ZIA` file) and the
 * shared `image_catalog_states` row (last refresh, generation). No other class of the catalog touches
 * the database.
 */
@Injectable()
export class ImageCatalogRepository {
  private readonly embedded: boolean;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    this.embedded = config.embeddedDatabase;
  }

  async readState(): Promise<CatalogState> {
    const rows: { refreshed_at: Date | string | null; generation: string | null; now: Date | string }[] =
      await this.dataSource.query(
        // One row even before the state row exists: the database's clock is always read.
        `SELECT s.refreshed_at, s.generation, now() AS now
         FROM (SELECT 1) AS one LEFT JOIN image_catalog_states s ON s.id = 1`,
      );
    const row = rows[0];
    return {
      refreshedAt: row.refreshed_at ? new Date(row.refreshed_at) : null,
      generation: Number(row.generation ?? 0),
      now: new Date(row.now),
    };
  }

  /** A new generation (rows changed), seen by every replica; returns it. */
  async bumpGeneration(): Promise<number> {
    const rows = rowsOf<{ generation: string }>(
      await this.dataSource.query(
        'UPDATE image_catalog_states SET generation = generation + 1, updated_at = now() WHERE id = 1 RETURNING generation',
      ),
    );
    return Number(rows[0]?.generation ?? 0);
  }

  async recordFailure(reason: string): Promise<void> {
    await this.dataSource.query('UPDATE image_catalog_states SET last_error = $1, updated_at = now() WHERE id = 1', [
      reason,
    ]);
  }

  /** The stored `files` count of the last complete refresh. */
  async recordedFiles(): Promise<number> {
    const rows: { files: number }[] = await this.dataSource.query(
      'SELECT files FROM image_catalog_states WHERE id = 1',
    );
    return Number(rows[0]?.files ?? 0);
  }

  /** The last complete refresh: when it started and the files it found (for the metrics). */
  async refreshSummary(): Promise<{ refreshedAt: Date | null; files: number }> {
    const rows: { refreshed_at: Date | string | null; files: number | string | null }[] = await this.dataSource.query(
      'SELECT refreshed_at, files FROM image_catalog_states WHERE id = 1',
    );
    const row = rows[0];
    return { refreshedAt: row?.refreshed_at ? new Date(row.refreshed_at) : null, files: Number(row?.files ?? 0) };
  }

  /** Image files in the catalog now (readable or not): what a full walk would count, kept current by the watcher. */
  async countImages(): Promise<number> {
    const rows: { count: number | string }[] = await this.dataSource.query(
      'SELECT count(*) AS count FROM image_headers',
    );
    return Number(rows[0]?.count ?? 0);
  }

  /** A complete refresh that started at `startedAt` saw `files` files. */
  async recordRefresh(startedAt: Date, files: number): Promise<void> {
    await this.dataSource.query(
      'UPDATE image_catalog_states SET refreshed_at = $1, files = $2, last_error = NULL, updated_at = now() WHERE id = 1',
      [startedAt, files],
    );
  }

  /** Stored invalidation keys (`size:mtime:inode`) of those of `paths` that have a row. */
  async storedKeys(paths: string[]): Promise<Map<string, string>> {
    if (!paths.length) return new Map();
    const rows: { path: string; file_size: string; mtime_ns: string; inode: string }[] = await this.dataSource.query(
      'SELECT path, file_size, mtime_ns, inode FROM image_headers WHERE path = ANY($1::text[])',
      [paths],
    );
    return new Map(rows.map((r) => [r.path, `${r.file_size}:${r.mtime_ns}:${r.inode}`]));
  }

  /** Inserts or replaces rows (multi-row upsert through `unnest`, one array parameter per column). */
  async upsert(rows: CatalogRow[]): Promise<void> {
    for (let i = 0; i < rows.length; i += UPSERT_CHUNK) {
      const chunk = rows.slice(i, i + UPSERT_CHUNK);
      await this.dataSource.query(
        UPSERT_SQL,
        WRITE_COLUMNS.map(([, , value]) => chunk.map(value)),
      );
    }
  }

  /**
   * Which of `files` are already catalogued under another path as the same file (same inode, size and
   * mtime: a hard link); their keys.
   */
  async linkedCopies(files: CatalogFileKey[]): Promise<Set<string>> {
    if (!files.length) return new Set();
    const rows: { path: string; inode: string; file_size: string; mtime_ns: string }[] = await this.dataSource.query(
      'SELECT path, inode, file_size, mtime_ns FROM image_headers WHERE inode = ANY($1::bigint[])',
      [files.map((f) => f.inode)],
    );
    const catalogued = new Map<string, string[]>();
    for (const r of rows) {
      const id = `${r.inode}:${r.file_size}:${r.mtime_ns}`;
      catalogued.set(id, [...(catalogued.get(id) ?? []), r.path]);
    }
    const copies = new Set<string>();
    for (const f of files) {
      const paths = catalogued.get(`${f.inode}:${f.fileSize}:${f.mtimeNs}`) ?? [];
      if (paths.some((path) => path !== f.path)) copies.add(f.path);
    }
    return copies;
  }

  /** Protects (or unprotects) the image at catalog key `path`. */
  async setProtected(path: string, value: boolean): Promise<void> {
    await this.dataSource.query('UPDATE image_headers SET protected = $2 WHERE path = $1', [path, value]);
  }

  /** Readable images by catalog id or by file name (several files may share a name); paths relative. */
  async findImages(key: { id: number } | { name: string }): Promise<CatalogImage[]> {
    const [column, value] = 'id' in key ? ['id', key.id] : ['name', key.name];
    const rows: CatalogImageRow[] = await this.dataSource.query(
      `SELECT ${CATALOG_IMAGE_COLUMNS} FROM image_headers WHERE ${column} = $1 AND status = 'ok' ORDER BY path`,
      [value],
    );
    return rows.map(catalogImageOf);
  }

  /**
   * Records what verification said of the files at these catalog keys (in the caller's transaction)
   * and returns, per file, the state it had before (`null` = unverified).
   */
  async markVerification(
    manager: EntityManager,
    marks: { path: string; state: 'ok' | 'corrupt' | 'missing' }[],
    at: Date,
  ): Promise<{ path: string; name: string; state: 'ok' | 'corrupt' | 'missing'; previous: string | null }[]> {
    if (!marks.length) return [];
    const rows = (await manager.query(
      `WITH m AS (SELECT * FROM unnest($1::text[], $2::varchar[]) AS m(path, state)),
            old AS (SELECT h.path, h.verification FROM image_headers h JOIN m ON m.path = h.path),
            upd AS (UPDATE image_headers h SET verification = m.state, verified_at = $3
                      FROM m WHERE h.path = m.path RETURNING h.path, h.name, h.verification)
       SELECT upd.path, upd.name, upd.verification AS state, old.verification AS previous
         FROM upd JOIN old ON old.path = upd.path ORDER BY upd.path`,
      [marks.map((m) => m.path), marks.map((m) => m.state), at.toISOString()],
    )) as { path: string; name: string; state: 'ok' | 'corrupt' | 'missing'; previous: string | null }[];
    return rows;
  }

  /** Records that run `runId` wrote the file at catalog key `path` (provenance `run`). */
  async recordRun(path: string, runId: number): Promise<void> {
    await this.dataSource.query('UPDATE image_headers SET run_id = $2 WHERE path = $1', [path, runId]);
  }

  async countInDir(dir: string): Promise<number> {
    const [{ count }]: { count: string }[] = await this.dataSource.query(
      'SELECT count(*) AS count FROM image_headers WHERE dir = $1',
      [dir],
    );
    return Number(count);
  }

  async pathsInDir(dir: string): Promise<string[]> {
    const rows: { path: string }[] = await this.dataSource.query('SELECT path FROM image_headers WHERE dir = $1', [
      dir,
    ]);
    return rows.map((r) => r.path);
  }

  async distinctDirs(): Promise<string[]> {
    const rows: { dir: string }[] = await this.dataSource.query('SELECT DISTINCT dir FROM image_headers');
    return rows.map((r) => r.dir);
  }

  /**
   * Deletes the rows of `paths`; returns how many there were. With `writtenBefore`, rows written at or
   * after that time (database clock) are kept: a walk never drops what another writer added after it
   * started.
   */
  deletePaths(paths: string[], writtenBefore?: Date): Promise<number> {
    return this.deleteWhere('path', paths, writtenBefore);
  }

  /** Deletes every row of the directories `dirs` (same `writtenBefore` rule); returns how many there were. */
  deleteDirs(dirs: string[], writtenBefore?: Date): Promise<number> {
    return this.deleteWhere('dir', dirs, writtenBefore);
  }

  private async deleteWhere(column: 'path' | 'dir', values: string[], writtenBefore?: Date): Promise<number> {
    const guard = writtenBefore ? ' AND indexed_at < $2' : '';
    let removed = 0;
    for (let i = 0; i < values.length; i += LOOKUP_CHUNK) {
      const chunk = values.slice(i, i + LOOKUP_CHUNK);
      removed += rowsOf(
        await this.dataSource.query(
          `DELETE FROM image_headers WHERE ${column} = ANY($1::text[])${guard} RETURNING 1`,
          writtenBefore ? [chunk, writtenBefore] : [chunk],
        ),
      ).length;
    }
    return removed;
  }

  /** Deletes every row in directory `dir` or below it (a removed directory); returns how many there were. */
  async deleteUnder(dir: string): Promise<number> {
    return rowsOf(
      await this.dataSource.query(
        "DELETE FROM image_headers WHERE dir = $1 OR left(dir, length($1) + 1) = $1 || '/' RETURNING 1",
        [dir],
      ),
    ).length;
  }

  /**
   * Runs `work` while holding the catalog's refresh lock: one replica at a time walks the repository
   * (a PostgreSQL session advisory lock on a connection of its own, released when `work` ends or the
   * connection dies). Resolves `{ locked: false }` at once when another replica holds it. The embedded
   * database has one process: no lock needed (and its single session must not be held).
   */
  async withRefreshLock<T>(work: () => Promise<T>): Promise<{ locked: true; value: T } | { locked: false }> {
    if (this.embedded) return { locked: true, value: await work() };
    const runner = this.dataSource.createQueryRunner();
    try {
      const [{ locked }]: { locked: boolean }[] = await runner.query(
        'SELECT pg_try_advisory_lock($1, $2) AS locked',
        REFRESH_LOCK,
      );
      if (!locked) return { locked: false };
      try {
        return { locked: true, value: await work() };
      } finally {
        await runner.query('SELECT pg_advisory_unlock($1, $2)', REFRESH_LOCK).catch(() => undefined);
      }
    } finally {
      await runner.release();
    }
  }

  /** Keeps the planner's statistics current after bulk changes (PGlite has no autovacuum). */
  async analyze(): Promise<void> {
    await this.dataSource.query('ANALYZE image_headers');
  }

  /** A page of a server's readable images, ordered by time, and how many there are in all. */
  async list(
    filter: CatalogListFilter,
    window: { skip: number; take: number },
  ): Promise<{ rows: ImageHeaderEntity[]; totalItems: number }> {
    const where: FindOptionsWhere<ImageHeaderEntity> = { server: filter.server, status: 'ok' };
    if (filter.jobName) where.jobName = filter.jobName;
    if (filter.type) where.type = filter.type;
    if (filter.partition) {
      where.mountPoint = /^[A-Za-z]$/.test(filter.partition)
        ? In([filter.partition, `${filter.partition}:`])
        : filter.partition;
    }
    const order = filter.order;
    const repository = this.dataSource.getRepository(ImageHeaderEntity);
    const find = { where, select: VIEW_COLUMNS, order: { time: order, name: order, path: order } } as const;
    const [rows, totalItems] = await repository.findAndCount({ ...find, skip: window.skip, take: window.take });
    return { rows, totalItems };
  }

  /**
   * The revision of each readable image of a job (catalog id → revision): what a cache of the job's
   * rows compares with what it holds. Two narrow columns of the job's rows only (the job-name index),
   * answered as one `id:revision,…` text: one row to decode rather than one per image (10,000 for a
   * large job, issue 19).
   */
  async revisionsOfJob(jobName: string): Promise<Map<number, string>> {
    const [row]: { pairs: string | null }[] = await this.dataSource.query(
      `SELECT string_agg(id::text || ':' || revision::text, ',') AS pairs
         FROM image_headers WHERE job_name = $1 AND status = 'ok'`,
      [jobName],
    );
    const revisions = new Map<number, string>();
    if (!row?.pairs) return revisions;
    for (const pair of row.pairs.split(',')) {
      const colon = pair.indexOf(':');
      revisions.set(Number(pair.slice(0, colon)), pair.slice(colon + 1));
    }
    return revisions;
  }

  /**
   * Readable images of a job with their revisions: all of them, or those of `ids` (rows that are no
   * longer the job's readable images are left out); unordered, paths relative.
   */
  async revisedImagesOfJob(jobName: string, ids?: number[]): Promise<RevisedCatalogImage[]> {
    const rows: (CatalogImageRow & { revision: string })[] = ids
      ? await this.dataSource.query(
          `SELECT ${CATALOG_IMAGE_COLUMNS}, revision FROM image_headers
           WHERE id = ANY($2::int[]) AND job_name = $1 AND status = 'ok'`,
          [jobName, ids],
        )
      : await this.dataSource.query(
          `SELECT ${CATALOG_IMAGE_COLUMNS}, revision FROM image_headers WHERE job_name = $1 AND status = 'ok'`,
          [jobName],
        );
    return rows.map((r) => ({ image: catalogImageOf(r), revision: String(r.revision) }));
  }

  /** The readable images of a job (file name without time suffix and `.ZIA`), oldest first; paths relative. */
  async imagesOfJob(jobName: string): Promise<CatalogImage[]> {
    const rows: CatalogImageRow[] = await this.dataSource.query(
      `SELECT ${CATALOG_IMAGE_COLUMNS} FROM image_headers
       WHERE job_name = $1 AND status = 'ok' ORDER BY time, name, path`,
      [jobName],
    );
    return rows.map(catalogImageOf);
  }
}

/** Rows of an `UPDATE`/`DELETE … RETURNING` through `dataSource.query`: `[rows, count]` on pg, `rows` on PGlite. */
function rowsOf<T>(result: unknown): T[] {
  if (!Array.isArray(result)) return [];
  if (result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}
