import { IANAZone } from 'luxon';
import { localTimeOf, resolveLocalTime } from './local-time';

const at = (zone: string, year: number, month: number, day: number, hour: number, minute: number) =>
  resolveLocalTime(IANAZone.create(zone), { year, month, day, hour, minute }).toISOString();

describe('resolveLocalTime', () => {
  it.each([
    // America/New_York 2026: clocks go 02:00 EST → 03:00 EDT on Mar 8, 02:00 EDT → 01:00 EST on Nov 1.
    ['America/New_York', [2026, 3, 8, 1, 59], '2026-03-08T06:59:00.000Z', 'just before the gap'],
    ['America/New_York', [2026, 3, 8, 2, 0], '2026-03-08T07:00:00.000Z', 'gap start → gap end'],
    ['America/New_York', [2026, 3, 8, 2, 30], '2026-03-08T07:00:00.000Z', 'inside the gap → gap end'],
    ['America/New_York', [2026, 3, 8, 3, 0], '2026-03-08T07:00:00.000Z', 'gap end itself'],
    ['America/New_York', [2026, 3, 8, 3, 1], '2026-03-08T07:01:00.000Z', 'after the gap'],
    ['America/New_York', [2026, 11, 1, 0, 59], '2026-11-01T04:59:00.000Z', 'before the overlap'],
    ['America/New_York', [2026, 11, 1, 1, 0], '2026-11-01T05:00:00.000Z', 'overlap start, first occurrence (EDT)'],
    ['America/New_York', [2026, 11, 1, 1, 30], '2026-11-01T05:30:00.000Z', 'overlap, first occurrence (EDT)'],
    ['America/New_York', [2026, 11, 1, 2, 0], '2026-11-01T07:00:00.000Z', 'after the overlap (EST)'],
    // Europe/Berlin 2026: 02:00 CET → 03:00 CEST on Mar 29, 03:00 CEST → 02:00 CET on Oct 25.
    ['Europe/Berlin', [2026, 3, 29, 2, 30], '2026-03-29T01:00:00.000Z', 'inside the gap → gap end'],
    ['Europe/Berlin', [2026, 10, 25, 2, 30], '2026-10-25T00:30:00.000Z', 'overlap, first occurrence (CEST)'],
    ['Europe/Berlin', [2026, 10, 25, 3, 0], '2026-10-25T02:00:00.000Z', 'after the overlap (CET)'],
    // Lord Howe moves by 30 minutes: 02:00 +10:30 → 02:30 +11 on 2026-10-04.
    ['Australia/Lord_Howe', [2026, 10, 4, 2, 15], '2026-10-03T15:30:00.000Z', 'half-hour gap → gap end'],
    ['Asia/Seoul', [2026, 1, 1, 9, 0], '2026-01-01T00:00:00.000Z', 'no DST'],
    ['UTC', [2028, 2, 29, 23, 59], '2028-02-29T23:59:00.000Z', 'UTC'],
  ] as [string, [number, number, number, number, number], string, string][])(
    '%s %j → %s (%s)',
    (zone, [y, mo, d, h, mi], expected) => {
      expect(at(zone, y, mo, d, h, mi)).toBe(expected);
    },
  );

  it('reads an instant back as wall-clock time with its ISO weekday', () => {
    expect(localTimeOf(IANAZone.create('America/New_York'), new Date('2026-11-01T06:30:00Z'))).toEqual({
      year: 2026,
      month: 11,
      day: 1,
      hour: 1,
      minute: 30,
      weekday: 7,
    });
  });
});
