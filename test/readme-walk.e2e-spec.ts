import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD_TIMEOUT_MS, builtApp } from './support/built-app';

/**
 * The README's walk (issue 24): its ```sh walk blocks, pasted in order into one shell, against the
 * built app started as `npm start` starts it (embedded database, demo data and agents) on a fresh
 * DATA_DIR. Only the port differs. If the README's walk stops working, this fails.
 */
const ROOT = join(__dirname, '..');

/** The ```sh walk blocks of a Markdown text, in order. */
export function walkBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```sh walk\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

async function waitForHealth(url: string, child: ChildProcess, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no answer from ${url} within ${ms} ms`);
}

describe('README: the walk from npm start to a run and its image', () => {
  const blocks = walkBlocks(readFileSync(join(ROOT, 'README.md'), 'utf8'));
  let child: ChildProcess | undefined;
  let dataDir: string;
  let port: number;

  beforeAll(async () => {
    const main = builtApp();
    dataDir = mkdtempSync(join(tmpdir(), 'zdm-walk-'));
    port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
    // As on a fresh clone: the embedded database, the demo's own repository and admin.
    for (const name of [
      'DATABASE_URL',
      'BACKUP_REPOSITORY_PATH',
      'ADMIN_EMAIL',
      'ADMIN_PASSWORD',
      'JWT_SECRET',
      'DEMO',
    ])
      delete env[name];
    child = spawn(process.execPath, [main], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
    await waitForHealth(`http://127.0.0.1:${port}/api/health/ready`, child, 60_000);
  }, BUILD_TIMEOUT_MS);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('marks its shell blocks (token, register, run and watch, the image, restore and compare)', () => {
    expect(blocks).toHaveLength(5);
    expect(blocks.every((block) => block.includes('localhost:3000'))).toBe(true);
  });

  it('runs them in order in one shell: the run ends success, its image is listed, both restores are exact', () => {
    const script = ['set -euo pipefail', ...blocks].join('\n').replaceAll('localhost:3000', `127.0.0.1:${port}`);
    // The shell knows the app's DATA_DIR, as the README says (`./data` when unset).
    const walk = spawnSync('bash', ['-c', script], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 240_000,
      env: { ...process.env, DATA_DIR: dataDir },
    });
    expect({ status: walk.status, stderr: walk.stderr }).toEqual({ status: 0, stderr: '' });
    const lines = walk.stdout.trim().split('\n');
    const image = /^walk_ROOT_\[\d{4}-\d{2}-\d{2}_\d{2}_\d{2}\]\.ZIA$/;
    expect(lines[0]).toMatch(/"jobName":"walk_ROOT"/);
    expect(lines).toContain('run 1: done');
    expect(lines).toContain('success');
    const first = lines.find((line) => image.test(line));
    expect(first).toBeDefined();
    // Backup, restore of the latest point, restore of the first: each `success`, each tree identical.
    expect(lines.slice(-5)).toEqual(['success', 'success', 'latest: identical', 'success', `${first}: identical`]);
  }, 300_000);

  it('leaves no zombie process behind (the file watcher probes for no watchman shell)', () => {
    const children = spawnSync('ps', ['-o', 'pid=,stat=,args=', '--ppid', String(child!.pid)], { encoding: 'utf8' });
    const zombies = children.stdout.split('\n').filter((line) => /^\s*\d+\s+Z/.test(line));
    expect(zombies).toEqual([]);
  });
});
