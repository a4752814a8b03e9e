import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { imageFileName, sampleImageTimes, writeSampleImage } from '@zdm/images';
import { AgentApiClient, AgentApiError, AgentStopped, Claim, LogLevel, RunResult, sleep } from './agent-api.client';
import { isInsideRoot } from './contained-path';

export interface RunPerformerOptions {
  /** Where images are written (default: the job's repository path). */
  repository?: string;
  /** Progress reports per run (default 5) and the pause between them (default 200 ms). */
  steps?: number;
  stepMs?: number;
  /** Time limit of the job's before/after script (default 10 min). */
  scriptTimeoutMs?: number;
  /** The agent is stopping (SIGTERM): the run ends `failed` at the next step. */
  signal?: AbortSignal;
  /** The wall clock of image names and headers (default: now). */
  now?: () => Date;
}

const GiB = 1024 ** 3;
/** The `YYYY-MM-DD_HH_mm` of an image name the API gave. */
const STAMP = /_\[(\d{4}-\d{2}-\d{2}_\d{2}_\d{2})\](?:_\d+)?\.ZIA$/i;

/** Environment of the job's scripts: nothing of the agent's own (its token above all). */
export function scriptEnvironment(claim: Claim, timing: 'before' | 'after'): NodeJS.ProcessEnv {
  return {
    PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    LANG: 'C.UTF-8',
    ZDM_RUN_ID: String(claim.run.id),
    ZDM_JOB_NAME: claim.job.name,
    ZDM_PARTITION: claim.job.partition,
    ZDM_LEVEL: claim.run.level,
    ZDM_SCRIPT_TIMING: timing,
  };
}

/** `YYYY-MM-DD HH:mm:ss` and `YYYY-MM-DD_HH_mm` of an instant on this machine's wall clock (older APIs). */
function localTimes(at: Date): [string, string] {
  return sampleImageTimes(at.getTime() - at.getTimezoneOffset() * 60_000);
}

/**
 * Performs one claimed run the way the reference agent does: the job's `before` script, an image of
 * the project's sample format for the job's partition (the name and header time the claim's
 * `job.image` gives: `<jobName>_[YYYY-MM-DD_HH_mm].ZIA` of the run's slot in the API's zone; type =
 * the run's level) written under a temporary name and renamed into place, progress and log lines
 * on the way, the `after` script, then `complete`. A `cancel` answer stops it (`cancelled`, nothing
 * left behind).
 */
export class RunPerformer {
  constructor(
    private readonly api: AgentApiClient,
    private readonly options: RunPerformerOptions = {},
  ) {}

  async perform(claim: Claim): Promise<RunResult> {
    const { run, job } = claim;
    const log = async (level: LogLevel, message: string) => {
      await this.api.log(run.id, [{ level, message }]);
    };
    let partial: string | undefined;
    // The image once it is in place: a run that fails after writing it (its `after` script) reports it,
    // so the API knows the file is that failed run's and retention can clean it up (spec §13).
    let written: string | undefined;
    try {
      await log('info', `${run.level} backup of ${job.partition} (${job.name}) started by the reference agent`);
      if (job.scriptPath && job.scriptRun === 'before') await this.script(claim, 'before', log);

      const target = this.imagePath(claim);
      const size = job.partitionDetail.size ?? 10 * GiB;
      const imageSize = Math.max(4096, Math.round(size * (run.level === 'full' ? 0.37 : 0.03)));
      const steps = Math.max(1, this.options.steps ?? 5);
      for (let step = 0; step < steps; step++) {
        const percent = Math.floor((step * 100) / steps);
        const answer = await this.api.progress(run.id, {
          percent,
          bytesDone: Math.floor((imageSize * step) / steps),
          bytesTotal: imageSize,
          message: `step ${step + 1} of ${steps}`,
        });
        if (answer.cancel) {
          await log('warn', 'Cancel requested: stopped, no image kept');
          await this.api.complete(run.id, { result: 'cancelled' });
          return 'cancelled';
        }
        if (this.options.signal?.aborted) throw new AgentStopped();
        await sleep(this.options.stepMs ?? 200, this.options.signal);
      }

      partial = `${target.path}.part`;
      writeSampleImage(
        partial,
        {
          name: target.name,
          time: target.time,
          type: run.level,
          compressed: job.compression,
          server: job.server.name,
          os: job.server.osVersion ?? job.server.os,
          partitionSize: size,
          imageSize,
          mountPoint: job.partition,
          device: job.partitionDetail.device ?? '-',
          filesystem: job.partitionDetail.filesystem ?? '-',
          diskNumber: job.partitionDetail.diskNumber,
          partitionNumber: job.partitionDetail.partitionNumber,
        },
        256,
      );
      renameSync(partial, target.path);
      partial = undefined;
      written = target.path;
      await this.api.progress(run.id, { percent: 100, bytesDone: imageSize, bytesTotal: imageSize });
      await log('info', `Image written: ${target.path}`);
      if (job.scriptPath && job.scriptRun === 'after') await this.script(claim, 'after', log);
      await this.api.complete(run.id, { result: 'success', image: target.path });
      return 'success';
    } catch (error) {
      if (partial) rmSync(partial, { force: true });
      if (error instanceof AgentApiError && (error.status === 404 || error.status === 409)) {
        return 'failed'; // the run is no longer ours (lost, or ended meanwhile): nothing to report
      }
      const stopping = error instanceof AgentStopped;
      const message = stopping ? 'The agent was stopped during the run' : errorText(error);
      // Report even while stopping: a short, final attempt instead of leaving the run to its lease.
      const api = stopping ? this.withoutRetries() : this.api;
      await api
        .log(run.id, [{ level: 'error', message }])
        .then(() =>
          api.complete(run.id, { result: 'failed', errorMessage: message, ...(written ? { image: written } : {}) }),
        )
        .catch(() => undefined);
      if (stopping) throw error;
      return 'failed';
    }
  }

  /** A fresh client for the last report of a stopping agent (the main one refuses once aborted). */
  private withoutRetries(): AgentApiClient {
    return this.api.detached(5_000);
  }

  private imagePath(claim: Claim): { name: string; path: string; time: string } {
    const { job } = claim;
    const root = resolve(this.options.repository ?? job.repository.path);
    const dir = join(root, job.server.name.replace(/[^\w.-]+/g, '_'));
    if (!isInsideRoot(root, dir)) throw outsideRepository(root, dir);
    mkdirSync(dir, { recursive: true });
    const onDisk = (name: string) => existsSync(join(dir, name));
    const inside = (name: string) => {
      const path = join(dir, name);
      if (!isInsideRoot(root, path)) throw outsideRepository(root, path);
      return path;
    };
    // The API names the image for the run's slot in its zone (spec §13). An API without `job.image`,
    // or a name that is not a plain file name of this job (never a path: a separator could leave the
    // server's directory): this machine's clock and zone. Either way a name already on disk takes
    // `_2`, `_3`… of the same minute, never the next minute's name.
    const given = job.image;
    const plain = given && !/[/\\]/.test(given.name) && given.name.startsWith(`${job.name}_[`);
    const stamp = given && plain ? STAMP.exec(given.name)?.[1] : undefined;
    if (given && stamp) {
      const name = onDisk(given.name) ? imageFileName(job.name, stamp, onDisk) : given.name;
      return { name, path: inside(name), time: given.time };
    }
    const [time, localStamp] = localTimes((this.options.now ?? (() => new Date()))());
    const name = imageFileName(job.name, localStamp, onDisk);
    return { name, path: inside(name), time };
  }

  private script(
    claim: Claim,
    timing: 'before' | 'after',
    log: (level: LogLevel, message: string) => Promise<void>,
  ): Promise<void> {
    const path = claim.job.scriptPath!;
    return new Promise<{ code: number | null; output: string }>((done, fail) => {
      const child = spawn(path, [], {
        env: scriptEnvironment(claim, timing),
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: this.options.scriptTimeoutMs ?? 600_000,
        shell: false,
      });
      let output = '';
      const keep = (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-4000));
      child.stdout.on('data', keep);
      child.stderr.on('data', keep);
      child.on('error', fail);
      child.on('close', (code) => done({ code, output }));
    }).then(async ({ code, output }) => {
      for (const line of output.split('\n').filter(Boolean).slice(-20)) await log('info', `${timing} script: ${line}`);
      if (code !== 0) throw new Error(`${timing} script ${path} exited with ${code ?? 'a signal'}`);
    });
  }
}

/** A job or server name that is more than one path segment: refused, nothing written. */
function outsideRepository(root: string, path: string): Error {
  return new Error(`Refused: the image path ${path} resolves outside the repository ${root}`);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
