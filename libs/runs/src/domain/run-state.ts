/** Where a run is in its life (spec §7). `done` is final; `result` says how it ended. */
export const RUN_STATES = ['queued', 'running', 'cancelling', 'done'] as const;
export type RunState = (typeof RUN_STATES)[number];

/** How a `done` run ended; null until then. */
export const RUN_RESULTS = ['success', 'warning', 'failed', 'cancelled', 'lost', 'skipped', 'missed'] as const;
export type RunResult = (typeof RUN_RESULTS)[number];

/** What an agent may report when it completes a run (spec §8). */
export const COMPLETION_RESULTS = ['success', 'warning', 'failed', 'cancelled'] as const;
export type CompletionResult = (typeof COMPLETION_RESULTS)[number];

/** What made a run. */
export const RUN_TRIGGERS = ['schedule', 'manual', 'catch-up', 'retry'] as const;
export type RunTrigger = (typeof RUN_TRIGGERS)[number];

/** What a run does (spec §13): write an image, verify a restore point's chain, or restore one. */
export const RUN_KINDS = ['backup', 'verify', 'restore'] as const;
export type RunKind = (typeof RUN_KINDS)[number];

/**
 * One image of the chain a claim hands an agent (agent protocol), full first: the file name, its
 * absolute path as the API's catalog knows it, its level and the payload checksum its header states.
 */
export interface ChainLink {
  image: string;
  path: string;
  level: 'full' | 'increment';
  payloadSha256: string | null;
}

export const RUN_LEVELS = ['full', 'increment'] as const;
export type RunLevel = (typeof RUN_LEVELS)[number];

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type RunLogLevel = (typeof LOG_LEVELS)[number];

/** States that still hold the job (a second run is refused / a slot is skipped). */
export const ACTIVE_RUN_STATES: readonly RunState[] = ['queued', 'running', 'cancelling'];
