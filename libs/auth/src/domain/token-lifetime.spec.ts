import { judgeTokenLifetime, LifetimeVerdict, TimeClaims } from './token-lifetime';

const NOW = 1_800_000_000;
const DAY = 86_400;

describe('judgeTokenLifetime (TOKEN_MAX_TTL one day, now fixed)', () => {
  it.each<[string, TimeClaims, LifetimeVerdict]>([
    ['issued now for an hour', { iat: NOW, exp: NOW + 3600 }, 'ok'],
    ['issued now for exactly the maximum', { iat: NOW, exp: NOW + DAY }, 'ok'],
    ['issued an hour ago, a day long', { iat: NOW - 3600, exp: NOW - 3600 + DAY }, 'ok'],
    ['issued 60 s ahead (the other replica’s clock runs fast)', { iat: NOW + 60, exp: NOW + 60 + DAY }, 'ok'],
    ['issued 61 s ahead', { iat: NOW + 61, exp: NOW + 61 + 3600 }, 'issued in the future'],
    [
      'issued a year ahead, a day long (the round-the-maximum trick)',
      { iat: NOW + 365 * DAY, exp: NOW + 366 * DAY },
      'issued in the future',
    ],
    ['longer than the maximum', { iat: NOW, exp: NOW + DAY + 1 }, 'too long'],
    ['no exp', { iat: NOW }, 'missing'],
    ['no iat', { exp: NOW + 3600 }, 'missing'],
    ['iat as a string', { iat: String(NOW), exp: NOW + 3600 }, 'missing'],
    ['exp infinite', { iat: NOW, exp: Infinity }, 'missing'],
  ])('%s → %s', (_, claims, verdict) => {
    expect(judgeTokenLifetime(claims, NOW, DAY)).toBe(verdict);
  });
});
