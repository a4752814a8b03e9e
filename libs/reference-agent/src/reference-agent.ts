import { AgentApiClient, AgentApiError, AgentStopped, sleep } from './agent-api.client';
import { RunPerformer, RunPerformerOptions } from './run-performer';
import { ServerClock } from './server-clock';

export const REFERENCE_AGENT_VERSION = 'zdm-reference-agent/1.0';

export interface ReferenceAgentOptions extends Omit<RunPerformerOptions, 'signal'> {
  /** Base URL of the API (`http://host:3000/api`). */
  api: string;
  token: string;
  /** Long-poll wait per claim, seconds (default 25, at most 30). */
  waitSeconds?: number;
  /** Heartbeat interval while idle or busy (default 20 s). */
  heartbeatMs?: number;
  /** Retry delays when the API is down. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** Where it says what it does (default: nothing). */
  log?: (message: string) => void;
}

/**
 * The reference agent (spec §8): dials out to the API, long-polls for runs of its server, performs
 * each with `RunPerformer`, heartbeats meanwhile, and keeps trying with backoff while the API is
 * down. `stop()` (SIGTERM) ends the poll at once; a run in progress is reported `failed` first.
 */
export class ReferenceAgent {
  private readonly controller = new AbortController();
  private readonly api: AgentApiClient;
  private readonly performer: RunPerformer;
  /** Image names and times follow the API's clock (from each heartbeat), not this machine's. */
  private readonly clock = new ServerClock();
  private readonly say: (message: string) => void;
  private heartbeatTimer?: NodeJS.Timeout;
  private loop?: Promise<void>;
  /** Runs performed, by result (for tests and the demo log). */
  readonly performed = new Map<string, number>();

  constructor(private readonly options: ReferenceAgentOptions) {
    this.say = options.log ?? (() => undefined);
    this.api = new AgentApiClient({
      api: options.api,
      token: options.token,
      signal: this.controller.signal,
      initialBackoffMs: options.initialBackoffMs,
      maxBackoffMs: options.maxBackoffMs,
      onRetry: (error, delay, attempt) =>
        this.say(
          `API unreachable (${error instanceof Error ? error.message : String(error)}); retry ${attempt} in ${delay} ms`,
        ),
    });
    this.performer = new RunPerformer(this.api, {
      ...options,
      now: options.now ?? (() => this.clock.now()),
      signal: this.controller.signal,
    });
  }

  /** Starts the loop; resolves when it ends (stop(), or a revoked token). */
  start(): Promise<void> {
    this.loop ??= this.run();
    return this.loop;
  }

  async stop(): Promise<void> {
    this.controller.abort();
    await this.loop?.catch(() => undefined);
  }

  /** One heartbeat; its `serverTime` sets the clock of image names. */
  private async heartbeat(): Promise<void> {
    const sentAt = Date.now();
    const { serverTime } = await this.api.heartbeat(REFERENCE_AGENT_VERSION);
    this.clock.observe(serverTime, sentAt, Date.now());
  }

  private async run(): Promise<void> {
    const beat = () =>
      this.heartbeat().catch((error: unknown) => {
        if (!(error instanceof AgentStopped)) this.say(`heartbeat failed: ${String(error)}`);
      });
    this.heartbeatTimer = setInterval(() => void beat(), this.options.heartbeatMs ?? 20_000);
    this.heartbeatTimer.unref();
    try {
      await this.heartbeat();
      this.say('connected');
      const wait = Math.min(30, Math.max(0, this.options.waitSeconds ?? 25));
      while (!this.controller.signal.aborted) {
        const claim = await this.api.claim(wait);
        if (!claim) continue;
        const what = claim.run.kind && claim.run.kind !== 'backup' ? claim.run.kind : claim.run.level;
        this.say(`claimed run ${claim.run.id} (${what} of ${claim.job.name})`);
        const result = await this.performer.perform(claim);
        this.performed.set(result, (this.performed.get(result) ?? 0) + 1);
        this.say(`run ${claim.run.id} ended ${result}`);
      }
    } catch (error) {
      if (error instanceof AgentStopped) return;
      if (error instanceof AgentApiError && (error.status === 401 || error.status === 403)) {
        this.say(`the API refused the token (${error.status}): stopping`);
        throw error;
      }
      // Anything else: say so, pause, and go on (the loop must not die on one bad answer).
      this.say(`unexpected error: ${String(error)}`);
      await sleep(1000, this.controller.signal).catch(() => undefined);
      if (!this.controller.signal.aborted) return this.run();
    } finally {
      clearInterval(this.heartbeatTimer);
    }
  }
}
