import { jobStatusOfRun } from './job-status-of-run';
import { RunEvent, RunStatus, runTransition } from './run-transition';

const claim: RunEvent = { type: 'claim' };
const progress: RunEvent = { type: 'progress' };
const cancel: RunEvent = { type: 'cancel' };
const success: RunEvent = { type: 'complete', result: 'success' };
const cancelled: RunEvent = { type: 'complete', result: 'cancelled' };
const failed: RunEvent = { type: 'complete', result: 'failed' };
const leaseExpired: RunEvent = { type: 'lease-expired' };
const deadline: RunEvent = { type: 'start-deadline-passed' };

const queued: RunStatus = { state: 'queued', result: null };
const running: RunStatus = { state: 'running', result: null };
const cancelling: RunStatus = { state: 'cancelling', result: null };
const doneSuccess: RunStatus = { state: 'done', result: 'success' };
const doneCancelled: RunStatus = { state: 'done', result: 'cancelled' };
const doneMissed: RunStatus = { state: 'done', result: 'missed' };

/** Every state × event: what it yields (`state/result`, `=` when accepted without a change) or the refusal. */
const GOLDEN: [RunStatus, RunEvent, string][] = [
  [queued, claim, 'running/null'],
  [queued, progress, 'RUN_NOT_CLAIMED'],
  [queued, cancel, 'done/cancelled'],
  [queued, success, 'RUN_NOT_CLAIMED'],
  [queued, leaseExpired, 'RUN_NOT_CLAIMED'],
  [queued, deadline, 'done/missed'],
  [running, claim, 'RUN_NOT_QUEUED'],
  [running, progress, '='],
  [running, cancel, 'cancelling/null'],
  [running, success, 'done/success'],
  [running, failed, 'done/failed'],
  [running, cancelled, 'done/cancelled'],
  [running, leaseExpired, 'done/lost'],
  [running, deadline, 'RUN_NOT_QUEUED'],
  [cancelling, claim, 'RUN_NOT_QUEUED'],
  [cancelling, progress, '='],
  [cancelling, cancel, '='],
  [cancelling, cancelled, 'done/cancelled'],
  [cancelling, success, 'done/success'],
  [cancelling, leaseExpired, 'done/lost'],
  [cancelling, deadline, 'RUN_NOT_QUEUED'],
  [doneSuccess, success, '='],
  [doneSuccess, failed, 'RUN_ALREADY_DONE'],
  [doneSuccess, cancel, 'RUN_ALREADY_DONE'],
  [doneSuccess, claim, 'RUN_ALREADY_DONE'],
  [doneSuccess, progress, 'RUN_ALREADY_DONE'],
  [doneSuccess, leaseExpired, 'RUN_ALREADY_DONE'],
  [doneSuccess, deadline, 'RUN_ALREADY_DONE'],
  [doneCancelled, cancelled, '='],
  [doneCancelled, cancel, 'RUN_ALREADY_DONE'],
  [doneMissed, success, 'RUN_ALREADY_DONE'],
];

describe('runTransition (golden table)', () => {
  it.each(GOLDEN)('%o + %o → %s', (from, event, expected) => {
    const answer = runTransition(from, event);
    const actual = !answer.ok ? answer.reason : answer.changed ? `${answer.next.state}/${answer.next.result}` : '=';
    expect(actual).toBe(expected);
    if (answer.ok && !answer.changed) expect(answer.next).toEqual(from);
  });
});

describe('jobStatusOfRun', () => {
  it.each([
    ['queued', null, 'Preparing'],
    ['running', null, 'Processing'],
    ['cancelling', null, 'Canceling'],
    ['done', 'success', 'Complete'],
    ['done', 'warning', 'Complete'],
    ['done', 'cancelled', 'Canceled'],
    ['done', 'failed', 'Error'],
    ['done', 'lost', 'Error'],
    ['done', 'missed', 'Error'],
    ['done', 'skipped', undefined],
  ] as const)('%s/%s → %s', (state, result, status) => {
    expect(jobStatusOfRun(state, result)).toBe(status);
  });
});
