import type { Paginated } from '../pagination/paginated';

/**
 * `data` already serialized to JSON, as UTF-8 bytes. A handler returns it when the same large answer
 * is served many times (the images route's cache, a job's restore points): the envelope is then
 * written around the stored bytes instead of serializing (or even re-encoding) the whole answer on
 * every request.
 */
export class SerializedData {
  private constructor(
    readonly bytes: Buffer,
    /** What follows `data` in the envelope (`,"pagination":{…}` of a paginated answer), or nothing. */
    private readonly after: Buffer = EMPTY,
  ) {}

  static of(value: unknown): SerializedData {
    return new SerializedData(Buffer.from(JSON.stringify(value), 'utf8'));
  }

  /** A `Paginated` result, stored: `data` is its items, and its `pagination` (if any) follows at the top level. */
  static ofPage(page: Paginated<unknown>): SerializedData {
    return new SerializedData(
      Buffer.from(JSON.stringify(page.items), 'utf8'),
      page.pagination ? Buffer.from(`,"pagination":${JSON.stringify(page.pagination)}`, 'utf8') : EMPTY,
    );
  }

  /** The body `head + data (+ pagination) + tail` in one buffer: the stored bytes copied, nothing re-encoded. */
  enveloped(head: string, tail: string): Buffer {
    const headBytes = Buffer.byteLength(head, 'utf8');
    const stored = this.bytes.length + this.after.length;
    const body = Buffer.allocUnsafe(headBytes + stored + Buffer.byteLength(tail, 'utf8'));
    body.write(head, 0, 'utf8');
    this.bytes.copy(body, headBytes);
    this.after.copy(body, headBytes + this.bytes.length);
    body.write(tail, headBytes + stored, 'utf8');
    return body;
  }
}

const EMPTY = Buffer.alloc(0);
