/** Injection token of the catalog's `CatalogClock`. */
export const CATALOG_CLOCK = Symbol('CATALOG_CLOCK');

/** Time as the catalog sees it (freshness, refresh durations); tests move it by hand. */
export interface CatalogClock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export const systemClock: CatalogClock = { now: () => Date.now() };
