import { IANAZone } from 'luxon';

/** Offsets are remembered per quarter hour: every transition of the time zone database falls on one. */
const SPAN_MS = 15 * 60_000;
/** Spans remembered per zone before the memory starts over (a day of spans is 96). */
const MAX_SPANS = 4096;

/** What schedule maths and printing need of a time zone: its UTC offset in minutes at an instant. */
export interface ZoneOffset {
  offset(ms: number): number;
}

/**
 * An IANA zone's UTC offset at an instant, remembered per quarter hour. Luxon asks `Intl` for the
 * offset on every call (formatToParts), which made printing the times of a job list a fifth of its
 * CPU time, and computing the next slots of 10,000 jobs a large part of a scheduler burst. A span is
 * remembered only when the offset is the same at its first and last millisecond and a whole number of
 * minutes; any other span (a transition at an odd moment, a historical local mean time) asks luxon
 * every time, as before. An unknown zone's offset is NaN, as luxon's.
 */
export class CachedZone implements ZoneOffset {
  private readonly zone: IANAZone;
  private readonly spans = new Map<number, number | undefined>();

  private constructor(readonly name: string) {
    this.zone = IANAZone.create(name);
  }

  private static readonly zones = new Map<string, CachedZone>();

  /** The one cached zone of `name` in this process. */
  static of(name: string): CachedZone {
    let zone = CachedZone.zones.get(name);
    if (!zone) CachedZone.zones.set(name, (zone = new CachedZone(name)));
    return zone;
  }

  offset(ms: number): number {
    return this.steadyOffset(ms) ?? this.zone.offset(ms);
  }

  /** The offset of `ms`'s quarter hour when it holds for the whole of it (and is whole minutes). */
  steadyOffset(ms: number): number | undefined {
    if (!Number.isFinite(ms)) return undefined;
    const span = Math.floor(ms / SPAN_MS);
    if (this.spans.has(span)) return this.spans.get(span);
    if (this.spans.size >= MAX_SPANS) this.spans.clear();
    const first = this.zone.offset(span * SPAN_MS);
    const last = this.zone.offset(span * SPAN_MS + SPAN_MS - 1);
    const steady = first === last && Number.isInteger(first) ? first : undefined;
    this.spans.set(span, steady);
    return steady;
  }
}
