import { ScheduleSpec } from '@zdm/schedules';
import { JobMode } from './job-mode';
import { checkModeSchedule, modeForNewSchedule } from './mode-schedule';
import { DAILY, failure, SMART } from './job-rules.fixtures';

const FIELDS = { scheduleMissing: 'schedule', smartSchedule: 'schedule.type' };

describe('mode ↔ schedule (spec §4.1, §4.2)', () => {
  describe('modeForNewSchedule: a job whose schedule changes and whose mode is not given', () => {
    it.each<[JobMode, string, ScheduleSpec | undefined, JobMode]>([
      ['full', 'smart', SMART, 'smart'],
      ['increment', 'smart', SMART, 'smart'],
      ['smart', 'smart', SMART, 'smart'],
      ['smart', 'daily', DAILY, 'full'],
      ['full', 'daily', DAILY, 'full'],
      ['increment', 'daily', DAILY, 'increment'],
      ['smart', 'none', undefined, 'smart'],
      ['full', 'none', undefined, 'full'],
    ])('%s job, %s schedule → %s', (mode, _name, spec, expected) => {
      expect(modeForNewSchedule(mode, spec)).toBe(expected);
    });
  });

  describe('checkModeSchedule', () => {
    it.each<[JobMode, string, ScheduleSpec | undefined]>([
      ['full', 'none', undefined],
      ['full', 'daily', DAILY],
      ['increment', 'daily', DAILY],
      ['smart', 'daily', DAILY],
      ['smart', 'smart', SMART],
    ])('%s job with %s schedule: allowed', (mode, _name, spec) => {
      expect(() => checkModeSchedule(mode, spec, FIELDS)).not.toThrow();
    });

    it.each<[JobMode, string, ScheduleSpec | undefined, string]>([
      ['smart', 'none', undefined, 'Schedule is required for Smart Backup.'],
      ['full', 'smart', SMART, 'schedule.type: a full job takes schedule types 0 ~ 6 only (got: 7).'],
      ['increment', 'smart', SMART, 'schedule.type: a increment job takes schedule types 0 ~ 6 only (got: 7).'],
    ])('%s job with %s schedule: 400 %s', (mode, _name, spec, en) => {
      expect(failure(() => checkModeSchedule(mode, spec, FIELDS))).toEqual({
        status: 400,
        code: 'VALIDATION_ERROR',
        en,
      });
    });
  });
});
