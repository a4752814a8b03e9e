import { Logger } from '@nestjs/common';
import { REFERENCE_HEADER_CLI } from '@zdm/common';
import { ImageCatalogService } from '@zdm/images';
import {
  generateSampleRepository,
  SEED_IMAGES,
  SEED_SERVER,
  writeSampleImage,
  writeSeedImages,
} from '@zdm/image-format';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFreshDatabase, createTestApp, TestApp } from '../support/test-app';

/**
 * Issue 15 — the image catalog as files and processes and as replicas see it:
 * - a `.ZIA` symlink whose real path leaves the repository is never handed to the header CLI, nor
 *   listed, and is logged; the CLI gets a minimal environment (no JWT_SECRET, no DATABASE_URL);
 * - two app instances on one PostgreSQL database (the second reaching the repository through another
 *   mount point): one refresh at a time (each file read once), the same rows whichever walks, and a
 *   change made through one replica listed by the other within a couple of seconds.
 */
jest.setTimeout(180_000);

const seedUrl = `/api/v1/backups/images/server/${encodeURIComponent(SEED_SERVER)}`;

/** A header CLI that logs its argv and environment to `log`, then runs the reference CLI. */
function recordingCli(dir: string, log: string): string {
  const path = join(dir, 'recording-cli.sh');
  writeFileSync(
    path,
    `#!/bin/sh\nfor p in "$@"; do printf 'arg %s\\n' "$p" >> '${log}'; done\nenv | sed 's/^/env /' >> '${log}'\nexec '${REFERENCE_HEADER_CLI}' "$@"\n`,
  );
  chmodSync(path, 0o755);
  return path;
}

function logLines(log: string, kind: 'arg' | 'env'): string[] {
  let text: string;
  try {
    text = readFileSync(log, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter((l) => l.startsWith(`${kind} `))
    .map((l) => l.slice(kind.length + 1));
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, deadlineMs: number): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${deadlineMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('Catalog: files and processes', () => {
  let work: string;
  let repo: string;
  let outside: string;
  let log: string;
  let t: TestApp;
  const warnings: string[] = [];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'zdm-catalog-files-'));
    repo = join(work, 'repository');
    outside = join(work, 'outside');
    mkdirSync(outside, { recursive: true });
    writeSeedImages(repo);
    // A perfectly valid image outside the repository, and a symlink to it (and to /etc/passwd) inside.
    const name = 'outsider_[2026-01-09_00_00].ZIA';
    writeSampleImage(join(outside, name), { ...SEED_IMAGES[0], name, mountPoint: '/outside' });
    symlinkSync(join(outside, name), join(repo, name));
    symlinkSync('/etc/passwd', join(repo, 'passwd_[2026-01-09_00_00].ZIA'));
    // A symlink that stays inside the repository is followed.
    const alias = 'source-centos7-bios_alias_[2026-01-09_00_00].ZIA';
    mkdirSync(join(repo, 'real'));
    writeSampleImage(join(repo, 'real', alias), { ...SEED_IMAGES[0], name: alias, mountPoint: '/alias' });
    symlinkSync(join(repo, 'real', alias), join(repo, 'alias.ZIA'));

    log = join(work, 'cli.log');
    jest.spyOn(Logger.prototype, 'warn').mockImplementation((message: unknown) => {
      warnings.push(String(message));
    });
    process.env.ZDM_TEST_CANARY = 'canary-secret-value';
    process.env.ZDM_TEST_PASSED = 'passed-value';
    t = await createTestApp({
      BACKUP_REPOSITORY_PATH: repo,
      IMAGE_CATALOG_FRESHNESS_MS: '0',
      IMAGE_HEADER_CLI: recordingCli(work, log),
      IMAGE_HEADER_CLI_ENV: 'ZDM_TEST_PASSED',
    });
  });
  afterAll(async () => {
    await t?.close();
    delete process.env.ZDM_TEST_CANARY;
    delete process.env.ZDM_TEST_PASSED;
    jest.restoreAllMocks();
    rmSync(work, { recursive: true, force: true });
  });

  it('skips and logs a .ZIA whose real path leaves the repository; never hands it to the CLI', async () => {
    const res = await t.app.inject({ method: 'GET', url: seedUrl, headers: await t.auth() });
    expect(res.statusCode).toBe(200);
    const mountPoints = (res.json().data.images as { partition: { mountPoint: string } }[]).map(
      (i) => i.partition.mountPoint,
    );
    expect(mountPoints.sort()).toEqual(['/', '/alias', '/alias', '/boot']); // the inside symlink twice
    const args = logLines(log, 'arg');
    expect(args.some((a) => a.includes('outsider') || a.includes('passwd'))).toBe(false);
    expect(args.filter((a) => a.endsWith('.ZIA'))).toHaveLength(4);
    const rows: { path: string }[] = await t.dataSource.query('SELECT path FROM image_headers ORDER BY path');
    expect(rows.map((r) => r.path)).not.toContainEqual(expect.stringMatching(/outsider|passwd/));
    expect(warnings).toContainEqual(
      expect.stringMatching(/skipped .*outsider_\[2026-01-09_00_00\]\.ZIA: its real path .*outside/),
    );
    expect(warnings).toContainEqual(expect.stringMatching(/skipped .*passwd.*its real path \/etc\/passwd/));

    const catalog = t.app.get(ImageCatalogService);
    expect(await catalog.ingest(join(repo, 'passwd_[2026-01-09_00_00].ZIA'))).toEqual({ status: 'outside' });
    expect(await catalog.ingest('/etc/passwd')).toEqual({ status: 'outside' });
    expect(logLines(log, 'arg').some((a) => a.includes('passwd'))).toBe(false);
  });

  it('runs the header CLI with a minimal environment: PATH, LANG, TZ and what IMAGE_HEADER_CLI_ENV lists', () => {
    const env = new Map(
      logLines(log, 'env').map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    expect(env.get('PATH')).toBeTruthy();
    expect(env.get('ZDM_TEST_PASSED')).toBe('passed-value');
    expect(env.has('ZDM_TEST_CANARY')).toBe(false);
    expect(env.has('JWT_SECRET')).toBe(false);
    expect(env.has('DATABASE_URL')).toBe(false);
    expect(env.has('HOME')).toBe(false);
    // what the shell adds itself (PWD, SHLVL, _) aside, nothing else came from the API's environment
    const extra = [...env.keys()].filter(
      (k) => !['PATH', 'LANG', 'TZ', 'ZDM_TEST_PASSED', 'PWD', 'SHLVL', '_', 'OLDPWD'].includes(k),
    );
    expect(extra).toEqual([]);
  });
});

const describeOnPostgres = process.env.DATABASE_URL ? describe : describe.skip;

describeOnPostgres('Catalog: two replicas on one PostgreSQL database', () => {
  const IMAGES = 2000;
  let work: string;
  let repo: string;
  let mount2: string;
  let log: string;
  let database: { url: string; drop: () => Promise<void> };
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'zdm-catalog-replicas-'));
    repo = join(work, 'share');
    writeSeedImages(repo);
    generateSampleRepository({ dir: join(repo, 'generated'), servers: 20, images: IMAGES, seedServer: false });
    // The same share mounted at a second path (a symlink stands in for a second mount).
    mount2 = join(work, 'mount2');
    symlinkSync(repo, mount2);
    log = join(work, 'cli.log');
    const cli = recordingCli(work, log);
    database = await createFreshDatabase(process.env.DATABASE_URL!);
    const settings = {
      DATABASE_URL: database.url,
      IMAGE_HEADER_CLI: cli,
      IMAGE_CATALOG_FRESHNESS_MS: '600000',
      IMAGE_CATALOG_MAX_WAIT_MS: '60000',
    };
    a = await createTestApp({ ...settings, BACKUP_REPOSITORY_PATH: repo });
    b = await createTestApp({ ...settings, BACKUP_REPOSITORY_PATH: mount2 });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await database?.drop();
    rmSync(work, { recursive: true, force: true });
  });

  const names = async (t: TestApp) => {
    const res = await t.app.inject({ method: 'GET', url: seedUrl, headers: await t.auth() });
    expect(res.statusCode).toBe(200);
    return (res.json().data.images as { name: string }[]).map((i) => i.name);
  };

  it('refreshes in one replica at a time: both asked at once, every file is read once', async () => {
    const [ra, rb] = await Promise.all([
      a.app.get(ImageCatalogService).refresh(),
      b.app.get(ImageCatalogService).refresh(),
    ]);
    const reads = logLines(log, 'arg').filter((p) => p.endsWith('.ZIA'));
    expect(reads).toHaveLength(IMAGES + 2);
    expect(new Set(reads.map((p) => p.replace(/^.*?\/(share|mount2)\//, ''))).size).toBe(IMAGES + 2);
    // one of them walked, the other took its result
    expect([ra.byAnotherReplica, rb.byAnotherReplica].filter(Boolean)).toHaveLength(1);
    const [{ count }] = await a.dataSource.query('SELECT count(*)::int AS count FROM image_headers');
    expect(count).toBe(IMAGES + 2);
  });

  it('keys rows by the repository-relative path: a walk through the other mount point changes nothing', async () => {
    const before: { path: string; indexed_at: Date }[] = await a.dataSource.query(
      'SELECT path, indexed_at FROM image_headers ORDER BY path',
    );
    expect(before.every((r) => !r.path.startsWith('/'))).toBe(true);
    for (const t of [b, a, b]) {
      const report = await t.app.get(ImageCatalogService).refresh();
      expect(report).toMatchObject({ files: IMAGES + 2, read: 0, removed: 0 });
    }
    expect(await a.dataSource.query('SELECT path, indexed_at FROM image_headers ORDER BY path')).toEqual(before);
  });

  it('a change made through one replica is listed by the other within seconds, not after its freshness window', async () => {
    expect(await names(a)).toHaveLength(2);
    expect(await names(b)).toHaveLength(2); // cached in b now, b's catalog "fresh" for 10 minutes
    const name = 'source-centos7-bios_home_[2026-01-10_00_00].ZIA';
    mkdirSync(join(repo, 'new'));
    writeSampleImage(join(repo, 'new', name), { ...SEED_IMAGES[0], name, mountPoint: '/home' });
    expect(await a.app.get(ImageCatalogService).ingest(join(repo, 'new', name))).toMatchObject({ status: 'ok' });
    // b's own catalog stays "fresh" for 10 minutes: only the shared generation (polled every second)
    // tells it; the deadline is generous so that a loaded machine does not fail it
    await until('b lists the new image', async () => ((await names(b)).includes(name) ? true : undefined), 10_000);
    expect(await a.app.get(ImageCatalogService).remove([join(repo, 'new', name)])).toBe(1);
    await until('b drops it', async () => (!(await names(b)).includes(name) ? true : undefined), 10_000);
  });
});
