/*
 * The agent side of the agent protocol (spec §8): plain `fetch`, JSON envelopes, and retries with
 * exponential backoff (and jitter; `p-retry`) while the API is unreachable or answers 5xx/429. Other
 * 4xx are the caller's to handle (`AgentApiError`).
 */
import pRetry from 'p-retry';

export interface ClaimedJob {
  id: number;
  name: string;
  partition: string;
  level: 'full' | 'increment';
  repository: { type: string; path: string };
  compression: boolean;
  encryption: boolean;
  excludeDir: string[];
  networkLimit: number;
  scriptPath: string | null;
  scriptRun: 'before' | 'after' | null;
  server: { id: number; name: string; os: string; osVersion: string | null };
  partitionDetail: {
    device: string | null;
    filesystem: string | null;
    size: number | null;
    diskNumber: number;
    partitionNumber: number;
  };
  /** The image to write, named by the API for the run's slot (absent from APIs before spec §13). */
  image?: { name: string; time: string };
}

/** One image of a claim's chain (full first; absent from APIs before spec §13/§14). */
export interface ClaimedChainLink {
  /** File name. */
  image: string;
  /** Absolute path as the API's catalog knows it. */
  path: string;
  level: 'full' | 'increment';
  payloadSha256: string | null;
}

/** What a restore run applies where (mount points, e.g. "/", "/boot/efi", "C:"). */
export interface ClaimedRestore {
  sourcePartition: string;
  targetPartition: string;
  overwrite: boolean;
}

export type RunKind = 'backup' | 'verify' | 'restore';

export interface Claim {
  /** `kind` absent (an API before spec §13): a backup. */
  run: { id: number; level: 'full' | 'increment'; kind?: RunKind };
  job: ClaimedJob;
  leaseExpiresAt: string;
  /**
   * verify: the chain to verify; restore: the chain to apply; an increment's backup: the chain of
   * the job's newest restorable point (its last link is the new image's `parent`). Absent: `[]`.
   */
  chain?: ClaimedChainLink[];
  /** Set for restore runs only. */
  restore?: ClaimedRestore | null;
}

/** A verified image, as a verify run's `complete` reports it. */
export interface VerifiedImage {
  image: string;
  state: 'ok' | 'corrupt' | 'missing';
  errorMessage?: string;
}

/** The body of `complete`: backup `{ result, image?, errorMessage? }`, verify adds `images`. */
export interface CompleteBody {
  result: RunResult;
  image?: string;
  errorMessage?: string;
  images?: VerifiedImage[];
}

export type RunResult = 'success' | 'warning' | 'failed' | 'cancelled';
export type LogLevel = 'info' | 'warn' | 'error';

/** A 4xx (other than 429) the API answered; not retried. */
export class AgentApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`API answered ${status}: ${JSON.stringify(body)}`);
  }
}

/** The call was given up because the agent is stopping. */
export class AgentStopped extends Error {
  constructor() {
    super('agent stopping');
  }
}

export interface AgentApiClientOptions {
  /** Base URL of the API, e.g. `http://localhost:3000/api`. */
  api: string;
  token: string;
  /** Stops retries and in-flight calls (SIGTERM). */
  signal?: AbortSignal;
  /** First retry delay (default 500 ms), doubled per attempt up to `maxBackoffMs` (default 30 s). */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** Per-call time limit on top of a long poll's own wait (default 15 s). */
  timeoutMs?: number;
  /** Attempts per call (default: until it succeeds or the agent stops). */
  attempts?: number;
  /** Told about each retry (the CLI logs it): the failed attempt's error, the longest the wait can be, its number. */
  onRetry?: (error: unknown, delayMs: number, attempt: number) => void;
}

export class AgentApiClient {
  private readonly base: string;

  constructor(private readonly options: AgentApiClientOptions) {
    this.base = options.api.replace(/\/+$/, '');
  }

  /** A client for last words: no stop signal, no retries, a short time limit. */
  detached(timeoutMs: number): AgentApiClient {
    return new AgentApiClient({ ...this.options, signal: undefined, attempts: 1, timeoutMs });
  }

  heartbeat(version: string): Promise<{ serverTime: string }> {
    return this.call('POST', '/agent/heartbeat', { version }) as Promise<{ serverTime: string }>;
  }

  /** Long poll: a claimed run, or undefined when nothing came within `waitSeconds`. */
  async claim(waitSeconds: number): Promise<Claim | undefined> {
    const data = await this.call('POST', '/agent/runs/claim', { wait: waitSeconds }, waitSeconds * 1000);
    return (data ?? undefined) as Claim | undefined;
  }

  async progress(
    runId: number,
    body: { percent: number; bytesDone?: number; bytesTotal?: number; message?: string },
  ): Promise<{ cancel: boolean }> {
    return (await this.call('POST', `/agent/runs/${runId}/progress`, body)) as { cancel: boolean };
  }

  async log(runId: number, lines: { level: LogLevel; message: string }[]): Promise<void> {
    await this.call('POST', `/agent/runs/${runId}/log`, { lines });
  }

  async complete(runId: number, body: CompleteBody): Promise<void> {
    await this.call('POST', `/agent/runs/${runId}/complete`, body);
  }

  /**
   * One call, retried with backoff while the API is down or busy (p-retry: exponential, randomized,
   * the wait cut short by the stop signal). Resolves to `data` (undefined on 204).
   */
  private async call(method: string, path: string, body: unknown, extraTimeoutMs = 0): Promise<unknown> {
    const initial = this.options.initialBackoffMs ?? 500;
    const max = this.options.maxBackoffMs ?? 30_000;
    const { signal } = this.options;
    try {
      return await pRetry(() => this.once(method, path, body, extraTimeoutMs), {
        retries: (this.options.attempts ?? Infinity) - 1,
        factor: 2,
        // Retry n waits between initial/2 and initial, doubled per retry, up to `max` (randomize: × [1, 2)).
        minTimeout: initial / 2,
        maxTimeout: max,
        randomize: true,
        signal,
        shouldRetry: ({ error }) => !(error instanceof AgentApiError || error instanceof AgentStopped),
        onFailedAttempt: ({ error, attemptNumber, retriesLeft }) => {
          if (retriesLeft <= 0 || error instanceof AgentApiError || error instanceof AgentStopped) return;
          this.options.onRetry?.(error, Math.min(max, initial * 2 ** (attemptNumber - 1)), attemptNumber);
        },
      });
    } catch (error) {
      // Aborted while waiting (p-retry rejects with the signal's reason) or between attempts.
      if (signal?.aborted && !(error instanceof AgentApiError)) throw new AgentStopped();
      throw error;
    }
  }

  private async once(method: string, path: string, body: unknown, extraTimeoutMs: number): Promise<unknown> {
    const timeout = AbortSignal.timeout((this.options.timeoutMs ?? 15_000) + extraTimeoutMs);
    const signal = this.options.signal ? AbortSignal.any([this.options.signal, timeout]) : timeout;
    let response: Response;
    try {
      response = await fetch(`${this.base}${path}`, {
        method,
        headers: { authorization: `Bearer ${this.options.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal,
      });
    } catch (error) {
      if (this.options.signal?.aborted) throw new AgentStopped();
      // Unreachable, refused, timed out: retried. One error of ours (fetch's is a TypeError, which
      // p-retry retries only when its message is a known network one; and it may come from another realm).
      const reason = error instanceof Error || error instanceof DOMException ? error.message : String(error);
      const code = (error as { cause?: { code?: string } }).cause?.code;
      throw new Error(`API unreachable: ${reason}${code ? ` (${code})` : ''}`, { cause: error });
    }
    if (response.status === 204) return undefined;
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON (a proxy's error page): keep the text
    }
    if (response.status >= 500 || response.status === 429) {
      throw new Error(`API answered ${response.status}`);
    }
    if (response.status >= 400) throw new AgentApiError(response.status, parsed);
    return (parsed as { data?: unknown } | undefined)?.data;
  }
}

/** Resolves after `ms`, or rejects with AgentStopped as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AgentStopped());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AgentStopped());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
