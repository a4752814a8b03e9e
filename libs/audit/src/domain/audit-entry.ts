/** How a write ended, as the audit log shows it. */
export type AuditOutcome = 'success' | 'denied' | 'failure';

/** A row of the audit log before it is stored. */
export interface AuditRecord {
  time: Date;
  actorId: number | null;
  actorEmail: string | null;
  /** The agent that made the write with its token (agent routes), its name as it was then. */
  agentId: number | null;
  agentName: string | null;
  /** The API key a write was made with (spec §16), its name as it was then; the user columns are then null. */
  apiKeyId: number | null;
  apiKeyName: string | null;
  action: string;
  method: string;
  path: string;
  target: string | null;
  requestId: string;
  status: number;
  outcome: AuditOutcome;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const MAX_TARGET = 255;
const MAX_PATH = 2048;

/** Requests the audit log records: every write that reached a route. */
export function isAuditedWrite(method: string): boolean {
  return WRITE_METHODS.has(method.toUpperCase());
}

/** 2xx/3xx success, 401/403/429 denied (who may not, or may not now), anything else failure. */
export function outcomeOf(status: number): AuditOutcome {
  if (status < 400) return 'success';
  if (status === 401 || status === 403 || status === 429) return 'denied';
  return 'failure';
}

/**
 * What a write was about: its path parameters (`identifier=5`; a single one bare), else the name the
 * body gives the new thing (`email`, `name`, `jobName`), truncated to what the column holds.
 */
export function targetOf(params: unknown, body: unknown): string | null {
  const fromParams = Object.entries(isRecord(params) ? params : {}).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '',
  );
  let target: string | undefined;
  if (fromParams.length === 1) target = fromParams[0]![1];
  else if (fromParams.length > 1) target = fromParams.map(([key, value]) => `${key}=${value}`).join(',');
  else if (isRecord(body)) {
    const named = ['email', 'name', 'jobName'].map((key) => body[key]).find((v) => typeof v === 'string' && v !== '');
    target = named as string | undefined;
  }
  return target === undefined ? null : target.slice(0, MAX_TARGET);
}

/** The request path without its query string, within the column. */
export function pathOf(url: string): string {
  return url.split('?')[0]!.slice(0, MAX_PATH);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
