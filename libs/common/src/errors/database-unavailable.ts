/**
 * Is this error "the database is not reachable" (→ 503) rather than a bug (→ 500)?
 * Looks at the driver error TypeORM wraps (`driverError`) and at pool/socket errors: refused or
 * dropped connections, and queries that timed out (a dead link looks like that: the pool destroys
 * such a connection). Errors of the HTTP layer (a client that hung up) are not asked here: the
 * exception filter handles them first.
 */
const UNAVAILABLE_SQLSTATES = new Set([
  '57014',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '08007',
]);
const UNAVAILABLE_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EPIPE',
  'EAI_AGAIN',
]);
const UNAVAILABLE_MESSAGES = [
  /timeout exceeded when trying to connect/i,
  /Connection terminated/i,
  /connection (is )?closed/i,
  /Client has encountered a connection error/i,
  /the database system is (starting up|shutting down)/i,
  /terminating connection due to administrator command/i,
  /Cannot use a pool after calling end/i,
  /embedded database session wait timed out/i,
  /^Query read timeout$/,
  /Connection with postgres database is not established/i,
];

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const candidate = e as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };
    if (typeof candidate.code === 'string' && UNAVAILABLE_SQLSTATES.has(candidate.code)) return true;
    if (typeof candidate.code === 'string' && UNAVAILABLE_ERRNOS.has(candidate.code) && isSocketError(e)) return true;
    if (
      typeof candidate.message === 'string' &&
      UNAVAILABLE_MESSAGES.some((re) => re.test(candidate.message as string))
    ) {
      return true;
    }
    e = candidate.driverError ?? candidate.cause;
  }
  return false;
}

/**
 * A socket errno (what the driver sees when the database link fails), not one of a child process
 * (`spawn …`, or a pipe to it: such errors carry the process's `path`/`spawnargs`) or of a file.
 */
function isSocketError(error: object): boolean {
  const { syscall, path, spawnargs } = error as { syscall?: unknown; path?: unknown; spawnargs?: unknown };
  if (path !== undefined || spawnargs !== undefined) return false;
  return typeof syscall !== 'string' || !syscall.startsWith('spawn');
}
