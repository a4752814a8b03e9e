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
