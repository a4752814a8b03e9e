import { SEED_IMAGES, SEED_SERVER, sampleImageBytes, writeSampleImage, writeSeedImages } from '@zdm/image-format';
import { closeSync, mkdirSync, mkdtempSync, openSync, renameSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Issue 12 "images at once": with the watcher on (local file system), an image written into the
 * repository by anyone is listed without a refresh (the catalog stays "fresh" for 10 minutes here, so
 * only the watcher can tell it), files still being written are not read, removed files and directories
 * drop out, a directory moved in is indexed. Each wait polls the listing against a deadline.
 */
jest.setTimeout(120_000);

const seedUrl = `/api/v1/backups/images/server/${encodeURIComponent(SEED_SERVER)}`;
const DEADLINE_MS = 10_000; // generous: the watcher lists a settled file within ~1 s on an idle machine

async function until(what: string, probe: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + DEADLINE_MS;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${DEADLINE_MS} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('Image catalog watcher', () => {
  let work: string;
  let repo: string;
  let t: TestApp;
  let headers: Record<string, string>;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'zdm-images-watch-'));
    repo = join(work, 'repository');
    writeSeedImages(repo);
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

  const names = async (): Promise<string[]> => {
    const res = await t.app.inject({ method: 'GET', url: seedUrl, headers });
    expect(res.statusCode).toBe(200);
    return (res.json().data.images as { name: string }[]).map((i) => i.name);
  };
  const rowsLike = async (fragment: string): Promise<{ path: string; status: string }[]> =>
    t.dataSource.query('SELECT path, status FROM image_headers WHERE strpos(path, $1) > 0', [fragment]);
  const image = (name: string, extra: Record<string, unknown> = {}) => ({ ...SEED_IMAGES[0], name, ...extra });

  it('says in the health detail that it watches the repository', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.json().data.imageCatalog).toMatchObject({
      status: 'up',
      watcher: 'watching',
      newImagesListedBy: 'file events (within seconds)',
    });
  });

  it('lists an image written by someone else, once written; not while it is being written', async () => {
    expect(await names()).toHaveLength(2); // the first walk; fresh from now on (10 minutes)
    const name = 'source-centos7-bios_home_[2026-01-10_00_00].ZIA';
    const path = join(repo, 'agent', name);
    mkdirSync(join(repo, 'agent'));
    // written in pieces, 150 ms apart: nothing of it is read meanwhile (no row, not even `unreadable`)
    const bytes = sampleImageBytes(image(name, { mountPoint: '/home' }), 4096);
    const fd = openSync(path, 'w');
    const pieces = 8;
    for (let i = 0; i < pieces; i++) {
      writeSync(fd, bytes, Math.floor((i * bytes.length) / pieces), Math.floor(bytes.length / pieces));
      await new Promise((r) => setTimeout(r, 150));
      expect(await rowsLike(name)).toEqual([]);
    }
    const written = Math.floor(bytes.length / pieces) * pieces;
    if (written < bytes.length) writeSync(fd, bytes, written, bytes.length - written);
    closeSync(fd);
    await until('the new image is listed', async () => (await names()).includes(name));
    expect(await rowsLike(name)).toEqual([{ path: `agent/${name}`, status: 'ok' }]);

    unlinkSync(path);
    await until('the removed image drops out', async () => !(await names()).includes(name));
    expect(await rowsLike(name)).toEqual([]);
  });

  it('indexes a directory moved in, and drops a directory removed', async () => {
    const staging = join(work, 'staging', 'job-dir');
    mkdirSync(staging, { recursive: true });
    const a = 'source-centos7-bios_opt_[2026-01-11_00_00].ZIA';
    const b = 'source-centos7-bios_opt_[2026-01-12_00_00].ZIA';
    writeSampleImage(join(staging, a), image(a, { mountPoint: '/opt', time: '2026-01-11 00:00:00' }));
    writeSampleImage(join(staging, b), image(b, { mountPoint: '/opt', time: '2026-01-12 00:00:00' }));
    renameSync(staging, join(repo, 'moved-in'));
    await until('both images of the moved-in directory are listed', async () => {
      const listed = await names();
      return listed.includes(a) && listed.includes(b);
    });
    rmSync(join(repo, 'moved-in'), { recursive: true });
    await until('the removed directory drops out', async () => (await names()).length === 2);
    expect(await rowsLike('moved-in/')).toEqual([]);
  });
});
