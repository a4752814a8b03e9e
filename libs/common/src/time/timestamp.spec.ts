import { DateTime } from 'luxon';
import { formatLocalDateTime, formatTimestamp } from './timestamp';

describe('formatTimestamp', () => {
  const at = new Date('2026-01-09T10:30:05.987Z');

  it('prints ISO-8601 UTC without milliseconds on iso-utc routes (the images seed)', () => {
    expect(formatTimestamp(at, 'iso-utc', 'Asia/Seoul')).toBe('2026-01-09T10:30:05Z');
  });

  it('prints YYYY-MM-DD HH:mm:ss in the configured zone elsewhere', () => {
    expect(formatTimestamp(at, 'local', 'Asia/Seoul')).toBe('2026-01-09 19:30:05');
    expect(formatTimestamp(at, 'local', 'UTC')).toBe('2026-01-09 10:30:05');
    expect(formatTimestamp(at, 'local', 'America/New_York')).toBe('2026-01-09 05:30:05');
  });

  it('reuses a text only within the same second and zone', () => {
    expect(formatTimestamp(new Date('2026-01-09T10:30:05.001Z'), 'local', 'Asia/Seoul')).toBe('2026-01-09 19:30:05');
    expect(formatTimestamp(new Date('2026-01-09T10:30:05.999Z'), 'local', 'Asia/Seoul')).toBe('2026-01-09 19:30:05');
    expect(formatTimestamp(new Date('2026-01-09T10:30:06.000Z'), 'local', 'Asia/Seoul')).toBe('2026-01-09 19:30:06');
    expect(formatTimestamp(new Date('2026-01-09T10:30:06.000Z'), 'local', 'UTC')).toBe('2026-01-09 10:30:06');
    expect(formatTimestamp(new Date('2026-01-09T10:30:05.500Z'), 'local', 'Asia/Seoul')).toBe('2026-01-09 19:30:05');
    expect(formatTimestamp(new Date('2026-01-09T10:30:05.500Z'), 'iso-utc', 'UTC')).toBe('2026-01-09T10:30:05Z');
    expect(formatTimestamp(new Date('2026-01-09T10:30:05.999Z'), 'iso-utc', 'UTC')).toBe('2026-01-09T10:30:05Z');
    expect(formatTimestamp(new Date('2026-01-09T10:30:06.000Z'), 'iso-utc', 'UTC')).toBe('2026-01-09T10:30:06Z');
    expect(formatTimestamp(new Date('1969-12-31T23:59:59.500Z'), 'iso-utc', 'UTC')).toBe('1969-12-31T23:59:59Z');
  });
});

describe('formatLocalDateTime', () => {
  it('prints a stored instant in the zone, or - when absent', () => {
    expect(formatLocalDateTime(new Date('2026-03-08T07:00:00Z'), 'America/New_York')).toBe('2026-03-08 03:00:00');
    expect(formatLocalDateTime(null, 'Asia/Seoul')).toBe('-');
  });
});

describe('formatLocalDateTime against luxon', () => {
  const luxon = (at: Date, zone: string) => DateTime.fromJSDate(at, { zone }).toFormat('yyyy-MM-dd HH:mm:ss');
  const zones = [
    'Asia/Seoul',
    'UTC',
    'Europe/Berlin',
    'America/New_York',
    'America/St_Johns',
    'Australia/Lord_Howe',
    'Asia/Kathmandu',
    'Pacific/Chatham',
    'Africa/Casablanca',
    'Europe/Dublin',
  ];

  it('prints what luxon prints around every transition of 2025–2027 and at random instants since 1850', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (const zone of zones) {
      const instants: number[] = [];
      const offset = (ms: number) => DateTime.fromMillis(ms, { zone }).offset;
      // Every transition (found by bisection inside six-hour steps) and its neighbours.
      for (let ms = Date.UTC(2025, 0, 1); ms < Date.UTC(2028, 0, 1); ms += 6 * 3_600_000) {
        if (offset(ms) === offset(ms + 6 * 3_600_000)) continue;
        let [low, high] = [ms, ms + 6 * 3_600_000];
        while (high - low > 1) {
          const middle = Math.floor((low + high) / 2);
          if (offset(middle) === offset(low)) low = middle;
          else high = middle;
        }
        for (const d of [-15 * 60_000, -1_000, -1, 0, 1, 1_000, 15 * 60_000 - 1, 15 * 60_000]) instants.push(high + d);
      }
      for (let i = 0; i < 500; i++)
        instants.push(Date.UTC(1850, 0, 1) + Math.floor(random() * 200 * 365.25 * 86_400_000));
      for (const ms of instants)
        expect([zone, ms, formatLocalDateTime(new Date(ms), zone)]).toEqual([zone, ms, luxon(new Date(ms), zone)]);
    }
  });

  it('falls back to luxon for an unknown zone and years outside four digits', () => {
    expect(formatLocalDateTime(new Date('2026-01-09T10:30:05Z'), 'Mars/Olympus')).toBe(
      luxon(new Date('2026-01-09T10:30:05Z'), 'Mars/Olympus'),
    );
    expect(formatLocalDateTime(new Date('0999-12-31T23:00:00Z'), 'UTC')).toBe('0999-12-31 23:00:00');
    expect(formatLocalDateTime(new Date(Number.NaN), 'UTC')).toBe(luxon(new Date(Number.NaN), 'UTC'));
  });
});
