import { RecentUsers } from './recent-users';

describe('RecentUsers', () => {
  let clock = 0;
  const now = () => clock;
  beforeEach(() => (clock = 1_000_000));

  it('remembers a user for the recheck window, then asks again', () => {
    const users = new RecentUsers(1000, 10, now);
    expect(users.has(7)).toBe(false);
    users.seen(7);
    clock += 999;
    expect(users.has(7)).toBe(true);
    clock += 1;
    expect(users.has(7)).toBe(false);
    expect(users.has(7)).toBe(false); // forgotten, not revived
  });

  it('remembers nothing with a window of 0', () => {
    const users = new RecentUsers(0, 10, now);
    users.seen(7);
    expect(users.has(7)).toBe(false);
  });

  it('stays bounded: past the limit it starts over', () => {
    const users = new RecentUsers(1000, 3, now);
    for (const id of [1, 2, 3]) users.seen(id);
    expect([1, 2, 3].every((id) => users.has(id))).toBe(true);
    users.seen(4);
    expect([1, 2, 3].map((id) => users.has(id))).toEqual([false, false, false]);
    expect(users.has(4)).toBe(true);
  });
});
