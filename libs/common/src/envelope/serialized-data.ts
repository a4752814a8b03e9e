/**
 * `data` already serialized to JSON. A handler returns it when the same large answer is served
 * many times (the images route's cache): the envelope is then written around the stored text
 * instead of serializing the whole object again on every request.
 */
export class SerializedData {
  private constructor(readonly json: string) {}

  static of(value: unknown): SerializedData {
    return new SerializedData(JSON.stringify(value));
  }
}
