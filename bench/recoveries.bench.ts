/**
 * Recoveries benchmark (`npm run bench:recoveries`, issue 22): the reference agent's bytes and the
 * API's share of a restore run.
 *
 *   1. A tree of BENCH_RECOVERY_FILES files (default 2,000) and BENCH_RECOVERY_MB megabytes (default
 *      200; half the files random bytes, half text) is backed up by the reference agent's performer
 *      (`treeManifestOf` + `writeTreeImage`, what a backup run with `--source-root` does): a full;
 *      then 1 % of the files are rewritten and an increment is backed up. The full is restored
 *      (`restoreChain`, what a restore run with `--restore-root` does: checksum, apply, times,
 *      rename), then the chain full + increment, compared file by file with the source.
 *   2. A restore of BENCH_RECOVERY_BIG_MB megabytes (default 1,024, 64 files) in a child process,
 *      whose peak RSS is read from `process.resourceUsage()`.
 *   3. The built API (dist/) on a fresh PostgreSQL database in its own process, a reference agent in
 *      this one (backs up a small tree, then performs the restore runs): BENCH_RECOVERY_RUNS (default
 *      20) restore runs of one recovery job (register, then run again), one after the other; the API
 *      process's CPU time (from /proc) during them, less what it spends idle in as much time (measured
 *      first over 5 s with the agent waiting: its claim poll, the scheduler), divided by the runs.
 *
 * The job's `compression` is off by default (`not use`) and the reference agent writes the payload
 * uncompressed whatever it says, so the figures are those of the default job. A gzip (level 1) pass
 * over the full's image is timed beside them: what compressing the payload alone would cost.
 * Every figure is printed with the load average (1 min) at its end: the machine is shared.
 * Targets: full backup and full restore >= 50 MB/s; increment <= 10 % of the full's time; restored
 * tree identical; peak RSS of the 1 GB restore <= 200 MB; API CPU per restore run <= 50 ms.
 * Settings: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres), BENCH_RECOVERY_DIR
 * (default a new temporary directory, removed at the end), BENCH_RECOVERY_PARTS (default
 * `bytes,rss,api`: the parts to run).
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { Client } from 'pg';
import { fileSha256, SampleImageHeader } from '@zdm/image-format';
import {
  AgentApiClient,
  ByteProgress,
  carriedBytes,
  ReferenceAgent,
  restoreChain,
  treeManifestOf,
  writeTreeImage,
} from '@zdm/reference-agent';
import {
  ApiProcess,
  callApi,
  createBenchDatabase,
  issueAdminToken,
  processCpuMs,
  runBenchmark,
  sleep,
  startApi,
  target,
} from './bench-harness';

const FILES = Number(process.env.BENCH_RECOVERY_FILES ?? 2000);
const MB = Number(process.env.BENCH_RECOVERY_MB ?? 200);
const BIG_MB = Number(process.env.BENCH_RECOVERY_BIG_MB ?? 1024);
const RUNS = Number(process.env.BENCH_RECOVERY_RUNS ?? 20);
/** BENCH_RECOVERY_API_PROFILE=<dir>: the API process writes a CPU profile there (`--cpu-prof`). */
const PROFILE = process.env.BENCH_RECOVERY_API_PROFILE;
/** The idle measurement of part 3. */
const IDLE_MS = 5000;
const PARTS = (process.env.BENCH_RECOVERY_PARTS ?? 'bytes,rss,api').split(',');
const MiB = 1024 * 1024;

const say = (message: string) => process.stderr.write(`[bench:recoveries] ${message}\n`);
const load = () => `load ${loadavg()[0].toFixed(2)}`;
const mbs = (bytes: number, ms: number) => bytes / MiB / (ms / 1000);

/** Progress reports go nowhere (the performer's own pace: no API in the byte measurements). */
const silentApi = { progress: async () => ({ cancel: false }) } as unknown as AgentApiClient;
const progress = (total: number) => new ByteProgress(silentApi, 1, total, 5);

const HEADER: Omit<SampleImageHeader, 'payloadSha256' | 'imageSize' | 'parent' | 'type'> = {
  name: 'bench',
  time: '2026-01-01 00:00:00',
  compressed: false,
  server: 'bench',
  os: 'lin',
  partitionSize: 10 * 1024 ** 3,
  mountPoint: '/',
  device: '/dev/sda1',
  filesystem: 'xfs',
  diskNumber: 0,
  partitionNumber: 1,
};

/** `count` files, `totalBytes` in all, in 20 × 7 directories; odd files random, even ones text. */
function writeTree(root: string, count: number, totalBytes: number): string[] {
  const paths: string[] = [];
  const average = totalBytes / count;
  let written = 0;
  for (let i = 0; i < count; i++) {
    const dir = join(`d${i % 20}`, `s${i % 7}`);
    mkdirSync(join(root, dir), { recursive: true });
    const size = i === count - 1 ? totalBytes - written : Math.round(average * (0.5 + ((i * 7919) % 100) / 100));
    const path = join(dir, `file ${i}.bin`);
    writeFileSync(join(root, path), i % 2 ? randomBytes(size) : textBytes(size));
    paths.push(path);
    written += size;
  }
  return paths;
}

const WORDS = ['backup', 'restore', 'partition', 'image', 'chain', 'agent', 'server', 'ok', 'error', 'level'];
function textBytes(size: number): Buffer {
  const random = randomBytes(4096);
  const lines: string[] = [];
  for (let i = 0, n = 0; n < size; i++) {
    const line = `${i} ${WORDS[random[i % 4096] % 10]} ${random.readUInt32LE((i * 4) % 4092)} ${WORDS[random[(i + 1) % 4096] % 10]}\n`;
    lines.push(line);
    n += line.length;
  }
  return Buffer.from(lines.join('')).subarray(0, size);
}

/** path → sha256 of every file under `root` (directories by name). */
async function treeDigest(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    out.set(path.slice(root.length), entry.isDirectory() ? 'dir' : await fileSha256(path));
  }
  return out;
}

function sameTree(a: Map<string, string>, b: Map<string, string>): string | undefined {
  if (a.size !== b.size) return `${a.size} entries against ${b.size}`;
  for (const [path, digest] of a) if (b.get(path) !== digest) return `${path} differs`;
  return undefined;
}

async function backup(sourceDir: string, image: string, parent?: string) {
  const started = performance.now();
  const job = {
    sourceDir,
    level: parent ? ('increment' as const) : ('full' as const),
    ...(parent ? { parent: { image: parent, path: parent } } : {}),
  };
  const manifest = await treeManifestOf(job);
  const bytes = progress(carriedBytes(manifest));
  let seen = 0;
  const written = await writeTreeImage(image, HEADER, job, manifest, (soFar) => {
    const chunk = soFar - seen;
    seen = soFar;
    return bytes.add(chunk);
  });
  return { ms: performance.now() - started, data: carriedBytes(manifest), files: manifest.carried.length, written };
}

async function restore(restoreRoot: string, chain: { image: string; sha: string; level: 'full' | 'increment' }[]) {
  const started = performance.now();
  const target = await restoreChain(
    {
      runId: 1,
      chain: chain.map((l) => ({ image: l.image, path: l.image, level: l.level, payloadSha256: l.sha })),
      restore: { sourcePartition: '/', targetPartition: '/', overwrite: true },
      restoreRoot,
      repositoryPath: restoreRoot,
    },
    progress,
    async () => undefined,
  );
  return { ms: performance.now() - started, target };
}

/** Part 1: backup, increment and restore throughput of the 200 MB tree. */
async function bytesPart(work: string): Promise<string[]> {
  const source = join(work, 'source', 'ROOT');
  say(`writing ${FILES} files, ${MB} MB`);
  const paths = writeTree(source, FILES, MB * MiB);
  const full = await backup(source, join(work, 'full.ZIA'));
  const fullLine = `full backup: ${full.files} entries, ${(full.data / MiB).toFixed(0)} MB of files in ${full.ms.toFixed(0)} ms, ${mbs(full.data, full.ms).toFixed(1)} MB/s (${load()})`;
  say(fullLine);

  const gzipStarted = performance.now();
  let gzipped = 0;
  await pipeline(
    createReadStream(join(work, 'full.ZIA'), { highWaterMark: 4 * MiB }),
    createGzip({ level: 1 }),
    new Writable({ write: (chunk: Buffer, _e, done) => ((gzipped += chunk.length), done()) }),
  );
  const gzipMs = performance.now() - gzipStarted;
  const imageBytes = statSync(join(work, 'full.ZIA')).size;
  const gzipLine = `compression (not done by the reference agent; job default off): gzip level 1 of the full's image alone ${gzipMs.toFixed(0)} ms, ${mbs(imageBytes, gzipMs).toFixed(1)} MB/s, ${((gzipped / imageBytes) * 100).toFixed(0)} % of its size (${load()})`;
  say(gzipLine);

  // 1 % of the files rewritten (new bytes, same size), one deleted, one added.
  const changed = paths.filter((_, i) => i % 100 === 7);
  for (const path of changed) writeFileSync(join(source, path), randomBytes(statSync(join(source, path)).size));
  rmSync(join(source, paths[3]));
  writeFileSync(join(source, 'd0', 'added ü.txt'), 'added after the full\n');
  const increment = await backup(source, join(work, 'increment.ZIA'), join(work, 'full.ZIA'));
  const ratio = increment.ms / full.ms;
  const incrementLine = `increment after changing ${changed.length} files (1 %): ${increment.files} entries, ${(increment.data / MiB).toFixed(1)} MB in ${increment.ms.toFixed(0)} ms, ${(ratio * 100).toFixed(1)} % of the full's time (${load()})`;
  say(incrementLine);

  const restored = await restore(join(work, 'restore-full'), [
    { image: join(work, 'full.ZIA'), sha: full.written.payloadSha256, level: 'full' },
  ]);
  const restoreLine = `full restore: ${(imageBytes / MiB).toFixed(0)} MB image in ${restored.ms.toFixed(0)} ms, ${mbs(imageBytes, restored.ms).toFixed(1)} MB/s (${load()})`;
  say(restoreLine);
  rmSync(join(work, 'restore-full'), { recursive: true, force: true });

  const chain = await restore(join(work, 'restore-chain'), [
    { image: join(work, 'full.ZIA'), sha: full.written.payloadSha256, level: 'full' },
    { image: join(work, 'increment.ZIA'), sha: increment.written.payloadSha256, level: 'increment' },
  ]);
  const difference = sameTree(await treeDigest(source), await treeDigest(chain.target));
  const chainLine = `restore of the chain full + increment: ${chain.ms.toFixed(0)} ms; restored tree ${difference ? `DIFFERS: ${difference}` : 'identical to the source (every file’s sha256)'} (${load()})`;
  say(chainLine);
  rmSync(join(work, 'source'), { recursive: true, force: true });
  rmSync(join(work, 'restore-chain'), { recursive: true, force: true });
  return [
    fullLine,
    incrementLine,
    restoreLine,
    chainLine,
    gzipLine,
    target(
      'full backup >= 50 MB/s',
      mbs(full.data, full.ms) >= 50,
      `${mbs(full.data, full.ms).toFixed(1)} MB/s, ${load()}`,
    ),
    target(
      'full restore >= 50 MB/s',
      mbs(imageBytes, restored.ms) >= 50,
      `${mbs(imageBytes, restored.ms).toFixed(1)} MB/s, ${load()}`,
    ),
    target("increment (1 % changed) <= 10 % of the full's time", ratio <= 0.1, `${(ratio * 100).toFixed(1)} %`),
    target('restored tree identical', !difference, difference ?? 'identical'),
  ];
}

/** Part 2: a 1 GB restore in a child process; its peak RSS. */
async function rssPart(work: string): Promise<string[]> {
  const source = join(work, 'big', 'ROOT');
  say(`writing 64 files, ${BIG_MB} MB`);
  writeTree(source, 64, BIG_MB * MiB);
  const full = await backup(source, join(work, 'big.ZIA'));
  rmSync(join(work, 'big'), { recursive: true, force: true });
  const output = execFileSync(
    process.execPath,
    [__filename, '--restore-child', join(work, 'big.ZIA'), full.written.payloadSha256, join(work, 'restore-big')],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const { ms, maxRssMB } = JSON.parse(output.trim().split('\n').at(-1)!) as { ms: number; maxRssMB: number };
  const size = statSync(join(work, 'big.ZIA')).size;
  rmSync(join(work, 'restore-big'), { recursive: true, force: true });
  rmSync(join(work, 'big.ZIA'), { force: true });
  const line = `restore of ${(size / MiB).toFixed(0)} MB (child process): ${ms.toFixed(0)} ms, ${mbs(size, ms).toFixed(1)} MB/s, peak RSS ${maxRssMB.toFixed(0)} MB (${load()})`;
  say(line);
  return [
    line,
    target(
      `reference agent peak RSS <= 200 MB during a ${(size / MiB / 1024).toFixed(1)} GB restore`,
      maxRssMB <= 200,
      `${maxRssMB.toFixed(0)} MB`,
    ),
  ];
}

/** The child of part 2: restores one image, prints its time and peak RSS as JSON. */
async function restoreChild(image: string, sha: string, restoreRoot: string): Promise<void> {
  const { ms } = await restore(restoreRoot, [{ image, sha, level: 'full' }]);
  process.stdout.write(`${JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
}

/** Part 3: the API's CPU per restore run (the agent in this process, the API in its own). */
async function apiPart(work: string): Promise<string[]> {
  const repository = join(work, 'repository');
  const sourceRoot = join(work, 'api-source');
  mkdirSync(repository, { recursive: true });
  writeTree(join(sourceRoot, 'ROOT'), 50, 5 * MiB);
  const db = await createBenchDatabase('zdm_bench_recoveries');
  let api: ApiProcess | undefined;
  let agent: ReferenceAgent | undefined;
  const client = new Client({ connectionString: db.url });
  try {
    api = await startApi({
      databaseUrl: db.url,
      env: { DEMO_AGENTS: 'false', BACKUP_REPOSITORY_PATH: repository },
      nodeArgs: PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE}`] : [],
    });
    await client.connect();
    const user = { authorization: `Bearer ${await issueAdminToken(api.url)}` };
    const call = <T>(method: string, path: string, body?: unknown) => callApi<T>(api!.url, method, path, user, body);
    const registered = await call<{ token: string }>('POST', '/agents', {
      server: 'server-01',
      name: 'bench-restorer',
    });
    if (registered.status !== 201) throw new Error(`agent: ${registered.status} ${JSON.stringify(registered.body)}`);
    agent = new ReferenceAgent({
      api: `${api.url}/api`,
      token: registered.body!.data.token,
      repository,
      sourceRoot,
      restoreRoot: join(work, 'api-restores'),
      waitSeconds: 25,
    });
    void agent.start();
    const job = await call('POST', '/backups', {
      center: '1',
      server: 'server-01',
      jobName: 'recbench',
      partition: ['/'],
      type: 'full',
      autoStart: 'not use',
      repository: { type: 'nfs', path: '/backup' },
    });
    if (job.status !== 201) throw new Error(`backup job: ${job.status} ${JSON.stringify(job.body).slice(0, 300)}`);
    const [{ id: jobId }] = (await client.query(`SELECT id FROM backup_jobs WHERE name = 'recbench_ROOT'`)).rows;
    const queued = await call<{ id: number }>('POST', `/backups/${jobId}/runs`, {});
    if (queued.status !== 201)
      throw new Error(`backup run: ${queued.status} ${JSON.stringify(queued.body).slice(0, 300)}`);
    await ended(client, queued.body!.data.id);

    // What the API spends with nothing to do but an agent waiting (its claim poll, the scheduler and
    // the other background work): subtracted from the runs' CPU, and printed beside it.
    const idleCpuBefore = processCpuMs(api.process.pid);
    const idleStarted = performance.now();
    await sleep(IDLE_MS);
    const idleCpuAfter = processCpuMs(api.process.pid);
    const idlePerSecond =
      idleCpuBefore !== undefined && idleCpuAfter !== undefined
        ? ((idleCpuAfter - idleCpuBefore) * 1000) / (performance.now() - idleStarted)
        : undefined;

    const runIds: number[] = [];
    const cpuBefore = processCpuMs(api.process.pid);
    const started = performance.now();
    const first = await call<{ results: { run: { id: number } }[] }>('POST', '/recoveries', {
      source: 'server-01',
      target: 'server-01',
      jobName: 'recbench',
      partitions: [{ source: '/', target: '/' }],
      overwrite: true,
    });
    if (first.status !== 201) throw new Error(`recovery: ${first.status} ${JSON.stringify(first.body).slice(0, 500)}`);
    runIds.push(first.body!.data.results[0].run.id);
    await ended(client, runIds[0]);
    for (let i = 1; i < RUNS; i++) {
      const again = await call<{ id: number }>('POST', '/recoveries/recbench_RECOVERY_ROOT/runs');
      if (again.status !== 201) throw new Error(`retry: ${again.status} ${JSON.stringify(again.body).slice(0, 300)}`);
      runIds.push(again.body!.data.id);
      await ended(client, again.body!.data.id);
    }
    const ms = performance.now() - started;
    const cpuAfter = processCpuMs(api.process.pid);
    const results = (
      await client.query(`SELECT result, count(*)::int AS n FROM runs WHERE id = ANY($1) GROUP BY result`, [runIds])
    ).rows as { result: string; n: number }[];
    const succeeded = results.find((r) => r.result === 'success')?.n ?? 0;
    const gross = cpuBefore !== undefined && cpuAfter !== undefined ? (cpuAfter - cpuBefore) / RUNS : undefined;
    const idle = idlePerSecond === undefined ? undefined : (idlePerSecond * ms) / 1000 / RUNS;
    const perRun = gross === undefined || idle === undefined ? undefined : gross - idle;
    const figure = (value: number | undefined) => (value === undefined ? 'n/a' : `${value.toFixed(1)} ms`);
    const line = `API CPU per restore run: ${figure(perRun)} (${figure(gross)} measured, less ${figure(idle)} the API spends idle in the same time: ${idlePerSecond?.toFixed(1) ?? 'n/a'} ms/s over ${IDLE_MS / 1000} s with the agent waiting; ${RUNS} runs one after the other in ${(ms / 1000).toFixed(1)} s, ${succeeded} success: run again, claim, progress, log, complete; ${load()})`;
    say(line);
    return [
      line,
      target('restore runs succeeded', succeeded === RUNS, `${succeeded} of ${RUNS}`),
      target(
        'API CPU per restore run <= 50 ms',
        perRun !== undefined && perRun <= 50,
        perRun === undefined ? 'n/a' : `${perRun.toFixed(1)} ms`,
      ),
    ];
  } finally {
    await agent?.stop();
    await client.end().catch(() => undefined);
    await api?.stop(PROFILE ? 'SIGTERM' : 'SIGKILL');
    await db.drop().catch(() => undefined);
  }
}

/** Waits until run `id` is done (read from the database: no API CPU spent on polling). */
async function ended(client: Client, id: number): Promise<void> {
  const deadline = performance.now() + 120_000;
  while (performance.now() < deadline) {
    const [row] = (await client.query(`SELECT state, result, error_message FROM runs WHERE id = $1`, [id])).rows;
    if (row?.state === 'done') {
      if (row.result !== 'success') throw new Error(`run ${id} ended ${row.result}: ${row.error_message}`);
      return;
    }
    await sleep(20);
  }
  throw new Error(`run ${id} did not end within 120 s`);
}

async function main(): Promise<void> {
  if (process.argv[2] === '--restore-child') return restoreChild(process.argv[3], process.argv[4], process.argv[5]);
  const own = !process.env.BENCH_RECOVERY_DIR;
  const work = process.env.BENCH_RECOVERY_DIR ?? mkdtempSync(join(tmpdir(), 'zdm-bench-recoveries-'));
  mkdirSync(work, { recursive: true });
  const lines = [
    `recoveries: ${FILES} files, ${MB} MB; ${BIG_MB} MB restore for RSS; ${RUNS} restore runs through the API (${load()} at the start)`,
  ];
  try {
    if (PARTS.includes('bytes')) lines.push(...(await bytesPart(work)));
    if (PARTS.includes('rss')) lines.push(...(await rssPart(work)));
    if (PARTS.includes('api')) lines.push(...(await apiPart(work)));
  } finally {
    if (own) rmSync(work, { recursive: true, force: true });
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

runBenchmark(main);
