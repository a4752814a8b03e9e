import { applyJobCommand, JobCommand } from './job-command';
import { JobStatus } from './job-status';
import { failure } from './job-rules.fixtures';

const NOW = new Date('2026-01-25T03:00:00Z');
const EARLIER = new Date('2026-01-24T03:00:00Z');

describe('start / stop (spec §4.2)', () => {
  it.each<[JobStatus, JobCommand, JobStatus, Date | null, Date | null]>([
    ['Registered', 'start', 'Preparing', NOW, null],
    ['Scheduled', 'start', 'Preparing', NOW, null],
    ['Complete', 'start', 'Preparing', NOW, null],
    ['Canceled', 'start', 'Preparing', NOW, null],
    ['Error', 'start', 'Preparing', NOW, null],
    ['Preparing', 'stop', 'Canceled', EARLIER, NOW],
    ['Processing', 'stop', 'Canceled', EARLIER, NOW],
    ['Canceling', 'stop', 'Canceled', EARLIER, NOW],
  ])('%s + %s → %s', (status, command, next, startedAt, endedAt) => {
    const job = { name: 'nightly', status, startedAt: EARLIER, endedAt: EARLIER };
    expect(applyJobCommand(job, command, NOW)).toEqual({ status: next, startedAt, endedAt });
  });

  it.each<[JobStatus, JobCommand, string]>([
    ['Preparing', 'start', "status: job 'nightly' is already running (Preparing)."],
    ['Processing', 'start', "status: job 'nightly' is already running (Processing)."],
    ['Canceling', 'start', "status: job 'nightly' is already running (Canceling)."],
    ['Registered', 'stop', "status: job 'nightly' is not running (Registered)."],
    ['Scheduled', 'stop', "status: job 'nightly' is not running (Scheduled)."],
    ['Complete', 'stop', "status: job 'nightly' is not running (Complete)."],
    ['Canceled', 'stop', "status: job 'nightly' is not running (Canceled)."],
    ['Error', 'stop', "status: job 'nightly' is not running (Error)."],
  ])('%s + %s → 409 %s', (status, command, en) => {
    const job = { name: 'nightly', status, startedAt: null, endedAt: null };
    expect(failure(() => applyJobCommand(job, command, NOW))).toEqual({ status: 409, code: 'CONFLICT', en });
  });
});
