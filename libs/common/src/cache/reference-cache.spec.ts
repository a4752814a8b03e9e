import { ReferenceCache } from './reference-cache';

describe('ReferenceCache', () => {
  afterEach(() => jest.useRealTimers());

  it('loads once per ttl, keeps only accepted values, and forgets on clear', async () => {
    jest.useFakeTimers({ now: 1_000 });
    const cache = new ReferenceCache<number>(500);
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.get('a', load)).toBe(1);
    expect(await cache.get('a', load)).toBe(1);
    jest.setSystemTime(1_600);
    expect(await cache.get('a', load)).toBe(2);
    cache.clear();
    expect(await cache.get('a', load)).toBe(3);
    expect(await cache.get('b', load, () => false)).toBe(4);
    expect(await cache.get('b', load, () => false)).toBe(5);
    expect(await cache.get('a', load)).toBe(3);
    expect(await cache.get('a', load, undefined, true)).toBe(6);
    expect(await cache.get('a', load)).toBe(6);
  });

  it('peeks at a fresh value without loading, and at nothing once it expired', async () => {
    jest.useFakeTimers({ now: 1_000 });
    const cache = new ReferenceCache<number>(500);
    expect(cache.peek('a')).toBeUndefined();
    await cache.get('a', async () => 7);
    expect(cache.peek('a')).toBe(7);
    // lru-cache: fresh while its age is at most the ttl, gone one millisecond later.
    jest.setSystemTime(1_500);
    expect(cache.peek('a')).toBe(7);
    jest.setSystemTime(1_501);
    expect(cache.peek('a')).toBeUndefined();
  });

  it('keeps nothing with a ttl of 0', async () => {
    const cache = new ReferenceCache<number>(0);
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.get('a', load)).toBe(1);
    expect(await cache.get('a', load)).toBe(2);
  });

  it('does not keep failures', async () => {
    const cache = new ReferenceCache<number>(10_000);
    await expect(cache.get('x', () => Promise.reject(new Error('404')))).rejects.toThrow('404');
    expect(await cache.get('x', async () => 7)).toBe(7);
  });

  it('evicts the oldest entry beyond its size', async () => {
    const cache = new ReferenceCache<string>(10_000, 2);
    await cache.get('a', async () => 'a1');
    await cache.get('b', async () => 'b1');
    await cache.get('c', async () => 'c1');
    expect(await cache.get('a', async () => 'a2')).toBe('a2');
    expect(await cache.get('c', async () => 'c2')).toBe('c1');
  });
});
