import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AppConfig, Clock, TimerHandle, Timers } from '@zdm/common';
import { lstat, readFile, realpath, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileSystemOf, MountedFileSystem } from './domain/file-system-type';
import { ImageCatalogService } from './image-catalog.service';
import { isImageFileName } from './image-name';
import { REPOSITORY_SCANNER, RepositoryScanner } from './repository-scanner';
import { REPOSITORY_WATCHER, RepositoryWatcher, WatchEvent, WatchSubscription } from './repository-watcher';

/** A file is read once its size and mtime have not changed for this long (still being written before). */
export const WRITE_SETTLE_MS = 500;
/** How often files waiting to settle are looked at. */
const SETTLE_CHECK_MS = 200;

/** What the watcher does, for the health detail. */
export interface CatalogWatchStatus {
  /** `watching`: changes are listed within seconds; otherwise the periodic refresh is the bound. */
  mode: 'watching' | 'off' | 'network-file-system' | 'unavailable';
  fileSystem?: string;
  /** Why it is not watching (`unavailable`). */
  reason?: string;
}

interface Settling {
  size: number;
  mtimeMs: number;
  /** When size/mtime were last seen to change (or the file was first seen). */
  changedAt: number;
}

/**
 * Keeps the catalog in step with the repository as files are written (issue 12 "images at once"):
 * an image written by anyone appears in the listing once it has settled (no change for
 * WRITE_SETTLE_MS: files still being written are not read), removed files and directories drop out,
 * directories moved in are indexed. Not on network file systems (nfs, cifs, sshfs, 9p …), whose changes
 * by other machines raise no local events: there the periodic refresh remains the bound, and the
 * health detail says so.
 */
@Injectable()
export class ImageCatalogWatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ImageCatalogWatcher.name);
  private subscription?: WatchSubscription;
  private state: CatalogWatchStatus = { mode: 'off' };
  private readonly settling = new Map<string, Settling>();
  private readonly createdDirs = new Set<string>();
  private readonly removed = new Set<string>();
  private timer?: TimerHandle;
  private flushing?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly config: AppConfig,
    private readonly catalog: ImageCatalogService,
    @Inject(REPOSITORY_WATCHER) private readonly watcher: RepositoryWatcher,
    @Inject(REPOSITORY_SCANNER) private readonly scanner: RepositoryScanner,
    private readonly clock: Clock,
    private readonly timers: Timers,
  ) {}

  status(): CatalogWatchStatus {
    return this.state;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.imageCatalog.watch) return;
    const root = this.catalog.repositoryPath;
    let fileSystem: MountedFileSystem | undefined;
    try {
      const real = await realpath(root);
      fileSystem = fileSystemOf(await readFile('/proc/mounts', 'utf8').catch(() => ''), real);
      if (fileSystem?.network) {
        this.state = { mode: 'network-file-system', fileSystem: fileSystem.type };
        this.logger.log(
          `image repository ${root} is on a network file system (${fileSystem.type}): not watched, ` +
            `changes are picked up by the periodic refresh`,
        );
        return;
      }
      this.subscription = await this.watcher.watch(
        root,
        (events) => this.onEvents(events),
        (error) => this.onWatchError(error),
      );
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      this.state = { mode: 'unavailable', fileSystem: fileSystem?.type, reason };
      this.logger.warn(`image repository ${root} cannot be watched (${reason}): the periodic refresh is the bound`);
      return;
    }
    this.state = { mode: 'watching', fileSystem: fileSystem?.type };
    this.catalog.setWatched(true);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    this.catalog.setWatched(false);
    this.timer?.cancel();
    this.timer = undefined;
    await this.subscription?.close().catch(() => undefined);
    await this.flushing;
  }

  private onWatchError(error: Error): void {
    // Events may have been lost (queue overflow …): a full walk puts the catalog right.
    this.logger.warn(`image repository watcher: ${error.message}; refreshing the whole catalog`);
    void this.catalog.refresh().catch(() => undefined);
  }

  private onEvents(events: WatchEvent[]): void {
    const now = this.clock.now().getTime();
    for (const event of events) {
      if (isImageFileName(basename(event.path))) {
        // Created, written to, or removed: looked at again once it settles (a removal settles at once).
        this.settling.set(event.path, { size: -1, mtimeMs: -1, changedAt: now });
      } else if (event.type === 'create') {
        this.createdDirs.add(event.path); // maybe a directory moved in (its files raise no events)
      } else if (event.type === 'delete') {
        this.removed.add(event.path); // maybe a directory: drop whatever was below it
      }
    }
    if (!this.timer && !this.stopped) {
      this.timer = this.timers.every(SETTLE_CHECK_MS, () => this.tick());
    }
  }

  private tick(): void {
    if (this.flushing) return;
    this.flushing = this.flush()
      .catch((error: unknown) =>
        this.logger.warn(`image catalog: watched change not applied: ${(error as Error).message ?? String(error)}`),
      )
      .finally(() => {
        this.flushing = undefined;
        if (!this.settling.size && !this.createdDirs.size && !this.removed.size && this.timer) {
          this.timer.cancel();
          this.timer = undefined;
        }
      });
  }

  /**
   * A directory appeared (moved in with its files, which raise no events of their own): its images
   * settle like written files before they are read. A symlink to a directory (`ln -s .. loop`) is
   * not followed, as the full walk does not follow it: its images are listed under their own paths.
   */
  private async settleDirectory(dir: string): Promise<void> {
    const s = await lstat(dir).catch(() => undefined);
    if (!s?.isDirectory()) return;
    const now = this.clock.now().getTime();
    try {
      for await (const chunk of this.scanner.scan(dir, { within: this.catalog.repositoryPath })) {
        for (const file of chunk.files)
          if (!this.settling.has(file.path))
            this.settling.set(file.path, {
              size: file.size,
              mtimeMs: Number(BigInt(file.mtimeNs) / 1_000_000n),
              changedAt: now,
            });
      }
    } catch {
      // gone again meanwhile
    }
  }

  /** Applies removals and moved-in directories, then reads the files that have settled (one batch). */
  private async flush(): Promise<void> {
    for (const path of [...this.removed]) {
      this.removed.delete(path);
      await this.catalog.removeDirectory(path);
    }
    for (const path of [...this.createdDirs]) {
      this.createdDirs.delete(path);
      await this.settleDirectory(path);
    }
    const now = this.clock.now().getTime();
    const ready: string[] = [];
    for (const [path, seen] of this.settling) {
      const s = await stat(path).catch(() => undefined);
      if (!s) {
        ready.push(path); // gone: its row goes
        continue;
      }
      if (s.size !== seen.size || s.mtimeMs !== seen.mtimeMs) {
        this.settling.set(path, { size: s.size, mtimeMs: s.mtimeMs, changedAt: now });
        continue;
      }
      if (now - seen.changedAt >= WRITE_SETTLE_MS) ready.push(path);
    }
    if (!ready.length) return;
    for (const path of ready) this.settling.delete(path);
    await this.catalog.ingestPaths(ready);
  }
}
