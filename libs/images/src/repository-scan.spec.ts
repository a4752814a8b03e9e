import { mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanRepository, ScannedChunk } from './repository-scan';

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'zia-scan-'));
  mkdirSync(join(root, 'a/b/c'), { recursive: true });
  mkdirSync(join(root, 'empty'));
  for (let i = 0; i < 7; i++) writeFileSync(join(root, 'a', `img${i}_[2026-01-01_00_0${i}].ZIA`), `x${i}`);
  writeFileSync(join(root, 'a/b/c/deep.zia'), 'deep');
  writeFileSync(join(root, 'a/notes.txt'), 'not an image');
  writeFileSync(join(root, 'top.ZIA'), 'top');
  symlinkSync(join(root, 'a'), join(root, 'loop')); // a directory symlink: not followed
  symlinkSync(join(root, 'top.ZIA'), join(root, 'link.ZIA')); // a file symlink: followed
  symlinkSync(join(root, 'missing.ZIA'), join(root, 'dangling.ZIA'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

async function scan(chunkSize: number): Promise<ScannedChunk[]> {
  const chunks: ScannedChunk[] = [];
  for await (const chunk of scanRepository(root, { chunkSize })) chunks.push(chunk);
  return chunks;
}

describe('scanRepository', () => {
  it('finds every *.ZIA (any case) recursively, following file symlinks but not directory symlinks', async () => {
    const files = (await scan(500)).flatMap((c) => c.files.map((f) => f.path.slice(root.length + 1))).sort();
    expect(files).toEqual(
      [
        ...Array.from({ length: 7 }, (_, i) => `a/img${i}_[2026-01-01_00_0${i}].ZIA`),
        'a/b/c/deep.zia',
        'link.ZIA',
        'top.ZIA',
      ].sort(),
    );
  });

  it('yields each directory in chunks, the last one flagged, empty directories included', async () => {
    const chunks = await scan(3);
    const ofA = chunks.filter((c) => c.dir === join(root, 'a'));
    expect(ofA.map((c) => [c.files.length, c.last])).toEqual([
      [3, false],
      [3, false],
      [1, true],
    ]);
    expect(chunks.find((c) => c.dir === join(root, 'empty'))).toEqual({
      dir: join(root, 'empty'),
      files: [],
      last: true,
      complete: true,
    });
    expect(chunks.every((c) => c.complete)).toBe(true);
  });

  it('reports size, mtime (ns) and inode exactly', async () => {
    const top = (await scan(500)).flatMap((c) => c.files).find((f) => f.name === 'top.ZIA')!;
    const s = statSync(join(root, 'top.ZIA'), { bigint: true });
    expect(top).toEqual({
      path: join(root, 'top.ZIA'),
      name: 'top.ZIA',
      size: 3,
      mtimeNs: s.mtimeNs.toString(),
      inode: s.ino.toString(),
    });
  });

  it('throws when the root is missing or not a directory', async () => {
    await expect(scanRepository(join(root, 'nope')).next()).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(scanRepository(join(root, 'top.ZIA')).next()).rejects.toMatchObject({ code: 'ENOTDIR' });
  });
});
