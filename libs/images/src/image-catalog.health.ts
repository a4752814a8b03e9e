import { Injectable } from '@nestjs/common';
import { HealthIndicatorResult } from '@nestjs/terminus';
import { AppConfig, messages } from '@zdm/common';
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ImageCatalogWatcher } from './image-catalog.watcher';

/** A repository that does not answer within this is reported down (a hung network mount). */
const REPOSITORY_PROBE_TIMEOUT_MS = 1500;

/**
 * The image catalog as health reports it (spec §10, §16): `down` with the reason naming the path
 * when the backup repository cannot be read (then the images route answers 503
 * `REPOSITORY_UNAVAILABLE`), and how soon the catalog sees a new image: `watching` (within
 * seconds, local file system), or the periodic refresh (a network file system, watching off or
 * impossible).
 */
@Injectable()
export class ImageCatalogHealthIndicator {
  constructor(
    private readonly config: AppConfig,
    private readonly watcher: ImageCatalogWatcher,
  ) {}

  async check<const Key extends string>(key: Key): Promise<HealthIndicatorResult<Key>> {
    const { mode, fileSystem, reason } = this.watcher.status();
    const interval = this.config.imageCatalog.refreshIntervalMs;
    const bound =
      mode === 'watching'
        ? 'file events (within seconds)'
        : interval > 0
          ? `periodic refresh every ${interval} ms`
          : `a request's refresh (catalog older than ${this.config.imageCatalog.freshnessMs} ms)`;
    const root = resolve(this.config.backupRepositoryPath);
    const problem = await repositoryProblem(root, REPOSITORY_PROBE_TIMEOUT_MS);
    const result = {
      status: problem === undefined ? ('up' as const) : ('down' as const),
      ...(problem !== undefined ? { message: messages.images.repositoryUnavailable(root, problem).en } : {}),
      watcher: mode,
      ...(fileSystem ? { fileSystem } : {}),
      ...(mode === 'network-file-system' ? { networkFileSystem: true } : {}),
      ...(reason ? { reason } : {}),
      newImagesListedBy: bound,
    };
    return { [key]: result } as unknown as HealthIndicatorResult<Key>;
  }
}

/**
 * Why the catalog cannot walk `root`, or undefined when it is a directory it may list: the error
 * code (`ENOENT`, `EACCES`), `ENOTDIR`, or `timeout` when the file system does not answer in time.
 */
export async function repositoryProblem(root: string, timeoutMs: number): Promise<string | undefined> {
  const probe = (async () => {
    try {
      if (!(await stat(root)).isDirectory()) return 'ENOTDIR';
      await access(root, constants.R_OK | constants.X_OK);
      return undefined;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code ?? 'unreadable';
    }
  })();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((done) => {
    timer = setTimeout(() => done('timeout'), timeoutMs);
    timer.unref();
  });
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
