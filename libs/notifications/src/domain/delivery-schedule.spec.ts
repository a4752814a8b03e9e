import { afterFailure, FailureKind } from './delivery-schedule';

const EVENT = new Date('2026-12-01T00:00:00Z');
const at = (ms: number) => new Date(EVENT.getTime() + ms);
const MIN = 60_000;
const HOUR = 3_600_000;

describe('afterFailure', () => {
  it.each<[string, number, FailureKind, number, number, Date | 'dead']>([
    // name, attempts, kind, now (ms after event), random, next attempt
    ['first retry after 30 s (no jitter at random 0.5)', 1, 'transient', 0, 0.5, at(30_000)],
    ['second after 60 s', 2, 'transient', 30_000, 0.5, at(90_000)],
    ['fifth after 8 min', 5, 'transient', 0, 0.5, at(8 * MIN)],
    ['jitter low end: −20 %', 1, 'transient', 0, 0, at(24_000)],
    ['jitter high end: just under +20 %', 1, 'transient', 0, 0.999999, at(36_000)],
    ['the delay stops growing at 1 h', 12, 'transient', 0, 0.5, at(HOUR)],
    ['still within 24 h', 30, 'transient', 22 * HOUR, 0.5, at(23 * HOUR)],
    ['a retry that would land after 24 h: dead', 30, 'transient', 23.5 * HOUR, 0.5, 'dead'],
    ['a permanent refusal is retried below its limit', 2, 'permanent', 0, 0.5, at(60_000)],
    ['a permanent refusal on its 3rd attempt: dead', 3, 'permanent', 0, 0.5, 'dead'],
  ])('%s', (_name, attempts, kind, now, random, expected) => {
    const answer = afterFailure({ attempts, kind, eventTime: EVENT, now: at(now), random });
    expect(answer).toEqual(expected === 'dead' ? { state: 'dead' } : { state: 'failed', nextAttemptAt: expected });
  });
});
