import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addWorkingDays,
  daysBetween,
  daysCovered,
  dayOfWeek,
  easterSunday,
  exceedsStayCap,
  isoDateSchema,
  isWorkingDay,
  lastDayOfPeriod,
  latestEndWithinCap,
  luxembourgLegalHolidays,
  maxDaysInAnyWindow,
  toIsoDate,
  type DatePeriod,
  type IsoDate,
  type WorkingDayKind,
} from '../src/calendar';

const DAY_MS = 86_400_000;
const BASE_MS = Date.UTC(1950, 0, 1);
const MAX_OFFSET = 200 * 365; // up to about 2149
// Shifts of up to ±18,000 days (about 49 years) stay inside the supported years 1900..2999.

/** Days since 1950-01-01 to IsoDate, computed independently of the library. */
function dateAt(offset: number): IsoDate {
  return new Date(BASE_MS + offset * DAY_MS).toISOString().slice(0, 10) as IsoDate;
}

const dateArb = fc.integer({ min: 0, max: MAX_OFFSET }).map(dateAt);
const kindArb = fc.constantFrom<WorkingDayKind>('joursOuvrables', 'joursOuvres');

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

function parts(date: IsoDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Easter by a different method (the one in Python's dateutil, after Oudin), as an oracle. */
function easterOracle(year: number): IsoDate {
  const g = year % 19;
  const c = Math.floor(year / 100);
  const h = (((c - Math.floor(c / 4) - Math.floor((8 * c + 13) / 25) + 19 * g + 15) % 30) + 30) % 30;
  const i = h - Math.floor(h / 28) * (1 - Math.floor(h / 28) * Math.floor(29 / (h + 1)) * Math.floor((21 - g) / 11));
  const j = (((year + Math.floor(year / 4) + i + 2 - c + Math.floor(c / 4)) % 7) + 7) % 7;
  const p = i - j;
  const day = 1 + ((p + 27 + Math.floor((p + 6) / 40)) % 31);
  const month = 3 + Math.floor((p + 26) / 30);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as IsoDate;
}

/** Up to `max` periods within about `spanDays` days after 2020-01-01, each 1..`maxLength` days long. */
function periodsArb(max: number, spanDays: number, maxLength: number): fc.Arbitrary<DatePeriod[]> {
  const base = 70 * 365; // about 2020
  return fc.array(
    fc.record({ start: fc.integer({ min: 0, max: spanDays }), length: fc.integer({ min: 1, max: maxLength }) }),
    { maxLength: max },
  ).map((specs) => specs.map(({ start, length }) => ({ from: dateAt(base + start), to: dateAt(base + start + length - 1) })));
}

describe('date arithmetic properties', () => {
  it('addDays(addDays(d, n), -n) === d', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -18_000, max: 18_000 }), (d, n) => {
        expect(addDays(addDays(d, n), -n)).toBe(d);
      }),
    );
  });

  it('daysBetween(d, addDays(d, n)) === n, and addDays agrees with UTC milliseconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_OFFSET }), fc.integer({ min: -18_000, max: 18_000 }), (offset, n) => {
        const d = dateAt(offset);
        expect(daysBetween(d, addDays(d, n))).toBe(n);
        expect(addDays(d, n)).toBe(dateAt(offset + n));
      }),
    );
  });

  it('addMonths moves exactly n months and keeps the day or clamps it to the month end', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -600, max: 600 }), (d, n) => {
        const before = parts(d);
        const after = parts(addMonths(d, n));
        expect(after.year * 12 + after.month - (before.year * 12 + before.month)).toBe(n);
        expect(after.day).toBeLessThanOrEqual(before.day);
        expect(after.day).toBe(Math.min(before.day, daysInMonth(after.year, after.month - 1)));
      }),
    );
  });

  it('addMonths(d, n) does not decrease when d increases', () => {
    fc.assert(
      fc.property(dateArb, dateArb, fc.integer({ min: -120, max: 120 }), (x, y, n) => {
        const [early, late] = x <= y ? [x, y] : [y, x];
        expect(addMonths(early, n) <= addMonths(late, n)).toBe(true);
      }),
    );
  });

  it('lastDayOfPeriod agrees with the month-end rule written with Date.UTC', () => {
    // Independent formulation: the validity covers every day before the start day number
    // N months on; when that month has no such day, it covers the whole of that month.
    function expectedLastDay(start: IsoDate, months: number, days: number): IsoDate {
      const [y, m, d] = start.split('-').map(Number) as [number, number, number];
      const targetMonthLength = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
      const dayAfterMonths =
        months === 0 ? Date.UTC(y, m - 1, d) : d > targetMonthLength ? Date.UTC(y, m - 1 + months + 1, 1) : Date.UTC(y, m - 1 + months, d);
      return new Date(dayAfterMonths + (days - 1) * DAY_MS).toISOString().slice(0, 10) as IsoDate;
    }
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 400 }), (start, months, days) => {
        fc.pre(months + days > 0);
        expect(lastDayOfPeriod(start, { months, days })).toBe(expectedLastDay(start, months, days));
        if (months % 12 === 0 && months > 0) expect(lastDayOfPeriod(start, { years: months / 12, days })).toBe(expectedLastDay(start, months, days));
      }),
      { numRuns: 2000 },
    );
  });

  it('isoDateSchema accepts every toIsoDate output, whatever the time of day', () => {
    fc.assert(
      fc.property(fc.integer({ min: BASE_MS, max: BASE_MS + MAX_OFFSET * DAY_MS + DAY_MS - 1 }), (ms) => {
        const date = toIsoDate(new Date(ms));
        expect(isoDateSchema.safeParse(date).success).toBe(true);
        expect(date).toBe(new Date(ms).toISOString().slice(0, 10));
      }),
    );
  });
});

describe('working-day properties', () => {
  it('addWorkingDays lands strictly later on a working day, after exactly count working days', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 40 }), kindArb, (start, count, kind) => {
        const result = addWorkingDays(start, count, kind);
        expect(result > start).toBe(true);
        expect(isWorkingDay(result, kind)).toBe(true);
        let counted = 0;
        for (let day = addDays(start, 1); day <= result; day = addDays(day, 1)) if (isWorkingDay(day, kind)) counted += 1;
        expect(counted).toBe(count);
      }),
    );
  });
});

describe('holiday properties', () => {
  const yearArb = fc.integer({ min: 1900, max: 2999 });

  it('every holiday is in its year, sorted, 11 a year from 2019 and 10 before', () => {
    fc.assert(
      fc.property(yearArb, (year) => {
        const holidays = luxembourgLegalHolidays(year);
        expect(holidays).toHaveLength(year >= 2019 ? 11 : 10);
        const dates = holidays.map((holiday) => holiday.date);
        for (const date of dates) expect(date.slice(0, 4)).toBe(String(year));
        expect([...dates].sort()).toEqual(dates);
        expect(holidays.some((holiday) => holiday.name === 'Europe Day' && holiday.date === `${year}-05-09`)).toBe(year >= 2019);
      }),
    );
  });

  it('easterSunday is a Sunday between 22 March and 25 April, and agrees with a second algorithm', () => {
    fc.assert(
      fc.property(yearArb, (year) => {
        const easter = easterSunday(year);
        expect(dayOfWeek(easter)).toBe(0);
        expect(easter >= `${year}-03-22` && easter <= `${year}-04-25`).toBe(true);
        expect(easter).toBe(easterOracle(year));
      }),
      { numRuns: 500 },
    );
  });
});

describe('rolling-window properties', () => {
  it('maxDaysInAnyWindow is at least the days of every window, and its window holds that many', () => {
    fc.assert(
      fc.property(periodsArb(4, 900, 200), fc.integer({ min: 1, max: 24 }), fc.integer({ min: -400, max: 1200 }), (periods, months, shift) => {
        const best = maxDaysInAnyWindow(periods, months);
        const starts = periods.map((period) => period.from);
        starts.push(addDays('2020-01-01', shift)); // any window, not only those starting on a period
        for (const from of starts) {
          expect(best.days).toBeGreaterThanOrEqual(daysCovered(periods, { from, to: lastDayOfPeriod(from, { months }) }));
        }
        if (best.window === null) {
          expect(periods).toHaveLength(0);
        } else {
          expect(best.window.to).toBe(lastDayOfPeriod(best.window.from, { months }));
          expect(daysCovered(periods, best.window)).toBe(best.days);
        }
      }),
    );
  });

  it('maxDaysInAnyWindow equals a brute-force maximum over every window start', () => {
    fc.assert(
      fc.property(periodsArb(3, 300, 90), fc.integer({ min: 1, max: 4 }), (periods, months) => {
        fc.pre(periods.length > 0);
        const first = periods.reduce((min, period) => (period.from < min ? period.from : min), '2999-12-31' as IsoDate);
        const last = periods.reduce((max, period) => (period.to > max ? period.to : max), '1900-01-01' as IsoDate);
        let brute = 0;
        for (let from = addDays(first, -130); from <= last; from = addDays(from, 1)) {
          brute = Math.max(brute, daysCovered(periods, { from, to: lastDayOfPeriod(from, { months }) }));
        }
        expect(maxDaysInAnyWindow(periods, months).days).toBe(brute);
      }),
      { numRuns: 60 },
    );
  });

  it('latestEndWithinCap gives the last end that keeps within the cap', () => {
    const capArb = fc
      .integer({ min: 1, max: 9 })
      .chain((months) => fc.record({ months: fc.constant(months), perMonths: fc.integer({ min: months, max: 24 }) }));
    fc.assert(
      fc.property(periodsArb(3, 700, 150), fc.integer({ min: 0, max: 900 }), capArb, (periods, startShift, cap) => {
        const start = addDays('2020-01-01', startShift);
        const end = latestEndWithinCap(periods, start, cap);
        if (end === null) {
          expect(exceedsStayCap([...periods, { from: start, to: start }], cap)).toBe(true);
          return;
        }
        const upper = lastDayOfPeriod(start, { months: cap.months });
        expect(end >= start && end <= upper).toBe(true);
        expect(exceedsStayCap([...periods, { from: start, to: end }], cap)).toBe(false);
        if (end !== upper) {
          expect(exceedsStayCap([...periods, { from: start, to: addDays(end, 1) }], cap)).toBe(true);
        }
      }),
    );
  });
});
