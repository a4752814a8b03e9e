import { runEndSteps, runEventType, writesImage } from './run-end-steps';
import { RunKind, RunResult, RunState } from './run-state';

describe('runEndSteps', () => {
  const none = { markVerification: false, enforceRetention: false, verifyAfterBackup: false };
  it.each<[RunKind, RunState, RunResult | null, string | null, ReturnType<typeof runEndSteps>]>([
    [
      'backup',
      'done',
      'success',
      'a.ZIA',
      {
        ...none,
        event: { owner: 'runs', type: 'run.succeeded' },
        enforceRetention: true,
        verifyAfterBackup: true,
      },
    ],
    [
      'backup',
      'done',
      'success',
      null,
      { ...none, event: { owner: 'runs', type: 'run.succeeded' }, enforceRetention: true },
    ],
    ['backup', 'done', 'warning', 'a.ZIA', { ...none, event: undefined, verifyAfterBackup: true }],
    ['backup', 'done', 'failed', 'a.ZIA', { ...none, event: { owner: 'runs', type: 'run.failed' } }],
    ['backup', 'done', 'cancelled', null, { ...none, event: undefined }],
    ['backup', 'done', 'lost', null, { ...none, event: { owner: 'runs', type: 'run.lost' } }],
    ['backup', 'done', 'missed', null, { ...none, event: { owner: 'runs', type: 'run.missed' } }],
    ['backup', 'cancelling', null, null, { ...none, event: undefined }],
    [
      'verify',
      'done',
      'success',
      null,
      { ...none, event: { owner: 'runs', type: 'run.succeeded' }, markVerification: true },
    ],
    [
      'verify',
      'done',
      'failed',
      null,
      { ...none, event: { owner: 'runs', type: 'run.failed' }, markVerification: true },
    ],
    ['verify', 'done', 'cancelled', null, { ...none, event: undefined, markVerification: true }],
    ['restore', 'done', 'success', null, { ...none, event: { owner: 'recoveries' } }],
    ['restore', 'done', 'failed', null, { ...none, event: { owner: 'recoveries' } }],
    ['restore', 'running', null, null, { ...none, event: undefined }],
  ])('%s %s/%s image %s', (kind, state, result, image, expected) => {
    expect(runEndSteps({ kind, state, result, image })).toEqual(expected);
  });
});

describe('runEventType', () => {
  it.each<[RunResult | null, string | undefined]>([
    ['failed', 'run.failed'],
    ['lost', 'run.lost'],
    ['missed', 'run.missed'],
    ['success', 'run.succeeded'],
    ['warning', undefined],
    ['cancelled', undefined],
    ['skipped', undefined],
    [null, undefined],
  ])('%s → %s', (result, expected) => {
    expect(runEventType(result)).toBe(expected);
  });
});

describe('writesImage', () => {
  it.each<[RunKind, boolean]>([
    ['backup', true],
    ['verify', false],
    ['restore', false],
  ])('%s → %s', (kind, expected) => {
    expect(writesImage(kind)).toBe(expected);
  });
});
