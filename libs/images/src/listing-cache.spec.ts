import { ListingCache } from './listing-cache';

const answer = (n: number) => ({ imageCount: n });

describe('ListingCache', () => {
  it('keeps the most recently used entries within the entry bound', () => {
    const cache = new ListingCache(2, 1000);
    cache.set('a', answer(1));
    cache.set('b', answer(1));
    expect(cache.get('a')).toBeDefined(); // a is now the most recent
    cache.set('c', answer(1));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
  });

  it('keeps the order right when the most recent entry is read again and again', () => {
    const cache = new ListingCache(2, 1000);
    cache.set('a', answer(1));
    cache.set('b', answer(1));
    cache.get('b');
    cache.get('b');
    cache.get('a'); // a most recent, b least
    cache.set('c', answer(1));
    expect([cache.get('a'), cache.get('b'), cache.get('c')].map(Boolean)).toEqual([true, false, true]);
    cache.get('a'); // now a, then c was read after it: c most recent
    cache.get('c');
    cache.set('d', answer(1));
    expect([cache.get('a'), cache.get('c'), cache.get('d')].map(Boolean)).toEqual([false, true, true]);
  });

  it('bounds the number of images held, and skips answers larger than the bound', () => {
    const cache = new ListingCache(100, 10);
    cache.set('a', answer(6));
    cache.set('b', answer(4));
    expect(cache.size).toBe(2);
    cache.set('c', answer(3));
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(2);
    cache.set('huge', answer(11));
    expect(cache.get('huge')).toBeUndefined();
    cache.set('b', answer(1)); // replacing updates the count
    cache.set('d', answer(6));
    expect([cache.get('b'), cache.get('c'), cache.get('d')].every(Boolean)).toBe(true);
  });

  it('clears', () => {
    const cache = new ListingCache();
    cache.set('a', answer(1));
    cache.clear();
    expect(cache.size).toBe(0);
    expect(cache.get('a')).toBeUndefined();
  });
});
