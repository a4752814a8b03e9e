import { planTreeImage, TreeEntry } from './tree-manifest';

const file = (path: string, size = 1, mtimeMs = 1): TreeEntry => ({ path, type: 'file', size, mtimeMs, mode: 0o644 });
const dir = (path: string, mtimeMs = 1): TreeEntry => ({ path, type: 'directory', size: 0, mtimeMs, mode: 0o755 });

describe('planTreeImage (golden table)', () => {
  it.each<[string, TreeEntry[], TreeEntry[] | null, { carried: string[]; deleted: string[] }]>([
    ['no parent: everything', [dir('a'), file('a/x'), file('b')], null, { carried: ['a', 'a/x', 'b'], deleted: [] }],
    ['nothing changed', [dir('a'), file('a/x')], [dir('a'), file('a/x')], { carried: [], deleted: [] }],
    [
      'a directory whose mtime moved is not carried again',
      [dir('a', 9), file('a/x')],
      [dir('a'), file('a/x')],
      { carried: [], deleted: [] },
    ],
    ['size changed', [file('b', 2)], [file('b', 1)], { carried: ['b'], deleted: [] }],
    ['mtime changed', [file('b', 1, 5)], [file('b', 1, 1)], { carried: ['b'], deleted: [] }],
    [
      'added file and directory',
      [file('b'), dir('n'), file('n/y')],
      [file('b')],
      { carried: ['n', 'n/y'], deleted: [] },
    ],
    [
      'deleted: deepest first',
      [file('b')],
      [dir('a'), dir('a/d'), file('a/d/z'), file('a/x'), file('b'), file('c')],
      { carried: [], deleted: ['a/d/z', 'a/x', 'a/d', 'c', 'a'] },
    ],
    ['file became a directory', [dir('b'), file('b/x')], [file('b')], { carried: ['b', 'b/x'], deleted: [] }],
  ])('%s', (_label, current, parent, expected) => {
    expect(planTreeImage(current, parent ? { entries: parent } : null)).toEqual(expected);
  });
});
