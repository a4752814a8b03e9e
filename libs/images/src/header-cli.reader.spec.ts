import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cliEnvironment, HeaderCliReader, HeaderCliReaderOptions } from './header-cli.reader';
import { HeaderCliFailure, HeaderReadResult } from './header-reader';
import { generateSampleRepository, SEED_IMAGES, writeSampleImage, writeSeedImages } from '@zdm/image-format';

/** Wall-clock bounds are asserted only under the reliability bench (RELIABILITY_TIMING=1, test/support/timing.ts). */
const whenTiming = (assertion: () => void) => process.env.RELIABILITY_TIMING === '1' && assertion();

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildReferenceCli } = require('../../../scripts/build-reference-cli.js') as {
  buildReferenceCli: () => { binary: string };
};

const FIXTURES = resolve(__dirname, '../test-fixtures');
const fixture = (name: string) => join(FIXTURES, name);
const quiet = { warn: jest.fn(), debug: jest.fn() };

let cli: string;
let dir: string;
let seedPaths: string[];

function reader(options: Partial<HeaderCliReaderOptions> = {}): HeaderCliReader {
  return new HeaderCliReader({ cliPath: cli, logger: quiet, timeoutMs: 10_000, ...options });
}

async function failure(promise: Promise<unknown>): Promise<HeaderCliFailure> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(HeaderCliFailure);
    return error as HeaderCliFailure;
  }
  throw new Error('expected a HeaderCliFailure');
}

/** Measures event-loop responsiveness while `work` runs: the longest gap between 10 ms ticks. */
async function longestTickGap<T>(work: () => Promise<T>): Promise<{ value: T; gap: number; ticks: number }> {
  let last = performance.now();
  let gap = 0;
  let ticks = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    gap = Math.max(gap, now - last);
    last = now;
    ticks++;
  }, 10);
  try {
    const value = await work();
    return { value, gap, ticks };
  } finally {
    clearInterval(timer);
  }
}

beforeAll(() => {
  cli = buildReferenceCli().binary;
  for (const name of readdirSync(FIXTURES)) if (name.endsWith('.sh')) chmodSync(fixture(name), 0o755);
  dir = mkdtempSync(join(tmpdir(), 'zia-reader-'));
  seedPaths = writeSeedImages(dir);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeEach(() => jest.clearAllMocks());

describe('HeaderCliReader with the reference CLI', () => {
  it('reads the seed images exactly', async () => {
    const result = await reader().read(seedPaths);
    expect(result.errors.size).toBe(0);
    expect(result.headers.get(seedPaths[0])).toEqual({ ...SEED_IMAGES[0], extra: undefined });
    expect(result.headers.get(seedPaths[1])).toEqual({ ...SEED_IMAGES[1], extra: undefined });
  });

  it('reads a generated repository in many batches with bounded concurrency, headers identical to what was written', async () => {
    const repo = join(dir, 'repo');
    const summary = generateSampleRepository({ dir: repo, servers: 7, images: 300 });
    const paths = execFileSync('find', [repo, '-name', '*.ZIA', '-type', 'f']).toString().trim().split('\n');
    expect(paths).toHaveLength(300);
    const result = await reader({ batchSize: 13, concurrency: 2 }).read(paths);
    expect(result.errors.size).toBe(0);
    expect(result.headers.size).toBe(300);
    const servers = new Set([...result.headers.values()].map((h) => h.server));
    expect([...servers].sort()).toEqual(summary.servers.map((s) => s.name).sort());
    expect([...result.headers.values()].filter((h) => h.mountPoint === 'C:').length).toBeGreaterThan(0);
  });

  it('skips and reports unreadable images (missing, not an image, a directory, imageSize missing is fine)', async () => {
    const junk = join(dir, 'junk.ZIA');
    writeFileSync(junk, 'not an image');
    const noSize = join(dir, 'nosize_[2026-01-01_00_00].ZIA');
    writeSampleImage(noSize, { ...SEED_IMAGES[0], name: 'nosize_[2026-01-01_00_00].ZIA', imageSize: undefined });
    const result = await reader().read([seedPaths[0], join(dir, 'missing.ZIA'), junk, dir, noSize]);
    expect([...result.headers.keys()].sort()).toEqual([noSize, seedPaths[0]].sort());
    expect(result.headers.get(noSize)!.imageSize).toBeNull();
    expect(Object.fromEntries(result.errors)).toEqual({
      [join(dir, 'missing.ZIA')]: {
        path: join(dir, 'missing.ZIA'),
        kind: 'unreadable',
        reason: 'No such file or directory',
      },
      [junk]: { path: junk, kind: 'unreadable', reason: 'not a ZIA-SAMPLE image (bad magic line)' },
      [dir]: { path: dir, kind: 'unreadable', reason: 'Is a directory' },
    });
    expect(quiet.warn).toHaveBeenCalledWith(expect.stringContaining('skipping unreadable image'));
  });

  it('passes names with spaces, brackets, parentheses, quotes, $ and non-ASCII as argv (no shell)', async () => {
    const odd = join(dir, `서버 $(touch pwned) 'q' "d" ; rm -rf x_[2026-01-01_00_00].ZIA`);
    writeSampleImage(odd, { ...SEED_IMAGES[1], name: 'odd.ZIA', server: '파일 서버 (10.0.0.1)' });
    const result = await reader().read([odd]);
    expect(result.headers.get(odd)!.server).toBe('파일 서버 (10.0.0.1)');
    expect(readdirSync(process.cwd())).not.toContain('pwned');
  });

  it('passes a relative path starting with "-" so it cannot be taken for an option', async () => {
    const previous = process.cwd();
    process.chdir(dir);
    try {
      writeSampleImage('-n_[2026-01-01_00_00].ZIA', { ...SEED_IMAGES[0], name: '-n_[2026-01-01_00_00].ZIA' });
      const result = await reader().read(['-n_[2026-01-01_00_00].ZIA']);
      expect(result.headers.get('-n_[2026-01-01_00_00].ZIA')!.name).toBe('-n_[2026-01-01_00_00].ZIA');
    } finally {
      process.chdir(previous);
    }
  });

  it('refuses paths with a line break without running anything for them', async () => {
    const result = await reader().read(['/x\n[/y]', seedPaths[0]]);
    expect(result.errors.get('/x\n[/y]')!.kind).toBe('unreadable');
    expect(result.headers.has(seedPaths[0])).toBe(true);
  });

  it('an event-loop stall longer than the time limit does not kill a process that finished in time', async () => {
    // Spawn, then stall, inside an I/O callback (poll phase): on the next loop turn the expired timer
    // runs before the already-queued exit of the process is seen.
    await readFile(__filename);
    const read = reader({ timeoutMs: 100 }).read(seedPaths);
    for (let i = 0; i < 10; i++) await Promise.resolve(); // the spawn happens a few microtasks later
    const until = Date.now() + 600;
    while (Date.now() < until) {
      /* the CLI exits meanwhile */
    }
    const result = await read;
    expect(result.headers.size).toBe(2);
  });

  it('reading nothing starts nothing', async () => {
    const result = await new HeaderCliReader({ cliPath: '/nonexistent', logger: quiet }).read([]);
    expect(result.headers.size + result.errors.size).toBe(0);
  });

  it('by default passes 1,024 paths per process, fewer when their argv would pass 256 KiB', async () => {
    // Each process costs a fork of the API (tens of ms once it holds a large catalog): few, large
    // batches. The wrapper records how many paths each process got, then reads them.
    const log = join(dir, 'argc.log');
    const wrapper = join(dir, 'counting-cli.sh');
    writeFileSync(wrapper, `#!/bin/sh\necho "$#" >> '${log}'\nexec '${cli}' "$@"\n`);
    chmodSync(wrapper, 0o755);
    const argcs = async (paths: string[]) => {
      rmSync(log, { force: true });
      const result = await reader({ cliPath: wrapper, concurrency: 1 }).read(paths);
      expect(result.headers.size + result.errors.size).toBe(paths.length);
      return (await readFile(log, 'utf8')).trim().split('\n').map(Number);
    };
    const short = Array.from({ length: 2_500 }, (_, i) => join(dir, `missing-${i}.ZIA`));
    expect(await argcs(short)).toEqual([1024, 1024, 452]);
    // 300-byte paths (+3 bytes counted each): 865 fit under 256 KiB
    const long = Array.from({ length: 1_000 }, (_, i) => join(dir, String(i).padStart(4, '0')).padEnd(300, 'x'));
    expect(await argcs(long)).toEqual([865, 135]);
  });
});

describe('HeaderCliReader with misbehaving CLIs', () => {
  it('a missing binary is a HeaderCliFailure (ENOENT)', async () => {
    const error = await failure(reader({ cliPath: join(dir, 'no-such-cli') }).read(seedPaths));
    expect(error.reason).toBe('Command failed: cannot start no-such-cli (ENOENT)');
  });

  it('a binary that is not executable is a HeaderCliFailure (EACCES)', async () => {
    const copy = join(dir, 'not-executable.sh');
    copyFileSync(fixture('slow.sh'), copy);
    chmodSync(copy, 0o644);
    const error = await failure(reader({ cliPath: copy }).read(seedPaths));
    expect(error.reason).toBe('Command failed: cannot start not-executable.sh (EACCES)');
  });

  it('non-zero exit with partial output keeps the printed blocks; the image left out is skipped', async () => {
    const result = await reader({ cliPath: fixture('partial-exit.sh') }).read(seedPaths);
    expect([...result.headers.keys()]).toEqual([seedPaths[0]]);
    expect(result.errors.get(seedPaths[1])).toEqual({
      path: seedPaths[1],
      kind: 'unreadable',
      reason: 'partial-exit.sh exited with code 3 on this image',
    });
  });

  it('error= blocks are per-image errors, not a failure', async () => {
    const result = await reader({ cliPath: fixture('error-block.sh') }).read(seedPaths);
    expect(result.headers.size).toBe(0);
    expect([...result.errors.values()].map((e) => e.reason)).toEqual([
      'simulated read failure',
      'simulated read failure',
    ]);
  });

  it('garbage output is a HeaderCliFailure', async () => {
    const error = await failure(reader({ cliPath: fixture('garbage.sh') }).read(seedPaths));
    expect(error.reason).toBe('Command failed: garbage.sh exited with code 0 without printing any usable header block');
    expect(quiet.warn).toHaveBeenCalledWith(expect.stringContaining('printed unexpected output'));
  });

  it('no output at all is a HeaderCliFailure', async () => {
    const error = await failure(reader({ cliPath: fixture('nothing.sh') }).read(seedPaths));
    expect(error.reason).toBe('Command failed: nothing.sh exited with code 0 without printing any usable header block');
  });

  it('a failing CLI reports its stderr', async () => {
    const error = await failure(reader({ cliPath: fixture('stderr-fail.sh') }).read(seedPaths));
    expect(error.reason).toBe('Command failed: stderr-fail.sh exited with code 2: license expired');
  });

  it('a hanging CLI is killed at its time limit (with what it started), keeping what it printed; the event loop stays responsive', async () => {
    const started = performance.now();
    const { value: error, ticks } = await longestTickGap(() =>
      failure(reader({ cliPath: fixture('hang.sh'), timeoutMs: 500 }).read(seedPaths)),
    );
    const elapsed = performance.now() - started;
    expect(error.reason).toBe('Command failed: hang.sh killed after the 500 ms time limit');
    expect([...error.partial.headers.keys()]).toEqual([seedPaths[0]]);
    expect(elapsed).toBeGreaterThanOrEqual(490);
    whenTiming(() => expect(elapsed).toBeLessThan(10_000));
    // The loop kept ticking while the CLI hung (a blocking wait would give ~0); a count, not a
    // latency, so a loaded machine does not fail it.
    expect(ticks).toBeGreaterThan(5);
    // the `sleep 600` started by the script went with it
    const sleeping = execFileSync('ps', ['-eo', 'args'])
      .toString()
      .split('\n')
      .filter((l) => l.trim() === 'sleep 600');
    expect(sleeping).toEqual([]);
  });

  it('a CLI crashing mid-batch: printed blocks kept, the culprit isolated and skipped, the rest read', async () => {
    const crashDir = join(dir, 'crash');
    mkdirSync(crashDir, { recursive: true });
    const paths = Array.from({ length: 9 }, (_, i) =>
      join(crashDir, `img${i}${i === 5 ? '-CRASH' : ''}_[2026-01-01_00_0${i}].ZIA`),
    );
    paths.forEach((p, i) => writeSampleImage(p, { ...SEED_IMAGES[0], name: `img${i}.ZIA` }));
    const result: HeaderReadResult = await reader({ cliPath: fixture('crash-mid-batch.sh'), batchSize: 100 }).read(
      paths,
    );
    expect(result.headers.size).toBe(8);
    expect(result.errors.get(paths[5])).toEqual({
      path: paths[5],
      kind: 'unreadable',
      reason: 'crash-mid-batch.sh was killed by SIGSEGV on this image',
    });
  });

  it('a CLI flooding stdout is killed at the output cap', async () => {
    const error = await failure(reader({ cliPath: fixture('flood.sh'), maxOutputBytes: 64 * 1024 }).read(seedPaths));
    expect(error.reason).toBe('Command failed: flood.sh killed after printing more than 65536 bytes');
  });

  it('after a failure no new process is started; concurrent batches share the bound', async () => {
    const started = performance.now();
    // 4 batches of 1, one process at a time, each sleeping 0.3 s: the first fails (timeout 100 ms) → stop.
    const error = await failure(
      reader({ cliPath: fixture('slow.sh'), batchSize: 1, concurrency: 1, timeoutMs: 100 }).read([
        ...seedPaths,
        ...seedPaths.map((p) => `${p}.x`),
      ]),
    );
    expect(error.reason).toMatch(/killed after the 100 ms time limit/);
    const elapsed = performance.now() - started;
    whenTiming(() => expect(elapsed).toBeLessThan(10_000));
  });

  it('runs processes concurrently up to the limit while the event loop keeps ticking', async () => {
    const paths = [...seedPaths, ...seedPaths, ...seedPaths, ...seedPaths].map((p, i) => (i < 2 ? p : `${p}?${i}`));
    const run = async (concurrency: number) => {
      const t0 = performance.now();
      const { value, gap, ticks } = await longestTickGap(() =>
        reader({ cliPath: fixture('slow.sh'), batchSize: 2, concurrency }).read(paths),
      );
      return { value, gap, ticks, ms: performance.now() - t0 };
    };
    const serial = await run(1); // 4 processes × 0.3 s (slow.sh's default sleep)
    const parallel = await run(4);
    expect(serial.value.headers.size).toBe(2);
    expect(parallel.value.headers.size).toBe(2);
    whenTiming(() => {
      expect(serial.ms).toBeGreaterThanOrEqual(1200);
      expect(parallel.ms).toBeLessThan(serial.ms - 500);
    });
    expect(serial.ticks).toBeGreaterThan(10);
  });
});

describe('cliEnvironment', () => {
  it('passes PATH, LANG, TZ and the listed names only', () => {
    const source = {
      PATH: '/bin',
      LANG: 'C.UTF-8',
      TZ: 'Asia/Seoul',
      JWT_SECRET: 's',
      DATABASE_URL: 'pg',
      LICENSE: 'x',
    };
    expect(cliEnvironment(source)).toEqual({ PATH: '/bin', LANG: 'C.UTF-8', TZ: 'Asia/Seoul' });
    expect(cliEnvironment(source, ['LICENSE', 'MISSING'])).toEqual({
      PATH: '/bin',
      LANG: 'C.UTF-8',
      TZ: 'Asia/Seoul',
      LICENSE: 'x',
    });
  });
});
