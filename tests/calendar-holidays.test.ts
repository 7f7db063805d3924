import { describe, expect, it } from 'vitest';
import { easterSunday, isLuxembourgLegalHoliday, luxembourgLegalHolidays } from '../src/calendar';
import { PermitLifecycleError } from '../src';

describe('easterSunday', () => {
  it.each([
    [1900, '1900-04-15'],
    [1943, '1943-04-25'],
    [1954, '1954-04-18'],
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('Easter %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('refuses years outside 1900..2999', () => {
    expect(() => easterSunday(1899)).toThrow(PermitLifecycleError);
    expect(() => easterSunday(3000)).toThrow(PermitLifecycleError);
    expect(() => easterSunday(2026.5)).toThrow(PermitLifecycleError);
  });
});

describe('luxembourgLegalHolidays', () => {
  it('lists 2026 in full, sorted', () => {
    expect(luxembourgLegalHolidays(2026)).toEqual([
      { date: '2026-01-01', name: "New Year's Day" },
      { date: '2026-04-06', name: 'Easter Monday' },
      { date: '2026-05-01', name: 'Labour Day' },
      { date: '2026-05-09', name: 'Europe Day' },
      { date: '2026-05-14', name: 'Ascension Day' },
      { date: '2026-05-25', name: 'Whit Monday' },
      { date: '2026-06-23', name: 'National Day' },
      { date: '2026-08-15', name: 'Assumption Day' },
      { date: '2026-11-01', name: "All Saints' Day" },
      { date: '2026-12-25', name: 'Christmas Day' },
      { date: '2026-12-26', name: "St Stephen's Day" },
    ]);
  });

  it('lists 2027 in full, sorted (Ascension before Europe Day)', () => {
    expect(luxembourgLegalHolidays(2027)).toEqual([
      { date: '2027-01-01', name: "New Year's Day" },
      { date: '2027-03-29', name: 'Easter Monday' },
      { date: '2027-05-01', name: 'Labour Day' },
      { date: '2027-05-06', name: 'Ascension Day' },
      { date: '2027-05-09', name: 'Europe Day' },
      { date: '2027-05-17', name: 'Whit Monday' },
      { date: '2027-06-23', name: 'National Day' },
      { date: '2027-08-15', name: 'Assumption Day' },
      { date: '2027-11-01', name: "All Saints' Day" },
      { date: '2027-12-25', name: 'Christmas Day' },
      { date: '2027-12-26', name: "St Stephen's Day" },
    ]);
  });

  it('has no Europe Day before 2019', () => {
    const dates2018 = luxembourgLegalHolidays(2018).map((holiday) => holiday.date);
    expect(dates2018).toEqual([
      '2018-01-01',
      '2018-04-02',
      '2018-05-01',
      '2018-05-10',
      '2018-05-21',
      '2018-06-23',
      '2018-08-15',
      '2018-11-01',
      '2018-12-25',
      '2018-12-26',
    ]);
    expect(luxembourgLegalHolidays(2019).map((holiday) => holiday.name)).toContain('Europe Day');
  });

  it('keeps both holidays when they coincide (Ascension Day on Europe Day, 2024)', () => {
    const may9 = luxembourgLegalHolidays(2024).filter((holiday) => holiday.date === '2024-05-09');
    expect(may9.map((holiday) => holiday.name)).toEqual(['Europe Day', 'Ascension Day']);
    expect(luxembourgLegalHolidays(2024)).toHaveLength(11);
  });

  it('refuses years outside 1900..2999', () => {
    expect(() => luxembourgLegalHolidays(1899)).toThrow(PermitLifecycleError);
    expect(() => luxembourgLegalHolidays(3000)).toThrow(PermitLifecycleError);
  });
});

describe('isLuxembourgLegalHoliday', () => {
  it('recognises holidays and ordinary days', () => {
    expect(isLuxembourgLegalHoliday('2026-06-23')).toBe(true);
    expect(isLuxembourgLegalHoliday('2026-04-06')).toBe(true);
    expect(isLuxembourgLegalHoliday('2026-04-05')).toBe(false); // Easter Sunday is a Sunday, not a listed holiday
    expect(isLuxembourgLegalHoliday('2026-04-03')).toBe(false); // Good Friday is not a legal holiday
    expect(isLuxembourgLegalHoliday('2026-05-09')).toBe(true);
    expect(isLuxembourgLegalHoliday('2018-05-09')).toBe(false);
    expect(isLuxembourgLegalHoliday('2026-12-24')).toBe(false);
    expect(isLuxembourgLegalHoliday('2026-12-26')).toBe(true);
  });

  it('gives the same answer when asked again (memoised per year)', () => {
    expect(isLuxembourgLegalHoliday('2027-05-06')).toBe(true);
    expect(isLuxembourgLegalHoliday('2027-05-06')).toBe(true);
    expect(isLuxembourgLegalHoliday('2027-05-07')).toBe(false);
  });

  it('refuses invalid dates', () => {
    expect(() => isLuxembourgLegalHoliday('2026-02-30')).toThrow(PermitLifecycleError);
    expect(() => isLuxembourgLegalHoliday('2026-6-23')).toThrow(PermitLifecycleError);
  });
});
