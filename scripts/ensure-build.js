#!/usr/bin/env node
/*
 * Builds the app (`npm run build`: the reference header CLI, then `nest build`) only when the built
 * output is missing or older than its sources. Called by jest's global setup, so `npm test` works on a
 * fresh clone right after `npm ci`, and by `npm start`, so a second start on an unchanged tree does
 * not rebuild.
 *
 *   node scripts/ensure-build.js [--force]   build when stale (always with --force)
 *   node scripts/ensure-build.js --stamp     record the current sources as built (the end of `npm run build`)
 *
 * "Older than its sources": the stamp `dist/.build-stamp` (written after a successful build) holds
 * a fingerprint of every input's path, size and mtime (apps/, libs/, bench/, scripts/*.ts, the
 * tsconfig and nest-cli files, package-lock.json; spec files excluded). A different fingerprint, or
 * no stamp, means a build. Exit 0 when up to date or built; the build's own exit code otherwise.
 */
'use strict';
const { spawnSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { buildReferenceCli } = require('./build-reference-cli');

const ROOT = path.resolve(__dirname, '..');
const STAMP = path.join(ROOT, 'dist/.build-stamp');
const MAIN = path.join(ROOT, 'dist/apps/api/src/main.js');
const SOURCE_DIRS = ['apps', 'libs', 'bench', 'scripts'];
const SOURCE_FILES = ['tsconfig.json', 'tsconfig.build.json', 'nest-cli.json', 'package-lock.json'];
const IGNORED_DIRS = new Set(['node_modules', 'dist', 'bin']);

/** Whether a file under a source directory is an input of the build. */
function isInput(name) {
  if (/\.(medium-)?spec\.ts$/.test(name) || name.endsWith('.fixtures.ts')) return false;
  return name.endsWith('.ts') || name.endsWith('.c') || name.endsWith('.json');
}

function collect(dir, out) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!IGNORED_DIRS.has(entry.name)) collect(full, out);
    } else if (entry.isFile() && isInput(entry.name)) out.push(full);
  }
}

/** A fingerprint of the build's inputs: path, size and mtime of each, in a stable order. */
function fingerprint() {
  const files = [];
  for (const dir of SOURCE_DIRS) collect(path.join(ROOT, dir), files);
  for (const file of SOURCE_FILES) files.push(path.join(ROOT, file));
  files.sort();
  const hash = createHash('sha256');
  for (const file of files) {
    let stat;
    try {
      stat = fs.statSync(file);
    } catch {
      continue;
    }
    hash.update(`${path.relative(ROOT, file)}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

function upToDate(print) {
  if (!fs.existsSync(MAIN)) return false;
  try {
    return fs.readFileSync(STAMP, 'utf8').trim() === print;
  } catch {
    return false;
  }
}

/**
 * Runs `fn` holding a lock on this checkout's build, so processes that find the build stale at once
 * (jest workers whose suites start the built app) build one after another: `nest build` empties
 * dist/ first, under the feet of an app another suite started from it. The lock is a directory in
 * the temporary directory (mkdir is atomic) holding the owner's pid; a dead owner's lock is taken over.
 */
function withBuildLock(fn) {
  const lock = path.join(os.tmpdir(), `zdm-build-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}.lock`);
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      if (!ownerAlive(lock)) fs.rmSync(lock, { recursive: true, force: true });
      else Atomics.wait(pause, 0, 0, 200);
    }
  }
  try {
    return fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

function ownerAlive(lock) {
  let pid;
  try {
    pid = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8'));
  } catch {
    // Just created, its pid not written yet; or left so by an owner that died right then.
    try {
      return Date.now() - fs.statSync(lock).mtimeMs < 10_000;
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Builds when needed; returns whether it built. Throws with the build's exit code when it fails. */
function ensureBuild(options = {}) {
  return withBuildLock(() => buildWhenStale(options));
}

function buildWhenStale({ force = false, log = (line) => console.log(line) } = {}) {
  // The header CLI's binary lives outside dist/: its own script checks it against its source.
  buildReferenceCli({ log });
  if (!force && upToDate(fingerprint())) return false;
  log('ensure-build: the built app is missing or older than its sources; running `npm run build`');
  // `npm run build` ends with `ensure-build.js --stamp`, which records the sources it built.
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    const error = new Error(`ensure-build: \`npm run build\` failed (exit ${result.status ?? result.signal})`);
    error.exitCode = result.status ?? 1;
    throw error;
  }
  return true;
}

/** Records the current sources as built. */
function stamp() {
  fs.writeFileSync(STAMP, `${fingerprint()}\n`);
}

module.exports = { ensureBuild };

if (require.main === module) {
  try {
    if (process.argv.includes('--stamp')) stamp();
    else ensureBuild({ force: process.argv.includes('--force') });
  } catch (error) {
    console.error(error.message);
    process.exit(error.exitCode ?? 1);
  }
}
