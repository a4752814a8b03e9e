import { Refusal, refusalStatus } from '@zdm/common';
import { parseScheduleInput, ScheduleSpec } from '@zdm/schedules';

/** Specs for the golden tables: a daily (type 3) and a smart weekly (type 7) schedule. */
export const DAILY: ScheduleSpec = parseScheduleInput(
  { type: 3, basic: { time: '03:00' } },
  { fieldPath: 'schedule', defaultTimezone: 'Asia/Seoul' },
);
export const SMART: ScheduleSpec = parseScheduleInput(
  { type: 7, basic: { day: 'mon', time: '01:00' }, advanced: { day: 'fri', time: '13:00' } },
  { fieldPath: 'schedule', defaultTimezone: 'Asia/Seoul' },
);

/** What a rule's failure shows a user: status, Korean text, the field of `detail`. */
export function failure(run: () => unknown): { status: number; code: string; en: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof Refusal) return { status: refusalStatus(error), code: error.code, en: error.text.en };
    throw error;
  }
  throw new Error('expected a failure');
}
