import {
  isScheduleType,
  isSmartScheduleType,
  SCHEDULE_TYPES,
  scheduleTypeFrom,
  scheduleTypeInfo,
  scheduleTypeName,
} from './schedule-type';

describe('schedule types (spec §5)', () => {
  it.each([
    [0, 'Once', ['year', 'month', 'day', 'time'], false, 'date'],
    [1, 'Every Minute', ['time', 'interval'], false, undefined],
    [2, 'Hourly', ['time', 'interval'], false, undefined],
    [3, 'Daily', ['time'], false, undefined],
    [4, 'Weekly', ['day', 'time'], false, 'weekday'],
    [5, 'Monthly (Specific Week and Day of the Week)', ['week', 'day', 'time'], false, 'weekday'],
    [6, 'Monthly on Specific Date', ['day', 'time'], false, 'date'],
    [7, 'Smart Weekly (Specific Day of the Week)', ['day', 'time'], true, 'weekday'],
    [8, 'Smart Monthly (Specific Week and Day of the Week)', ['week', 'day', 'time'], true, 'weekday'],
    [9, 'Smart Monthly (Specific Date)', ['day', 'time'], true, 'date'],
    [10, 'Smart Custom (Specific Month, Week and Day of the Week)', ['month', 'week', 'day', 'time'], true, 'weekday'],
    [11, 'Smart Custom (Specific Month and Date)', ['month', 'day', 'time'], true, 'date'],
  ] as const)('type %i is %s', (type, name, keys, smart, day) => {
    const info = scheduleTypeInfo(type);
    expect(info.type).toBe(type);
    expect(scheduleTypeName(type)).toBe(name);
    expect(info.keys).toEqual(keys);
    expect(isSmartScheduleType(type)).toBe(smart);
    expect(info.day).toBe(day);
  });

  it('has exactly twelve types, numbered 0–11 in order', () => {
    expect(SCHEDULE_TYPES.map((t) => t.type)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(scheduleTypeInfo(1).interval).toBe('minute');
    expect(scheduleTypeInfo(2).interval).toBe('hour');
  });

  it('recognises a type number only when it is an integer 0–11', () => {
    expect([0, 11].every(isScheduleType)).toBe(true);
    expect([-1, 12, 1.5, '3', null, undefined, NaN].some(isScheduleType)).toBe(false);
  });

  it.each([
    [3, 3],
    ['3', 3],
    [' 11 ', 11],
    ['Daily', 3],
    ['monthly on specific date', 6],
    ['Smart  Weekly (Specific Day of the Week)', 7],
    ['12', undefined],
    [12, undefined],
    ['weekly-ish', undefined],
    [true, undefined],
  ])('scheduleTypeFrom(%p) → %p', (input, expected) => {
    expect(scheduleTypeFrom(input)).toBe(expected);
  });
});
