/**
 * A short-lived memo of resolved inventory references (centers, servers, repositories) for
 * registration's hot path: a burst of registrations on one server resolves it once per `ttlMs`
 * instead of once per request. Only successful lookups are kept; every written job row carries
 * foreign keys to what it refers to, so a reference deleted within `ttlMs` cannot be written —
 * registration then clears this cache and resolves again (see `BackupRegistrationService`).
 */
export class ReferenceCache<T> {
  private readonly entries = new Map<string, { value: T; expires: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 1000,
  ) {}

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
