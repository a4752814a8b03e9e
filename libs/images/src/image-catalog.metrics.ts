import { Injectable } from '@nestjs/common';
import { MetricsRegistry } from '@zdm/common';
import { Gauge, Histogram } from 'prom-client';
import { CatalogRefreshReport } from './catalog-refresh';
import { ImageCatalogRepository } from './image-catalog.repository';

/**
 * Prometheus metrics of the image catalog (spec §10, §16):
 * - `zdm_catalog_images`: image files in the catalog now, so it follows the watcher's additions and
 *   removals between full walks (issue 24: it said 29 while 37 were listed). Counted from the shared
 *   table, so every replica answers the same, and recounted only when the catalog generation (bumped
 *   by every change, on any replica) moved since the last scrape: one single-row read otherwise;
 * - `zdm_catalog_last_refresh_timestamp_seconds`: when the last complete refresh started (the
 *   shared catalog state, one row);
 * - `zdm_catalog_refresh_duration_seconds{outcome}`: the walks this process performed (the replica
 *   holding the refresh lock), `ok` or `failed`.
 */
@Injectable()
export class ImageCatalogMetrics {
  private readonly refreshDuration: Histogram<'outcome'>;

  constructor(metrics: MetricsRegistry, repository: ImageCatalogRepository) {
    const registers = [metrics.registry];
    this.refreshDuration = new Histogram({
      name: 'zdm_catalog_refresh_duration_seconds',
      help: 'Duration of the catalog refreshes (repository walks) this process performed, by outcome',
      labelNames: ['outcome'] as const,
      buckets: [0.01, 0.05, 0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 900],
      registers,
    });
    // One read of the state row serves both gauges of a scrape.
    let pending: ReturnType<ImageCatalogRepository['refreshSummary']> | undefined;
    const summary = () => {
      pending ??= repository.refreshSummary().finally(() => {
        pending = undefined;
      });
      return pending;
    };
    let counted: { generation: number; images: number } | undefined;
    new Gauge({
      name: 'zdm_catalog_images',
      help: 'Image files in the catalog (readable or not), current with the watcher between full refreshes',
      registers,
      async collect() {
        const { generation } = await repository.readState();
        if (counted?.generation !== generation) counted = { generation, images: await repository.countImages() };
        this.set(counted.images);
      },
    });
    new Gauge({
      name: 'zdm_catalog_last_refresh_timestamp_seconds',
      help: 'Start time (Unix seconds) of the last complete catalog refresh; 0 before the first',
      registers,
      async collect() {
        this.set(((await summary()).refreshedAt?.getTime() ?? 0) / 1000);
      },
    });
  }

  /** A walk of this process ended. */
  refreshed(report: CatalogRefreshReport): void {
    this.refreshDuration.observe({ outcome: 'ok' }, report.ms / 1000);
  }

  failed(ms: number): void {
    this.refreshDuration.observe({ outcome: 'failed' }, ms / 1000);
  }
}
