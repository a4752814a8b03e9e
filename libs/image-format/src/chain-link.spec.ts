import { chainOrderProblem, ChainLink, linkPathOnAgent, parentOf } from './chain-link';

const link = (image: string, level: 'full' | 'increment', path = `/backup/web/${image}`): ChainLink => ({
  image,
  path,
  level,
  payloadSha256: null,
});

describe('linkPathOnAgent (golden table)', () => {
  it.each<[string, string, string | undefined, string]>([
    ['/backup/web/a.ZIA', '/backup', undefined, '/backup/web/a.ZIA'],
    ['/backup/web/a.ZIA', '/backup', '/mnt/repo', '/mnt/repo/web/a.ZIA'],
    ['/backup/web/a.ZIA', '/backup/', '/mnt/repo', '/mnt/repo/web/a.ZIA'],
    ['/elsewhere/a.ZIA', '/backup', '/mnt/repo', '/elsewhere/a.ZIA'],
    ['/backup-2/a.ZIA', '/backup', '/mnt/repo', '/backup-2/a.ZIA'],
    ['web/a.ZIA', '/backup', '/mnt/repo', '/mnt/repo/web/a.ZIA'],
    ['web/a.ZIA', '/backup', undefined, '/backup/web/a.ZIA'],
  ])('%s (job repository %s, agent %s) → %s', (path, repositoryPath, agentRepository, expected) => {
    expect(linkPathOnAgent({ ...link('a.ZIA', 'full'), path }, repositoryPath, agentRepository)).toBe(expected);
  });
});

describe('chain order and parent', () => {
  it.each<[string, ChainLink[], string | undefined]>([
    ['full only', [link('f', 'full')], undefined],
    ['full then increments', [link('f', 'full'), link('i1', 'increment'), link('i2', 'increment')], undefined],
    ['empty', [], 'the chain is empty'],
    ['increment first', [link('i', 'increment')], 'the chain starts with i, an increment, not a full'],
    ['two fulls', [link('f', 'full'), link('g', 'full')], 'the chain holds a second full (g) after its first'],
  ])('%s', (_label, chain, problem) => {
    expect(chainOrderProblem(chain)).toBe(problem);
  });

  it('an increment follows the last link; an empty chain has no parent', () => {
    expect(parentOf([link('f', 'full'), link('i1', 'increment')])).toBe('i1');
    expect(parentOf([])).toBeUndefined();
  });
});
