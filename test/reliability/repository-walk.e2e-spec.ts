import { ImageCatalogService } from '@zdm/images';
import { SEED_IMAGES, SEED_SERVER, writeSampleImage, writeSeedImages } from '@zdm/image-format';
import { linkSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, TestApp } from '../support/test-app';

/**
 * Issue 21.5 (part) — the repository walk. A directory loop created while running (`ln -s .. loop`)
 * was followed once by the watcher and every image was listed twice; a hard link to a file outside
 * the repository was listed. Now directories are walked once by `dev:ino` (the watcher does not
 * follow a directory symlink, nor walk an ancestor again), and each inode is listed once. A hard
 * link to a file outside the repository is the same file as far as the file system can tell: it is
 * listed, once (README, security).
 */
jest.setTimeout(120_000);

const seedUrl = `/api/v1/backups/images/server/${encodeURIComponent(SEED_SERVER)}`;
const DEADLINE_MS = 15_000;

async function until(what: string, probe: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + DEADLINE_MS;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${DEADLINE_MS} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('Repository walk: each directory and each inode once', () => {
  let work: string;
  let repo: string;
  let t: TestApp;
  let headers: Record<string, string>;
  const outsideName = 'source-centos7-bios_outside_[2026-01-09_00_00].ZIA';

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'zdm-walk-once-'));
    repo = join(work, 'repository');
    writeSeedImages(repo, { subdir: 'srv' });
    // A hard link inside the repository to one of its own images, under another name.
    mkdirSync(join(repo, 'copies'));
    linkSync(join(repo, 'srv', SEED_IMAGES[0].name), join(repo, 'copies', 'alias_[2026-01-07_08_44].ZIA'));
    // A hard link to a file outside the repository (same file system): indistinguishable from a file in it.
    mkdirSync(join(work, 'outside'));
    writeSampleImage(join(work, 'outside', outsideName), { ...SEED_IMAGES[0], name: outsideName });
    linkSync(join(work, 'outside', outsideName), join(repo, outsideName));
    // A loop that exists before the first walk.
    symlinkSync('..', join(repo, 'srv', 'loop'));
    t = await createTestApp({
      BACKUP_REPOSITORY_PATH: repo,
      IMAGE_CATALOG_WATCH: 'true',
      IMAGE_CATALOG_FRESHNESS_MS: '600000',
    });
    headers = await t.auth();
  });
  afterAll(async () => {
    await t?.close();
    rmSync(work, { recursive: true, force: true });
  });

  const listed = async (): Promise<string[]> => {
    const res = await t.app.inject({ method: 'GET', url: seedUrl, headers });
    expect(res.statusCode).toBe(200);
    return (res.json().data.images as { name: string }[]).map((i) => i.name).sort();
  };
  const rows = async (): Promise<string[]> =>
    (await t.dataSource.query(`SELECT path FROM image_headers ORDER BY path`)).map((r: { path: string }) => r.path);

  it('the full walk lists each image once: not through the loop, one row per inode', async () => {
    await t.app.get(ImageCatalogService).refresh();
    const paths = await rows();
    expect(paths.filter((p) => p.includes('loop'))).toEqual([]);
    // The seed image and its hard-linked alias are one inode: one row, under whichever path came first.
    expect(paths.filter((p) => p.endsWith('_[2026-01-07_08_44].ZIA'))).toHaveLength(1);
    expect(paths).toHaveLength(3);
    expect(paths).toContain(outsideName);
    expect(await listed()).toEqual([outsideName, ...SEED_IMAGES.map((i) => i.name)].sort());
  });

  it('a loop created while running (ln -s .. loop) is not followed by the watcher', async () => {
    mkdirSync(join(repo, 'later'));
    symlinkSync('..', join(repo, 'later', 'loop'));
    // Two images written after the loop: once both are listed, the loop's event was handled before them.
    for (const day of ['10', '11']) {
      const name = `source-centos7-bios_ROOT_[2026-01-${day}_00_00].ZIA`;
      writeSampleImage(join(repo, 'later', name), { ...SEED_IMAGES[0], name });
      await until(`${name} listed`, async () => (await listed()).includes(name));
    }
    expect((await rows()).filter((p) => p.includes('loop'))).toEqual([]);
    const names = await listed();
    expect(names).toEqual([...new Set(names)]);
    expect(names).toHaveLength(5);
  });

  it('a hard link made while running is not listed by the watcher: each inode once', async () => {
    const original = `source-centos7-bios_ROOT_[2026-01-12_00_00].ZIA`;
    mkdirSync(join(repo, 'later'), { recursive: true });
    writeSampleImage(join(repo, 'later', original), { ...SEED_IMAGES[0], name: original });
    await until(`${original} listed`, async () => (await listed()).includes(original));
    linkSync(join(repo, 'later', original), join(repo, 'copies', 'alias_[2026-01-12_00_00].ZIA'));
    // A file written after the link: once it is listed, the link's event was handled before it.
    const after = `source-centos7-bios_ROOT_[2026-01-13_00_00].ZIA`;
    writeSampleImage(join(repo, 'later', after), { ...SEED_IMAGES[0], name: after });
    await until(`${after} listed`, async () => (await listed()).includes(after));
    expect((await rows()).filter((p) => p.endsWith('_[2026-01-12_00_00].ZIA'))).toEqual([`later/${original}`]);
  });
});
