import { linkSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanRepository, ScannedChunk } from './repository-scan';
import { FileSystemScanner } from './repository-scanner';

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

describe('scanRepository: each directory and each inode once (issue 21.5)', () => {
  let repo: string;
  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'zia-scan-once-'));
    mkdirSync(join(repo, 'srv'));
    writeFileSync(join(repo, 'srv', 'job_[2026-01-01_00_00].ZIA'), 'one');
    writeFileSync(join(repo, 'srv', 'job_[2026-01-02_00_00].ZIA'), 'two');
    // A hard link: the same inode under two names (the file system cannot tell which is "the" file).
    linkSync(join(repo, 'srv', 'job_[2026-01-01_00_00].ZIA'), join(repo, 'hard_[2026-01-01_00_00].ZIA'));
    symlinkSync('..', join(repo, 'srv', 'loop')); // `ln -s .. loop`: a loop back to the root
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  const listed = async (from: string, within?: string) => {
    const paths: string[] = [];
    for await (const chunk of scanRepository(from, { within })) paths.push(...chunk.files.map((f) => f.path));
    return paths.map((p) => p.slice(repo.length + 1)).sort();
  };

  it('lists a hard-linked file once, and never walks the loop', async () => {
    const paths = await listed(repo);
    expect(paths).toHaveLength(2);
    expect(paths).toContain('srv/job_[2026-01-02_00_00].ZIA');
    expect(paths.filter((p) => p.endsWith('_[2026-01-01_00_00].ZIA'))).toHaveLength(1);
  });

  it('a walk of a directory that is an ancestor under another path (the watcher’s new `loop`) lists nothing', async () => {
    expect(await listed(join(repo, 'srv', 'loop'), repo)).toEqual([]);
    expect(await listed(join(repo, 'srv'), repo)).toEqual([
      'srv/job_[2026-01-01_00_00].ZIA',
      'srv/job_[2026-01-02_00_00].ZIA',
    ]);
  });

  it('statFile: a path through a directory symlink is not an image of the catalog; the real path is', async () => {
    const scanner = new FileSystemScanner();
    expect(await scanner.statFile(repo, join(repo, 'srv', 'loop', 'srv', 'job_[2026-01-02_00_00].ZIA'))).toEqual({
      kind: 'missing',
    });
    expect(await scanner.statFile(repo, join(repo, 'srv', 'job_[2026-01-02_00_00].ZIA'))).toMatchObject({
      kind: 'file',
      file: { name: 'job_[2026-01-02_00_00].ZIA', size: 3 },
    });
  });
});
