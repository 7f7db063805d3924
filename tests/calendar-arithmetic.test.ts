import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addWeeks, addYears, daysBetween, deadlineAfter, lastDayOfPeriod } from '../src/calendar';
import { PermitLifecycleError } from '../src';

describe('addDays / addWeeks', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', 365)).toBe('2027-01-01');
    expect(addDays('2028-01-01', 365)).toBe('2028-12-31');
    expect(addWeeks('2026-12-24', 2)).toBe('2027-01-07');
    expect(addWeeks('2026-03-05', -1)).toBe('2026-02-26');
  });

  it('is not disturbed by daylight-saving changes (Europe: 29 March and 25 October 2026)', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
  });

  it('refuses fractional amounts and invalid dates', () => {
    expect(() => addDays('2026-01-01', 1.5)).toThrow(PermitLifecycleError);
    expect(() => addDays('2026-01-01', Number.NaN)).toThrow(PermitLifecycleError);
    expect(() => addDays('2026-02-30', 1)).toThrow(PermitLifecycleError);
    expect(() => addDays('2999-12-31', 1)).toThrow(PermitLifecycleError);
  });
});

describe('addMonths / addYears: month-end rule', () => {
  it('keeps the day number when the target month has it', () => {
    expect(addMonths('2026-01-15', 1)).toBe('2026-02-15');
    expect(addMonths('2026-01-28', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-30', 1)).toBe('2026-04-30');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('falls back to the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-01-29', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2028-01-30', 1)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
  });

  it('does not move back to the 31st after a short month', () => {
    expect(addMonths(addMonths('2026-01-31', 1), 1)).toBe('2026-03-28');
    expect(addMonths('2026-01-31', 2)).toBe('2026-03-31');
  });

  it('handles leap years in addYears', () => {
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
    expect(addYears('2096-02-29', 4)).toBe('2100-02-28');
    expect(addYears('2026-06-23', -1)).toBe('2025-06-23');
  });
});

describe('daysBetween', () => {
  it('counts signed days', () => {
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
    expect(daysBetween('2028-01-01', '2028-12-31')).toBe(365);
    expect(daysBetween('2026-03-01', '2026-02-28')).toBe(-1);
    expect(daysBetween('2026-06-23', '2026-06-23')).toBe(0);
    expect(daysBetween('1900-01-01', '2000-01-01')).toBe(36524);
  });
});

describe('lastDayOfPeriod (validity including its first day)', () => {
  it('matches the worked examples', () => {
    expect(lastDayOfPeriod('2026-04-01', { months: 5 })).toBe('2026-08-31');
    expect(lastDayOfPeriod('2026-01-01', { days: 90 })).toBe('2026-03-31');
    expect(lastDayOfPeriod('2028-01-01', { days: 90 })).toBe('2028-03-30');
    expect(lastDayOfPeriod('2026-06-23', { years: 1 })).toBe('2027-06-22');
    expect(lastDayOfPeriod('2026-06-23', { weeks: 2 })).toBe('2026-07-06');
    expect(lastDayOfPeriod('2026-06-23', { days: 1 })).toBe('2026-06-23');
  });

  it('ends a month validity on the last day of its last month when that month lacks the start day', () => {
    expect(lastDayOfPeriod('2026-01-31', { months: 1 })).toBe('2026-02-28');
    expect(lastDayOfPeriod('2026-01-29', { months: 1 })).toBe('2026-02-28');
    expect(lastDayOfPeriod('2026-01-28', { months: 1 })).toBe('2026-02-27');
    expect(lastDayOfPeriod('2028-01-31', { months: 1 })).toBe('2028-02-29');
    expect(lastDayOfPeriod('2028-01-29', { months: 1 })).toBe('2028-02-28');
    expect(lastDayOfPeriod('2026-02-01', { months: 1 })).toBe('2026-02-28');
    expect(lastDayOfPeriod('2027-08-31', { months: 6 })).toBe('2028-02-29');
    expect(lastDayOfPeriod('2028-02-29', { years: 1 })).toBe('2029-02-28');
    expect(lastDayOfPeriod('2026-03-31', { months: 1 })).toBe('2026-04-30');
    expect(lastDayOfPeriod('2026-03-30', { months: 1 })).toBe('2026-04-29');
  });

  it('applies years, months, weeks then days', () => {
    // 2027-02-28 + 1 year = 2028-02-28, + 1 month = 2028-03-28, + 1 week = 2028-04-04, + 1 day = 2028-04-05
    expect(lastDayOfPeriod('2027-02-28', { years: 1, months: 1, weeks: 1, days: 1 })).toBe('2028-04-04');
  });

  it('refuses zero, negative and fractional lengths', () => {
    expect(() => lastDayOfPeriod('2026-01-01', {})).toThrow(PermitLifecycleError);
    expect(() => lastDayOfPeriod('2026-01-01', { months: 0 })).toThrow(PermitLifecycleError);
    expect(() => lastDayOfPeriod('2026-01-01', { months: -1 })).toThrow(PermitLifecycleError);
    expect(() => lastDayOfPeriod('2026-01-01', { days: 0.5 })).toThrow(PermitLifecycleError);
  });
});

describe('deadlineAfter (time limit counted from an event)', () => {
  it('matches the worked examples', () => {
    expect(deadlineAfter('2026-01-15', { months: 3 })).toBe('2026-04-15');
    expect(deadlineAfter('2025-11-30', { months: 3 })).toBe('2026-02-28');
    expect(deadlineAfter('2026-06-19', { days: 8 })).toBe('2026-06-27');
    expect(deadlineAfter('2026-06-19', { weeks: 4 })).toBe('2026-07-17');
    expect(deadlineAfter('2028-02-29', { years: 1 })).toBe('2029-02-28');
    expect(deadlineAfter('2026-06-19', {})).toBe('2026-06-19');
  });

  it('applies years before months, so the order matters at month ends', () => {
    // years first: 2028-02-29 -> 2029-02-28 -> 2029-03-28 (months first would give 2028-03-29 -> 2029-03-29)
    expect(deadlineAfter('2028-02-29', { years: 1, months: 1 })).toBe('2029-03-28');
    // months first, then days: 2026-01-31 -> 2026-02-28 -> 2026-03-01
    expect(deadlineAfter('2026-01-31', { months: 1, days: 1 })).toBe('2026-03-01');
  });

  it('refuses invalid input', () => {
    expect(() => deadlineAfter('2026-02-30', {})).toThrow(PermitLifecycleError);
    expect(() => deadlineAfter('2026-01-01', { days: -1 })).toThrow(PermitLifecycleError);
  });
});
