import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareDates,
  dayOfWeek,
  fromIsoDate,
  isAfter,
  isBefore,
  isIsoDate,
  isOnOrAfter,
  isOnOrBefore,
  isoDateSchema,
  maxDate,
  minDate,
  toIsoDate,
} from '../src/calendar';
import type { IsoDate } from '../src';
import { PermitLifecycleError } from '../src';

function issues(value: unknown): string[] {
  const result = isoDateSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('isoDateSchema', () => {
  it.each(['2026-06-23', '2028-02-29', '2000-02-29', '1900-01-01', '2999-12-31', '2026-12-31'])('accepts %s', (date) => {
    expect(isoDateSchema.parse(date)).toBe(date);
    expect(isIsoDate(date)).toBe(true);
  });

  it.each(['2026-02-29', '1900-02-29', '2100-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-01-00', '2026-01-32'])(
    'refuses %s as not a real calendar date',
    (date) => {
      expect(issues(date)).toEqual(['not a real calendar date']);
      expect(isIsoDate(date)).toBe(false);
    },
  );

  it.each(['2026-1-1', '2026-01-1', '26-01-01', '2026/01/01', ' 2026-01-01', '2026-01-01T00:00:00Z', '', '20260101'])(
    'refuses %j as malformed',
    (date) => {
      expect(issues(date)).toEqual(['expected a date as YYYY-MM-DD']);
      expect(isIsoDate(date)).toBe(false);
    },
  );

  it('refuses non-strings with the format message', () => {
    expect(issues(20260623)).toEqual(['expected a date as YYYY-MM-DD']);
    expect(issues(new Date(Date.UTC(2026, 5, 23)))).toEqual(['expected a date as YYYY-MM-DD']);
    expect(isIsoDate(null)).toBe(false);
  });

  it('refuses years outside 1900..2999', () => {
    expect(issues('1899-12-31')).toHaveLength(1);
    expect(issues('3000-01-01')).toHaveLength(1);
    expect(isIsoDate('1899-12-31')).toBe(false);
    expect(isIsoDate('3000-01-01')).toBe(false);
  });
});

describe('isIsoDate, which remembers the dates it found valid', () => {
  it('agrees with isoDateSchema on date-shaped strings, real or not, asked again and again', () => {
    const pad = (value: number, width: number): string => String(value).padStart(width, '0');
    const dateLike = fc
      .record({ year: fc.integer({ min: 1850, max: 3050 }), month: fc.integer({ min: 0, max: 13 }), day: fc.integer({ min: 0, max: 32 }) })
      .map(({ year, month, day }) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
    fc.assert(
      fc.property(fc.array(dateLike, { minLength: 1, maxLength: 8 }), (dates) => {
        for (const date of [...dates, ...dates]) expect(isIsoDate(date)).toBe(isoDateSchema.safeParse(date).success);
      }),
      { numRuns: 300 },
    );
  });
});

describe('toIsoDate / fromIsoDate', () => {
  it('reads the UTC fields', () => {
    expect(toIsoDate(new Date('2026-06-23T23:30:00Z'))).toBe('2026-06-23');
    expect(toIsoDate(new Date('2026-06-23T00:00:00-03:00'))).toBe('2026-06-23');
    expect(toIsoDate(new Date('2026-06-23T00:00:00+14:00'))).toBe('2026-06-22');
  });

  it('returns midnight UTC', () => {
    expect(fromIsoDate('2026-06-23').toISOString()).toBe('2026-06-23T00:00:00.000Z');
    expect(fromIsoDate('2028-02-29').getTime()).toBe(Date.UTC(2028, 1, 29));
  });

  it('throws a typed error (PermitLifecycleError) for invalid input', () => {
    expect(() => fromIsoDate('2026-02-30')).toThrow(PermitLifecycleError);
    expect(() => fromIsoDate('2026-2-3')).toThrow(PermitLifecycleError);
    expect(() => toIsoDate(new Date('nonsense'))).toThrow(PermitLifecycleError);
    expect(() => toIsoDate(new Date(Date.UTC(3000, 0, 1)))).toThrow(PermitLifecycleError);
  });
});

describe('comparisons', () => {
  it('compares across months and years', () => {
    expect(compareDates('2026-01-31', '2026-02-01')).toBe(-1);
    expect(compareDates('2027-01-01', '2026-12-31')).toBe(1);
    expect(compareDates('2026-06-23', '2026-06-23')).toBe(0);
    expect(['2026-03-01', '2025-12-31', '2026-02-28'].sort((a, b) => compareDates(a as IsoDate, b as IsoDate))).toEqual(['2025-12-31', '2026-02-28', '2026-03-01']);
  });

  it('answers the four predicates', () => {
    expect([isBefore('2026-01-01', '2026-01-02'), isBefore('2026-01-02', '2026-01-02')]).toEqual([true, false]);
    expect([isAfter('2026-01-03', '2026-01-02'), isAfter('2026-01-02', '2026-01-02')]).toEqual([true, false]);
    expect([isOnOrBefore('2026-01-02', '2026-01-02'), isOnOrBefore('2026-01-03', '2026-01-02')]).toEqual([true, false]);
    expect([isOnOrAfter('2026-01-02', '2026-01-02'), isOnOrAfter('2026-01-01', '2026-01-02')]).toEqual([true, false]);
  });

  it('refuses invalid dates instead of comparing strings', () => {
    expect(() => compareDates('2026-1-1', '2026-01-01')).toThrow(PermitLifecycleError);
    expect(() => isBefore('2026-02-30', '2026-03-01')).toThrow(PermitLifecycleError);
  });

  it('finds the latest and earliest date', () => {
    expect(maxDate('2026-03-01', '2027-01-01', '2026-12-31')).toBe('2027-01-01');
    expect(minDate('2026-03-01', '2027-01-01', '2025-12-31')).toBe('2025-12-31');
    expect(maxDate('2026-03-01')).toBe('2026-03-01');
    expect(() => maxDate()).toThrow(PermitLifecycleError);
    expect(() => minDate('2026-02-30')).toThrow(PermitLifecycleError);
  });
});

describe('dayOfWeek', () => {
  it('numbers Sunday 0 to Saturday 6', () => {
    expect(dayOfWeek('2026-06-21')).toBe(0);
    expect(dayOfWeek('2026-06-22')).toBe(1);
    expect(dayOfWeek('2026-06-23')).toBe(2);
    expect(dayOfWeek('2026-06-27')).toBe(6);
    expect(dayOfWeek('2000-01-01')).toBe(6);
    expect(dayOfWeek('1900-01-01')).toBe(1);
  });
});
