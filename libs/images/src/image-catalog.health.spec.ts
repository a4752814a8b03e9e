import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repositoryProblem } from './image-catalog.health';

describe('repositoryProblem', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zdm-repo-probe-'));
  const file = join(dir, 'a-file');
  writeFileSync(file, 'x');

  it.each<[string, string, string | undefined]>([
    ['a readable directory', dir, undefined],
    ['a missing path', join(dir, 'missing'), 'ENOENT'],
    ['a file', file, 'ENOTDIR'],
    ['below a file', join(file, 'x'), 'ENOTDIR'],
  ])('%s', async (_what, path, problem) => {
    expect(await repositoryProblem(path, 5_000)).toBe(problem);
  });

  it('a directory it may not list → EACCES (unless running as root)', async () => {
    const locked = join(dir, 'locked');
    mkdirSync(locked, { mode: 0o000 });
    chmodSync(locked, 0o000);
    const expected = process.getuid?.() === 0 ? undefined : 'EACCES';
    expect(await repositoryProblem(locked, 5_000)).toBe(expected);
    chmodSync(locked, 0o700);
  });
});
