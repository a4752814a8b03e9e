import { AgentApiClient, AgentStopped } from './agent-api.client';

/** The API answered a progress report with `cancel: true`. */
export class RunCancelled extends Error {
  constructor() {
    super('cancel requested');
  }
}

/** Least time between two reports of the byte loop (a run's start, a stage and its end report at once). */
export const PROGRESS_INTERVAL_MS = 1000;

/**
 * Progress by bytes of one run: `add(bytes)` after each chunk; a report goes to the API each time
 * another 1/`steps` of `total` is done (not per chunk), and no sooner than `intervalMs` after the
 * previous report (a fast run is not a stream of calls: at most about one a second, which still
 * renews the lease long before it runs out). A `cancel` answer throws RunCancelled, a stopping agent
 * AgentStopped, so the byte loop that awaited `add` stops where it is.
 */
export class ByteProgress {
  private done = 0;
  private reported = -1;
  private reportedAt = -Infinity;

  constructor(
    private readonly api: AgentApiClient,
    private readonly runId: number,
    private readonly total: number,
    private readonly steps: number,
    private readonly signal?: AbortSignal,
    private readonly intervalMs = PROGRESS_INTERVAL_MS,
    private readonly now: () => number = () => performance.now(),
  ) {}

  get bytesDone(): number {
    return this.done;
  }

  async add(bytes: number): Promise<void> {
    this.done += bytes;
    if (this.signal?.aborted) throw new AgentStopped();
    const step = this.total > 0 ? Math.floor((Math.min(this.done, this.total) * this.steps) / this.total) : 0;
    if (step > this.reported && step < this.steps && this.now() - this.reportedAt >= this.intervalMs) {
      await this.report(step, `${this.done} of ${this.total} bytes`);
    }
  }

  /** A report now (the start of the run, or a stage's message). */
  async report(step = Math.max(0, this.reported), message?: string): Promise<void> {
    this.reported = step;
    this.reportedAt = this.now();
    const bytesDone = Math.min(this.done, this.total);
    const percent = this.total > 0 ? Math.min(99, Math.floor((bytesDone * 100) / this.total)) : 0;
    const answer = await this.api.progress(this.runId, { percent, bytesDone, bytesTotal: this.total, message });
    if (answer.cancel) throw new RunCancelled();
  }

  /**
   * 100 %: the bytes are done (a cancel now comes too late to matter and is ignored); `message`, if
   * any, goes to the run's log with it (one call instead of a report and a log line).
   */
  async finish(message?: string): Promise<void> {
    await this.api.progress(this.runId, { percent: 100, bytesDone: this.total, bytesTotal: this.total, message });
  }
}
