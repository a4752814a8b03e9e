/** `%` and `_` in user text are literal in a LIKE filter (backslash is PostgreSQL's LIKE escape). */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A LIKE / ILIKE pattern matching values that contain `value` literally. */
export function containsPattern(value: string): string {
  return `%${escapeLike(value)}%`;
}
