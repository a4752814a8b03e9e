/** A JSON object (not null, not an array): what an untrusted body's object fields must be. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
