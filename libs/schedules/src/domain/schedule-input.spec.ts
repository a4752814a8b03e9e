import { Refusal, refusalStatus } from '@zdm/common';
import { scheduleBody } from './schedule-body';
import { parseScheduleInput, scheduleInputErrors } from './schedule-input';

const TZ = 'Asia/Seoul';
const parse = (raw: unknown, fieldPath = 'schedule') => parseScheduleInput(raw, { fieldPath, defaultTimezone: TZ });

function failure(raw: unknown, fieldPath = 'schedule'): { status: number; ko: string; en: string; detail: unknown } {
  try {
    parse(raw, fieldPath);
  } catch (error) {
    expect(error).toBeInstanceOf(Refusal);
    const e = error as Refusal;
    return { status: refusalStatus(e), ko: e.text.ko, en: e.text.en, detail: e.detail };
  }
  throw new Error(`expected ${JSON.stringify(raw)} to be rejected`);
}

describe('parseScheduleInput — valid bodies', () => {
  it.each([
    [
      { type: 0, basic: { year: '2026', month: '01', day: '20', time: '14:30' } },
      { year: 2026, months: [1], dates: [20], time: '14:30' },
    ],
    [
      { type: 1, basic: { time: '00:00', interval: { minute: '5' } } },
      { time: '00:00', intervalMinutes: 5 },
    ],
    [
      { type: 2, basic: { time: '00:30', interval: { hour: 2 } } },
      { time: '00:30', intervalHours: 2 },
    ],
    [{ type: 3, basic: { time: '03:00' } }, { time: '03:00' }],
    [
      { type: 4, basic: { day: 'mon,wed,fri', time: '01:30' } },
      { weekdays: ['mon', 'wed', 'fri'], time: '01:30' },
    ],
    [
      { type: 5, basic: { week: '2', day: 'tue, wed', time: '04:00' } },
      { weeks: [2], weekdays: ['tue', 'wed'], time: '04:00' },
    ],
    [
      { type: 6, basic: { day: '25, 28', time: '12:00' } },
      { dates: [25, 28], time: '12:00' },
    ],
    [{ type: '3', basic: { time: '23:59' } }, { time: '23:59' }],
  ])('%j', (raw, basic) => {
    const spec = parse(raw);
    expect(spec).toEqual({ type: Number((raw as { type: unknown }).type), basic, timezone: TZ });
  });

  it.each([
    [
      { type: 7, basic: { day: 'mon', time: '01:00' }, advanced: { day: 'tue, fri', time: '13:00' } },
      { weekdays: ['mon'], time: '01:00' },
      { weekdays: ['tue', 'fri'], time: '13:00' },
    ],
    [
      {
        type: 8,
        basic: { week: '1', day: 'mon', time: '02:00' },
        advanced: { week: '2, 3', day: 'mon, thu', time: '14:00' },
      },
      { weeks: [1], weekdays: ['mon'], time: '02:00' },
      { weeks: [2, 3], weekdays: ['mon', 'thu'], time: '14:00' },
    ],
    [
      { type: 9, basic: { day: 1, time: '03:00' }, advanced: { day: '15, 19', time: '15:00' } },
      { dates: [1], time: '03:00' },
      { dates: [15, 19], time: '15:00' },
    ],
    [
      {
        type: 10,
        basic: { month: '1', week: '1', day: 'mon', time: '04:00' },
        advanced: { month: '10,1,7,4', week: '4,2', day: 'fri, wed', time: '16:00' },
      },
      { months: [1], weeks: [1], weekdays: ['mon'], time: '04:00' },
      { months: [1, 4, 7, 10], weeks: [2, 4], weekdays: ['wed', 'fri'], time: '16:00' },
    ],
    [
      {
        type: 11,
        basic: { month: 3, day: '1', time: '05:00' },
        advanced: { month: '3,6,9,12', day: '25,15,20', time: '17:00' },
      },
      { months: [3], dates: [1], time: '05:00' },
      { months: [3, 6, 9, 12], dates: [15, 20, 25], time: '17:00' },
    ],
  ])('smart %j', (raw, basic, advanced) => {
    expect(parse(raw)).toEqual({ type: raw.type, basic, advanced, timezone: TZ });
  });

  it('ignores case and spaces in weekdays and sorts every list in calendar order', () => {
    expect(parse({ type: 4, basic: { day: ' Sat ,MON,  sun', time: '07:05' } }).basic.weekdays).toEqual([
      'mon',
      'sat',
      'sun',
    ]);
    expect(parse({ type: 6, basic: { day: '31,1, 15', time: '07:05' } }).basic.dates).toEqual([1, 15, 31]);
    expect(parse({ type: 5, basic: { week: '5,1', day: 'sun', time: '07:05' } }).basic.weeks).toEqual([1, 5]);
  });

  it('accepts a real Feb 29 for type 0 and a null advanced on a basic-only type', () => {
    expect(parse({ type: 0, basic: { year: 2028, month: 2, day: 29, time: '00:00' }, advanced: null }).basic).toEqual({
      year: 2028,
      months: [2],
      dates: [29],
      time: '00:00',
    });
  });

  it('uses the default zone, validates a given one and spells it canonically', () => {
    expect(parse({ type: 3, basic: { time: '01:00' } }).timezone).toBe(TZ);
    expect(parse({ type: 3, basic: { time: '01:00' }, timezone: 'Europe/Berlin' }).timezone).toBe('Europe/Berlin');
    expect(parse({ type: 3, basic: { time: '01:00' }, timezone: 'america/new_york' }).timezone).toBe(
      'America/New_York',
    );
    expect(parse({ type: 3, basic: { time: '01:00' }, timezone: null }).timezone).toBe(TZ);
  });

  it('round-trips through scheduleBody for every type', () => {
    const bodies = [
      { type: 0, basic: { year: '2026', month: '1', day: '20', time: '14:30' } },
      { type: 1, basic: { time: '00:00', interval: { minute: '5' } } },
      { type: 2, basic: { time: '00:30', interval: { hour: '2' } } },
      {
        type: 10,
        basic: { month: '1', week: '1', day: 'mon', time: '04:00' },
        advanced: { month: '1,4', week: '2,5', day: 'wed,fri', time: '16:00' },
      },
      {
        type: 11,
        basic: { month: '3', day: '1', time: '05:00' },
        advanced: { month: '3,6', day: '15,20', time: '17:00' },
      },
    ];
    for (const body of bodies) {
      const spec = parse(body);
      const again = parse({
        type: spec.type,
        basic: scheduleBody(spec.type, spec.basic),
        ...(spec.advanced ? { advanced: scheduleBody(spec.type, spec.advanced) } : {}),
      });
      expect(again).toEqual(spec);
      expect(scheduleBody(spec.type, spec.basic)).toEqual(body.basic);
    }
  });

  it('resolves basic/advanced given as an existing schedule id through resolveReference', () => {
    const bodies: Record<number, unknown> = { 5: { day: 'mon', time: '01:00' }, 6: { day: 'tue,fri', time: '13:00' } };
    const spec = parseScheduleInput(
      { type: 7, basic: 5, advanced: '6' },
      { fieldPath: 'schedule', defaultTimezone: TZ, resolveReference: (id) => bodies[id] },
    );
    expect(spec.basic).toEqual({ weekdays: ['mon'], time: '01:00' });
    expect(spec.advanced).toEqual({ weekdays: ['tue', 'fri'], time: '13:00' });
    expect(() =>
      parseScheduleInput(
        { type: 7, basic: 6, advanced: 6 },
        { fieldPath: 'schedule', defaultTimezone: TZ, resolveReference: (id) => bodies[id] },
      ),
    ).toThrow("schedule.basic: the values of schedule '6' do not fit this schedule type.");
  });
});

describe('parseScheduleInput — rejected bodies', () => {
  it.each([[-1], [12], ['12'], [1.5], ['daily'], [true], [{}]])('type %p → the documented message', (type) => {
    const f = failure({ type, basic: { time: '01:00' } });
    expect(f.status).toBe(400);
    expect(f.ko).toBe('유효한 스케줄 타입이 아닙니다. (0 ~ 11 만 가능)');
    expect(f.detail).toEqual([
      {
        field: 'schedule.type',
        message: {
          ko: '유효한 스케줄 타입이 아닙니다. (0 ~ 11 만 가능)',
          en: 'schedule.type is not a valid schedule type (only 0 ~ 11).',
        },
      },
    ]);
  });

  it.each(['24:00', '1:30', '12:60', '12:5', ' 12:00', '12:00:00', '', 1230, null, ['12:00']])(
    'time %p → the documented message',
    (time) => {
      const f = failure({ type: 3, basic: { time } });
      if (time === null) {
        expect(f.ko).toBe('schedule.basic.time은(는) 필수 항목입니다.');
        return;
      }
      expect(f.ko).toBe("time은 'HH:mm' (00:00 ~ 23:59)이어야 합니다.");
      expect(f.en).toBe("schedule.basic.time must be 'HH:mm' (00:00 ~ 23:59).");
      expect(f.detail).toEqual([
        {
          field: 'schedule.basic.time',
          message: {
            ko: "time은 'HH:mm' (00:00 ~ 23:59)이어야 합니다.",
            en: "schedule.basic.time must be 'HH:mm' (00:00 ~ 23:59).",
          },
        },
      ]);
    },
  );

  it.each([
    [
      7,
      { day: 'mon, tue', time: '01:00' },
      { day: 'wed', time: '01:00' },
      'Smart Weekly (Specific Day of the Week) 타입의 스케줄은 basic 부분에서 여러 요일을 선택할 수 없습니다. ( 현재 선택된 요일: mon, tue )',
      'schedule.basic.day',
    ],
    [
      8,
      { week: '1, 2', day: 'mon', time: '02:00' },
      { week: '3', day: 'mon', time: '01:00' },
      'Smart Monthly (Specific Week and Day of the Week) 타입의 스케줄은 basic 부분에서 여러 주을 선택할 수 없습니다. ( 현재 선택된 주: 1, 2 )',
      'schedule.basic.week',
    ],
    [
      9,
      { day: '1,15', time: '03:00' },
      { day: '2', time: '01:00' },
      'Smart Monthly (Specific Date) 타입의 스케줄은 basic 부분에서 여러 일을 선택할 수 없습니다. ( 현재 선택된 일: 1, 15 )',
      'schedule.basic.day',
    ],
    [
      11,
      { month: '1, 3', day: '1', time: '05:00' },
      { month: '3', day: '15', time: '17:00' },
      'Smart Custom (Specific Month and Date) 타입의 스케줄은 basic 부분에서 여러 월을 선택할 수 없습니다. ( 현재 선택된 월: 1, 3 )',
      'schedule.basic.month',
    ],
  ])('smart type %i with several values in basic → documented message', (type, basic, advanced, message, field) => {
    const f = failure({ type, basic, advanced });
    expect(f.ko).toBe(message);
    expect(f.detail).toEqual([
      { field, message: { ko: message, en: expect.stringContaining('does not allow multiple') } },
    ]);
  });

  it('words the English smart-basic message like the original API', () => {
    expect(
      failure({ type: 7, basic: { day: 'mon,tue', time: '01:00' }, advanced: { day: 'wed', time: '01:00' } }).en,
    ).toBe(
      'Smart Weekly (Specific Day of the Week) type schedule does not allow multiple weekday selections in basic. (Currently selected weekdays: mon, tue)',
    );
  });

  it.each([
    ['not an object', 'daily', 'schedule은(는) 객체여야 합니다.'],
    ['missing', undefined, 'schedule은(는) 필수 항목입니다.'],
    ['missing type', { basic: { time: '01:00' } }, 'schedule.type은(는) 필수 항목입니다.'],
    ['missing basic', { type: 3 }, 'schedule.basic은(는) 필수 항목입니다.'],
    ['basic as array', { type: 3, basic: [] }, 'schedule.basic은(는) 객체여야 합니다.'],
    ['basic as id without resolver', { type: 3, basic: 4 }, 'schedule.basic은(는) 객체여야 합니다.'],
    [
      'stray top-level key',
      { type: 3, basic: { time: '01:00' }, extra: 1 },
      'schedule.extra은(는) 허용되지 않는 필드입니다.',
    ],
    [
      'stray basic key',
      { type: 3, basic: { time: '01:00', day: 'mon' } },
      'schedule.basic.day은(는) 허용되지 않는 필드입니다.',
    ],
    ['missing key', { type: 4, basic: { time: '01:00' } }, 'schedule.basic.day은(는) 필수 항목입니다.'],
    [
      'bad weekday',
      { type: 4, basic: { day: 'monday', time: '01:00' } },
      "schedule.basic.day의 요일 값이 올바르지 않습니다: 'monday' (mon, tue, wed, thu, fri, sat, sun 중 하나)",
    ],
    [
      'weekday as number',
      { type: 4, basic: { day: 1, time: '01:00' } },
      'schedule.basic.day은(는) 쉼표로 구분된 문자열 또는 숫자여야 합니다.',
    ],
    [
      'repeated weekday',
      { type: 4, basic: { day: 'mon, Mon', time: '01:00' } },
      'schedule.basic.day에 같은 값이 중복되었습니다: Mon',
    ],
    [
      'repeated date',
      { type: 6, basic: { day: '1,01', time: '01:00' } },
      'schedule.basic.day에 같은 값이 중복되었습니다: 01',
    ],
    [
      'empty list',
      { type: 6, basic: { day: ' ', time: '01:00' } },
      'schedule.basic.day에 값이 하나 이상 있어야 합니다.',
    ],
    [
      'empty element',
      { type: 6, basic: { day: '1,,2', time: '01:00' } },
      'schedule.basic.day은(는) 쉼표로 구분된 문자열 또는 숫자여야 합니다.',
    ],
    [
      'list as array',
      { type: 6, basic: { day: [1, 2], time: '01:00' } },
      'schedule.basic.day은(는) 쉼표로 구분된 문자열 또는 숫자여야 합니다.',
    ],
    [
      'date 0',
      { type: 6, basic: { day: '0', time: '01:00' } },
      'schedule.basic.day은(는) 1 ~ 31 사이의 정수여야 합니다. (입력값: 0)',
    ],
    [
      'date 32',
      { type: 6, basic: { day: 32, time: '01:00' } },
      'schedule.basic.day은(는) 1 ~ 31 사이의 정수여야 합니다. (입력값: 32)',
    ],
    [
      'date 1.5',
      { type: 6, basic: { day: 1.5, time: '01:00' } },
      'schedule.basic.day은(는) 1 ~ 31 사이의 정수여야 합니다. (입력값: 1.5)',
    ],
    [
      'week 6',
      { type: 5, basic: { week: '6', day: 'mon', time: '01:00' } },
      'schedule.basic.week은(는) 1 ~ 5 사이의 정수여야 합니다. (입력값: 6)',
    ],
    [
      'month 13',
      { type: 11, basic: { month: '13', day: '1', time: '01:00' }, advanced: { month: '1', day: '1', time: '01:00' } },
      'schedule.basic.month은(는) 1 ~ 12 사이의 정수여야 합니다. (입력값: 13)',
    ],
    [
      'interval 0',
      { type: 1, basic: { time: '01:00', interval: { minute: 0 } } },
      'schedule.basic.interval.minute은(는) 1 이상의 정수(분)여야 합니다.',
    ],
    [
      'interval text',
      { type: 2, basic: { time: '01:00', interval: { hour: 'two' } } },
      'schedule.basic.interval.hour은(는) 1 이상의 정수(시간)여야 합니다.',
    ],
    [
      'interval wrong unit',
      { type: 2, basic: { time: '01:00', interval: { minute: 5 } } },
      'schedule.basic.interval.minute은(는) 허용되지 않는 필드입니다.',
    ],
    [
      'interval not object',
      { type: 1, basic: { time: '01:00', interval: 5 } },
      'schedule.basic.interval은(는) 객체여야 합니다.',
    ],
    [
      'once Feb 29 common year',
      { type: 0, basic: { year: 2025, month: 2, day: 29, time: '01:00' } },
      'schedule.basic.day: 2025-02-29은(는) 존재하지 않는 날짜입니다.',
    ],
    [
      'once Apr 31',
      { type: 0, basic: { year: 2026, month: 4, day: 31, time: '01:00' } },
      'schedule.basic.day: 2026-04-31은(는) 존재하지 않는 날짜입니다.',
    ],
    [
      'once two months',
      { type: 0, basic: { year: 2026, month: '4,5', day: 1, time: '01:00' } },
      'schedule.basic.month에는 값을 하나만 지정할 수 있습니다.',
    ],
    [
      'once bad year',
      { type: 0, basic: { year: 'soon', month: 4, day: 1, time: '01:00' } },
      'schedule.basic.year은(는) 숫자 또는 숫자 문자열이어야 합니다.',
    ],
    [
      'once year 1969',
      { type: 0, basic: { year: 1969, month: 4, day: 1, time: '01:00' } },
      'schedule.basic.year은(는) 1970 ~ 9999 사이의 정수여야 합니다. (입력값: 1969)',
    ],
    [
      'smart without advanced',
      { type: 7, basic: { day: 'mon', time: '01:00' } },
      'Smart Weekly (Specific Day of the Week) 타입의 스케줄은 schedule.advanced이(가) 필요합니다.',
    ],
    [
      'advanced on weekly',
      { type: 4, basic: { day: 'mon', time: '01:00' }, advanced: { day: 'tue', time: '01:00' } },
      'schedule.advanced은(는) Smart 스케줄(type 7 ~ 11)에서만 사용할 수 있습니다.',
    ],
    [
      'never-running type 11',
      { type: 11, basic: { month: 2, day: 30, time: '01:00' }, advanced: { month: '1', day: '1', time: '01:00' } },
      'schedule.basic.day: 선택한 월에는 선택한 날짜가 없어 스케줄이 실행되지 않습니다.',
    ],
    [
      'bad zone',
      { type: 3, basic: { time: '01:00' }, timezone: 'Mars/Olympus' },
      'schedule.timezone은(는) 유효한 IANA 시간대 이름이어야 합니다. (입력값: Mars/Olympus)',
    ],
    [
      'zone as number',
      { type: 3, basic: { time: '01:00' }, timezone: 9 },
      'schedule.timezone은(는) 유효한 IANA 시간대 이름이어야 합니다. (입력값: 9)',
    ],
  ])('%s', (_name, raw, message) => {
    const f = failure(raw);
    expect(f.status).toBe(400);
    expect(f.ko).toBe(message);
  });

  it('names the full field path under any prefix, and with no prefix', () => {
    const raw = { type: 4, basic: { day: 'funday', time: '01:00' } };
    expect((failure(raw, 'individual[1].schedule').detail as { field: string }[])[0].field).toBe(
      'individual[1].schedule.basic.day',
    );
    expect((failure(raw, '').detail as { field: string }[])[0].field).toBe('basic.day');
    expect(failure({ type: 3, basic: { time: 'x' } }, '').en).toBe("basic.time must be 'HH:mm' (00:00 ~ 23:59).");
  });

  it('reports every failed field in detail, the first one as the message', () => {
    const errors = scheduleInputErrors(
      {
        type: 8,
        basic: { week: '1,2', day: 'mon', time: '25:00' },
        advanced: { week: '9', day: 'mon', time: '01:00' },
        x: 1,
      },
      { fieldPath: 'schedule', defaultTimezone: TZ },
    );
    expect(errors.map((e) => e.field)).toEqual([
      'schedule.x',
      'schedule.basic.time',
      'schedule.basic.week',
      'schedule.advanced.week',
    ]);
    expect(
      scheduleInputErrors({ type: 3, basic: { time: '01:00' } }, { fieldPath: 'schedule', defaultTimezone: TZ }),
    ).toEqual([]);
  });
});
