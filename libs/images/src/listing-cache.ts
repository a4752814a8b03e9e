/**
 * Answers of the listing route, kept per query for one catalog generation (LRU, bounded by entries and
 * by the number of images held). A refresh that changes the catalog starts a new generation and clears
 * it, so a cached answer is never older than what the catalog holds in this process.
 */
export class ListingCache<V extends { imageCount: number }> {
  private readonly entries = new Map<string, V>();
  private images = 0;
  /** The key last moved to the end (or set). */
  private newest: string | undefined;

  constructor(
    private readonly maxEntries = 256,
    private readonly maxImages = 100_000,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined && key !== this.newest) {
      // most recently used goes last (a dashboard polling one page keeps it there without churn)
      this.entries.delete(key);
      this.entries.set(key, value);
      this.newest = key;
    }
    return value;
  }

  set(key: string, value: V): void {
    if (value.imageCount > this.maxImages) return;
    this.delete(key);
    this.entries.set(key, value);
    this.newest = key;
    this.images += value.imageCount;
    for (const [oldest] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.images <= this.maxImages) break;
      this.delete(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
    this.images = 0;
    this.newest = undefined;
  }

  private delete(key: string): void {
    const value = this.entries.get(key);
    if (value === undefined) return;
    this.entries.delete(key);
    this.images -= value.imageCount;
    if (key === this.newest) this.newest = undefined;
  }
}
