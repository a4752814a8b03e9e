import { LRUCache } from 'lru-cache';

/**
 * Answers of the listing route, kept per query for one catalog generation (LRU, bounded by entries and
 * by the number of images held; an answer larger than the image bound is not kept). A refresh that
 * changes the catalog starts a new generation and clears it, so a cached answer is never older than
 * what the catalog holds in this process. The LRU itself is lru-cache's.
 */
export class ListingCache<V extends { imageCount: number }> {
  private readonly entries: LRUCache<string, V>;

  constructor(maxEntries = 256, maxImages = 100_000) {
    this.entries = new LRUCache<string, V>({
      max: maxEntries,
      maxSize: maxImages,
      // lru-cache needs a positive size: an empty answer counts as one image.
      sizeCalculation: (value) => Math.max(1, value.imageCount),
    });
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: V): void {
    this.entries.set(key, value);
  }

  clear(): void {
    this.entries.clear();
  }
}
