/*
 * The agent side of the agent protocol (spec §8): plain `fetch`, JSON envelopes, and retries with
 * exponential backoff (and jitter) while the API is unreachable or answers 5xx/429. Other 4xx are
 * the caller's to handle (`AgentApiError`).
 */

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
  /** Told about each retry (the CLI logs it). */
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

  /** One call, retried with backoff while the API is down or busy. Resolves to `data` (undefined on 204). */
  private async call(method: string, path: string, body: unknown, extraTimeoutMs = 0): Promise<unknown> {
    const initial = this.options.initialBackoffMs ?? 500;
    const max = this.options.maxBackoffMs ?? 30_000;
    for (let attempt = 1; ; attempt++) {
      this.throwIfStopped();
      try {
        return await this.once(method, path, body, extraTimeoutMs);
      } catch (error) {
        if (error instanceof AgentApiError || error instanceof AgentStopped) throw error;
        if (attempt >= (this.options.attempts ?? Infinity)) throw error;
        this.throwIfStopped();
        const delay = Math.round(Math.min(max, initial * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2));
        this.options.onRetry?.(error, delay, attempt);
        await sleep(delay, this.options.signal);
      }
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
      throw error;
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

  private throwIfStopped(): void {
    if (this.options.signal?.aborted) throw new AgentStopped();
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
