import { agentGoneOffline, agentStatus } from './agent-presence';

describe('agentStatus', () => {
  const now = new Date('2026-01-10T00:01:00.000Z');
  it.each<[string, string | null, 'online' | 'offline']>([
    ['never called', null, 'offline'],
    ['called just now', '2026-01-10T00:01:00.000Z', 'online'],
    ['exactly the limit ago', '2026-01-10T00:00:00.000Z', 'online'],
    ['one ms past the limit', '2026-01-09T23:59:59.999Z', 'offline'],
    ['a clock ahead of ours', '2026-01-10T00:02:00.000Z', 'online'],
  ])('%s → %s', (_title, lastSeen, status) => {
    expect(agentStatus(lastSeen ? new Date(lastSeen) : null, now, 60_000)).toBe(status);
  });
});

describe('agentGoneOffline', () => {
  const now = new Date('2026-01-10T00:01:00.000Z');
  it.each<[string, string | null, boolean]>([
    ['never called: registered, not gone anywhere', null, false],
    ['called just now', '2026-01-10T00:01:00.000Z', false],
    ['exactly the limit ago: still online', '2026-01-10T00:00:00.000Z', false],
    ['one ms past the limit', '2026-01-09T23:59:59.999Z', true],
    ['silent for a day', '2026-01-09T00:01:00.000Z', true],
  ])('%s → %s', (_title, lastSeen, gone) => {
    expect(agentGoneOffline(lastSeen ? new Date(lastSeen) : null, now, 60_000)).toBe(gone);
  });
});
