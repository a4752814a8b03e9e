import { Injectable } from '@nestjs/common';
import { HealthIndicatorResult } from '@nestjs/terminus';
import { AppConfig } from '@zdm/common';
import { ImageCatalogWatcher } from './image-catalog.watcher';

/**
 * How soon the catalog sees a new image: `watching` (within seconds, local file system), or the
 * periodic refresh (a network file system, watching off or impossible). Informational: always up.
 */
@Injectable()
export class ImageCatalogHealthIndicator {
  constructor(
    private readonly config: AppConfig,
    private readonly watcher: ImageCatalogWatcher,
  ) {}

  check<const Key extends string>(key: Key): HealthIndicatorResult<Key> {
    const { mode, fileSystem, reason } = this.watcher.status();
    const interval = this.config.imageCatalog.refreshIntervalMs;
    const bound =
      mode === 'watching'
        ? 'file events (within seconds)'
        : interval > 0
          ? `periodic refresh every ${interval} ms`
          : `a request's refresh (catalog older than ${this.config.imageCatalog.freshnessMs} ms)`;
    const result = {
      status: 'up' as const,
      watcher: mode,
      ...(fileSystem ? { fileSystem } : {}),
      ...(mode === 'network-file-system' ? { networkFileSystem: true } : {}),
      ...(reason ? { reason } : {}),
      newImagesListedBy: bound,
    };
    return { [key]: result } as unknown as HealthIndicatorResult<Key>;
  }
}
