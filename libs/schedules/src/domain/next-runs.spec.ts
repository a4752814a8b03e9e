import fc from 'fast-check';
import { IANAZone } from 'luxon';
import { daysInMonth, isoWeekday } from './calendar';
import { localTimeOf } from './local-time';
import { nextRunAt, nextRuns, ScheduleRun } from './next-runs';
import { parseScheduleInput } from './schedule-input';
import { clockOf, ScheduleFields, ScheduleSpec, WEEKDAYS } from './schedule-spec';
import { ScheduleType } from './schedule-type';

const spec = (raw: Record<string, unknown>, timezone = 'UTC'): ScheduleSpec =>
  parseScheduleInput(raw, { fieldPath: 'schedule', defaultTimezone: timezone });
const iso = (runs: ScheduleRun[]) => runs.map((r) => r.at.toISOString().replace('.000Z', 'Z'));
const roles = (runs: ScheduleRun[]) => runs.map((r) => `${r.at.toISOString().slice(0, 16)} ${r.role}`);

describe('nextRuns — golden', () => {
  describe('America/New_York', () => {
    const NY = 'America/New_York';
    it('daily 02:30 across the spring gap runs at the end of the gap (03:00 EDT)', () => {
      expect(
        iso(nextRuns(spec({ type: 3, basic: { time: '02:30' } }, NY), new Date('2026-03-06T12:00:00Z'), 4)),
      ).toEqual(['2026-03-07T07:30:00Z', '2026-03-08T07:00:00Z', '2026-03-09T06:30:00Z', '2026-03-10T06:30:00Z']);
    });

    it('daily 01:30 across the fall overlap runs once, at the first 01:30 (EDT)', () => {
      expect(
        iso(nextRuns(spec({ type: 3, basic: { time: '01:30' } }, NY), new Date('2026-10-30T12:00:00Z'), 3)),
      ).toEqual(['2026-10-31T05:30:00Z', '2026-11-01T05:30:00Z', '2026-11-02T06:30:00Z']);
    });

    it('does not run the repeated hour twice when started between the two 01:30s', () => {
      expect(
        iso(nextRuns(spec({ type: 3, basic: { time: '01:30' } }, NY), new Date('2026-11-01T06:00:00Z'), 1)),
      ).toEqual(['2026-11-02T06:30:00Z']);
    });

    it('every 30 minutes from 01:00 walks the wall clock through the overlap once', () => {
      const runs = nextRuns(
        spec({ type: 1, basic: { time: '01:00', interval: { minute: 30 } } }, NY),
        new Date('2026-11-01T04:59:00Z'),
        4,
      );
      expect(iso(runs)).toEqual([
        '2026-11-01T05:00:00Z',
        '2026-11-01T05:30:00Z',
        '2026-11-01T07:00:00Z',
        '2026-11-01T07:30:00Z',
      ]);
    });

    it('every 20 minutes collapses the wall-clock steps inside the spring gap into one run', () => {
      const runs = nextRuns(
        spec({ type: 1, basic: { time: '01:00', interval: { minute: 20 } } }, NY),
        new Date('2026-03-08T05:59:00Z'),
        5,
      );
      expect(iso(runs)).toEqual([
        '2026-03-08T06:00:00Z',
        '2026-03-08T06:20:00Z',
        '2026-03-08T06:40:00Z',
        '2026-03-08T07:00:00Z',
        '2026-03-08T07:20:00Z',
      ]);
    });

    it('weekly Sunday 02:00 on the spring-forward Sunday', () => {
      expect(
        iso(nextRuns(spec({ type: 4, basic: { day: 'sun', time: '02:00' } }, NY), new Date('2026-03-01T12:00:00Z'), 2)),
      ).toEqual(['2026-03-08T07:00:00Z', '2026-03-15T06:00:00Z']);
    });
  });

  describe('Europe/Berlin', () => {
    const BERLIN = 'Europe/Berlin';
    it('daily 02:30 across the spring gap', () => {
      expect(
        iso(nextRuns(spec({ type: 3, basic: { time: '02:30' } }, BERLIN), new Date('2026-03-27T12:00:00Z'), 3)),
      ).toEqual(['2026-03-28T01:30:00Z', '2026-03-29T01:00:00Z', '2026-03-30T00:30:00Z']);
    });

    it('daily 02:30 across the fall overlap (first occurrence, CEST)', () => {
      expect(
        iso(nextRuns(spec({ type: 3, basic: { time: '02:30' } }, BERLIN), new Date('2026-10-23T12:00:00Z'), 3)),
      ).toEqual(['2026-10-24T00:30:00Z', '2026-10-25T00:30:00Z', '2026-10-26T01:30:00Z']);
    });

    it('last Sunday of the month (week 5) is the DST day in March and October', () => {
      const s = spec({ type: 5, basic: { week: '5', day: 'sun', time: '02:30' } }, BERLIN);
      expect(iso(nextRuns(s, new Date('2026-03-01T00:00:00Z'), 8)).filter((t) => /-(03|10)-/.test(t))).toEqual([
        '2026-03-29T01:00:00Z',
        '2026-10-25T00:30:00Z',
      ]);
    });

    it('every 2 hours from 00:30 (CET and CEST days)', () => {
      const runs = nextRuns(
        spec({ type: 2, basic: { time: '00:30', interval: { hour: 2 } } }, BERLIN),
        new Date('2026-03-28T20:00:00Z'),
        4,
      );
      // 28th 22:30 CET = 21:30Z; 29th 00:30 CET = 23:30Z (28th); 02:30 is in the gap → 01:00Z; 04:30 CEST = 02:30Z.
      expect(iso(runs)).toEqual([
        '2026-03-28T21:30:00Z',
        '2026-03-28T23:30:00Z',
        '2026-03-29T01:00:00Z',
        '2026-03-29T02:30:00Z',
      ]);
    });
  });

  describe('calendar rules (UTC)', () => {
    it('every 5 hours from 00:30 restarts at 00:30 every day', () => {
      const runs = nextRuns(
        spec({ type: 2, basic: { time: '00:30', interval: { hour: 5 } } }),
        new Date('2026-01-01T00:00:00Z'),
        7,
      );
      expect(iso(runs)).toEqual([
        '2026-01-01T00:30:00Z',
        '2026-01-01T05:30:00Z',
        '2026-01-01T10:30:00Z',
        '2026-01-01T15:30:00Z',
        '2026-01-01T20:30:00Z',
        '2026-01-02T00:30:00Z',
        '2026-01-02T05:30:00Z',
      ]);
    });

    it('dates 29–31 are skipped in months that lack them; Feb 29 only in leap years', () => {
      const s = spec({ type: 6, basic: { day: '29,30,31', time: '12:00' } });
      expect(iso(nextRuns(s, new Date('2027-01-30T00:00:00Z'), 7))).toEqual([
        '2027-01-30T12:00:00Z',
        '2027-01-31T12:00:00Z',
        '2027-03-29T12:00:00Z',
        '2027-03-30T12:00:00Z',
        '2027-03-31T12:00:00Z',
        '2027-04-29T12:00:00Z',
        '2027-04-30T12:00:00Z',
      ]);
      expect(iso(nextRuns(s, new Date('2028-02-01T00:00:00Z'), 2))).toEqual([
        '2028-02-29T12:00:00Z',
        '2028-03-29T12:00:00Z',
      ]);
    });

    it('the seed schedule (type 6, 25 and 28) runs on those dates every month', () => {
      const s = spec({ type: 6, basic: { day: '25, 28', time: '12:00' } }, 'Asia/Seoul');
      expect(iso(nextRuns(s, new Date('2026-01-17T12:03:52Z'), 3))).toEqual([
        '2026-01-25T03:00:00Z',
        '2026-01-28T03:00:00Z',
        '2026-02-25T03:00:00Z',
      ]);
    });

    it('Feb 29 (type 11) runs only in leap years', () => {
      const s = spec({
        type: 11,
        basic: { month: 2, day: 29, time: '00:00' },
        advanced: { month: '2', day: '29', time: '12:00' },
      });
      expect(roles(nextRuns(s, new Date('2026-06-01T00:00:00Z'), 4))).toEqual([
        '2028-02-29T00:00 basic',
        '2028-02-29T12:00 advanced',
        '2032-02-29T00:00 basic',
        '2032-02-29T12:00 advanced',
      ]);
    });

    it('week 5 is the last such weekday; weeks 4 and 5 naming the same day run once', () => {
      const last = spec({ type: 5, basic: { week: '5', day: 'fri', time: '09:00' } });
      expect(iso(nextRuns(last, new Date('2026-01-01T00:00:00Z'), 5)).map((t) => t.slice(0, 10))).toEqual([
        '2026-01-30',
        '2026-02-27',
        '2026-03-27',
        '2026-04-24',
        '2026-05-29',
      ]);
      const fourthAndLast = spec({ type: 5, basic: { week: '4,5', day: 'fri', time: '09:00' } });
      expect(iso(nextRuns(fourthAndLast, new Date('2026-01-01T00:00:00Z'), 4)).map((t) => t.slice(0, 10))).toEqual([
        '2026-01-23',
        '2026-01-30',
        '2026-02-27',
        '2026-03-27',
      ]);
    });

    it('first and third Monday and Thursday', () => {
      const s = spec({ type: 5, basic: { week: '1,3', day: 'thu,mon', time: '09:00' } });
      expect(iso(nextRuns(s, new Date('2026-02-01T00:00:00Z'), 4)).map((t) => t.slice(0, 10))).toEqual([
        '2026-02-02',
        '2026-02-05',
        '2026-02-16',
        '2026-02-19',
      ]);
    });

    it('month ends: Jan 31 is followed by the 31st of March, May …', () => {
      const s = spec({ type: 9, basic: { day: '31', time: '23:59' }, advanced: { day: '30', time: '23:59' } });
      expect(roles(nextRuns(s, new Date('2026-01-31T00:00:00Z'), 5))).toEqual([
        '2026-01-31T23:59 basic',
        '2026-03-30T23:59 advanced',
        '2026-03-31T23:59 basic',
        '2026-04-30T23:59 advanced',
        '2026-05-30T23:59 advanced',
      ]);
    });

    it('once (type 0) yields its instant only while it is ahead', () => {
      const s = spec({ type: 0, basic: { year: 2026, month: 1, day: 20, time: '14:30' } }, 'Asia/Seoul');
      expect(iso(nextRuns(s, new Date('2026-01-01T00:00:00Z'), 5))).toEqual(['2026-01-20T05:30:00Z']);
      expect(nextRuns(s, new Date('2026-01-20T05:30:00Z'), 5)).toEqual([]);
      expect(nextRunAt(s, new Date('2027-01-01T00:00:00Z'))).toBeUndefined();
    });

    it('runs are strictly after from', () => {
      const s = spec({ type: 3, basic: { time: '10:00' } });
      expect(iso(nextRuns(s, new Date('2026-01-01T10:00:00Z'), 1))).toEqual(['2026-01-02T10:00:00Z']);
      expect(nextRunAt(s, new Date('2026-01-01T09:59:59Z'))?.toISOString()).toBe('2026-01-01T10:00:00.000Z');
      expect(nextRuns(s, new Date(), 0)).toEqual([]);
    });
  });

  describe('smart schedules merge basic (full) and advanced (incremental) runs', () => {
    it('type 7: the seed-style example; a shared instant is listed once, as basic', () => {
      const s = spec({
        type: 7,
        basic: { day: 'mon', time: '01:00' },
        advanced: { day: 'mon,tue,fri', time: '01:00' },
      });
      expect(roles(nextRuns(s, new Date('2026-01-04T00:00:00Z'), 5))).toEqual([
        '2026-01-05T01:00 basic',
        '2026-01-06T01:00 advanced',
        '2026-01-09T01:00 advanced',
        '2026-01-12T01:00 basic',
        '2026-01-13T01:00 advanced',
      ]);
    });

    it('type 10: January full, quarterly incrementals', () => {
      const s = spec({
        type: 10,
        basic: { month: '1', week: '1', day: 'mon', time: '04:00' },
        advanced: { month: '1,4,7,10', week: '2,4', day: 'wed, fri', time: '16:00' },
      });
      expect(roles(nextRuns(s, new Date('2026-01-01T00:00:00Z'), 6))).toEqual([
        '2026-01-05T04:00 basic',
        '2026-01-09T16:00 advanced',
        '2026-01-14T16:00 advanced',
        '2026-01-23T16:00 advanced',
        '2026-01-28T16:00 advanced',
        '2026-04-08T16:00 advanced',
      ]);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Property: runs are strictly increasing, after `from`, each matches the schedule; in a zone
// without DST nothing that matches is skipped.

const ZONES = ['UTC', 'America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'Asia/Seoul', 'America/Santiago'];

/** An independent statement of "does this calendar date belong to the schedule half". */
function dayMatches(type: ScheduleType, f: ScheduleFields, y: number, m: number, d: number): boolean {
  const weekday = WEEKDAYS[isoWeekday(y, m, d) - 1];
  const nth = Math.ceil(d / 7);
  const isLast = d + 7 > daysInMonth(y, m);
  const weekOk = () => f.weekdays!.includes(weekday) && (f.weeks!.includes(nth) || (f.weeks!.includes(5) && isLast));
  switch (type) {
    case 0:
      return y === f.year && m === f.months![0] && d === f.dates![0];
    case 1:
    case 2:
    case 3:
      return true;
    case 4:
    case 7:
      return f.weekdays!.includes(weekday);
    case 5:
    case 8:
      return weekOk();
    case 10:
      return f.months!.includes(m) && weekOk();
    case 6:
    case 9:
      return f.dates!.includes(d);
    case 11:
      return f.months!.includes(m) && f.dates!.includes(d);
  }
}

function wallMinutes(type: ScheduleType, f: ScheduleFields): number[] {
  const { hour, minute } = clockOf(f.time);
  const step = type === 1 ? f.intervalMinutes! : type === 2 ? f.intervalHours! * 60 : 1440;
  const out: number[] = [];
  for (let t = hour * 60 + minute; t < 1440; t += step) out.push(t);
  return out;
}

const MIN = 60_000;

/** Does `run` fire the schedule: its wall time is wanted on a wanted date, or it ends a DST gap that swallowed one. */
function runMatches(s: ScheduleSpec, run: ScheduleRun): boolean {
  const zone = IANAZone.create(s.timezone);
  const f = run.role === 'basic' ? s.basic : s.advanced!;
  const t = run.at.getTime();
  const local = localTimeOf(zone, run.at);
  const minutes = wallMinutes(s.type, f);
  const reading = (ms: number) => ms + zone.offset(ms) * MIN;
  if (dayMatches(s.type, f, local.year, local.month, local.day) && minutes.includes(local.hour * 60 + local.minute)) {
    // First occurrence: the same wall reading did not already happen up to 3 hours earlier.
    return [30, 60, 90, 120, 180].every((d) => reading(t - d * MIN) !== reading(t));
  }
  // Gap end: the clock jumped at `t`, over a wanted wall time of a wanted date.
  const before = reading(t - 1);
  const after = reading(t);
  if (after - before <= 1) return false;
  for (let wall = Math.ceil(before / MIN) * MIN; wall < after; wall += MIN) {
    const d = new Date(wall);
    const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
    if (dayMatches(s.type, f, y, m, day) && minutes.includes(d.getUTCHours() * 60 + d.getUTCMinutes())) return true;
  }
  return false;
}

const list = <T>(values: readonly T[], single: boolean) =>
  single
    ? fc.constantFrom(...values).map((v) => String(v))
    : fc
        .subarray([...values], { minLength: 1 })
        .chain((v) => fc.shuffledSubarray(v, { minLength: v.length, maxLength: v.length }))
        .map((v) => v.join(', '));
const DAYS = Array.from({ length: 31 }, (_, i) => i + 1);
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const time = fc
  .oneof(
    fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })),
    fc.tuple(fc.constantFrom(0, 1, 2, 3), fc.constantFrom(0, 15, 30, 59)),
  )
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

function half(type: number, single: boolean): fc.Arbitrary<Record<string, unknown>> {
  const weekdays = list(WEEKDAYS, single);
  const weeks = list([1, 2, 3, 4, 5], single);
  const dates = list(DAYS, single);
  const months = list(MONTHS, single);
  switch (type) {
    case 0:
      return fc
        .record({
          date: fc.date({
            min: new Date('2020-01-01T00:00:00Z'),
            max: new Date('2035-12-31T00:00:00Z'),
            noInvalidDate: true,
          }),
          time,
        })
        .map(({ date, time }) => ({
          year: date.getUTCFullYear(),
          month: date.getUTCMonth() + 1,
          day: date.getUTCDate(),
          time,
        }));
    case 1:
      return fc.record({ time, interval: fc.record({ minute: fc.integer({ min: 1, max: 900 }) }) });
    case 2:
      return fc.record({ time, interval: fc.record({ hour: fc.integer({ min: 1, max: 30 }) }) });
    case 3:
      return fc.record({ time });
    case 4:
    case 7:
      return fc.record({ day: weekdays, time });
    case 5:
    case 8:
      return fc.record({ week: weeks, day: weekdays, time });
    case 6:
    case 9:
      return fc.record({ day: dates, time });
    case 10:
      return fc.record({ month: months, week: weeks, day: weekdays, time });
    default:
      return fc.record({ month: months, day: dates, time });
  }
}

const body = fc
  .integer({ min: 0, max: 11 })
  .chain((type) =>
    type >= 7
      ? fc.record({ type: fc.constant(type), basic: half(type, true), advanced: half(type, false) })
      : fc.record({ type: fc.constant(type), basic: half(type, false) }),
  );

/** A start instant, often just before a DST change of 2026–2027 in one of the zones. */
const from = fc.oneof(
  fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }),
  fc
    .tuple(
      fc.constantFrom(
        '2026-03-08T07:00:00Z',
        '2026-11-01T06:00:00Z',
        '2026-03-29T01:00:00Z',
        '2026-10-25T01:00:00Z',
        '2026-10-03T15:30:00Z',
        '2026-09-06T04:00:00Z',
        '2027-04-04T03:00:00Z',
      ),
      fc.integer({ min: -72 * 60, max: 6 * 60 }),
    )
    .map(([iso, minutes]) => new Date(Date.parse(iso) + minutes * MIN)),
);

function tryParse(raw: unknown, zone: string): ScheduleSpec | undefined {
  try {
    return parseScheduleInput(raw, { fieldPath: 'schedule', defaultTimezone: zone });
  } catch {
    return undefined;
  }
}

describe('nextRuns — properties', () => {
  it('runs are strictly increasing, after from, and each matches the schedule', () => {
    fc.assert(
      fc.property(body, fc.constantFrom(...ZONES), from, fc.integer({ min: 1, max: 40 }), (raw, zone, start, count) => {
        const s = tryParse(raw, zone);
        fc.pre(s !== undefined);
        const runs = nextRuns(s!, start, count);
        expect(runs.length).toBeLessThanOrEqual(count);
        if (s!.type !== 0) expect(runs.length).toBe(count);
        runs.forEach((run, i) => {
          expect(run.at.getTime()).toBeGreaterThan(i === 0 ? start.getTime() : runs[i - 1].at.getTime());
          if (!runMatches(s!, run))
            throw new Error(`${run.at.toISOString()} (${run.role}) does not match ${JSON.stringify(s)}`);
          if (s!.type < 7) expect(run.role).toBe('basic');
        });
      }),
      { numRuns: 400 },
    );
  });

  it('in UTC nothing matching is skipped between from and the last run', () => {
    fc.assert(
      fc.property(
        body.filter((b) => b.type !== 1),
        from,
        fc.integer({ min: 1, max: 12 }),
        (raw, start, count) => {
          const s = tryParse(raw, 'UTC');
          fc.pre(s !== undefined);
          const runs = nextRuns(s!, start, count);
          if (runs.length === 0) return;
          const end = runs[runs.length - 1].at.getTime();
          const expected: string[] = [];
          const first = new Date(start);
          for (
            let day = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), first.getUTCDate());
            day <= end;
            day += 86_400_000
          ) {
            const d = new Date(day);
            for (const [role, f] of [
              ['basic', s!.basic],
              ['advanced', s!.advanced],
            ] as const) {
              if (!f || !dayMatches(s!.type, f, d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())) continue;
              for (const minute of wallMinutes(s!.type, f)) {
                const at = day + minute * MIN;
                if (at > start.getTime() && at <= end) expected.push(`${new Date(at).toISOString()} ${role}`);
              }
            }
          }
          // Where basic and advanced share an instant, basic is listed.
          const wanted = [...new Set(expected.map((e) => e.slice(0, 24)))]
            .sort()
            .map((at) => (expected.includes(`${at} basic`) ? `${at} basic` : `${at} advanced`));
          expect(runs.map((r) => `${r.at.toISOString()} ${r.role}`)).toEqual(wanted);
        },
      ),
      { numRuns: 200 },
    );
  });
});
