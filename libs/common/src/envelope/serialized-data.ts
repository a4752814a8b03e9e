/**
 * `data` already serialized to JSON, as UTF-8 bytes. A handler returns it when the same large answer
 * is served many times (the images route's cache): the envelope is then written around the stored
 * bytes instead of serializing (or even re-encoding) the whole answer on every request.
 */
export class SerializedData {
  private constructor(readonly bytes: Buffer) {}

  static of(value: unknown): SerializedData {
    return new SerializedData(Buffer.from(JSON.stringify(value), 'utf8'));
  }

  /** The body `head + data + tail` in one buffer: one copy of the stored bytes, nothing re-encoded. */
  enveloped(head: string, tail: string): Buffer {
    const headBytes = Buffer.byteLength(head, 'utf8');
    const body = Buffer.allocUnsafe(headBytes + this.bytes.length + Buffer.byteLength(tail, 'utf8'));
    body.write(head, 0, 'utf8');
    this.bytes.copy(body, headBytes);
    body.write(tail, headBytes + this.bytes.length, 'utf8');
    return body;
  }
}
