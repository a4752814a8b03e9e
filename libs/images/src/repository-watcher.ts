import { Injectable } from '@nestjs/common';
import { subscribe } from '@parcel/watcher';

/** Injection token of the `RepositoryWatcher` port. */
export const REPOSITORY_WATCHER = Symbol('REPOSITORY_WATCHER');

/** A change under the watched root (a file or a directory; the kind is not known for deletes). */
export interface WatchEvent {
  path: string;
  type: 'create' | 'update' | 'delete';
}

export interface WatchSubscription {
  close(): Promise<void>;
}

/** Change events of a directory tree. */
export interface RepositoryWatcher {
  watch(
    root: string,
    onEvents: (events: WatchEvent[]) => void,
    onError: (error: Error) => void,
  ): Promise<WatchSubscription>;
}

/**
 * @parcel/watcher: native, one inotify watch per directory on Linux (not per file, so a million images
 * do not exhaust `max_user_watches`), events coalesced and delivered in batches.
 */
@Injectable()
export class ParcelRepositoryWatcher implements RepositoryWatcher {
  async watch(
    root: string,
    onEvents: (events: WatchEvent[]) => void,
    onError: (error: Error) => void,
  ): Promise<WatchSubscription> {
    const subscription = await subscribe(
      root,
      (error, events) => {
        if (error) onError(error);
        else onEvents(events);
      },
      { backend: nativeBackend() },
    );
    return { close: () => subscription.unsubscribe() };
  }
}

/**
 * The platform's own backend, named: left to `default`, @parcel/watcher first probes for watchman by
 * `popen("watchman …")` and never reaps that shell (a zombie `sh` per process, issue 24).
 */
function nativeBackend(): 'inotify' | 'fs-events' | 'windows' | undefined {
  const backends: Partial<Record<NodeJS.Platform, 'inotify' | 'fs-events' | 'windows'>> = {
    linux: 'inotify',
    darwin: 'fs-events',
    win32: 'windows',
  };
  return backends[process.platform]; // elsewhere the library's default (e.g. kqueue on the BSDs)
}
