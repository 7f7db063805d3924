import { describe, expect, it } from 'vitest';
import { daysCovered, exceedsStayCap, latestEndWithinCap, maxDaysInAnyWindow, type DatePeriod } from '../src/calendar';
import { PermitLifecycleError } from '../src';

const fiveInTwelve = { months: 5, perMonths: 12 };

describe('daysCovered', () => {
  it('counts overlapping days once and clips to the window', () => {
    const periods: DatePeriod[] = [
      { from: '2026-01-01', to: '2026-01-10' },
      { from: '2026-01-06', to: '2026-01-20' },
    ];
    expect(daysCovered(periods, { from: '2026-01-01', to: '2026-12-31' })).toBe(20);
    expect(daysCovered(periods, { from: '2026-01-15', to: '2026-01-31' })).toBe(6);
    expect(daysCovered(periods, { from: '2026-02-01', to: '2026-02-28' })).toBe(0);
    expect(daysCovered([], { from: '2026-02-01', to: '2026-02-28' })).toBe(0);
  });

  it('counts a leap day', () => {
    expect(daysCovered([{ from: '2028-02-01', to: '2028-03-31' }], { from: '2028-01-01', to: '2028-12-31' })).toBe(60);
  });

  it('refuses reversed periods and windows', () => {
    expect(() => daysCovered([{ from: '2026-02-01', to: '2026-01-31' }], { from: '2026-01-01', to: '2026-12-31' })).toThrow(PermitLifecycleError);
    expect(() => daysCovered([], { from: '2026-12-31', to: '2026-01-01' })).toThrow(PermitLifecycleError);
  });
});

describe('maxDaysInAnyWindow', () => {
  it('returns no window for no periods', () => {
    expect(maxDaysInAnyWindow([], 12)).toEqual({ days: 0, window: null });
  });

  it('adds two stays in one year', () => {
    const stays: DatePeriod[] = [
      { from: '2026-01-01', to: '2026-02-28' }, // 59 days
      { from: '2026-06-01', to: '2026-07-31' }, // 61 days
    ];
    expect(maxDaysInAnyWindow(stays, 12)).toEqual({ days: 120, window: { from: '2026-01-01', to: '2026-12-31' } });
  });

  it('handles stays straddling a window boundary', () => {
    const stays: DatePeriod[] = [
      { from: '2025-10-01', to: '2026-01-31' }, // 123 days
      { from: '2026-09-01', to: '2026-10-31' }, // 61 days
    ];
    // From 2025-10-01 to 2026-09-30: 123 + 30 = 153 (tied with the window from 2025-11-01: 92 + 61).
    expect(maxDaysInAnyWindow(stays, 12)).toEqual({ days: 153, window: { from: '2025-10-01', to: '2026-09-30' } });
    // Six-month windows never see both stays.
    expect(maxDaysInAnyWindow(stays, 6)).toEqual({ days: 123, window: { from: '2025-10-01', to: '2026-03-31' } });
  });

  it('tries the first day of a month inside a stay, not only the stays\' first days', () => {
    // One-month window from 20 Feb ends 19 Mar (28 days); the one from 1 Mar covers all of March.
    expect(maxDaysInAnyWindow([{ from: '2026-02-20', to: '2026-03-31' }], 1)).toEqual({
      days: 31,
      window: { from: '2026-03-01', to: '2026-03-31' },
    });
  });

  it('refuses a non-positive window', () => {
    expect(() => maxDaysInAnyWindow([], 0)).toThrow(PermitLifecycleError);
  });
});

describe('exceedsStayCap', () => {
  it('allows exactly five months from the first day', () => {
    expect(exceedsStayCap([{ from: '2026-04-01', to: '2026-08-31' }], fiveInTwelve)).toBe(false);
    expect(exceedsStayCap([{ from: '2026-04-01', to: '2026-09-01' }], fiveInTwelve)).toBe(true);
  });

  it('adds stays in the same window', () => {
    const stays: DatePeriod[] = [
      { from: '2026-01-01', to: '2026-02-28' },
      { from: '2026-06-01', to: '2026-08-31' },
    ];
    // 59 + 92 = 151 = days of January to May 2026
    expect(exceedsStayCap(stays, fiveInTwelve)).toBe(false);
    expect(exceedsStayCap([...stays, { from: '2026-12-31', to: '2026-12-31' }], fiveInTwelve)).toBe(true);
    // The same day a year later falls outside the window from 2026-01-01, and other windows hold fewer days.
    expect(exceedsStayCap([...stays, { from: '2027-01-01', to: '2027-01-01' }], fiveInTwelve)).toBe(false);
  });

  it('catches stays straddling a window boundary', () => {
    const stays: DatePeriod[] = [
      { from: '2025-10-01', to: '2026-01-31' },
      { from: '2026-09-01', to: '2026-10-31' },
    ];
    // Window from 2025-10-01 holds 153 days; five months from 1 October are 151.
    expect(exceedsStayCap(stays, fiveInTwelve)).toBe(true);
    expect(exceedsStayCap(stays, { months: 6, perMonths: 12 })).toBe(false);
  });

  it('tests only windows starting on a stay\'s first day', () => {
    const stays: DatePeriod[] = [
      { from: '2026-01-01', to: '2026-03-31' },
      { from: '2026-11-01', to: '2027-02-28' },
    ];
    expect(exceedsStayCap(stays, fiveInTwelve)).toBe(false);
    // The window from 1 February holds 151 days, one more than 1 February to 30 June.
    expect(daysCovered(stays, { from: '2026-02-01', to: '2027-01-31' })).toBe(151);
  });

  it('refuses an invalid cap', () => {
    expect(() => exceedsStayCap([], { months: 0, perMonths: 12 })).toThrow(PermitLifecycleError);
    expect(() => exceedsStayCap([], { months: 13, perMonths: 12 })).toThrow(PermitLifecycleError);
  });
});

describe('latestEndWithinCap', () => {
  it('gives five months with no prior stay', () => {
    expect(latestEndWithinCap([], '2026-04-01', fiveInTwelve)).toBe('2026-08-31');
    expect(latestEndWithinCap([], '2026-01-31', { months: 1, perMonths: 12 })).toBe('2026-02-27');
  });

  it('subtracts earlier stays in the same window', () => {
    const stays: DatePeriod[] = [
      { from: '2026-01-01', to: '2026-02-28' },
      { from: '2026-06-01', to: '2026-07-31' },
    ];
    // Window from 2026-01-01: 120 days used, 151 allowed, so 31 days from 1 September.
    expect(latestEndWithinCap(stays, '2026-09-01', fiveInTwelve)).toBe('2026-10-01');
    // After that window, the 61 days of June and July still count in the window from 1 June 2026,
    // which allows 153 days (1 June to 31 October): 92 days from 1 January 2027.
    expect(latestEndWithinCap(stays, '2027-01-01', fiveInTwelve)).toBe('2027-04-02');
  });

  it('is limited by a later stay already booked', () => {
    // A stay booked from 1 June 2026 (92 days to 31 August). A new stay from 1 March:
    // the window from 1 March allows 153 days (1 March to 31 July).
    const booked: DatePeriod[] = [{ from: '2026-06-01', to: '2026-08-31' }];
    expect(latestEndWithinCap(booked, '2026-03-01', fiveInTwelve)).toBe('2026-04-30');
  });

  it('returns null when the cap is already used up', () => {
    const full: DatePeriod[] = [{ from: '2026-01-01', to: '2026-05-31' }];
    expect(latestEndWithinCap(full, '2026-07-01', fiveInTwelve)).toBeNull();
    expect(latestEndWithinCap(full, '2027-01-01', fiveInTwelve)).toBe('2027-05-31');
  });
});
