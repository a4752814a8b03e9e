import { LRUCache } from 'lru-cache';

/** Wall-clock milliseconds (not `performance.now()`), read on every check: what the ttl is judged by. */
const WALL_CLOCK = { now: () => Date.now() };

/**
 * A short-lived memo of successful lookups on a hot path: a burst of requests that need the same
 * reference looks it up once per `ttlMs` instead of once per request. Only values `keep` accepts are
 * kept, never failures; `ttlMs` 0 keeps nothing. Bounded (least recently used out first; lru-cache).
 * Users: job registration (centers, servers, repositories; rows it writes carry foreign keys, so a
 * reference deleted meanwhile cannot be written, and registration then clears the memo and
 * resolves again) and the auth guard (that a token's user still exists, for AUTH_USER_RECHECK_MS).
 */
export class ReferenceCache<T> {
  /** Undefined with a ttl of 0 (lru-cache reads a ttl of 0 as "forever"). */
  private readonly entries: LRUCache<string, { value: T }> | undefined;

  constructor(ttlMs: number, maxEntries = 1000) {
    this.entries =
      ttlMs > 0
        ? new LRUCache<string, { value: T }>({ max: maxEntries, ttl: ttlMs, ttlResolution: 0, perf: WALL_CLOCK })
        : undefined;
  }

  /** The cached value for `key` while it is fresh, without loading (a hot path's synchronous first look). */
  peek(key: string): T | undefined {
    return this.entries?.get(key)?.value;
  }

  /** The cached value for `key`, or `load()`'s (kept when `keep` accepts it); `bypass` always loads. */
  async get(key: string, load: () => Promise<T>, keep: (value: T) => boolean = () => true, bypass = false): Promise<T> {
    const hit = bypass ? undefined : this.entries?.get(key);
    if (hit) return hit.value;
    const value = await load();
    if (keep(value)) this.entries?.set(key, { value });
    return value;
  }

  clear(): void {
    this.entries?.clear();
  }
}
