#!/usr/bin/env node
/*
 * Builds the reference header CLI (libs/images/reference-cli/zia-header.c) into
 * libs/images/reference-cli/bin/zia-header. Called by `npm run build` and by jest's global setup.
 *
 *   node scripts/build-reference-cli.js [--force]
 *
 * Skips the build when the binary is newer than the source. Uses $CC when set, else `cc`.
 * Exit 0 when the binary is up to date or was built; 1 with a clear message when it cannot be built.
 * Also usable from code: `require('./scripts/build-reference-cli').buildReferenceCli()` returns the
 * binary path (throws when it cannot be built).
 */
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const SOURCE = path.join(ROOT, 'libs/images/reference-cli/zia-header.c');
const BINARY = path.join(ROOT, 'libs/images/reference-cli/bin/zia-header');

function mtimeMs(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

function upToDate() {
  const bin = mtimeMs(BINARY);
  const src = mtimeMs(SOURCE);
  return bin !== undefined && src !== undefined && bin >= src;
}

/** Returns { binary, built } or throws an Error whose message says what to do. */
function buildReferenceCli({ force = false, log = () => {} } = {}) {
  if (!force && upToDate()) return { binary: BINARY, built: false };
  const cc = process.env.CC || 'cc';
  fs.mkdirSync(path.dirname(BINARY), { recursive: true });
  // Build to a temporary name and rename, so a concurrent reader never sees a half-written binary.
  const tmp = `${BINARY}.${process.pid}.tmp`;
  const args = ['-O2', '-o', tmp, SOURCE];
  log(`building reference header CLI: ${cc} ${args.join(' ')}`);
  const result = spawnSync(cc, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.error && result.error.code === 'ENOENT') {
    throw new Error(
      `no C compiler found ("${cc}" is not on PATH): cannot build the reference header CLI ${path.relative(ROOT, BINARY)}. ` +
        'Install a C compiler (e.g. `apt-get install gcc`) or set CC, or point IMAGE_HEADER_CLI at the vendor binary.',
    );
  }
  if (result.error) throw new Error(`cannot run ${cc}: ${result.error.message}`);
  if (result.status !== 0) {
    fs.rmSync(tmp, { force: true });
    throw new Error(`${cc} failed (exit ${result.status ?? result.signal}) building ${path.relative(ROOT, SOURCE)}`);
  }
  fs.chmodSync(tmp, 0o755);
  fs.renameSync(tmp, BINARY);
  return { binary: BINARY, built: true };
}

module.exports = { buildReferenceCli, REFERENCE_CLI_BINARY: BINARY, REFERENCE_CLI_SOURCE: SOURCE };

if (require.main === module) {
  try {
    const { binary, built } = buildReferenceCli({
      force: process.argv.includes('--force'),
      log: (line) => console.log(line),
    });
    console.log(built ? `built ${path.relative(ROOT, binary)}` : `${path.relative(ROOT, binary)} is up to date`);
  } catch (error) {
    console.error(`build-reference-cli: ${error.message}`);
    process.exit(1);
  }
}
