import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSampleHeader, payloadSha256 } from '@zdm/image-format';
import { AgentApiClient, Claim, ClaimedChainLink, CompleteBody } from './agent-api.client';
import { RunPerformer, RunPerformerOptions } from './run-performer';

/**
 * The performer driven with claim objects against a tiny in-test API (progress, log, complete
 * recorded), on real temporary directories: backup of a real tree, an increment, a restore of the
 * chain compared byte for byte, verify finding a flipped byte, restore refusals.
 */

interface Call {
  path: string;
  body: Record<string, unknown>;
}

let api: Server;
let calls: Call[];
let cancelAfter: number | undefined;
let client: AgentApiClient;
let work: string;

beforeAll(async () => {
  api = createServer((req: IncomingMessage, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    req.on('end', () => {
      const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      calls.push({ path: req.url ?? '', body });
      if (req.url?.endsWith('/progress')) {
        const progressCalls = calls.filter((c) => c.path.endsWith('/progress')).length;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ data: { cancel: cancelAfter !== undefined && progressCalls > cancelAfter } }));
        return;
      }
      res.statusCode = 204;
      res.end();
    });
  });
  // The client makes one attempt per call (attempts: 1). Node closes a keep-alive connection idle
  // for 5 s by default; a call sent on it at that moment fails with ECONNRESET, which a loaded
  // machine's pauses between two calls made happen. Keep idle connections for the whole file.
  api.keepAliveTimeout = 10 * 60_000;
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  client = new AgentApiClient({
    api: `http://127.0.0.1:${(api.address() as AddressInfo).port}/api`,
    token: 'zdma_test',
    attempts: 1,
  });
});
afterAll(() => new Promise<void>((resolve) => api.close(() => resolve())));

beforeEach(() => {
  calls = [];
  cancelAfter = undefined;
  work = mkdtempSync(join(tmpdir(), 'zdm-performer-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const repositoryPath = () => join(work, 'repo');

function claim(
  id: number,
  over: Partial<Claim> & { kind?: 'backup' | 'verify' | 'restore'; level?: 'full' | 'increment'; stamp?: string } = {},
): Claim {
  const { kind, level = 'full', stamp = '2026-03-01_10_00', ...rest } = over;
  return {
    run: { id, level, ...(kind ? { kind } : {}) },
    job: {
      id: 1,
      name: 'web-01_ROOT',
      partition: '/',
      level,
      repository: { type: 'nfs', path: repositoryPath() },
      compression: true,
      encryption: false,
      excludeDir: [],
      networkLimit: 0,
      scriptPath: null,
      scriptRun: null,
      server: { id: 1, name: 'web-01 (10.0.0.1)', os: 'lin', osVersion: 'Rocky 9' },
      partitionDetail: { device: '/dev/sda1', filesystem: 'xfs', size: 10_000_000, diskNumber: 0, partitionNumber: 1 },
      image: { name: `web-01_ROOT_[${stamp}].ZIA`, time: stamp.replace(/_(\d\d)_(\d\d)$/, ' $1:$2:00') },
    },
    leaseExpiresAt: '2026-03-01T10:05:00Z',
    ...rest,
  };
}

function performer(options: RunPerformerOptions = {}): RunPerformer {
  return new RunPerformer(client, {
    steps: 4,
    stepMs: 0,
    // Every step reported, however fast: a cancel answer lands in the middle of a run.
    progressIntervalMs: 0,
    sourceRoot: join(work, 'src'),
    restoreRoot: join(work, 'restore'),
    ...options,
  });
}

function completed(runId: number): CompleteBody {
  const call = calls.find((c) => c.path === `/api/agent/runs/${runId}/complete`);
  if (!call) throw new Error(`run ${runId} was not completed; calls: ${JSON.stringify(calls.map((c) => c.path))}`);
  return call.body as unknown as CompleteBody;
}

/** Every file and directory under `root`: path → bytes (files) or 'dir'. */
function snapshot(root: string): Map<string, Buffer | 'dir'> {
  const out = new Map<string, Buffer | 'dir'>();
  const walk = (rel: string) => {
    for (const name of readdirSync(join(root, rel)).sort()) {
      const path = rel ? `${rel}/${name}` : name;
      if (statSync(join(root, path)).isDirectory()) {
        out.set(path, 'dir');
        walk(path);
      } else out.set(path, readFileSync(join(root, path)));
    }
  };
  walk('');
  return out;
}

function write(root: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

const binary = (n: number, seed: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 31 + seed * 7) % 256));

async function backupChain(): Promise<{
  source: string;
  full: ClaimedChainLink;
  increment: ClaimedChainLink;
  atSecond: Map<string, Buffer | 'dir'>;
}> {
  const source = join(work, 'src', 'ROOT');
  write(source, {
    'etc/hosts': '127.0.0.1 localhost\n',
    'etc/app/conf.d/a.conf': 'a=1\n',
    'etc/app/conf.d/b.conf': 'b=2\n',
    'var/data/blob.bin': binary(300_000, 1),
    'empty.txt': '',
    'Notes – Überblick (draft).txt': 'spaces and non-ASCII\n',
    'old/gone.txt': 'to be deleted\n',
  });
  mkdirSync(join(source, 'empty-dir'));
  expect(await performer().perform(claim(1))).toBe('success');
  const fullName = 'web-01_ROOT_[2026-03-01_10_00].ZIA';
  const fullPath = join(repositoryPath(), 'web-01_10.0.0.1_', fullName);
  expect(completed(1)).toEqual({ result: 'success', image: fullPath });
  const fullHeader = await readSampleHeader(fullPath);
  const full: ClaimedChainLink = {
    image: fullName,
    path: fullPath,
    level: 'full',
    payloadSha256: fullHeader.fields.payloadSha256,
  };

  // change, add, delete (a file and a whole directory), a binary file rewritten with the same size
  write(source, {
    'etc/hosts': '127.0.0.1 localhost\n10.0.0.2 db\n',
    'new/deep/file.bin': binary(1000, 2),
    'var/data/blob.bin': binary(300_000, 3),
  });
  utimesSync(join(source, 'var/data/blob.bin'), new Date('2030-01-01'), new Date('2030-01-01'));
  unlinkSync(join(source, 'etc/app/conf.d/b.conf'));
  rmSync(join(source, 'old'), { recursive: true });
  const atSecond = snapshot(source);

  expect(await performer().perform(claim(2, { level: 'increment', stamp: '2026-03-02_10_00', chain: [full] }))).toBe(
    'success',
  );
  const incName = 'web-01_ROOT_[2026-03-02_10_00].ZIA';
  const incPath = join(repositoryPath(), 'web-01_10.0.0.1_', incName);
  const incHeader = await readSampleHeader(incPath);
  const increment: ClaimedChainLink = {
    image: incName,
    path: incPath,
    level: 'increment',
    payloadSha256: incHeader.fields.payloadSha256,
  };
  return { source, full, increment, atSecond };
}

describe('RunPerformer with --source-root and --restore-root', () => {
  it('backs up a tree, an increment after changes, and restores the chain byte for byte', async () => {
    const { full, increment, atSecond, source } = await backupChain();
    const fullHeader = await readSampleHeader(full.path);
    expect(fullHeader.fields).toMatchObject({ type: 'full', entries: '14', deleted: '0', payloadFormat: 'tar' });
    expect(fullHeader.fields.parent).toBeUndefined();
    expect(fullHeader.fields.imageSize).toBe(String(statSync(full.path).size));
    expect(await payloadSha256(full.path, fullHeader.payloadOffset)).toBe(full.payloadSha256);
    const incHeader = await readSampleHeader(increment.path);
    // 7 files and 7 directories; then etc/hosts, new, new/deep, new/deep/file.bin, var/data/blob.bin; b.conf, old, old/gone.txt deleted
    expect(incHeader.fields).toMatchObject({ type: 'increment', parent: full.image, entries: '5', deleted: '3' });
    expect(statSync(increment.path).size).toBeLessThan(statSync(full.path).size);

    rmSync(source, { recursive: true }); // the restore must need nothing but the images
    const restore = { sourcePartition: '/', targetPartition: '/', overwrite: false };
    expect(await performer().perform(claim(3, { kind: 'restore', chain: [full, increment], restore }))).toBe('success');
    expect(completed(3)).toEqual({ result: 'success' });
    expect(snapshot(join(work, 'restore', 'ROOT'))).toEqual(atSecond);
    expect(readdirSync(join(work, 'restore'))).toEqual(['ROOT']); // no temporary directory left
    const progress = calls.filter((c) => c.path === '/api/agent/runs/3/progress').map((c) => c.body);
    expect(progress.at(-1)).toMatchObject({ percent: 100 });
    expect(progress.every((p) => p.bytesTotal === statSync(full.path).size + statSync(increment.path).size)).toBe(true);

    // the earlier point alone: the tree as it was at the full
    const earlier = { sourcePartition: '/', targetPartition: '/boot/efi', overwrite: false };
    expect(await performer().perform(claim(4, { kind: 'restore', chain: [full], restore: earlier }))).toBe('success');
    const first = snapshot(join(work, 'restore', 'boot_efi'));
    expect(first.get('old/gone.txt')).toEqual(Buffer.from('to be deleted\n'));
    expect(first.get('etc/app/conf.d/b.conf')).toEqual(Buffer.from('b=2\n'));
    expect(first.get('var/data/blob.bin')).toEqual(binary(300_000, 1));
    expect(first.has('new')).toBe(false);
  });

  it('verify: ok for a whole chain; a flipped payload byte is corrupt, a removed image missing', async () => {
    const { full, increment } = await backupChain();
    const verify = (id: number) => performer().perform(claim(id, { kind: 'verify', chain: [full, increment] }));
    expect(await verify(10)).toBe('success');
    expect(completed(10)).toEqual({
      result: 'success',
      images: [
        { image: full.image, state: 'ok' },
        { image: increment.image, state: 'ok' },
      ],
    });

    const bytes = readFileSync(increment.path);
    bytes[bytes.length - 2000] ^= 0x01;
    writeFileSync(increment.path, bytes);
    expect(await verify(11)).toBe('failed');
    const body = completed(11);
    expect(body.result).toBe('failed');
    expect(body.images![0]).toEqual({ image: full.image, state: 'ok' });
    expect(body.images![1]).toMatchObject({ image: increment.image, state: 'corrupt' });
    expect(body.images![1].errorMessage).toMatch(
      /^payload sha256 [0-9a-f]{64} differs from the header's [0-9a-f]{64}$/,
    );
    expect(body.errorMessage).toBe(`${increment.image}: corrupt`);

    unlinkSync(full.path);
    expect(await verify(12)).toBe('failed');
    expect(completed(12).images![0]).toEqual({
      image: full.image,
      state: 'missing',
      errorMessage: `no such file: ${full.path}`,
    });
  });

  it('a backup without --source-root still writes payloadSha256, and parent for an increment', async () => {
    const link = {
      image: 'web-01_ROOT_[2026-02-01_10_00].ZIA',
      path: '/elsewhere/x.ZIA',
      level: 'full' as const,
      payloadSha256: null,
    };
    expect(await performer({ sourceRoot: undefined }).perform(claim(20, { level: 'increment', chain: [link] }))).toBe(
      'success',
    );
    const path = completed(20).image!;
    const { fields, payloadOffset } = await readSampleHeader(path);
    expect(fields.payloadSha256).toBe(await payloadSha256(path, payloadOffset));
    expect(fields.parent).toBe(link.image);
  });

  it('restore refuses a non-empty target unless overwrite, and names a corrupt or missing image', async () => {
    const { full, increment, atSecond } = await backupChain();
    const target = join(work, 'restore', 'ROOT');
    write(target, { 'keep.txt': 'operator data\n' });
    const restore = { sourcePartition: '/', targetPartition: '/', overwrite: false };
    expect(await performer().perform(claim(30, { kind: 'restore', chain: [full, increment], restore }))).toBe('failed');
    expect(completed(30)).toEqual({
      result: 'failed',
      errorMessage: `Refused: the restore target ${target} is not empty (restore with overwrite to replace it)`,
    });
    expect(snapshot(target)).toEqual(new Map([['keep.txt', Buffer.from('operator data\n')]]));

    // a corrupt increment: the run fails naming it, the target is untouched
    const bytes = readFileSync(increment.path);
    bytes[bytes.length - 700] ^= 0x80;
    writeFileSync(increment.path, bytes);
    const overwrite = { ...restore, overwrite: true };
    expect(
      await performer().perform(claim(31, { kind: 'restore', chain: [full, increment], restore: overwrite })),
    ).toBe('failed');
    expect(completed(31).errorMessage).toMatch(
      new RegExp(
        `^image ${increment.image.replace(/[[\]().]/g, '\\$&')} is corrupt: payload sha256 .* nothing restored$`,
      ),
    );
    expect(snapshot(target)).toEqual(new Map([['keep.txt', Buffer.from('operator data\n')]]));
    expect(readdirSync(join(work, 'restore'))).toEqual(['ROOT']);

    // a catalog checksum that differs from the file's is refused too (the file may be whole but not the one cataloged)
    bytes[bytes.length - 700] ^= 0x80;
    writeFileSync(increment.path, bytes);
    const wrong = { ...full, payloadSha256: '0'.repeat(64) };
    expect(
      await performer().perform(claim(32, { kind: 'restore', chain: [wrong, increment], restore: overwrite })),
    ).toBe('failed');
    expect(completed(32).errorMessage).toContain(`image ${full.image} is corrupt: payload sha256`);

    // a missing image: named before anything is written
    const gone = { ...increment, path: join(work, 'nowhere.ZIA') };
    expect(await performer().perform(claim(33, { kind: 'restore', chain: [full, gone], restore: overwrite }))).toBe(
      'failed',
    );
    expect(completed(33).errorMessage).toBe(`image ${increment.image} is missing: no such file ${gone.path}`);

    // overwrite replaces the target with exactly the restored tree
    expect(
      await performer().perform(claim(34, { kind: 'restore', chain: [full, increment], restore: overwrite })),
    ).toBe('success');
    expect(snapshot(target)).toEqual(atSecond);
  });

  it('restore honours a cancel answer: cancelled, nothing left behind', async () => {
    const { full, increment } = await backupChain();
    calls = [];
    cancelAfter = 2;
    const restore = { sourcePartition: '/', targetPartition: '/', overwrite: false };
    expect(await performer().perform(claim(40, { kind: 'restore', chain: [full, increment], restore }))).toBe(
      'cancelled',
    );
    expect(completed(40)).toEqual({ result: 'cancelled' });
    expect(readdirSync(join(work, 'restore'))).toEqual([]);
  });

  it('a backup of real files honours a cancel answer: cancelled, no image and no partial file left', async () => {
    write(join(work, 'src', 'ROOT'), { 'a.bin': binary(2_000_000, 5), 'b.txt': 'b\n' });
    cancelAfter = 1;
    expect(await performer().perform(claim(60))).toBe('cancelled');
    expect(completed(60)).toEqual({ result: 'cancelled' });
    expect(readdirSync(join(repositoryPath(), 'web-01_10.0.0.1_'))).toEqual([]);
    const logged = calls.filter((c) => c.path === '/api/agent/runs/60/log').map((c) => JSON.stringify(c.body));
    expect(logged.at(-1)).toContain('Cancel requested: stopped, no image kept');
  });

  it('restore without a restore root, or into a chain without a full, fails saying why', async () => {
    const { full, increment } = await backupChain();
    const restore = { sourcePartition: '/', targetPartition: '/', overwrite: false };
    expect(
      await performer({ restoreRoot: undefined }).perform(claim(50, { kind: 'restore', chain: [full], restore })),
    ).toBe('failed');
    expect(completed(50).errorMessage).toBe('this agent has no --restore-root: it cannot restore');
    expect(await performer().perform(claim(51, { kind: 'restore', chain: [increment], restore }))).toBe('failed');
    expect(completed(51).errorMessage).toBe(
      `cannot restore: the chain starts with ${increment.image}, an increment, not a full`,
    );
  });
});
