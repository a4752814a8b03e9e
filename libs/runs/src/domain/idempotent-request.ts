import { createHash } from 'node:crypto';

/**
 * The fingerprint of a request an Idempotency-Key came with: SHA-256 (hex) of its canonical JSON
 * (keys sorted at every depth, `undefined` left out), so the same request however its keys are
 * ordered gives the same fingerprint and any other value gives another.
 */
export function requestFingerprint(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

/**
 * What a second request with a used Idempotency-Key gets (spec §13): the run made then (`replay`)
 * when it is the same request, or a refusal (`reused`) when the body differs. A run stored before
 * fingerprints were kept (null) is replayed: its request is unknown.
 */
export function idempotentReplay(stored: string | null, incoming: string): 'replay' | 'reused' {
  return stored === null || stored === incoming ? 'replay' : 'reused';
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
