import { decodeScheduleColumns, scheduleColumns, scheduleSpecOfColumns } from './schedule-columns';

describe('scheduleColumns', () => {
  it('names the columns of both rows by their aliases', () => {
    expect(scheduleColumns('b', 'a').replace(/\s+/g, ' ')).toBe(
      'b.id AS schedule_id, b.type AS schedule_type, b.fields AS basic_fields, a.id AS advanced_schedule_id, ' +
        'a.fields AS advanced_fields, b.timezone AS schedule_timezone, b.state AS schedule_state',
    );
  });
});

describe('decodeScheduleColumns', () => {
  const basic = { time: '01:00' };
  it.each<[string, Record<string, unknown>, ReturnType<typeof decodeScheduleColumns>]>([
    ['no schedule', { schedule_id: null }, null],
    [
      'jsonb as objects (PostgreSQL)',
      {
        schedule_id: 3,
        schedule_type: 1,
        basic_fields: basic,
        advanced_schedule_id: null,
        advanced_fields: null,
        schedule_timezone: 'Asia/Seoul',
        schedule_state: 'Enabled',
      },
      {
        scheduleId: 3,
        advancedScheduleId: null,
        type: 1,
        basic,
        advanced: null,
        timezone: 'Asia/Seoul',
        enabled: true,
      },
    ],
    [
      'jsonb as text, ids as strings, disabled',
      {
        schedule_id: '4',
        schedule_type: '8',
        basic_fields: JSON.stringify(basic),
        advanced_schedule_id: '5',
        advanced_fields: '{"time":"02:00"}',
        schedule_timezone: 'UTC',
        schedule_state: 'Disabled',
      },
      {
        scheduleId: 4,
        advancedScheduleId: 5,
        type: 8,
        basic,
        advanced: { time: '02:00' },
        timezone: 'UTC',
        enabled: false,
      },
    ],
  ])('%s', (_, row, expected) => {
    expect(decodeScheduleColumns(row)).toEqual(expected);
  });
});

describe('scheduleSpecOfColumns', () => {
  const columns = (type: number, advanced: { time: string } | null) => ({
    scheduleId: 1,
    advancedScheduleId: advanced ? 2 : null,
    type: type as never,
    basic: { time: '01:00' },
    advanced,
    timezone: 'Asia/Seoul',
    enabled: true,
  });
  it.each([
    ['a basic type', columns(3, null), { type: 3, basic: { time: '01:00' }, timezone: 'Asia/Seoul' }],
    [
      'a smart type with its advanced row',
      columns(7, { time: '13:00' }),
      { type: 7, basic: { time: '01:00' }, advanced: { time: '13:00' }, timezone: 'Asia/Seoul' },
    ],
    [
      'a smart type whose advanced row is missing',
      columns(7, null),
      { type: 7, basic: { time: '01:00' }, timezone: 'Asia/Seoul' },
    ],
    [
      'a basic type never takes an advanced half',
      columns(3, { time: '13:00' }),
      { type: 3, basic: { time: '01:00' }, timezone: 'Asia/Seoul' },
    ],
  ])('%s', (_, given, expected) => {
    expect(scheduleSpecOfColumns(given)).toEqual(expected);
  });
});
