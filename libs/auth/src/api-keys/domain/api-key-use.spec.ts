import { judgeApiKey, shouldRecordUse } from './api-key-use';

const at = (iso: string) => new Date(iso);

describe('judgeApiKey', () => {
  it.each<[string | null, string, 'ok' | 'expired']>([
    [null, '2026-01-10T03:00:00Z', 'ok'],
    ['2026-01-10T03:00:01Z', '2026-01-10T03:00:00Z', 'ok'],
    ['2026-01-10T03:00:00Z', '2026-01-10T03:00:00Z', 'expired'],
    ['2026-01-10T02:59:59Z', '2026-01-10T03:00:00Z', 'expired'],
  ])('expiresAt %p at %s → %s', (expiresAt, now, verdict) => {
    expect(judgeApiKey({ expiresAt: expiresAt === null ? null : at(expiresAt) }, at(now))).toBe(verdict);
  });
});

describe('shouldRecordUse', () => {
  it.each<[string | null, string, boolean]>([
    [null, '2026-01-10T03:00:00Z', true],
    ['2026-01-10T03:00:00Z', '2026-01-10T03:00:00Z', false],
    ['2026-01-10T03:00:00Z', '2026-01-10T03:00:59.999Z', false],
    ['2026-01-10T03:00:00Z', '2026-01-10T03:01:00Z', true],
    ['2026-01-10T03:00:00Z', '2026-01-10T04:00:00Z', true],
    ['2026-01-10T03:05:00Z', '2026-01-10T03:00:00Z', false], // recorded ahead of this clock
  ])('last used %p, now %s → write %p', (lastUsedAt, now, write) => {
    expect(shouldRecordUse(lastUsedAt === null ? null : at(lastUsedAt), at(now))).toBe(write);
  });
});
