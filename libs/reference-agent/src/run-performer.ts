import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  imageFileName,
  linkPathOnAgent,
  parentOf,
  SampleImageHeader,
  samplePayload,
  sampleImageTimes,
  writeSampleImage,
} from '@zdm/image-format';
import { AgentApiClient, AgentApiError, AgentStopped, Claim, LogLevel, RunResult, sleep } from './agent-api.client';
import { ByteProgress, RunCancelled } from './byte-progress';
import { restoreChain } from './chain-restorer';
import { verifyChain } from './chain-verifier';
import { isInsideRoot } from './contained-path';
import { partitionDirectory } from './partition-directory';
import { carriedBytes, treeManifestOf, writeTreeImage } from './tree-backup';

export interface RunPerformerOptions {
  /** Where images are written and chains are read (default: the job's repository path). */
  repository?: string;
  /**
   * Real bytes (`--source-root`): a backup reads partition `/` from `<sourceRoot>/ROOT`, `/boot/efi`
   * from `<sourceRoot>/boot_efi`, `C:` from `<sourceRoot>/C`. Without it: a filler payload.
   */
  sourceRoot?: string;
  /** Where restores go (`--restore-root`): `<restoreRoot>/<target partition dir>`. Without it, restores fail. */
  restoreRoot?: string;
  /** Progress reports per run (default 5) and the pause between them (default 200 ms). */
  steps?: number;
  stepMs?: number;
  /** Least time between two progress reports of a byte loop (default PROGRESS_INTERVAL_MS, 1 s). */
  progressIntervalMs?: number;
  /** Time limit of the job's before/after script (default 10 min). */
  scriptTimeoutMs?: number;
  /** The agent is stopping (SIGTERM): the run ends `failed` at the next step. */
  signal?: AbortSignal;
  /** The wall clock of image names and headers (default: now). */
  now?: () => Date;
}

const GiB = 1024 ** 3;
/** Payload bytes of an image written without `--source-root`. */
const FILLER_BYTES = 256;
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
    const kind = claim.run.kind ?? 'backup';
    switch (kind) {
      case 'backup':
        return this.backup(claim);
      case 'verify':
      case 'restore':
        return this.reported(claim, (log) => (kind === 'verify' ? this.verify(claim, log) : this.restore(claim, log)));
    }
  }

  /** A verify or restore run: `work` completes it; a cancel, a stop or an error are reported here. */
  private async reported(
    claim: Claim,
    work: (log: (level: LogLevel, message: string) => Promise<void>) => Promise<RunResult>,
  ): Promise<RunResult> {
    const log = (level: LogLevel, message: string) => this.api.log(claim.run.id, [{ level, message }]);
    try {
      return await work(log);
    } catch (error) {
      return this.failed(claim, error, undefined);
    }
  }

  private async verify(claim: Claim, log: (level: LogLevel, message: string) => Promise<void>): Promise<RunResult> {
    const chain = claim.chain ?? [];
    if (chain.length === 0) throw new Error('the claim carries no chain to verify');
    await log('info', `verify of ${chain.length} image(s) of ${claim.job.name} started by the reference agent`);
    const images = await verifyChain(
      chain,
      { repositoryPath: claim.job.repository.path, agentRepository: this.options.repository },
      (total) => this.progressOf(claim, total),
      log,
    );
    const bad = images.filter((image) => image.state !== 'ok');
    const result: RunResult = bad.length === 0 ? 'success' : 'failed';
    const errorMessage = bad.length ? bad.map((i) => `${i.image}: ${i.state}`).join('; ') : undefined;
    await this.api.complete(claim.run.id, { result, images, ...(errorMessage ? { errorMessage } : {}) });
    return result;
  }

  private async restore(claim: Claim, log: (level: LogLevel, message: string) => Promise<void>): Promise<RunResult> {
    const { restore } = claim;
    if (!restore) throw new Error('the claim carries no restore mapping');
    if (!this.options.restoreRoot) throw new Error('this agent has no --restore-root: it cannot restore');
    const chain = claim.chain ?? [];
    await log(
      'info',
      `restore of ${restore.sourcePartition} onto ${restore.targetPartition} (${chain.length} image(s)) started by the reference agent`,
    );
    await restoreChain(
      {
        runId: claim.run.id,
        chain,
        restore,
        restoreRoot: resolve(this.options.restoreRoot),
        repositoryPath: claim.job.repository.path,
        agentRepository: this.options.repository,
      },
      (total) => this.progressOf(claim, total),
      log,
    );
    await this.api.complete(claim.run.id, { result: 'success' });
    return 'success';
  }

  private progressOf(claim: Claim, total: number): ByteProgress {
    return new ByteProgress(
      this.api,
      claim.run.id,
      total,
      Math.max(1, this.options.steps ?? 5),
      this.options.signal,
      this.options.progressIntervalMs,
    );
  }

  private async backup(claim: Claim): Promise<RunResult> {
    const { run, job } = claim;
    const log = async (level: LogLevel, message: string) => {
      await this.api.log(run.id, [{ level, message }]);
    };
    let partial: string | undefined;
    // The image once it is in place: a run that fails after writing it (its `after` script) reports it,
    // so the API knows the file is that failed run's and retention can clean it up (spec §13).
    let written: string | undefined;
    /** The bytes the last progress report gives (data bytes read with --source-root, else the image size). */
    let total: number;
    try {
      await log('info', `${run.level} backup of ${job.partition} (${job.name}) started by the reference agent`);
      if (job.scriptPath && job.scriptRun === 'before') await this.script(claim, 'before', log);

      const target = this.imagePath(claim);
      const size = job.partitionDetail.size ?? 10 * GiB;
      const parentLink = run.level === 'increment' ? (claim.chain ?? []).at(-1) : undefined;
      const header: SampleImageHeader = {
        name: target.name,
        time: target.time,
        type: run.level,
        compressed: job.compression,
        server: job.server.name,
        os: job.server.osVersion ?? job.server.os,
        partitionSize: size,
        mountPoint: job.partition,
        device: job.partitionDetail.device ?? '-',
        filesystem: job.partitionDetail.filesystem ?? '-',
        diskNumber: job.partitionDetail.diskNumber,
        partitionNumber: job.partitionDetail.partitionNumber,
      };
      partial = `${target.path}.part`;
      if (this.options.sourceRoot) {
        const backup = {
          sourceDir: join(resolve(this.options.sourceRoot), partitionDirectory(job.partition)),
          level: run.level,
          ...(parentLink
            ? {
                parent: {
                  image: parentLink.image,
                  path: linkPathOnAgent(parentLink, job.repository.path, this.options.repository),
                },
              }
            : {}),
        };
        const manifest = await treeManifestOf(backup);
        await log(
          'info',
          `${backup.sourceDir}: ${manifest.carried.length} entries to write, ${manifest.deleted.length} deleted since ${backup.parent?.image ?? 'no parent'}`,
        );
        for (const skipped of manifest.skipped.slice(0, 20))
          await log('warn', `not backed up (not a file): ${skipped}`);
        total = carriedBytes(manifest);
        const bytes = this.progressOf(claim, total);
        await bytes.report(0, 'writing the image');
        let seen = 0;
        await writeTreeImage(partial, { ...header, compressed: false }, backup, manifest, (soFar) => {
          const chunk = soFar - seen;
          seen = soFar;
          return bytes.add(chunk);
        });
      } else {
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
          if (answer.cancel) throw new RunCancelled();
          if (this.options.signal?.aborted) throw new AgentStopped();
          await sleep(this.options.stepMs ?? 200, this.options.signal);
        }
        const filler = samplePayload(FILLER_BYTES);
        const parent = parentOf(parentLink ? [parentLink] : []);
        writeSampleImage(
          partial,
          {
            ...header,
            imageSize,
            payloadSha256: createHash('sha256').update(filler).digest('hex'),
            ...(parent ? { parent } : {}),
          },
          FILLER_BYTES,
        );
        total = imageSize;
      }
      renameSync(partial, target.path);
      partial = undefined;
      written = target.path;
      await this.api.progress(run.id, { percent: 100, bytesDone: total, bytesTotal: total });
      await log('info', `Image written: ${target.path}`);
      if (job.scriptPath && job.scriptRun === 'after') await this.script(claim, 'after', log);
      await this.api.complete(run.id, { result: 'success', image: target.path });
      return 'success';
    } catch (error) {
      if (partial) rmSync(partial, { force: true });
      return this.failed(claim, error, written);
    }
  }

  /**
   * The end of a run that did not succeed: a cancel is reported `cancelled` (nothing kept), a run
   * that is no longer ours is left alone, anything else `failed` with its reason — even while the
   * agent stops (a short, final attempt instead of leaving the run to its lease).
   */
  private async failed(claim: Claim, error: unknown, image: string | undefined): Promise<RunResult> {
    const { run } = claim;
    if (error instanceof RunCancelled) {
      const kept = { backup: 'no image kept', verify: 'verification stopped', restore: 'nothing restored' };
      const message = `Cancel requested: stopped, ${kept[run.kind ?? 'backup']}`;
      await this.api
        .log(run.id, [{ level: 'warn', message }])
        .then(() => this.api.complete(run.id, { result: 'cancelled' }))
        .catch(() => undefined);
      return 'cancelled';
    }
    if (error instanceof AgentApiError && (error.status === 404 || error.status === 409)) {
      return 'failed'; // the run is no longer ours (lost, or ended meanwhile): nothing to report
    }
    const stopping = error instanceof AgentStopped;
    const message = stopping ? 'The agent was stopped during the run' : errorText(error);
    const api = stopping ? this.withoutRetries() : this.api;
    await api
      .log(run.id, [{ level: 'error', message }])
      .then(() => api.complete(run.id, { result: 'failed', errorMessage: message, ...(image ? { image } : {}) }))
      .catch(() => undefined);
    if (stopping) throw error;
    return 'failed';
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
