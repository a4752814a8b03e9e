import { ClaimWaiters } from './claim-waiters';

describe('ClaimWaiters', () => {
  let waiters: ClaimWaiters;
  let queued: Map<number, number>;
  let polls: number[][];
  beforeEach(() => {
    waiters = new ClaimWaiters();
    waiters.pollMs = 5;
    queued = new Map();
    polls = [];
    waiters.useQueuedServers(async (ids) => {
      polls.push([...ids].sort());
      const snapshot = new Map(queued);
      queued.clear(); // the woken agents claim them
      return snapshot;
    });
  });
  afterEach(() => waiters.onModuleDestroy());

  it('answers deadline when nothing is queued, with one query per tick for every waiter', async () => {
    const results = await Promise.all([waiters.wait(1, 40), waiters.wait(1, 40), waiters.wait(2, 40)]);
    expect(results).toEqual(['deadline', 'deadline', 'deadline']);
    expect(polls.length).toBeGreaterThan(0);
    expect(polls.every((ids) => JSON.stringify(ids) === '[1,2]')).toBe(true);
    expect(waiters.waiting).toBe(0);
  });

  it('wakes as many waiters of a server as it has queued runs, longest waiting first', async () => {
    const order: string[] = [];
    const track = (name: string, p: Promise<string>) => p.then((r) => order.push(`${name}:${r}`));
    const all = Promise.all([
      track('a', waiters.wait(1, 300)),
      track('b', waiters.wait(1, 300)),
      track('c', waiters.wait(1, 300)),
      track('other', waiters.wait(2, 300)),
    ]);
    queued.set(1, 2);
    await new Promise((r) => setTimeout(r, 60));
    expect(order).toEqual(['a:queued', 'b:queued']);
    await waiters.onModuleDestroy();
    await all;
    expect(order.slice(2).sort()).toEqual(['c:shutdown', 'other:shutdown']);
    expect(await waiters.wait(1, 1000)).toBe('shutdown');
  });

  it('keeps waiting when the database fails (the deadline answers)', async () => {
    waiters.useQueuedServers(async () => {
      throw new Error('database down');
    });
    expect(await waiters.wait(1, 30)).toBe('deadline');
  });
});
