import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, nextWorkingDayOnOrAfter, type WorkingDayKind } from '../src/calendar';
import type { IsoDate } from '../src';
import { PermitLifecycleError } from '../src';

describe('isWorkingDay', () => {
  it.each<[string, WorkingDayKind, boolean]>([
    ['2026-06-22', 'joursOuvres', true], // Monday
    ['2026-06-22', 'joursOuvrables', true],
    ['2026-06-20', 'joursOuvres', false], // Saturday
    ['2026-06-20', 'joursOuvrables', true],
    ['2026-06-21', 'joursOuvres', false], // Sunday
    ['2026-06-21', 'joursOuvrables', false],
    ['2026-06-23', 'joursOuvres', false], // National Day, Tuesday
    ['2026-06-23', 'joursOuvrables', false],
    ['2026-12-26', 'joursOuvrables', false], // St Stephen's Day, Saturday
    ['2026-05-09', 'joursOuvrables', false], // Europe Day, Saturday
    ['2018-05-09', 'joursOuvres', true], // Wednesday, Europe Day not yet a holiday
  ])('%s is a working day (%s): %s', (date, kind, expected) => {
    expect(isWorkingDay(date as IsoDate, kind)).toBe(expected);
  });

  it('refuses unknown kinds and invalid dates', () => {
    expect(() => isWorkingDay('2026-06-22', 'weekdays' as WorkingDayKind)).toThrow(PermitLifecycleError);
    expect(() => isWorkingDay('2026-06-31', 'joursOuvres')).toThrow(PermitLifecycleError);
  });
});

describe('addWorkingDays', () => {
  it('skips the weekend and National Day (jours ouvrés)', () => {
    // Friday 19 June 2026: Mon 22 (1), Tue 23 holiday, Wed 24 (2), Thu 25 (3)
    expect(addWorkingDays('2026-06-19', 3, 'joursOuvres')).toBe('2026-06-25');
  });

  it('counts Saturdays but not Sundays or holidays (jours ouvrables)', () => {
    // Sat 20 (1), Sun 21 no, Mon 22 (2), Tue 23 holiday, Wed 24 (3)
    expect(addWorkingDays('2026-06-19', 3, 'joursOuvrables')).toBe('2026-06-24');
    expect(addWorkingDays('2026-06-18', 2, 'joursOuvrables')).toBe('2026-06-20');
    expect(addWorkingDays('2026-06-18', 2, 'joursOuvres')).toBe('2026-06-22');
  });

  it('crosses Easter Monday', () => {
    // Thursday 2 April 2026; Good Friday is a working day, Easter Monday 6 April is not.
    expect(addWorkingDays('2026-04-02', 2, 'joursOuvres')).toBe('2026-04-07');
    expect(addWorkingDays('2026-04-02', 2, 'joursOuvrables')).toBe('2026-04-04');
  });

  it('crosses Christmas and New Year', () => {
    // Wed 23 Dec 2026: Thu 24 (1), Fri 25 + Sat 26 holidays, Sun 27, Mon 28 (2), Tue 29 (3)
    expect(addWorkingDays('2026-12-23', 3, 'joursOuvrables')).toBe('2026-12-29');
    expect(addWorkingDays('2026-12-23', 3, 'joursOuvres')).toBe('2026-12-29');
    // Wed 30 Dec 2026: Thu 31 (1), Fri 1 Jan holiday, Sat 2 (ouvrable), Mon 4
    expect(addWorkingDays('2026-12-30', 2, 'joursOuvrables')).toBe('2027-01-02');
    expect(addWorkingDays('2026-12-30', 2, 'joursOuvres')).toBe('2027-01-04');
  });

  it('does not count the start day, even on a non-working day', () => {
    expect(addWorkingDays('2026-06-21', 1, 'joursOuvres')).toBe('2026-06-22');
    expect(addWorkingDays('2026-06-23', 1, 'joursOuvrables')).toBe('2026-06-24');
    expect(addWorkingDays('2026-06-22', 5, 'joursOuvres')).toBe('2026-06-30');
  });

  it('returns the start day for count 0', () => {
    expect(addWorkingDays('2026-06-23', 0, 'joursOuvres')).toBe('2026-06-23');
  });

  it('refuses negative or fractional counts and invalid dates', () => {
    expect(() => addWorkingDays('2026-06-19', -1, 'joursOuvres')).toThrow(PermitLifecycleError);
    expect(() => addWorkingDays('2026-06-19', 1.5, 'joursOuvres')).toThrow(PermitLifecycleError);
    expect(() => addWorkingDays('2026-02-30', 0, 'joursOuvres')).toThrow(PermitLifecycleError);
  });
});

describe('nextWorkingDayOnOrAfter', () => {
  it('keeps a working day', () => {
    expect(nextWorkingDayOnOrAfter('2026-06-22', 'joursOuvres')).toBe('2026-06-22');
    expect(nextWorkingDayOnOrAfter('2026-06-20', 'joursOuvrables')).toBe('2026-06-20');
  });

  it('moves past weekends and holidays', () => {
    expect(nextWorkingDayOnOrAfter('2026-06-20', 'joursOuvres')).toBe('2026-06-22');
    expect(nextWorkingDayOnOrAfter('2026-06-21', 'joursOuvrables')).toBe('2026-06-22');
    expect(nextWorkingDayOnOrAfter('2026-06-23', 'joursOuvres')).toBe('2026-06-24');
    expect(nextWorkingDayOnOrAfter('2026-12-25', 'joursOuvrables')).toBe('2026-12-28');
    expect(nextWorkingDayOnOrAfter('2027-01-01', 'joursOuvrables')).toBe('2027-01-02');
    expect(nextWorkingDayOnOrAfter('2027-01-01', 'joursOuvres')).toBe('2027-01-04');
  });
});
