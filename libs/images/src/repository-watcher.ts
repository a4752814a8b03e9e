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
    const subscription = await subscribe(root, (error, events) => {
      if (error) onError(error);
      else onEvents(events);
    });
    return { close: () => subscription.unsubscribe() };
  }
}
