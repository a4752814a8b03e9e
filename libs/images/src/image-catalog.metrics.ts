import { Injectable } from '@nestjs/common';
import { MetricsRegistry } from '@zdm/common';
import { Gauge, Histogram } from 'prom-client';
import { CatalogRefreshReport } from './catalog-refresh';
import { ImageCatalogRepository } from './image-catalog.repository';

/**
 * Prometheus metrics of the image catalog (spec §10):
 * - `zdm_catalog_images`: image files the last complete refresh found, and
 *   `zdm_catalog_last_refresh_timestamp_seconds`: when it started — both read from the shared
 *   catalog state at scrape (one row), so every replica answers the same;
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
    new Gauge({
      name: 'zdm_catalog_images',
      help: 'Image files found in the repository by the last complete catalog refresh',
      registers,
      async collect() {
        this.set((await summary()).files);
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
