import { VerifiedTokens } from './verified-tokens';

describe('VerifiedTokens', () => {
  let clock = 0;
  const now = () => clock;
  beforeEach(() => (clock = 1_000_000_000));

  it('returns the claims of a token until the token expires', () => {
    const tokens = new VerifiedTokens(10, now);
    const claims = { sub: 1, email: 'a@zdm.test', ver: 0, exp: clock / 1000 + 60 };
    tokens.add('t1', claims);
    expect(tokens.get('t1')).toBe(claims);
    expect(tokens.get('t1 ')).toBeUndefined(); // exact text only
    clock += 59_999;
    expect(tokens.get('t1')).toBe(claims);
    clock += 1;
    expect(tokens.get('t1')).toBeUndefined();
  });

  it('keeps no token without an expiry', () => {
    const tokens = new VerifiedTokens(10, now);
    tokens.add('t1', { sub: 1, email: 'a@zdm.test', ver: 0 });
    expect(tokens.get('t1')).toBeUndefined();
  });

  it('stays bounded: past the limit the least recently used token goes', () => {
    const tokens = new VerifiedTokens(2, now);
    const exp = clock / 1000 + 60;
    tokens.add('a', { sub: 1, email: 'a', ver: 0, exp });
    tokens.add('b', { sub: 2, email: 'b', ver: 0, exp });
    expect(tokens.get('a')?.sub).toBe(1); // a used: b is now the least recent
    tokens.add('c', { sub: 3, email: 'c', ver: 0, exp });
    expect([tokens.get('a')?.sub, tokens.get('b'), tokens.get('c')?.sub]).toEqual([1, undefined, 3]);
  });

  it('keeps no token that has already expired', () => {
    const tokens = new VerifiedTokens(10, now);
    tokens.add('old', { sub: 1, email: 'a', ver: 0, exp: clock / 1000 });
    expect(tokens.get('old')).toBeUndefined();
  });
});
