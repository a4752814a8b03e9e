import { HealthFacts, runHealth } from './run-health';

const now = new Date('2026-01-10T12:00:00Z');
const hour = 3_600_000;
const facts = (over: Partial<HealthFacts>): HealthFacts => ({
  latest: null,
  firstSlotSinceSuccess: null,
  now,
  staleGraceMs: hour,
  ...over,
});
const ago = (ms: number) => new Date(now.getTime() - ms);

describe('runHealth (golden table)', () => {
  it.each<[string, Partial<HealthFacts>, string]>([
    ['no run, no slot due', {}, 'never-run'],
    ['no run, slot 30 min ago', { firstSlotSinceSuccess: ago(hour / 2) }, 'never-run'],
    ['no run, slot 2 h ago', { firstSlotSinceSuccess: ago(2 * hour) }, 'stale'],
    ['queued', { latest: { state: 'queued', result: null }, firstSlotSinceSuccess: ago(2 * hour) }, 'running'],
    ['running', { latest: { state: 'running', result: null } }, 'running'],
    ['cancelling', { latest: { state: 'cancelling', result: null } }, 'running'],
    ['success', { latest: { state: 'done', result: 'success' } }, 'ok'],
    ['warning', { latest: { state: 'done', result: 'warning' } }, 'ok'],
    ['cancelled', { latest: { state: 'done', result: 'cancelled' } }, 'ok'],
    ['failed', { latest: { state: 'done', result: 'failed' } }, 'failed'],
    ['lost', { latest: { state: 'done', result: 'lost' } }, 'failed'],
    ['missed', { latest: { state: 'done', result: 'missed' } }, 'failed'],
    [
      'failed, slot 2 h ago',
      { latest: { state: 'done', result: 'failed' }, firstSlotSinceSuccess: ago(2 * hour) },
      'stale',
    ],
    ['paused, never run', { paused: true }, 'paused'],
    [
      'paused, failed, slot 2 h ago',
      { paused: true, latest: { state: 'done', result: 'failed' }, firstSlotSinceSuccess: ago(2 * hour) },
      'paused',
    ],
    ['paused, a manual run in progress', { paused: true, latest: { state: 'running', result: null } }, 'running'],
    ['queued, no agent online', { latest: { state: 'queued', result: null }, agentOnline: false }, 'waiting-for-agent'],
    ['queued, an agent online', { latest: { state: 'queued', result: null }, agentOnline: true }, 'running'],
    [
      'queued, no agent online, slot 2 h ago',
      { latest: { state: 'queued', result: null }, agentOnline: false, firstSlotSinceSuccess: ago(2 * hour) },
      'waiting-for-agent',
    ],
    [
      'running, no agent online (it holds the run)',
      { latest: { state: 'running', result: null }, agentOnline: false },
      'running',
    ],
    [
      'running since before the stale deadline',
      { latest: { state: 'running', result: null, startedAt: ago(1.5 * hour) }, firstSlotSinceSuccess: ago(2 * hour) },
      'running',
    ],
    [
      'running, started after the stale deadline',
      { latest: { state: 'running', result: null, startedAt: ago(hour / 2) }, firstSlotSinceSuccess: ago(2 * hour) },
      'stale',
    ],
    [
      'paused, a manual run started after the deadline',
      {
        paused: true,
        latest: { state: 'running', result: null, startedAt: ago(hour / 2) },
        firstSlotSinceSuccess: ago(2 * hour),
      },
      'running',
    ],
    [
      'success, next slot ahead',
      { latest: { state: 'done', result: 'success' }, firstSlotSinceSuccess: ago(-hour) },
      'ok',
    ],
  ])('%s → %s', (_name, over, health) => {
    expect(runHealth(facts(over))).toBe(health);
  });
});
