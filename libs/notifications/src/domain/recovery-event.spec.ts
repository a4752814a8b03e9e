import { NewNotificationEvent } from './notification-event';
import { RecoveryEnded, recoveryEvent } from './recovery-event';

const AT = new Date('2026-12-02T02:00:00.000Z');
const ENDED: RecoveryEnded = {
  recovery: { id: 8, name: 'web-02_RECOVERY_ROOT' },
  run: {
    id: 77,
    result: 'failed',
    errorMessage: 'checksum mismatch',
    startedAt: new Date('2026-12-02T01:50:00.000Z'),
    endedAt: AT,
  },
  source: { id: 1, name: 'web-01' },
  target: { id: 2, name: 'web-02' },
  partitions: [{ source: '/', target: '/' }],
  chain: [{ image: 'web-01_ROOT_1.ZIA', level: 'full' }],
  logTail: ['2026-12-02T02:00:00.000Z ERROR Completed: failed (checksum mismatch).'],
  mailTo: ['ops@example.com'],
};
const DATA = {
  recovery: { id: 8, name: 'web-02_RECOVERY_ROOT' },
  run: {
    id: 77,
    result: 'failed',
    errorMessage: 'checksum mismatch',
    startedAt: '2026-12-02T01:50:00.000Z',
    endedAt: '2026-12-02T02:00:00.000Z',
  },
  source: { id: 1, name: 'web-01' },
  target: { id: 2, name: 'web-02' },
  partitions: [{ source: '/', target: '/' }],
  chain: [{ image: 'web-01_ROOT_1.ZIA', level: 'full' }],
  logTail: ['2026-12-02T02:00:00.000Z ERROR Completed: failed (checksum mismatch).'],
};

describe('recoveryEvent', () => {
  it.each<[string, string | null, NewNotificationEvent['type'] | undefined]>([
    ['success', 'success', 'recovery.succeeded'],
    ['warning (restored, with remarks)', 'warning', 'recovery.succeeded'],
    ['failed', 'failed', 'recovery.failed'],
    ['lost (the agent stopped reporting)', 'lost', 'recovery.failed'],
    ['missed (never started)', 'missed', 'recovery.failed'],
    ['cancelled: nothing to tell', 'cancelled', undefined],
    ['skipped: nothing to tell', 'skipped', undefined],
    ['not ended: nothing to tell', null, undefined],
  ])('a run ended %s', (_name, result, type) => {
    const event = recoveryEvent({ ...ENDED, run: { ...ENDED.run, result } }, AT);
    expect(event?.type).toBe(type);
  });

  it('carries the recovery, the run, both servers, partitions, chain and log tail; mails the addresses', () => {
    expect(recoveryEvent(ENDED, AT)).toEqual({
      type: 'recovery.failed',
      time: AT,
      data: DATA,
      mailTo: ['ops@example.com'],
    });
    expect(recoveryEvent({ ...ENDED, mailTo: undefined }, AT)?.mailTo).toEqual([]);
  });
});
