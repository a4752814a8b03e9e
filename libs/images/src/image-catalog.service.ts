import { HttpStatus, Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppConfig,
  AppException,
  DEFAULT_PAGE_SIZE,
  LocalizedText,
  paginationMeta,
  PageWindow,
  SerializedData,
} from '@zdm/common';
import { resolve } from 'node:path';
import { DataSource, FindOptionsWhere, In } from 'typeorm';
import { HeaderCliFailure, HeaderReadResult, IMAGE_HEADER_READER, ImageHeaderReader } from './header-reader';
import { ImageHeaderEntity } from './image-header.entity';
import { ImageListQuery } from './image-list.dto';
import { jobNameOf } from './image-name';
import { imageView, ImageListView } from './image.view';
import { imagesMessages } from '@zdm/common/messages/images.messages';
import { ListingCache } from './listing-cache';
import { scanRepository, ScannedImageFile } from './repository-scan';

/** The catalog could not be brought up to date: the header CLI failed or the repository is not readable. */
export class CatalogRefreshFailure extends Error {
  override readonly name = 'CatalogRefreshFailure';

  /** `reason` is shown after `백업 이미지 조회 실패: `; `localized` when it has a Korean wording. */
  constructor(
    readonly reason: string,
    readonly localized: LocalizedText = { ko: reason, en: reason },
  ) {
    super(reason);
  }
}

/** What one refresh did. */
export interface CatalogRefreshReport {
  /** Image files found. */
  files: number;
  /** New or changed files whose header was read. */
  read: number;
  /** Of those, the ones the CLI could not read (kept as `unreadable`, skipped until they change). */
  unreadable: number;
  /** Rows dropped because their file is gone. */
  removed: number;
  ms: number;
}

/** The listing answer plus whether it came from a catalog that could not be refreshed in time. */
export interface CatalogListing {
  /** `data` of the answer, serialized once per catalog generation and query. */
  data: SerializedData;
  stale: boolean;
}

interface CachedListing {
  data: SerializedData;
  imageCount: number;
}

type RefreshOutcome = { ok: true; report: CatalogRefreshReport } | { ok: false; error: unknown };

const COLUMNS = [
  'path',
  'dir',
  'file_size',
  'mtime_ns',
  'inode',
  'status',
  'error',
  'name',
  'job_name',
  'server',
  'time',
  'type',
  'compressed',
  'os',
  'partition_size',
  'image_size',
  'mount_point',
  'device',
  'filesystem',
  'disk_number',
  'partition_number',
] as const;
const COLUMN_TYPES = [
  'text',
  'text',
  'bigint',
  'bigint',
  'bigint',
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'boolean',
  'text',
  'bigint',
  'bigint',
  'text',
  'text',
  'text',
  'integer',
  'integer',
];
const UPSERT_CHUNK = 1000;
/** Columns the listing needs (fewer columns: cheaper rows, notably on PGlite). */
const VIEW_COLUMNS = {
  path: true,
  name: true,
  time: true,
  type: true,
  compressed: true,
  server: true,
  os: true,
  partitionSize: true,
  imageSize: true,
  fileSize: true,
  mountPoint: true,
  device: true,
  filesystem: true,
  diskNumber: true,
  partitionNumber: true,
} as const;
const LOOKUP_CHUNK = 1000;

function dirOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/')) || '/';
}

/**
 * The image catalog (spec §6 "beyond"): headers of every `*.ZIA` under BACKUP_REPOSITORY_PATH in the
 * `image_headers` table, keyed by path and invalidated by size + mtime + inode.
 *
 * - `refresh()` walks the repository (streamed, in chunks), reads only new or changed files through the
 *   header reader (batched, bounded concurrency), drops removed files. One refresh at a time: concurrent
 *   callers share it. A background refresh runs every IMAGE_CATALOG_REFRESH_INTERVAL_MS (0 = off).
 * - `list()` refreshes first only when the catalog is older than IMAGE_CATALOG_FRESHNESS_MS, and waits at
 *   most IMAGE_CATALOG_MAX_WAIT_MS for it; after that it answers from what is indexed, flagged `stale`.
 * - The last complete refresh time lives in `image_catalog_states`, so replicas sharing the database
 *   also share freshness.
 */
@Injectable()
export class ImageCatalogService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ImageCatalogService.name);
  private inflight?: Promise<RefreshOutcome>;
  /** Epoch ms of the last complete refresh known to this process (own or another replica's). */
  private refreshedAt?: number;
  /** The last refresh failed (cleared by a successful one). */
  private lastFailure?: CatalogRefreshFailure;
  private timer?: NodeJS.Timeout;
  private stopping = false;
  /** Catalog generation this process knows; bumped by every refresh that changed rows (any replica). */
  private generation = -1;
  private readonly cache = new ListingCache<CachedListing>();

  constructor(
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(IMAGE_HEADER_READER) private readonly reader: ImageHeaderReader,
  ) {}

  get repositoryPath(): string {
    return resolve(this.config.backupRepositoryPath);
  }

  onApplicationBootstrap(): void {
    const interval = this.config.imageCatalog.refreshIntervalMs;
    if (interval <= 0) return;
    // First refresh right away (not awaited: the API starts answering meanwhile), then on the interval.
    void this.refresh().catch(() => undefined);
    this.timer = setInterval(() => void this.refresh().catch(() => undefined), interval);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    // The refresh stops at its next chunk; CLI processes in flight end within their time limit.
    // Do not hold shutdown longer than its grace period for it.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.inflight, new Promise((done) => (timer = setTimeout(done, this.config.shutdownGraceMs)))]);
    clearTimeout(timer);
  }

  /**
   * Brings the catalog up to date. Concurrent calls share one refresh. Rejects with
   * `CatalogRefreshFailure` when the header CLI or the repository fails (whatever was read is kept).
   */
  async refresh(): Promise<CatalogRefreshReport> {
    const outcome = await this.refreshOnce();
    if (!outcome.ok) throw outcome.error;
    return outcome.report;
  }

  /** Single flight; never rejects (callers that stop waiting must not leave a rejection unhandled). */
  private refreshOnce(): Promise<RefreshOutcome> {
    if (!this.inflight) {
      this.inflight = this.runRefresh()
        .then(
          (report): RefreshOutcome => {
            this.lastFailure = undefined;
            return { ok: true, report };
          },
          (error: unknown): RefreshOutcome => {
            if (error instanceof CatalogRefreshFailure) this.lastFailure = error;
            this.logger.warn(`image catalog refresh failed: ${error instanceof Error ? error.message : String(error)}`);
            return { ok: false, error };
          },
        )
        .finally(() => {
          this.inflight = undefined;
        });
    }
    return this.inflight;
  }

  /** Lists a server's images (spec §6). */
  async list(serverName: string, query: ImageListQuery): Promise<CatalogListing> {
    if (serverName.trim() === '') throw AppException.badRequest(imagesMessages.serverNameRequired());
    if (serverName.length > 1024) throw AppException.badRequest(imagesMessages.serverNameTooLong(1024));
    const stale = await this.ensureFresh();
    const key = JSON.stringify([
      serverName,
      query.jobName,
      query.partition,
      query.type,
      query.sort,
      query.page,
      query.limit,
    ]);
    const generation = this.generation;
    const cached = this.cache.get(key);
    if (cached) return { data: cached.data, stale };
    const view = await this.query(serverName, query);
    const data = SerializedData.of(view);
    // Only cache what was read within one generation (a refresh may have finished meanwhile).
    if (generation === this.generation) this.cache.set(key, { data, imageCount: view.images.length });
    return { data, stale };
  }

  private async query(serverName: string, query: ImageListQuery): Promise<ImageListView> {
    const where: FindOptionsWhere<ImageHeaderEntity> = { server: serverName, status: 'ok' };
    if (query.jobName) where.jobName = query.jobName;
    if (query.type) where.type = query.type;
    if (query.partition) {
      // A bare drive letter also matches the drive (`C` → `C:`).
      where.mountPoint = /^[A-Za-z]$/.test(query.partition)
        ? In([query.partition, `${query.partition}:`])
        : query.partition;
    }
    const order = query.sort === 'desc' ? 'DESC' : 'ASC';
    const repository = this.dataSource.getRepository(ImageHeaderEntity);
    const find = { where, select: VIEW_COLUMNS, order: { time: order, name: order, path: order } } as const;
    if (query.page === undefined && query.limit === undefined) {
      const rows = await repository.find(find);
      return { images: rows.map(imageView), total: rows.length };
    }
    const page = query.page ?? 1;
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const window: PageWindow = { skip: (page - 1) * limit, take: limit, page, limit, requested: true, order };
    const [rows, totalItems] = await repository.findAndCount({ ...find, skip: window.skip, take: window.take });
    return { images: rows.map(imageView), total: rows.length, pagination: paginationMeta(window, totalItems) };
  }

  /**
   * Refreshes when the catalog is older than the freshness window, waiting at most the configured
   * limit. Returns true when the answer must be flagged stale; throws 500 when the refresh failed.
   */
  private async ensureFresh(): Promise<boolean> {
    const { freshnessMs, maxWaitMs } = this.config.imageCatalog;
    if (this.isFresh(freshnessMs)) return false;
    await this.loadSharedRefreshTime();
    if (this.isFresh(freshnessMs)) return false;

    let timer: NodeJS.Timeout | undefined;
    const waited = await Promise.race([
      this.refreshOnce(),
      new Promise<'timeout'>((done) => {
        timer = setTimeout(() => done('timeout'), maxWaitMs);
      }),
    ]);
    clearTimeout(timer);
    if (waited === 'timeout') {
      // Still refreshing. A refresh that already failed last time is reported as such; otherwise
      // answer from what is indexed and say so.
      if (this.lastFailure) throw this.failureException(this.lastFailure);
      return true;
    }
    if (!waited.ok) throw this.failureException(waited.error);
    return false;
  }

  private isFresh(freshnessMs: number): boolean {
    return this.refreshedAt !== undefined && Date.now() - this.refreshedAt < Math.max(1, freshnessMs);
  }

  /** What other replicas did: their last refresh time, and the catalog generation (clears the cache). */
  private async loadSharedRefreshTime(): Promise<void> {
    const rows: { refreshed_at: Date | string | null; generation: string }[] = await this.dataSource.query(
      'SELECT refreshed_at, generation FROM image_catalog_states WHERE id = 1',
    );
    const at = rows[0]?.refreshed_at;
    if (at) this.refreshedAt = Math.max(this.refreshedAt ?? 0, new Date(at).getTime());
    this.setGeneration(Number(rows[0]?.generation ?? 0));
  }

  private setGeneration(generation: number): void {
    if (generation !== this.generation) this.cache.clear();
    this.generation = generation;
  }

  /** After rows changed: a new generation, here and for every replica. */
  private async bumpGeneration(): Promise<void> {
    this.cache.clear();
    this.generation = -1; // unknown until read back: nothing is cached meanwhile
    const rows = rowsOf<{ generation: string }>(
      await this.dataSource.query(
        'UPDATE image_catalog_states SET generation = generation + 1, updated_at = now() WHERE id = 1 RETURNING generation',
      ),
    );
    this.setGeneration(Number(rows[0]?.generation ?? 0));
  }

  private failureException(error: unknown): unknown {
    if (error instanceof CatalogRefreshFailure) {
      const message = {
        ko: imagesMessages.listFailed(error.localized.ko).ko,
        en: imagesMessages.listFailed(error.localized.en).en,
      };
      return new AppException(HttpStatus.INTERNAL_SERVER_ERROR, 'INTERNAL_SERVER_ERROR', message);
    }
    return error; // database trouble etc.: the global filter maps it (503 …)
  }

  private async runRefresh(): Promise<CatalogRefreshReport> {
    const started = Date.now();
    const report: CatalogRefreshReport = { files: 0, read: 0, unreadable: 0, removed: 0, ms: 0 };
    try {
      await this.index(report);
    } catch (error) {
      const reason =
        error instanceof CatalogRefreshFailure ? error.reason : error instanceof Error ? error.message : String(error);
      await this.dataSource
        .query('UPDATE image_catalog_states SET last_error = $1, updated_at = now() WHERE id = 1', [reason])
        .catch(() => undefined);
      throw error;
    } finally {
      // Rows changed (even by a refresh that failed part-way): cached answers are out of date everywhere.
      if (report.read || report.removed) await this.bumpGeneration().catch(() => this.cache.clear());
      // Keep the planner's statistics current after bulk changes (PGlite has no autovacuum).
      if (report.read + report.removed >= 1000)
        await this.dataSource.query('ANALYZE image_headers').catch(() => undefined);
    }
    await this.dataSource.query(
      'UPDATE image_catalog_states SET refreshed_at = $1, files = $2, last_error = NULL, updated_at = now() WHERE id = 1',
      [new Date(started), report.files],
    );
    this.refreshedAt = Math.max(this.refreshedAt ?? 0, started);
    report.ms = Date.now() - started;
    const level = report.read || report.removed ? 'log' : 'debug';
    this.logger[level](
      `image catalog refreshed: ${report.files} files, ${report.read} read (${report.unreadable} unreadable), ${report.removed} removed in ${report.ms} ms`,
    );
    return report;
  }

  /** Walks the repository, reads new/changed headers, drops removed files; counts into `report`. */
  private async index(report: CatalogRefreshReport): Promise<void> {
    const root = this.repositoryPath;
    const seenDirs = new Set<string>();
    const incompleteDirs: string[] = [];
    const flushSize = Math.max(256, this.config.imageCatalog.batchSize * this.config.imageCatalog.concurrency * 4);
    let pending: ScannedImageFile[] = [];
    // The directory being listed: names seen so far and how many of them already had a row.
    let current = { dir: '', names: new Set<string>(), known: 0 };

    const scan = scanRepository(root, {
      onError: (path, error) => this.logger.warn(`image catalog: cannot read ${path}: ${error.code ?? error.message}`),
    });
    try {
      for await (const chunk of scan) {
        if (this.stopping) throw new CatalogRefreshFailure('refresh interrupted by shutdown');
        if (chunk.dir !== current.dir) current = { dir: chunk.dir, names: new Set(), known: 0 };
        seenDirs.add(chunk.dir);
        if (!chunk.complete) incompleteDirs.push(chunk.dir);
        report.files += chunk.files.length;
        for (const file of chunk.files) current.names.add(file.name);

        const { changed, known } = await this.changedFiles(chunk.files);
        current.known += known;
        pending.push(...changed);
        if (pending.length >= flushSize) {
          const batch = pending;
          pending = [];
          await this.readAndStore(batch, report);
        }
        if (chunk.last && chunk.complete)
          report.removed += await this.sweepDirectory(current.dir, current.names, current.known);
      }
    } catch (error) {
      if (error instanceof CatalogRefreshFailure) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code && (error as NodeJS.ErrnoException).path === root) {
        const reason = imagesMessages.repositoryUnavailable(root, code);
        throw new CatalogRefreshFailure(reason.en, reason);
      }
      throw error;
    }
    if (pending.length) await this.readAndStore(pending, report);
    report.removed += await this.sweepDirectories(seenDirs, incompleteDirs);
  }

  /** Files of a chunk whose size, mtime or inode differ from their row (or have no row). */
  private async changedFiles(files: ScannedImageFile[]): Promise<{ changed: ScannedImageFile[]; known: number }> {
    if (!files.length) return { changed: [], known: 0 };
    const rows: { path: string; file_size: string; mtime_ns: string; inode: string }[] = await this.dataSource.query(
      'SELECT path, file_size, mtime_ns, inode FROM image_headers WHERE path = ANY($1::text[])',
      [files.map((f) => f.path)],
    );
    const stored = new Map(rows.map((r) => [r.path, `${r.file_size}:${r.mtime_ns}:${r.inode}`]));
    const changed = files.filter((f) => stored.get(f.path) !== `${f.size}:${f.mtimeNs}:${f.inode}`);
    return { changed, known: rows.length };
  }

  /** Reads the headers of `files` and upserts them; rethrows a CLI failure after storing what was read. */
  private async readAndStore(files: ScannedImageFile[], report: CatalogRefreshReport): Promise<void> {
    let result: HeaderReadResult;
    let failure: HeaderCliFailure | undefined;
    try {
      result = await this.reader.read(files.map((f) => f.path));
    } catch (error) {
      if (!(error instanceof HeaderCliFailure)) throw error;
      failure = error;
      result = error.partial;
    }
    const rows: unknown[][] = [];
    for (const file of files) {
      const header = result.headers.get(file.path);
      const error = result.errors.get(file.path);
      const key = [file.path, dirOf(file.path), file.size, file.mtimeNs, file.inode];
      if (header) {
        rows.push([
          ...key,
          'ok',
          null,
          header.name,
          jobNameOf(header.name),
          header.server,
          header.time,
          header.type,
          header.compressed,
          header.os,
          header.partitionSize,
          header.imageSize,
          header.mountPoint,
          header.device,
          header.filesystem,
          header.diskNumber,
          header.partitionNumber,
        ]);
      } else if (error?.kind === 'unreadable') {
        rows.push([
          ...key,
          'unreadable',
          error.reason,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
        ]);
        report.unreadable++;
      }
      // not reported / not read (CLI failure): no row, so it is tried again next time
    }
    report.read += rows.length;
    for (let i = 0; i < rows.length; i += UPSERT_CHUNK) await this.upsert(rows.slice(i, i + UPSERT_CHUNK));
    if (failure) throw new CatalogRefreshFailure(failure.reason);
  }

  /** Multi-row upsert through `unnest` of one array per column (one statement, 21 parameters). */
  private async upsert(rows: unknown[][]): Promise<void> {
    if (!rows.length) return;
    const columns = COLUMNS.map((_, c) => rows.map((row) => row[c]));
    const unnest = COLUMN_TYPES.map((type, i) => `$${i + 1}::${type}[]`).join(', ');
    const updates = COLUMNS.filter((c) => c !== 'path').map((c) => `${c} = EXCLUDED.${c}`);
    await this.dataSource.query(
      `INSERT INTO image_headers (${COLUMNS.join(', ')}) SELECT * FROM unnest(${unnest})
       ON CONFLICT (path) DO UPDATE SET ${updates.join(', ')}, indexed_at = now()`,
      columns.map((values, i) =>
        COLUMN_TYPES[i] === 'bigint' ? values.map((v) => (v === null ? null : String(v))) : values,
      ),
    );
  }

  /** Drops rows of files no longer in `dir` (cheap check first: the row count). */
  private async sweepDirectory(dir: string, names: Set<string>, known: number): Promise<number> {
    const [{ count }]: { count: string }[] = await this.dataSource.query(
      'SELECT count(*) AS count FROM image_headers WHERE dir = $1',
      [dir],
    );
    if (Number(count) <= known) return 0;
    const rows: { path: string }[] = await this.dataSource.query('SELECT path FROM image_headers WHERE dir = $1', [
      dir,
    ]);
    const gone = rows.map((r) => r.path).filter((p) => !names.has(p.slice(p.lastIndexOf('/') + 1)));
    return this.deletePaths(gone);
  }

  /**
   * Drops rows of directories not seen by this (complete) walk, except under directories that could not
   * be listed, and rows outside the root (BACKUP_REPOSITORY_PATH changed).
   */
  private async sweepDirectories(seen: Set<string>, incomplete: string[]): Promise<number> {
    const root = this.repositoryPath;
    const under = (dir: string, parent: string) =>
      dir === parent || dir.startsWith(parent.endsWith('/') ? parent : `${parent}/`);
    const rows: { dir: string }[] = await this.dataSource.query('SELECT DISTINCT dir FROM image_headers');
    const gone = rows
      .map((r) => r.dir)
      .filter((dir) => !under(dir, root) || (!seen.has(dir) && !incomplete.some((d) => under(dir, d))));
    let removed = 0;
    for (let i = 0; i < gone.length; i += LOOKUP_CHUNK) {
      removed += affected(
        await this.dataSource.query('DELETE FROM image_headers WHERE dir = ANY($1::text[]) RETURNING 1', [
          gone.slice(i, i + LOOKUP_CHUNK),
        ]),
      );
    }
    return removed;
  }

  private async deletePaths(paths: string[]): Promise<number> {
    let removed = 0;
    for (let i = 0; i < paths.length; i += LOOKUP_CHUNK) {
      removed += affected(
        await this.dataSource.query('DELETE FROM image_headers WHERE path = ANY($1::text[]) RETURNING 1', [
          paths.slice(i, i + LOOKUP_CHUNK),
        ]),
      );
    }
    return removed;
  }
}

/** Rows of an `UPDATE`/`DELETE … RETURNING` through `dataSource.query`: `[rows, count]` on pg, `rows` on PGlite. */
function rowsOf<T>(result: unknown): T[] {
  if (!Array.isArray(result)) return [];
  if (result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}

function affected(result: unknown): number {
  return rowsOf(result).length;
}
