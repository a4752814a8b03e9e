import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pack, Parser, ReadEntry } from 'tar';
import { planTreeImage, scanTree, TREE_MANIFEST_FORMAT, TreeManifest } from './tree-manifest';
import { manifestEntry, PENDING_SHA256, treePayload } from './tree-payload';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'zdm-tree-payload-'));
  const long = `${'long name '.repeat(12)}ü.txt`; // over tar's 100 bytes: a pax header
  mkdirSync(join(root, 'a/b'), { recursive: true });
  mkdirSync(join(root, 'new dir/nested ü'), { recursive: true });
  writeFileSync(join(root, 'a/b/small.txt'), 'small\n');
  writeFileSync(join(root, 'a/empty'), '');
  writeFileSync(join(root, 'a/big.bin'), Buffer.from(Array.from({ length: 2_500_000 }, (_, i) => (i * 31) % 251)));
  writeFileSync(join(root, `new dir/nested ü/${long}`), 'pax\n');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

async function manifestOf(): Promise<TreeManifest> {
  const { entries, skipped } = await scanTree(root);
  const { carried, deleted } = planTreeImage(entries, null);
  for (const entry of entries) if (entry.type === 'file') entry.sha256 = PENDING_SHA256;
  return { format: TREE_MANIFEST_FORMAT, level: 'full', parent: null, entries, carried, deleted, skipped };
}

async function bytesOf(chunks: AsyncIterable<Buffer>): Promise<Buffer> {
  const all: Buffer[] = [];
  for await (const chunk of chunks) all.push(chunk);
  return Buffer.concat(all);
}

/** Every entry of a tar stream as tar's parser reads it. */
async function entriesOf(tar: Buffer): Promise<object[]> {
  const entries: object[] = [];
  const parser = new Parser({
    strict: true,
    onReadEntry: (entry: ReadEntry) => {
      const hash = createHash('sha256');
      entry.on('data', (chunk: Buffer) => hash.update(chunk));
      entry.on('end', () =>
        entries.push({
          path: entry.path,
          type: entry.type,
          size: entry.size,
          mode: entry.mode,
          mtime: entry.mtime ? Math.floor(entry.mtime.getTime() / 1000) : undefined,
          uid: entry.uid,
          sha256: hash.digest('hex'),
        }),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    parser.on('end', () => resolve());
    parser.on('error', reject);
    parser.end(tar);
  });
  return entries;
}

describe('treePayload', () => {
  it('writes the data entries tar itself writes (portable, prefix data), after the manifest entry', async () => {
    const manifest = await manifestOf();
    const start = manifestEntry(manifest).length;
    const payload = await bytesOf(treePayload(root, manifest));

    const pack = new Pack({ cwd: root, portable: true, noDirRecurse: true, prefix: 'data', strict: true });
    for (const path of manifest.carried) pack.add(path);
    pack.end();
    const packed = await bytesOf(pack as AsyncIterable<Buffer>);
    // Same entries, headers and bytes as tar's (compared parsed: under jest, tar's own pax `mtime`
    // of a file is a Date's text, a cross-realm artefact of the test runner).
    const ours = await entriesOf(payload.subarray(start));
    const withoutTimes = (entries: object[]) => entries.map((e) => ({ ...e, mtime: undefined }));
    expect(withoutTimes(ours)).toEqual(withoutTimes(await entriesOf(packed)));
    const files = manifest.entries.filter((e) => e.type === 'file');
    expect(
      ours.filter((e) => (e as { type: string }).type === 'File').map((e) => (e as { mtime: number }).mtime),
    ).toEqual(files.map((e) => Math.floor(e.mtimeMs / 1000)));
    expect(payload.length - start).toBe(packed.length);
  });

  it("fills in each carried file's sha256 as it reads the file; the manifest entry keeps its size", async () => {
    const manifest = await manifestOf();
    const before = manifestEntry(manifest).length;
    await bytesOf(treePayload(root, manifest));
    for (const entry of manifest.entries.filter((e) => e.type === 'file')) {
      expect(entry.sha256).toBe(
        createHash('sha256')
          .update(readFileSync(join(root, entry.path)))
          .digest('hex'),
      );
    }
    expect(manifestEntry(manifest).length).toBe(before);
  });

  it('fails naming a file that shrank since the scan', async () => {
    const manifest = await manifestOf();
    writeFileSync(join(root, 'a/b/small.txt'), 'x');
    await expect(bytesOf(treePayload(root, manifest))).rejects.toThrow(
      `${join(root, 'a/b/small.txt')} changed during the backup: 6 bytes when scanned, 1 when read`,
    );
  });
});
