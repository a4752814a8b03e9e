import { clockOffsetMs, ServerClock } from './server-clock';

describe('clockOffsetMs', () => {
  // [serverTime, sent at, received at, offset]
  const table: [string, number, number, number | undefined][] = [
    ['2026-11-30T12:00:00.000Z', Date.parse('2026-11-30T12:00:00.000Z'), Date.parse('2026-11-30T12:00:00.000Z'), 0],
    // the agent runs 5 minutes fast, 200 ms round trip
    [
      '2026-11-30T12:00:00.000Z',
      Date.parse('2026-11-30T12:04:59.900Z'),
      Date.parse('2026-11-30T12:05:00.100Z'),
      -300_000,
    ],
    // the agent runs an hour slow
    [
      '2026-11-30T12:00:00.000Z',
      Date.parse('2026-11-30T11:00:00.000Z'),
      Date.parse('2026-11-30T11:00:00.000Z'),
      3_600_000,
    ],
    ['not a time', 0, 10, undefined],
    ['2026-11-30T12:00:00.000Z', 10, 0, undefined],
  ];
  it.each(table)('server %s, sent %d, received %d → %s', (serverTime, sent, received, offset) => {
    expect(clockOffsetMs(serverTime, sent, received)).toBe(offset);
  });
});

describe('ServerClock', () => {
  it('reads the local clock plus the last observed offset', () => {
    let local = Date.parse('2026-11-30T12:05:00.000Z');
    const clock = new ServerClock(() => local);
    expect(clock.now().toISOString()).toBe('2026-11-30T12:05:00.000Z');
    clock.observe('2026-11-30T12:00:00.000Z', local, local);
    local += 60_000;
    expect(clock.now().toISOString()).toBe('2026-11-30T12:01:00.000Z');
    clock.observe('garbage', local, local);
    expect(clock.now().toISOString()).toBe('2026-11-30T12:01:00.000Z');
  });
});
