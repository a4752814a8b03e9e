import { isInsideRoot } from './contained-path';

describe('isInsideRoot', () => {
  it.each([
    ['/repo', '/repo', true],
    ['/repo', '/repo/web/job_ROOT_[2026-01-07_08_44].ZIA', true],
    ['/repo/', '/repo/web/x.ZIA', true],
    ['/repo', 'web/x.ZIA', true],
    ['/repo', '/repo/web/..x.ZIA', true],
    ['/repo', '/repo/web/../x.ZIA', true],
    ['/repo', '/repo/web/../../tmp/x_ROOT_[2026-01-07_08_44].ZIA', false],
    ['/repo', '/repo/..', false],
    ['/repo', '/tmp/x', false],
    ['/repo', '/repository-other/x', false],
    ['/repo', '/repo/../repo2/x', false],
  ])('%p contains %p: %p', (root, candidate, expected) => {
    expect(isInsideRoot(root, candidate)).toBe(expected);
  });
});
