/**
 * The one table of the error codes the API sends (`code` of the error envelope, `error.code` on the
 * images route): each code with the statuses it comes with and what it means. `ErrorCode` is derived
 * from it, so `AppException` takes no other code, and the OpenAPI document's `ErrorCode` enum is its
 * keys: a client can switch on `code` with generated types.
 *
 * A new refusal adds its row here (the compiler refuses an `AppException` with an unknown code).
 */
export const ERROR_CODES = {
  VALIDATION_ERROR: { statuses: [400], meaning: 'A field breaks a rule (the message and `detail` name it)' },
  IMAGE_OF_ANOTHER_SERVER: { statuses: [400], meaning: 'An agent reported an image of another server' },
  UNAUTHORIZED: { statuses: [401], meaning: 'Missing, invalid or expired token or key' },
  FORBIDDEN: { statuses: [403], meaning: 'The caller’s role or token kind may not do this' },
  NOT_FOUND: { statuses: [404], meaning: 'An unknown reference or route (the message names it)' },
  INVALID_CREDENTIALS: { statuses: [404], meaning: 'Unknown email or wrong password (one answer for both)' },
  CONFLICT: { statuses: [409], meaning: 'A name or reference conflicts with existing data' },
  JOB_NAME_ALREADY_EXISTS: { statuses: [409], meaning: 'A backup job of that name exists' },
  JOB_ALREADY_RUNNING: { statuses: [409], meaning: 'The job has a run that is not done' },
  NOTHING_TO_VERIFY: { statuses: [409], meaning: 'The job has no restore point to verify' },
  IMAGE_NOT_IN_CHAIN: { statuses: [409], meaning: 'A verify run reported images its claim did not hand out' },
  NO_RESTORE_POINT: {
    statuses: [409],
    meaning: 'No restorable point to recover (`detail` gives each point and why it does not restore)',
  },
  RECOVERY_IN_PROGRESS: { statuses: [409], meaning: 'The target partition or the recovery job has an active run' },
  RECOVERY_NAME_TAKEN: { statuses: [409], meaning: 'A recovery job of that name exists' },
  JOB_NOT_RUNNING: { statuses: [409], meaning: 'The job has no active run to stop' },
  SCHEDULE_IN_USE: { statuses: [409], meaning: 'Backup jobs still use the schedule' },
  LAST_ADMIN: { statuses: [409], meaning: 'The last active administrator would lose the role' },
  IMAGE_PROTECTED: { statuses: [409], meaning: 'The image is protected' },
  IMAGE_NEEDED: { statuses: [409], meaning: 'A protected restore point needs the image' },
  IMAGE_AMBIGUOUS: { statuses: [409], meaning: 'Several image files have that name' },
  RUN_ALREADY_DONE: { statuses: [409], meaning: 'The run has ended' },
  RUN_NOT_CLAIMED: { statuses: [409], meaning: 'No agent has claimed the run yet' },
  RUN_NOT_QUEUED: { statuses: [409], meaning: 'The run is no longer queued' },
  RUN_NOT_ACTIVE: { statuses: [409], meaning: 'The run is not running' },
  RUN_NOT_OWNED: { statuses: [409], meaning: 'Another agent holds the run' },
  AGENT_RUN_LIMIT: { statuses: [409], meaning: 'The agent already holds AGENT_MAX_ACTIVE_RUNS runs' },
  PAYLOAD_TOO_LARGE: { statuses: [413], meaning: 'The body is larger than the route takes' },
  URI_TOO_LONG: { statuses: [414], meaning: 'A path parameter is longer than 1024 characters' },
  UNSUPPORTED_MEDIA_TYPE: { statuses: [415], meaning: 'A body that is not application/json' },
  IDEMPOTENCY_KEY_REUSED: { statuses: [422], meaning: 'An Idempotency-Key reused with another body' },
  RATE_LIMITED: { statuses: [429], meaning: 'Too many requests (see Retry-After)' },
  REQUEST_FAILED: {
    statuses: [405, 408, 411, 431],
    meaning: 'Another refusal of the HTTP layer (the message says why)',
  },
  INTERNAL_SERVER_ERROR: { statuses: [500], meaning: 'An internal error (logged with the request id)' },
  DATABASE_UNAVAILABLE: { statuses: [503], meaning: 'The database cannot be reached' },
  REPOSITORY_UNAVAILABLE: { statuses: [503], meaning: 'The backup repository cannot be read (health says degraded)' },
} as const satisfies Record<string, ErrorCodeDefinition>;

export interface ErrorCodeDefinition {
  /** The HTTP statuses the code is sent with. */
  statuses: readonly number[];
  /** What the code means, for the document. */
  meaning: string;
}

/** Stable machine codes carried by error bodies (`code`). */
export type ErrorCode = keyof typeof ERROR_CODES;

/** Every code, in the table's order (the document's `ErrorCode` enum). */
export const ERROR_CODE_VALUES = Object.keys(ERROR_CODES) as ErrorCode[];

/** The codes sent with an HTTP status, in the table's order. */
export function errorCodesOfStatus(status: number): ErrorCode[] {
  return ERROR_CODE_VALUES.filter((code) => (ERROR_CODES[code].statuses as readonly number[]).includes(status));
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CODES, value);
}
