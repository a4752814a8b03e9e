/**
 * A short-lived memo of successful lookups on a hot path: a burst of requests that need the same
 * reference looks it up once per `ttlMs` instead of once per request. Only values `keep` accepts are
 * kept, never failures; `ttlMs` 0 keeps nothing. Users: job registration (centers, servers,
 * repositories; rows it writes carry foreign keys, so a reference deleted meanwhile cannot be
 * written, and registration then clears the memo and resolves again) and the auth guard (that a
 * token's user still exists, for AUTH_USER_RECHECK_MS).
 */
export class ReferenceCache<T> {
  private readonly entries = new Map<string, { value: T; expires: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 1000,
  ) {}

  /** The cached value for `key` while it is fresh, without loading (a hot path's synchronous first look). */
  peek(key: string): T | undefined {
    const hit = this.entries.get(key);
    return hit && hit.expires > Date.now() ? hit.value : undefined;
  }

  /** The cached value for `key`, or `load()`'s (kept when `keep` accepts it); `bypass` always loads. */
  async get(key: string, load: () => Promise<T>, keep: (value: T) => boolean = () => true, bypass = false): Promise<T> {
    const hit = bypass ? undefined : this.entries.get(key);
    if (hit && hit.expires > Date.now()) return hit.value;
    const value = await load();
    if (keep(value)) {
      this.entries.delete(key);
      if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
      this.entries.set(key, { value, expires: Date.now() + this.ttlMs });
    }
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
