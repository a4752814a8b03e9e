import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AppConfig, Clock, messages, pageWindow, Refusal, SerializedData, TimerHandle, Timers } from '@zdm/common';
import { resolve } from 'node:path';
import { EntityManager } from 'typeorm';
import {
  CatalogRefreshFailure,
  CatalogRefreshReport,
  emptyRefreshReport,
  refreshFailureAnswer,
} from './catalog-refresh';
import { CatalogWalk } from './catalog-walk';
import { catalogKey, ImageCatalogIndexer, IngestResult } from './image-catalog.indexer';
import { CachedListing, CatalogListing, listingFilter, listingKey, listingView } from './catalog-listing';
import { CatalogImage, catalogImageAt, RevisedCatalogImage } from './catalog-row';
import { ImageCatalogRepository } from './image-catalog.repository';
import { ImageListQuery } from './image-list.dto';
import { ImageListView } from './image.view';
import { ListingCache } from './listing-cache';

/** How often a replica on PostgreSQL reads the shared generation (another replica's change clears its cache). */
const GENERATION_POLL_MS = 1000;

type RefreshOutcome = { ok: true; report: CatalogRefreshReport } | { ok: false; error: unknown };

/**
 * The image catalog (spec §6 "beyond"): headers of every `*.ZIA` under BACKUP_REPOSITORY_PATH in the
 * `image_headers` table. This class coordinates; `CatalogWalk` runs one refresh, the `ImageCatalogIndexer`
 * does the walking and reading, the `ImageCatalogRepository` holds the SQL.
 *
 * - `refresh()`: one at a time (concurrent callers share it); a background refresh runs every
 *   IMAGE_CATALOG_REFRESH_INTERVAL_MS (0 = off).
 * - `list()` refreshes first only when the catalog is older than IMAGE_CATALOG_FRESHNESS_MS, and waits at
 *   most IMAGE_CATALOG_MAX_WAIT_MS for it; after that it answers from what is indexed, flagged `stale`.
 *   Answers are cached per catalog generation (bumped by every change, by any replica).
 * - `ingest()`, `remove()`, `imagesOfJob()`: the catalog as other domains use it (a run that wrote an
 *   image, retention that removed some).
 */
@Injectable()
export class ImageCatalogService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ImageCatalogService.name);
  private inflight?: Promise<RefreshOutcome>;
  /** Local clock time of the last complete refresh known to this process (own or another replica's). */
  private refreshedAt?: number;
  /** The last refresh failed (cleared by a successful one). */
  private lastFailure?: CatalogRefreshFailure;
  private timer?: TimerHandle;
  private generationTimer?: TimerHandle;
  private stopping = false;
  /** Catalog generation this process knows; bumped by every change of rows (any replica). */
  private generation = -1;
  private watched = false;
  private readonly cache = new ListingCache<CachedListing>();

  constructor(
    private readonly config: AppConfig,
    private readonly repository: ImageCatalogRepository,
    private readonly indexer: ImageCatalogIndexer,
    private readonly walk: CatalogWalk,
    private readonly clock: Clock,
    private readonly timers: Timers,
  ) {}

  get repositoryPath(): string {
    return resolve(this.config.backupRepositoryPath);
  }

  onApplicationBootstrap(): void {
    if (!this.config.embeddedDatabase) {
      // Other replicas change the catalog too: their new generation clears this one's cached answers
      // within a second (one single-row query per second; the embedded database has one process).
      this.generationTimer = this.timers.every(
        GENERATION_POLL_MS,
        () => void this.loadSharedState().catch(() => undefined),
      );
    }
    const interval = this.config.imageCatalog.refreshIntervalMs;
    if (interval <= 0) return;
    // First refresh right away (not awaited: the API starts answering meanwhile), then on the interval.
    void this.refresh().catch(() => undefined);
    this.timer = this.timers.every(interval, () => void this.backgroundRefresh(interval).catch(() => undefined));
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    this.timer?.cancel();
    this.generationTimer?.cancel();
    // A refresh in flight is awaited (requests may wait for it); CLI processes end within their time limit.
    // Do not hold shutdown longer than its grace period for it.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.inflight, new Promise((done) => (timer = setTimeout(done, this.config.shutdownGraceMs)))]);
    clearTimeout(timer);
  }

  /**
   * The periodic refresh: skipped when any replica completed one within this interval (with the watcher
   * running: within IMAGE_CATALOG_WATCHED_REFRESH_INTERVAL_MS).
   */
  private async backgroundRefresh(interval: number): Promise<void> {
    await this.loadSharedState();
    const every = this.watched ? Math.max(interval, this.config.imageCatalog.watchedRefreshIntervalMs) : interval;
    if (this.refreshedWithin(every * 0.9)) return;
    await this.refresh();
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

  /**
   * Reads this one image's header now (through the header-reader provider) and writes it into the
   * catalog: for a run that has just written `absolutePath` (`writtenBy`: its provenance). A file that
   * is gone drops its row.
   * Rejects with `CatalogRefreshFailure` when the header CLI fails.
   */
  async ingest(absolutePath: string, writtenBy?: { runId: number }): Promise<IngestResult> {
    try {
      const path = resolve(absolutePath);
      const result = await this.indexer.ingest(this.repositoryPath, path);
      const key = catalogKey(this.repositoryPath, path);
      if (writtenBy && result.status === 'ok' && key) await this.repository.recordRun(key, writtenBy.runId);
      return result;
    } finally {
      await this.changed();
    }
  }

  /**
   * Several files at once (the watcher's batch): read through one CLI batch, gone files dropped, a hard
   * link of a file already listed under another path skipped (each inode once). Rejects
   * with `CatalogRefreshFailure` when the header CLI fails.
   */
  async ingestPaths(absolutePaths: string[]): Promise<Map<string, IngestResult>> {
    const report = emptyRefreshReport();
    try {
      return await this.indexer.ingestMany(this.repositoryPath, absolutePaths, report, { skipLinkedCopies: true });
    } finally {
      if (report.read || report.removed) await this.changed();
    }
  }

  /** A directory (or a file) was removed from the repository: drop the rows of everything below it. */
  async removeDirectory(absoluteDir: string): Promise<number> {
    const removed = await this.indexer.removeDirectory(this.repositoryPath, resolve(absoluteDir));
    if (removed) await this.changed();
    return removed;
  }

  /**
   * The watcher keeps the catalog current (true) or stopped doing so (false). While it does, a request
   * never waits for a walk once one has completed, and the periodic walk only runs every
   * IMAGE_CATALOG_WATCHED_REFRESH_INTERVAL_MS (a safety net for missed events).
   */
  setWatched(watched: boolean): void {
    this.watched = watched;
  }

  get isWatched(): boolean {
    return this.watched;
  }

  /** Drops the catalog rows of these image files (removed by retention); returns how many there were. */
  async remove(absolutePaths: string[]): Promise<number> {
    const removed = await this.indexer.remove(
      this.repositoryPath,
      absolutePaths.map((p) => resolve(p)),
    );
    if (removed) await this.changed();
    return removed;
  }

  /** Readable images by catalog id or file name, with absolute paths. */
  async findImages(key: { id: number } | { name: string }): Promise<CatalogImage[]> {
    const root = this.repositoryPath;
    const images = await this.repository.findImages(key);
    return images.map((image) => catalogImageAt(image, this.indexer.absolutePath(root, image.path)));
  }

  /** Protects (or unprotects) the image file at `absolutePath`. */
  async setProtected(absolutePath: string, value: boolean): Promise<void> {
    const key = catalogKey(this.repositoryPath, resolve(absolutePath));
    if (key) await this.repository.setProtected(key, value);
    await this.changed();
  }

  /**
   * Records what a verify run found (spec §13) inside the caller's transaction: each image file (by
   * absolute path) becomes `ok`, `corrupt` or `missing` as of `at`. Returns the files marked, with the
   * state each had before (`null` = unverified), so the caller can tell what is newly bad.
   */
  async markVerification(
    manager: EntityManager,
    marks: { path: string; state: 'ok' | 'corrupt' | 'missing' }[],
    at: Date,
  ): Promise<{ path: string; name: string; state: 'ok' | 'corrupt' | 'missing'; previous: string | null }[]> {
    const root = this.repositoryPath;
    const keyed = marks.flatMap((m) => {
      const key = catalogKey(root, resolve(m.path));
      return key ? [{ path: key, state: m.state }] : [];
    });
    const marked = await this.repository.markVerification(manager, keyed, at);
    return marked.map((m) => ({ ...m, path: this.indexer.absolutePath(root, m.path) }));
  }

  /** The listing changed behind the catalog's back (a transaction that marked images committed). */
  async invalidate(): Promise<void> {
    await this.changed();
  }

  /**
   * The catalog generation as this process knows it: its own changes at once, another replica's within
   * a second (the poll of the shared state on PostgreSQL; the embedded database has one process) — the
   * freshness of the listing. Read from the shared state while unknown.
   */
  async knownGeneration(): Promise<number> {
    return this.generation >= 0 ? this.generation : this.sharedGeneration();
  }

  /**
   * The catalog generation as every replica sees it now (read from the shared state row): a result
   * computed from catalog rows at this generation is still what they hold.
   */
  async sharedGeneration(): Promise<number> {
    return (await this.repository.readState()).generation;
  }

  /** The readable images of a job (`jobNameOf` of their file names), oldest first, with absolute paths. */
  async imagesOfJob(jobName: string): Promise<CatalogImage[]> {
    const root = this.repositoryPath;
    const images = await this.repository.imagesOfJob(jobName);
    return images.map((image) => catalogImageAt(image, this.indexer.absolutePath(root, image.path)));
  }

  /** Catalog id → revision of each readable image of a job (what changed since a cache read them). */
  revisionsOfJob(jobName: string): Promise<Map<number, string>> {
    return this.repository.revisionsOfJob(jobName);
  }

  /** Readable images of a job with their revisions (all, or those of `ids`), unordered, absolute paths. */
  async revisedImagesOfJob(jobName: string, ids?: number[]): Promise<RevisedCatalogImage[]> {
    const root = this.repositoryPath;
    const rows = await this.repository.revisedImagesOfJob(jobName, ids);
    return rows.map(({ image, revision }) => ({
      image: catalogImageAt(image, this.indexer.absolutePath(root, image.path)),
      revision,
    }));
  }

  /** Lists a server's images (spec §6). */
  async list(serverName: string, query: ImageListQuery): Promise<CatalogListing> {
    if (serverName.trim() === '') throw Refusal.invalid(messages.images.serverNameRequired());
    if (serverName.length > 1024) throw Refusal.invalid(messages.images.serverNameTooLong(1024));
    // Fresh (the common case): no await before the cache lookup.
    const stale = this.isFresh(this.config.imageCatalog.freshnessMs) ? false : await this.refreshForRequest();
    const key = listingKey(serverName, query);
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
    const window = pageWindow(query);
    const { rows, totalItems } = await this.repository.list(listingFilter(serverName, query, window.order), window);
    return listingView(rows, window, totalItems);
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

  /**
   * For a request that found the catalog older than the freshness window: refreshes (unless another
   * replica did meanwhile), waiting at most the configured limit. Returns true when the answer must
   * be flagged stale; throws 503 when the repository cannot be read, 500 when the refresh failed otherwise.
   */
  private async refreshForRequest(): Promise<boolean> {
    const { freshnessMs, maxWaitMs } = this.config.imageCatalog;
    await this.loadSharedState();
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
      if (this.lastFailure) throw refreshFailureAnswer(this.lastFailure);
      return true;
    }
    if (!waited.ok) throw refreshFailureAnswer(waited.error);
    return false;
  }

  private isFresh(freshnessMs: number): boolean {
    if (this.refreshedAt === undefined) return false;
    return this.watched || this.clock.now().getTime() - this.refreshedAt < Math.max(1, freshnessMs);
  }

  private refreshedWithin(ms: number): boolean {
    return this.refreshedAt !== undefined && this.clock.now().getTime() - this.refreshedAt < ms;
  }

  /**
   * What other replicas did: their last refresh (its age measured by the database's clock, so clocks
   * of replicas need not agree) and the catalog generation (a new one clears the cache).
   */
  private async loadSharedState(): Promise<void> {
    const state = await this.repository.readState();
    if (state.refreshedAt) {
      const age = Math.max(0, state.now.getTime() - state.refreshedAt.getTime());
      this.refreshedAt = Math.max(this.refreshedAt ?? 0, this.clock.now().getTime() - age);
    }
    this.setGeneration(state.generation);
  }

  private setGeneration(generation: number): void {
    if (generation !== this.generation) this.cache.clear();
    this.generation = generation;
  }

  /**
   * Catalog rows were changed by SQL outside this service (a migration, a test): a new generation,
   * so that no cached answer (listing, restore points, plans) outlives them. Every writer of
   * `image_headers` that is not a method of this service must call it.
   */
  rowsChanged(): Promise<void> {
    return this.changed();
  }

  /** After rows changed: a new generation, here and for every replica. */
  private async changed(): Promise<void> {
    this.cache.clear();
    this.generation = -1; // unknown until read back: nothing is cached meanwhile
    try {
      this.setGeneration(await this.repository.bumpGeneration());
    } catch {
      this.cache.clear();
    }
  }

  /**
   * One walk (CatalogWalk), by this replica or another; this process's refresh time follows a walk
   * of its own (another replica's is read from the shared state).
   */
  private async runRefresh(): Promise<CatalogRefreshReport> {
    const started = this.clock.now().getTime();
    const report = await this.walk.run(started, {
      stopping: () => this.stopping,
      rowsChanged: () => this.changed(),
      refreshedElsewhere: () => this.loadSharedState(),
    });
    if (!report.byAnotherReplica) this.refreshedAt = Math.max(this.refreshedAt ?? 0, started);
    return report;
  }
}
