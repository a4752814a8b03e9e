import { ErrorCode, LocalizedText, messages } from '@zdm/common';

/**
 * The example error body of each documented error status of an operation, derived from the
 * operation itself (its path, method, required role, security and operationId), so every route,
 * including routes added later, shows its own example per status instead of one shared example:
 * 401 an auth failure, 403 a role refusal, 404 the thing of the path not found, 409 the route's
 * conflict, 414 a path parameter too long, and so on. Messages come from the message catalog.
 */
export interface ErrorExampleContext {
  method: string;
  /** The document path: `/api/backups/{identifier}`. */
  path: string;
  operationId?: string;
  /** `x-required-role` of the operation (viewer, operator, admin). */
  requiredRole?: string;
  /** The agent protocol (agent tokens only). */
  agentRoute?: boolean;
  /** The description of the operation's 404, when it has one ("Unknown center"). */
  notFoundDescription?: string;
  /** `object`: the images route's `error: { code, message }` with ISO-UTC timestamps. */
  form: 'string' | 'object';
}

export interface ErrorExample {
  code: ErrorCode;
  text: LocalizedText;
  detail?: unknown;
}

const REQUEST_ID = '2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1';
const LOCAL_TIMESTAMP = '2026-01-09 19:30:00';
const ISO_UTC_TIMESTAMP = '2026-01-09T10:30:00Z';
const BODY_LIMIT_BYTES = 1_048_576;
const MAX_PARAM_LENGTH = 1024;

/** A thing a path names, and how the catalog says it was not found. */
interface Thing {
  /** A sample value of the path parameter (or of the field naming it). */
  sample: string;
  notFound: (field: string, value: string) => LocalizedText;
}

/**
 * The path segment that names a collection → the thing of that collection. The most specific
 * segment wins (`/api/backups/{identifier}/runs` → run, `/api/runs/{id}/log` → run).
 */
const THINGS: Record<string, Thing> = {
  backups: { sample: 'web01_C', notFound: messages.jobs.jobNotFound },
  runs: { sample: '42', notFound: messages.runs.runNotFound },
  servers: { sample: 'web01', notFound: messages.inventory.serverNotFound },
  server: { sample: 'web01', notFound: messages.inventory.serverNotFound },
  zdms: { sample: 'seoul', notFound: messages.inventory.centerNotFound },
  repositories: {
    sample: '3',
    notFound: (field, value) => messages.inventory.repositoryNotFound(field, 'smb', `//nas/backup-${value}`),
  },
  users: { sample: 'ops@example.com', notFound: messages.inventory.userNotFound },
  schedules: { sample: '7', notFound: messages.schedules.scheduleNotFound },
  images: { sample: 'web01_C_20260109193000_full.ZIA', notFound: messages.images.imageNotFound },
  'restore-points': { sample: 'web01_C_20260109193000_full.ZIA', notFound: messages.images.imageNotFound },
  agents: { sample: '5', notFound: messages.agents.agentNotFound },
  channels: { sample: '2', notFound: messages.notifications.channelNotFound },
};

/** A path of no known collection (a route added later): a not-found naming the field and value. */
const GENERIC_THING: Thing = { sample: '1', notFound: messages.common.notFound };

/** The words a 404 description uses for a thing ("Unknown center") → its collection and body field. */
const THING_WORDS: [RegExp, string, string][] = [
  [/\bcenter\b/i, 'zdms', 'center'],
  [/\bserver\b/i, 'servers', 'server'],
  [/\bjob\b/i, 'backups', 'jobName'],
  [/\brun\b/i, 'runs', 'id'],
  [/\bschedule\b/i, 'schedules', 'schedule'],
  [/\buser\b/i, 'users', 'user'],
  [/\brepository\b/i, 'repositories', 'repository'],
  [/\bimage\b/i, 'images', 'image'],
  [/\bagent\b/i, 'agents', 'id'],
  [/\bchannel\b/i, 'channels', 'id'],
];

/**
 * The thing a 404 of this path is about and the field naming it: the collection before the last path
 * parameter (`/api/backups/{identifier}/retention` → backup job, field `identifier`). Without a path
 * parameter the 404 is about a reference in the body or query: the first thing the 404's description
 * names ("Unknown center" → center, field `center`), else the last known collection of the path.
 */
export function thingOfPath(path: string, description = ''): { field: string; thing: Thing } {
  const segments = path.split('/').filter((s) => s.length > 0 && s !== 'api' && s !== 'v1');
  for (let i = segments.length - 1; i >= 0; i--) {
    const parameter = /^\{(.+)\}$/.exec(segments[i]);
    if (!parameter) continue;
    const collection = [...segments.slice(0, i)].reverse().find((s) => THINGS[s] !== undefined);
    return { field: parameter[1], thing: collection ? THINGS[collection] : GENERIC_THING };
  }
  const named = THING_WORDS.map(([word, collection, field]) => ({ at: description.search(word), collection, field }))
    .filter((w) => w.at >= 0)
    .sort((a, b) => a.at - b.at)[0];
  if (named) return { field: named.field, thing: THINGS[named.collection] };
  const collection = [...segments].reverse().find((s) => THINGS[s] !== undefined);
  return { field: 'id', thing: collection ? THINGS[collection] : GENERIC_THING };
}

/** The conflicts routes are known for, by operationId (a route not listed shows a generic conflict). */
const CONFLICTS: Record<string, () => ErrorExample> = {
  createCenter: () => ({ code: 'CONFLICT', text: messages.inventory.centerNameTaken('seoul') }),
  deleteCenter: () => ({ code: 'CONFLICT', text: messages.inventory.centerInUse('seoul') }),
  createServer: () => ({ code: 'CONFLICT', text: messages.inventory.serverNameTaken('web01') }),
  deleteServer: () => ({ code: 'CONFLICT', text: messages.inventory.serverInUse('web01') }),
  createRepository: () => ({ code: 'CONFLICT', text: messages.inventory.repositoryTaken('smb', '//nas/backup') }),
  createUser: () => ({ code: 'CONFLICT', text: messages.inventory.userEmailTaken('ops@example.com') }),
  updateUser: () => ({ code: 'LAST_ADMIN', text: messages.inventory.lastAdmin() }),
  deleteSchedule: () => ({ code: 'SCHEDULE_IN_USE', text: messages.schedules.scheduleInUse(7, ['web01_C']) }),
  registerBackupJobs: () => ({ code: 'JOB_NAME_ALREADY_EXISTS', text: messages.jobs.jobNameAlreadyExists() }),
  updateBackupJob: () => ({ code: 'JOB_NAME_ALREADY_EXISTS', text: messages.jobs.jobNameTaken('web01_C') }),
  protectImage: () => ({
    code: 'IMAGE_AMBIGUOUS',
    text: messages.images.imageAmbiguous('image', ['/backup/a/web01_C_full.ZIA', '/backup/b/web01_C_full.ZIA']),
  }),
  deleteImage: () => ({
    code: 'IMAGE_PROTECTED',
    text: messages.images.imageProtected('image', 'web01_C_20260109193000_full.ZIA'),
  }),
  runBackupJob: () => ({
    code: 'JOB_ALREADY_RUNNING',
    text: messages.runs.jobAlreadyRunning('identifier', 'web01_C', 42, 'running'),
    detail: { activeRun: { id: 42, state: 'running' } },
  }),
  registerRecoveries: () => ({
    code: 'NO_RESTORE_POINT',
    text: messages.recoveries.noRestorePoint('point', ['/']),
    detail: {
      partitions: [
        {
          source: '/',
          points: [
            {
              image: 'web01_ROOT_[2026-01-09_19_30].ZIA',
              time: '2026-01-09 19:30:00',
              reason: messages.images.pointCorrupt('web01_ROOT_[2026-01-09_19_30].ZIA').en,
            },
          ],
        },
      ],
    },
  }),
  retryRecovery: () => ({
    code: 'RECOVERY_IN_PROGRESS',
    text: messages.recoveries.recoveryInProgress('identifier', 'web01', '/', 'web01_RECOVERY_ROOT', 42),
    detail: { activeRecovery: { id: 7, name: 'web01_RECOVERY_ROOT', run: { id: 42, state: 'running' } } },
  }),
  deleteRecovery: () => ({
    code: 'RECOVERY_IN_PROGRESS',
    text: messages.recoveries.recoveryRunActive('identifier', 'web01_RECOVERY_ROOT', 42),
    detail: { activeRun: { id: 42, state: 'running' } },
  }),
  cancelBackupRun: () => ({ code: 'RUN_ALREADY_DONE', text: messages.runs.runAlreadyDone('id', 42, 'success') }),
  claimAgentRun: () => ({ code: 'AGENT_RUN_LIMIT', text: messages.agents.runLimitReached(4) }),
  reportAgentRunProgress: () => ({ code: 'RUN_NOT_OWNED', text: messages.runs.runNotOwned('id', 42) }),
  writeAgentRunLog: () => ({ code: 'RUN_NOT_OWNED', text: messages.runs.runNotOwned('id', 42) }),
  completeAgentRun: () => ({ code: 'RUN_NOT_OWNED', text: messages.runs.runNotOwned('id', 42) }),
};

/** What an error status of this operation answers, as an example. */
export function errorExampleOf(status: number, context: ErrorExampleContext): ErrorExample {
  switch (status) {
    case 400: {
      const field = 'colour';
      const text = messages.common.unknownField(field);
      return { code: 'VALIDATION_ERROR', text, detail: [{ field, message: text.ko }] };
    }
    case 401:
      return {
        code: 'UNAUTHORIZED',
        text: context.agentRoute ? messages.agents.agentTokenInvalid() : messages.common.unauthorized(),
      };
    case 403:
      if (context.agentRoute) return { code: 'FORBIDDEN', text: messages.agents.userTokenNotAllowed() };
      if (context.requiredRole && context.requiredRole !== 'viewer')
        return { code: 'FORBIDDEN', text: messages.common.forbidden(context.requiredRole) };
      return { code: 'FORBIDDEN', text: messages.agents.agentTokenNotAllowed() };
    case 404: {
      if (context.operationId === 'issueToken')
        return { code: 'INVALID_CREDENTIALS', text: messages.auth.invalidCredentials() };
      const { field, thing } = thingOfPath(context.path, context.notFoundDescription);
      return { code: 'NOT_FOUND', text: thing.notFound(field, thing.sample) };
    }
    case 409:
      return (
        CONFLICTS[context.operationId ?? '']?.() ?? {
          code: 'CONFLICT',
          text: messages.inventory.serverNameTaken('web01'),
        }
      );
    case 413:
      return {
        code: 'PAYLOAD_TOO_LARGE',
        text: messages.common.payloadTooLarge(context.operationId === 'issueToken' ? 4096 : BODY_LIMIT_BYTES),
      };
    case 414:
      return { code: 'URI_TOO_LONG', text: messages.common.pathParameterTooLong(MAX_PARAM_LENGTH) };
    case 415:
      return { code: 'UNSUPPORTED_MEDIA_TYPE', text: messages.common.unsupportedMediaType('text/plain') };
    case 422:
      return {
        code: 'IDEMPOTENCY_KEY_REUSED',
        text: messages.runs.idempotencyKeyReused('Idempotency-Key', 42),
        detail: { run: { id: 42 } },
      };
    case 429:
      return context.operationId === 'issueToken'
        ? { code: 'RATE_LIMITED', text: messages.auth.tooManyFailures(60) }
        : { code: 'RATE_LIMITED', text: messages.common.tooManyRequests() };
    case 503:
      return { code: 'DATABASE_UNAVAILABLE', text: messages.common.databaseUnavailable() };
    case 500:
    default:
      return { code: 'INTERNAL_SERVER_ERROR', text: messages.common.internalError() };
  }
}

/** The whole error body of the example, in the operation's envelope form (Korean, the default). */
export function errorExampleBody(status: number, context: ErrorExampleContext): Record<string, unknown> {
  const example = errorExampleOf(status, context);
  if (context.form === 'object') {
    return {
      success: false,
      requestID: REQUEST_ID,
      error: { code: example.code, message: example.text.ko },
      timestamp: ISO_UTC_TIMESTAMP,
    };
  }
  return {
    success: false,
    requestID: REQUEST_ID,
    error: example.text.ko,
    code: example.code,
    ...(example.detail !== undefined ? { detail: example.detail } : {}),
    timestamp: LOCAL_TIMESTAMP,
  };
}
