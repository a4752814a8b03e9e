/**
 * `excludeDir` / `excludePartition` (spec §4.1): a string whose entries are separated by `,` or
 * `|`, or (in `individual`) an array of strings. Entries are trimmed; empty ones are dropped;
 * repeats are kept once, first occurrence first.
 */
export function splitValueList(value: string | readonly string[]): string[] {
  const raw = typeof value === 'string' ? value.split(/[,|]/) : value.flatMap((v) => v.split(/[,|]/));
  const out: string[] = [];
  for (const entry of raw) {
    const trimmed = entry.trim();
    if (trimmed && !out.includes(trimmed)) out.push(trimmed);
  }
  return out;
}
