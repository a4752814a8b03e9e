import { describeSchedule } from './schedule-description';
import { parseScheduleInput } from './schedule-input';
import { ScheduleRole } from './schedule-spec';
import { ScheduleType } from './schedule-type';

/** Describe one role of a body as the API receives it. */
function describe_(type: ScheduleType, role: ScheduleRole, body: Record<string, unknown>): string {
  const smart = type >= 7;
  const filler = {
    7: { day: 'mon', time: '00:00' },
    8: { week: '1', day: 'mon', time: '00:00' },
    9: { day: '1', time: '00:00' },
    10: { month: '1', week: '1', day: 'mon', time: '00:00' },
    11: { month: '1', day: '1', time: '00:00' },
  } as Record<number, unknown>;
  const raw = smart
    ? { type, basic: role === 'basic' ? body : filler[type], advanced: role === 'advanced' ? body : filler[type] }
    : { type, basic: body };
  const spec = parseScheduleInput(raw, { fieldPath: 'schedule', defaultTimezone: 'UTC' });
  return describeSchedule(type, role, role === 'basic' ? spec.basic : spec.advanced!);
}

describe('describeSchedule — the table of spec §5', () => {
  it.each([
    [0, 'basic', { year: '2026', month: '01', day: '20', time: '14:30' }, '[Basic] Start working on 20/01/2026 14:30.'],
    [0, 'basic', { year: 2027, month: 12, day: 5, time: '00:00' }, '[Basic] Start working on 05/12/2027 00:00.'],
    [1, 'basic', { time: '00:00', interval: { minute: '5' } }, '[Basic] Start working at 00:00 every 5 Minute.'],
    [2, 'basic', { time: '00:30', interval: { hour: '2' } }, '[Basic] Start working at 00:30 every 2 Hour.'],
    [3, 'basic', { time: '03:00' }, '[Basic] Start working at 03:00 every day.'],
    [
      4,
      'basic',
      { day: 'mon,wed,fri', time: '01:30' },
      '[Basic] Start working at 01:30 Monday, Wednesday, Friday every week.',
    ],
    [4, 'basic', { day: 'sat, mon', time: '02:00' }, '[Basic] Start working at 02:00 Monday, Saturday every week.'],
    [4, 'basic', { day: 'SUN', time: '02:00' }, '[Basic] Start working at 02:00 Sunday every week.'],
    [
      5,
      'basic',
      { week: '2', day: 'tue, wed', time: '04:00' },
      '[Basic] Start working at 04:00 Second Week / Tuesday, Wednesday every month.',
    ],
    [
      5,
      'basic',
      { week: '5,1,3,4', day: 'thu', time: '04:00' },
      '[Basic] Start working at 04:00 First Week, Third Week, Fourth Week, Last Week / Thursday every month.',
    ],
    [6, 'basic', { day: '25, 28', time: '12:00' }, '[Basic] Start working at 12:00 25, 28 every month.'],
    [6, 'basic', { day: '20, 15', time: '05:00' }, '[Basic] Start working at 05:00 15, 20 every month.'],
    [7, 'basic', { day: 'mon', time: '01:00' }, '[Basic] Start working every Monday at 01:00'],
    [7, 'advanced', { day: 'tue, fri', time: '13:00' }, '[Advanced] Start working every Tuesday, Friday at 13:00'],
    [
      8,
      'basic',
      { week: '1', day: 'mon', time: '02:00' },
      '[Basic] Start working at 02:00 on Monday First Week of every month.',
    ],
    [
      8,
      'basic',
      { week: '5', day: 'sun', time: '02:00' },
      '[Basic] Start working at 02:00 on Sunday Last Week of every month.',
    ],
    [
      8,
      'advanced',
      { week: '2, 3', day: 'mon, thu', time: '14:00' },
      '[Advanced] Start working at 14:00 on the Monday, Thursday of the Second Week, Third Week of every month.',
    ],
    [9, 'basic', { day: '1', time: '03:00' }, '[Basic] Start working at 03:00 on the 1 of every month.'],
    [
      9,
      'advanced',
      { day: '15, 19', time: '15:00' },
      '[Advanced] Start working at 15:00 on the 15, 19 of every month.',
    ],
    [
      10,
      'basic',
      { month: '1', week: '1', day: 'mon', time: '04:00' },
      '[Basic] Start working at 04:00 on the First Week Monday of January',
    ],
    [
      10,
      'advanced',
      { month: '1,4,7,10', week: '2,4', day: 'wed, fri', time: '16:00' },
      '[Advanced] Start working at 16:00 on the Second Week, Fourth Week / Wednesday, Friday of January, April, July, October',
    ],
    [
      10,
      'advanced',
      { month: '12,2', week: '5', day: 'sun,sat', time: '16:00' },
      '[Advanced] Start working at 16:00 on the Last Week / Saturday, Sunday of February, December',
    ],
    [11, 'basic', { month: '3', day: '1', time: '05:00' }, '[Basic] Start working on March 1 at 05:00'],
    [
      11,
      'advanced',
      { month: '3,6,9,12', day: '15,20,25', time: '17:00' },
      '[Advanced] Start working at 17:00 on the 15, 20, 25 of March, June, September, December',
    ],
    [
      11,
      'advanced',
      { month: '11,5,8', day: '31', time: '17:00' },
      '[Advanced] Start working at 17:00 on the 31 of May, August, November',
    ],
  ] as const)('type %i %s %j', (type, role, body, expected) => {
    expect(describe_(type, role, body)).toBe(expected);
  });

  it('takes the prefix from the role it is given, never from the type', () => {
    const fields = { weekdays: ['tue'] as const, time: '13:00' };
    expect(describeSchedule(7, 'basic', fields)).toBe('[Basic] Start working every Tuesday at 13:00');
    expect(describeSchedule(7, 'advanced', fields)).toBe('[Advanced] Start working every Tuesday at 13:00');
  });

  it('prints every month and weekday name', () => {
    expect(
      describe_(10, 'advanced', {
        month: '1,2,3,4,5,6,7,8,9,10,11,12',
        week: '1,2,3,4,5',
        day: 'sun,sat,fri,thu,wed,tue,mon',
        time: '00:00',
      }),
    ).toBe(
      '[Advanced] Start working at 00:00 on the First Week, Second Week, Third Week, Fourth Week, Last Week / Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday of January, February, March, April, May, June, July, August, September, October, November, December',
    );
  });
});
