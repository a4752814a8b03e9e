import { idempotentReplay, requestFingerprint } from './idempotent-request';

const EMPTY = requestFingerprint({});

describe('requestFingerprint (golden table)', () => {
  it.each<[string, unknown, unknown, boolean]>([
    ['empty bodies', {}, {}, true],
    ['an undefined field is absent', { level: undefined }, {}, true],
    ['key order does not matter', { a: 1, b: { c: 2, d: 3 } }, { b: { d: 3, c: 2 }, a: 1 }, true],
    ['another value', { level: 'full' }, { level: 'increment' }, false],
    ['a field given vs absent', { level: 'full' }, {}, false],
    ['null is a value', { level: null }, {}, false],
    ['a number vs its digits', { n: 1 }, { n: '1' }, false],
    ['array order matters', { l: [1, 2] }, { l: [2, 1] }, false],
  ])('%s', (_, a, b, same) => {
    expect(requestFingerprint(a) === requestFingerprint(b)).toBe(same);
  });

  it('is the SHA-256 of the canonical JSON', () => {
    expect(EMPTY).toBe('44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a');
    expect(requestFingerprint({ level: 'full' })).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('idempotentReplay (golden table)', () => {
  const full = requestFingerprint({ level: 'full' });
  it.each<[string, string | null, string, 'replay' | 'reused']>([
    ['same request', full, full, 'replay'],
    ['another body', full, EMPTY, 'reused'],
    ['a run from before fingerprints were kept', null, full, 'replay'],
  ])('%s → %s', (_, stored, incoming, answer) => {
    expect(idempotentReplay(stored, incoming)).toBe(answer);
  });
});
