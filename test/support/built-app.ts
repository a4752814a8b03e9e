import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

/** How long a suite's beforeAll may take when it has to build the app first (a cold `nest build`). */
export const BUILD_TIMEOUT_MS = 300_000;

/**
 * The built app's entry point, built first when it is missing or older than its sources (the same
 * check as `npm start`): suites that start the app as a child process call this in `beforeAll`
 * (with BUILD_TIMEOUT_MS), so `npm test` on a fresh clone needs nothing but `npm ci`, and a run of
 * other suites never pays for a build.
 */
export function builtApp(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ensureBuild } = require(join(ROOT, 'scripts/ensure-build.js')) as {
    ensureBuild: (options?: { log?: (line: string) => void }) => boolean;
  };
  ensureBuild({ log: (line) => process.stderr.write(`${line}\n`) });
  return join(ROOT, 'dist/apps/api/src/main.js');
}
