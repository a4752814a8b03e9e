import { Logger } from '@nestjs/common';
import { Semaphore } from 'async-mutex';
import { ChildProcess, spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { parseHeaderBlocks } from './header-block.parser';
import { HeaderCliFailure, HeaderReadResult, ImageHeaderReader, emptyHeaderReadResult } from './header-reader';

export interface HeaderCliReaderOptions {
  /** The header CLI (`IMAGE_HEADER_CLI`): the vendor's `ZConLinuxGetHeader` or the reference `zia-header`. */
  cliPath: string;
  /** Paths per process (default 1024). */
  batchSize?: number;
  /** Upper bound on the argv bytes of one process (default 256 KiB; Linux allows 2 MiB with the environment), whatever the batch size. */
  maxArgBytes?: number;
  /** Processes running at once (default: number of cores). */
  concurrency?: number;
  /** Time limit of one process; it is killed when it expires (default 30 s). */
  timeoutMs?: number;
  /** Stdout cap of one process; it is killed when it prints more (default 32 MiB). */
  maxOutputBytes?: number;
  logger?: Pick<Logger, 'warn' | 'debug'>;
  /** The CLI's whole environment (default: `cliEnvironment(process.env)`), never the API's own. */
  env?: NodeJS.ProcessEnv;
}

/** What the header CLI always gets from the API's environment: nothing secret. */
export const CLI_BASE_ENVIRONMENT = ['PATH', 'LANG', 'TZ'] as const;

/**
 * A minimal environment for the header CLI: PATH, LANG, TZ and the variables named in `extra`
 * (IMAGE_HEADER_CLI_ENV), taken from `source`. Secrets of the API (JWT_SECRET, DATABASE_URL, …) never
 * reach it.
 */
export function cliEnvironment(source: NodeJS.ProcessEnv, extra: readonly string[] = []): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const name of [...CLI_BASE_ENVIRONMENT, ...extra]) if (source[name] !== undefined) env[name] = source[name];
  return env;
}

/** How one CLI process ended. */
interface ProcessOutcome {
  stdout: string;
  stderrTail: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Could not be started (ENOENT, EACCES, …). */
  spawnError?: NodeJS.ErrnoException;
  /** We killed it. */
  killedFor?: 'timeout' | 'output';
  /** It did not go away after SIGKILL. */
  unkillable?: boolean;
}

/** State of one `read()` call. */
interface ReadRun {
  result: HeaderReadResult;
  failure?: HeaderCliFailure;
  loggedErrors: number;
}

const STDERR_TAIL_BYTES = 2048;
/** After `exit`, how long to wait for the pipes to close (a grandchild may hold them open). */
const PIPE_GRACE_MS = 500;
/** After SIGKILL, how long to wait for `exit` before declaring the process unkillable. */
const KILL_GRACE_MS = 5000;
const MAX_LOGGED_ERRORS = 20;

function describeExit(outcome: ProcessOutcome): string {
  return outcome.signal ? `was killed by ${outcome.signal}` : `exited with code ${outcome.code}`;
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.length > 200 ? `${line.slice(0, 200)}…` : line.trim();
}

/**
 * Production `ImageHeaderReader`: runs the header CLI with an argv array (never a shell), many paths
 * per process, a bounded number of processes at once, each with a time limit and an output cap.
 *
 * - A process that exits non-zero keeps the blocks it printed; paths it left out are retried in halves
 *   so that one image that crashes the CLI is isolated, skipped and logged (`unreadable`).
 * - The CLI cannot be started, is killed by its time limit or output cap, cannot be killed, or its first
 *   run prints nothing usable → `HeaderCliFailure` (whatever was read is in `failure.partial`). No new
 *   process is started after a failure.
 */
export class HeaderCliReader implements ImageHeaderReader {
  readonly cliPath: string;
  readonly batchSize: number;
  readonly maxArgBytes: number;
  readonly concurrency: number;
  readonly timeoutMs: number;
  readonly maxOutputBytes: number;
  private readonly logger: Pick<Logger, 'warn' | 'debug'>;
  /** At most IMAGE_HEADER_CLI_CONCURRENCY processes at once, FIFO (async-mutex's counting semaphore). */
  private readonly slots: Semaphore;
  private readonly cliName: string;
  private readonly env: NodeJS.ProcessEnv;

  constructor(options: HeaderCliReaderOptions) {
    if (!options.cliPath) throw new Error('HeaderCliReader: cliPath is required');
    this.cliPath = options.cliPath;
    this.cliName = basename(options.cliPath);
    this.batchSize = Math.max(1, Math.floor(options.batchSize ?? 1024));
    this.maxArgBytes = Math.max(1024, Math.floor(options.maxArgBytes ?? 256 * 1024));
    this.concurrency = Math.max(1, Math.floor(options.concurrency ?? availableParallelism()));
    this.timeoutMs = Math.max(1, Math.floor(options.timeoutMs ?? 30_000));
    this.maxOutputBytes = Math.max(1024, Math.floor(options.maxOutputBytes ?? 32 * 1024 * 1024));
    this.logger = options.logger ?? new Logger(HeaderCliReader.name);
    this.env = options.env ?? cliEnvironment(process.env);
    // Shared by every read() of this reader: the machine-wide bound on CLI processes.
    this.slots = new Semaphore(this.concurrency);
  }

  async read(paths: string[]): Promise<HeaderReadResult> {
    const run: ReadRun = { result: emptyHeaderReadResult(), loggedErrors: 0 };
    const accepted: string[] = [];
    for (const path of new Set(paths)) {
      if (path === '' || /[\n\r\0]/.test(path)) {
        this.unreadable(
          run,
          path,
          'path is empty or contains a line break or NUL (cannot be passed to the header CLI)',
        );
      } else {
        accepted.push(path);
      }
    }
    await Promise.all(this.batches(accepted).map((batch) => this.runBatch(run, batch, false)));
    if (run.loggedErrors > MAX_LOGGED_ERRORS) {
      this.logger.warn(`${run.loggedErrors - MAX_LOGGED_ERRORS} more unreadable images not logged individually`);
    }
    if (run.failure) throw new HeaderCliFailure(run.failure.reason, run.result);
    return run.result;
  }

  private batches(paths: string[]): string[][] {
    const batches: string[][] = [];
    let current: string[] = [];
    let bytes = 0;
    for (const path of paths) {
      const size = Buffer.byteLength(path) + 3; // NUL, and room for a "./" prefix
      if (current.length && (current.length >= this.batchSize || bytes + size > this.maxArgBytes)) {
        batches.push(current);
        current = [];
        bytes = 0;
      }
      current.push(path);
      bytes += size;
    }
    if (current.length) batches.push(current);
    return batches;
  }

  private unreadable(run: ReadRun, path: string, reason: string): void {
    run.result.errors.set(path, { path, kind: 'unreadable', reason });
    run.loggedErrors++;
    if (run.loggedErrors <= MAX_LOGGED_ERRORS)
      this.logger.warn(`skipping unreadable image ${JSON.stringify(path)}: ${reason}`);
  }

  private fail(run: ReadRun, reason: string): void {
    if (!run.failure) {
      run.failure = new HeaderCliFailure(reason);
      this.logger.warn(`header CLI failure: ${reason}`);
    }
  }

  private async runBatch(run: ReadRun, paths: string[], isRetry: boolean): Promise<void> {
    const [, release] = await this.slots.acquire();
    let outcome: ProcessOutcome;
    // A path starting with '-' would look like an option: pass it as './-…' and map the section back.
    const argv = paths.map((p) => (p.startsWith('-') ? `./${p}` : p));
    const original = new Map(argv.map((arg, i) => [arg, paths[i]]));
    try {
      if (run.failure) return; // no new process after a failure
      outcome = await this.spawnOnce(argv);
    } finally {
      release();
    }

    if (outcome.spawnError) {
      const code = outcome.spawnError.code ?? outcome.spawnError.message;
      return this.fail(run, `Command failed: cannot start ${this.cliName} (${code})`);
    }
    if (outcome.unkillable) {
      return this.fail(run, `Command failed: ${this.cliName} did not stop after being killed`);
    }

    const abnormal = outcome.signal !== null || outcome.killedFor !== undefined;
    const parsed = parseHeaderBlocks(outcome.stdout, { requested: new Set(argv), dropUnterminatedLast: abnormal });
    for (const [arg, header] of parsed.headers) run.result.headers.set(original.get(arg)!, header);
    for (const [arg, reason] of parsed.errors) this.unreadable(run, original.get(arg)!, reason);
    if (parsed.garbage.length) {
      this.logger.warn(`${this.cliName} printed unexpected output (ignored): ${parsed.garbage.join('; ')}`);
    }

    if (outcome.killedFor === 'timeout') {
      return this.fail(run, `Command failed: ${this.cliName} killed after the ${this.timeoutMs} ms time limit`);
    }
    if (outcome.killedFor === 'output') {
      return this.fail(
        run,
        `Command failed: ${this.cliName} killed after printing more than ${this.maxOutputBytes} bytes`,
      );
    }

    const missing = argv
      .filter((arg) => !parsed.headers.has(arg) && !parsed.errors.has(arg))
      .map((arg) => original.get(arg)!);
    if (!missing.length) return;
    const usable = parsed.headers.size + parsed.errors.size > 0;
    const stderr = firstLine(outcome.stderrTail);
    const exit = describeExit(outcome);

    if (!usable && !isRetry && missing.length > 1 && (outcome.signal !== null || outcome.code !== 0)) {
      // Nothing printed: either the CLI does not work at all, or the first image crashed it. Probe
      // it with one other image of the batch (a CLI that cannot read that fails the read), then
      // read the rest as retries, so one bad image is skipped rather than failing the listing.
      await this.runBatch(run, [missing[1]], false);
      if (run.failure) return;
      await Promise.all([
        this.runBatch(run, [missing[0]], true),
        missing.length > 2 ? this.runBatch(run, missing.slice(2), true) : undefined,
      ]);
      return;
    }
    if (!usable && !isRetry) {
      // The CLI as a whole does not work (license, library, wrong binary …).
      const detail = stderr
        ? `: ${stderr}`
        : outcome.code === 0 && !outcome.signal
          ? ' without printing any usable header block'
          : '';
      return this.fail(run, `Command failed: ${this.cliName} ${exit}${detail}`);
    }
    if (outcome.code === 0 && !outcome.signal) {
      // Exit 0 means "all read", yet some paths got no block: nothing to blame on an image; try later.
      for (const path of missing) {
        run.result.errors.set(path, {
          path,
          kind: 'not-reported',
          reason: `${this.cliName} printed no block for this image`,
        });
      }
      return;
    }
    if (missing.length === 1) {
      const reason = `${this.cliName} ${exit} on this image${stderr ? `: ${stderr}` : ''}`;
      return this.unreadable(run, missing[0], reason);
    }
    // Crashed part-way: isolate the image(s) responsible by retrying the rest in halves.
    const half = Math.ceil(missing.length / 2);
    await Promise.all([
      this.runBatch(run, missing.slice(0, half), true),
      this.runBatch(run, missing.slice(half), true),
    ]);
  }

  private spawnOnce(argv: string[]): Promise<ProcessOutcome> {
    return new Promise<ProcessOutcome>((resolve) => {
      const stdout: Buffer[] = [];
      let stdoutBytes = 0;
      let stderrTail = '';
      let killedFor: ProcessOutcome['killedFor'];
      let settled = false;
      let exitInfo: { code: number | null; signal: NodeJS.Signals | null } | undefined;
      const timers: NodeJS.Timeout[] = [];

      let child: ChildProcess;
      try {
        child = spawn(this.cliPath, argv, {
          stdio: ['ignore', 'pipe', 'pipe'],
          env: this.env,
          shell: false,
          windowsHide: true,
          // Own process group, so that a time-limit kill also reaches anything the CLI started.
          detached: true,
        });
      } catch (error) {
        resolve({ stdout: '', stderrTail: '', code: null, signal: null, spawnError: error as NodeJS.ErrnoException });
        return;
      }

      const finish = (extra: Partial<ProcessOutcome> = {}) => {
        if (settled) return;
        settled = true;
        timers.forEach(clearTimeout);
        child.stdout?.destroy();
        child.stderr?.destroy();
        resolve({
          stdout: Buffer.concat(stdout).toString('utf8'),
          stderrTail,
          code: exitInfo?.code ?? null,
          signal: exitInfo?.signal ?? null,
          killedFor,
          ...extra,
        });
      };

      const kill = (why: 'timeout' | 'output') => {
        if (settled || killedFor || exitInfo) return;
        killedFor = why;
        try {
          if (child.pid) process.kill(-child.pid, 'SIGKILL');
        } catch {
          child.kill('SIGKILL');
        }
        const grace = setTimeout(() => finish({ unkillable: !exitInfo }), KILL_GRACE_MS);
        grace.unref();
        timers.push(grace);
      };

      // On expiry, decide one turn later (setImmediate runs after pending I/O): after a long event-loop
      // stall the timer fires first, while the exit of a process that finished in time is still queued.
      const limit = setTimeout(() => setImmediate(() => kill('timeout')), this.timeoutMs);
      timers.push(limit);

      child.stdout!.on('data', (chunk: Buffer) => {
        if (killedFor) return;
        stdoutBytes += chunk.length;
        if (stdoutBytes > this.maxOutputBytes) return kill('output');
        stdout.push(chunk);
      });
      child.stderr!.on('data', (chunk: Buffer) => {
        stderrTail = (stderrTail + chunk.toString('utf8')).slice(-STDERR_TAIL_BYTES);
      });
      child.on('error', (error: NodeJS.ErrnoException) => {
        // Emitted when the process could not be spawned (ENOENT, EACCES …) — or, rarely, not killed.
        if (!exitInfo && child.pid === undefined) finish({ spawnError: error });
      });
      child.on('exit', (code, signal) => {
        exitInfo = { code, signal };
        // Normally 'close' follows at once; if something the CLI started keeps the pipes open, stop it
        // (it is in the CLI's process group) and do not wait any longer.
        const grace = setTimeout(() => {
          try {
            if (child.pid) process.kill(-child.pid, 'SIGKILL');
          } catch {
            /* the group is gone */
          }
          finish();
        }, PIPE_GRACE_MS);
        timers.push(grace);
      });
      child.on('close', () => finish());
    });
  }
}
