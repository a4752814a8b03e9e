import { Injectable, Logger } from '@nestjs/common';
import { AppConfig, Clock } from '@zdm/common';
import { resolve } from 'node:path';
import { CatalogRefreshFailure, CatalogRefreshReport, emptyRefreshReport } from './catalog-refresh';
import { ImageCatalogIndexer } from './image-catalog.indexer';
import { ImageCatalogMetrics } from './image-catalog.metrics';
import { ImageCatalogRepository } from './image-catalog.repository';

/** While another replica refreshes, how often this one looks whether it is done. */
const LOCK_POLL_MS = 200;

/** What a walk needs from the catalog that runs it (ImageCatalogService). */
export interface WalkOwner {
  /** The app is shutting down: stop waiting for another replica's refresh. */
  stopping(): boolean;
  /** Rows changed (even by a walk that failed part-way): a new catalog generation everywhere. */
  rowsChanged(): Promise<void>;
  /** Another replica completed the refresh this one waited for: take over its shared state. */
  refreshedElsewhere(): Promise<void>;
}

/**
 * One refresh of the image catalog: under the refresh lock, walk the repository (the indexer reads
 * new and changed headers, drops rows of gone files) and record it for every replica; while another
 * replica holds the lock, wait for it and take its result. Single flight, freshness and the listing
 * cache stay with ImageCatalogService.
 */
@Injectable()
export class CatalogWalk {
  private readonly logger = new Logger('ImageCatalogService');

  constructor(
    private readonly config: AppConfig,
    private readonly repository: ImageCatalogRepository,
    private readonly indexer: ImageCatalogIndexer,
    private readonly clock: Clock,
    private readonly metrics: ImageCatalogMetrics,
  ) {}

  /**
   * One walk, by this replica or another: while another replica holds the refresh lock, wait for it
   * (polling) and take its result when it completes a refresh; else walk here.
   */
  async run(started: number, owner: WalkOwner): Promise<CatalogRefreshReport> {
    let seen: number | undefined;
    for (;;) {
      const state = await this.repository.readState();
      const before = state.refreshedAt?.getTime() ?? 0;
      seen ??= before;
      if (before > seen) {
        // Another replica completed a refresh while this one waited: that is this refresh.
        await owner.refreshedElsewhere();
        const files = await this.repository.recordedFiles();
        return { ...emptyRefreshReport(), files, ms: this.clock.now().getTime() - started, byAnotherReplica: true };
      }
      const outcome = await this.repository.withRefreshLock(() => this.walk(started, owner));
      if (outcome.locked) return outcome.value;
      if (owner.stopping()) throw new CatalogRefreshFailure('refresh interrupted by shutdown');
      await new Promise((done) => setTimeout(done, LOCK_POLL_MS));
    }
  }

  private async walk(started: number, owner: WalkOwner): Promise<CatalogRefreshReport> {
    // The refresh time recorded for every replica, and the sweep guard, are the database's clock.
    const { now: startedAt } = await this.repository.readState();
    const report = emptyRefreshReport();
    try {
      // A walk in flight finishes even during shutdown: requests waiting for it are still being
      // answered (the HTTP server closes after the modules' destroy hooks), and onModuleDestroy
      // bounds the wait by SHUTDOWN_GRACE_MS.
      await this.indexer.index(resolve(this.config.backupRepositoryPath), report, { startedAt });
    } catch (error) {
      const reason =
        error instanceof CatalogRefreshFailure ? error.reason : error instanceof Error ? error.message : String(error);
      await this.repository.recordFailure(reason).catch(() => undefined);
      this.metrics.failed(this.clock.now().getTime() - started);
      throw error;
    } finally {
      // Rows changed (even by a refresh that failed part-way): cached answers are out of date everywhere.
      if (report.read || report.removed) await owner.rowsChanged();
      if (report.read + report.removed >= 1000) await this.repository.analyze().catch(() => undefined);
    }
    await this.repository.recordRefresh(startedAt, report.files);
    report.ms = this.clock.now().getTime() - started;
    this.metrics.refreshed(report);
    const level = report.read || report.removed ? 'log' : 'debug';
    this.logger[level](
      `image catalog refreshed: ${report.files} files, ${report.read} read (${report.unreadable} unreadable), ${report.removed} removed in ${report.ms} ms`,
    );
    return report;
  }
}
