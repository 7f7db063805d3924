/**
 * Day, week, month and year arithmetic on {@link IsoDate}s, and the two ways
 * the law turns a length of time into a date: a validity that includes its
 * first day ({@link lastDayOfPeriod}) and a time limit counted from an event
 * ({@link deadlineAfter}).
 *
 * Everything is integer arithmetic on the numbers of the date (day numbers
 * since 1970-01-01, months since year 0), with the same results as date-fns
 * on `UTCDate`s (tests/bench-kernel.test.ts compares them): no `Date` is
 * created, and no result depends on the process time zone.
 *
 * @module
 */
import { epochDay, epochDayOf, fromIsoDate, isoDateOf, isoDateOfEpochDay, monthLength, type IsoDate } from './iso-date';
import { refusedArguments } from '../guard';

/**
 * A length of time made of whole years, months, weeks and days (each optional,
 * each a non-negative integer), as used by {@link lastDayOfPeriod} and
 * {@link deadlineAfter}.
 *
 * @example
 * ```ts
 * const fiveMonths: PeriodLength = { months: 5 };
 * const ninetyDays: PeriodLength = { days: 90 };
 * ```
 * @category Calendar
 */
export interface PeriodLength {
  days?: number;
  weeks?: number;
  months?: number;
  years?: number;
}

function assertInteger(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${what} must be an integer, got ${String(value)}`);
  }
}

/**
 * `date` moved by whole months, the day kept or clamped to the month's last
 * day (what date-fns' `addMonths` does), on the numbers alone.
 */
function shiftMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = monthsLater(date, months);
  // Beyond what a `Date` can hold, as the `Date`-based arithmetic refused it.
  if (Math.abs(year) > MAX_DATE_YEAR) throw new RangeError('Invalid Date cannot be converted to an IsoDate');
  return isoDateOf(year, month, day);
}

/** The year, month and day `months` months after `date` (month-end rule), whatever the year. */
function monthsLater(date: IsoDate, months: number): { year: number; month: number; day: number } {
  epochDay(date); // validates
  const target = Number(date.slice(0, 4)) * 12 + (Number(date.slice(5, 7)) - 1) + months;
  const year = Math.floor(target / 12);
  const month = target - year * 12 + 1;
  return { year, month, day: Math.min(Number(date.slice(8, 10)), monthLength(year, month)) };
}

/**
 * The day number (see `epochDay`) of `addMonths(date, months)`, computed even
 * where that date would fall after the calendar's last year (2999): a window
 * measured from a date late in 2999 can end in 3000, where no stay can be.
 * Internal to the calendar.
 *
 * @example
 * ```ts
 * epochDayMonthsLater('2026-01-31', 1) === epochDay('2026-02-28'); // true
 * epochDayMonthsLater('2999-06-30', 12) - epochDay('2999-06-30'); // 366
 * ```
 * @category Calendar
 */
export function epochDayMonthsLater(date: IsoDate, months: number): number {
  assertInteger(months, 'months');
  const { year, month, day } = monthsLater(date, months);
  return epochDayOf(year, month, day);
}

/** The last year a `Date` reaches (+275760-09-13). */
const MAX_DATE_YEAR = 275_760;

/**
 * The date `days` days after `date` (before it when `days` is negative).
 *
 * @example
 * ```ts
 * addDays('2026-02-28', 1); // '2026-03-01'
 * addDays('2028-03-01', -1); // '2028-02-29'
 * ```
 * @category Calendar
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  try {
  assertInteger(days, 'days');
  return isoDateOfEpochDay(epochDay(date) + days);
  } catch (error) {
    throw refusedArguments('addDays', error);
  }
}

/**
 * The date `weeks` weeks (7 days each) after `date`; negative goes back.
 *
 * @example
 * ```ts
 * addWeeks('2026-12-24', 2); // '2027-01-07'
 * ```
 * @category Calendar
 */
export function addWeeks(date: IsoDate, weeks: number): IsoDate {
  try {
  assertInteger(weeks, 'weeks');
  return isoDateOfEpochDay(epochDay(date) + weeks * 7);
  } catch (error) {
    throw refusedArguments('addWeeks', error);
  }
}

/**
 * The same day number `months` months later (earlier when negative), or the
 * last day of the target month when it has no such day.
 *
 * @example
 * ```ts
 * addMonths('2026-01-15', 1); // '2026-02-15'
 * addMonths('2026-01-31', 1); // '2026-02-28'
 * addMonths('2028-01-31', 1); // '2028-02-29'
 * addMonths('2026-03-31', -1); // '2026-02-28'
 * ```
 * @category Calendar
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  try {
  assertInteger(months, 'months');
  return shiftMonths(date, months);
  } catch (error) {
    throw refusedArguments('addMonths', error);
  }
}

/**
 * The same month and day `years` years later (earlier when negative); 29
 * February becomes 28 February in a common year.
 *
 * @example
 * ```ts
 * addYears('2026-06-23', 1); // '2027-06-23'
 * addYears('2028-02-29', 1); // '2029-02-28'
 * ```
 * @category Calendar
 */
export function addYears(date: IsoDate, years: number): IsoDate {
  try {
  assertInteger(years, 'years');
  return shiftMonths(date, years * 12);
  } catch (error) {
    throw refusedArguments('addYears', error);
  }
}

/**
 * Number of days from `from` to `to`: positive when `to` is later, negative
 * when it is earlier, `0` for the same day.
 *
 * @example
 * ```ts
 * daysBetween('2026-01-01', '2026-12-31'); // 364
 * daysBetween('2026-03-01', '2026-02-28'); // -1
 * ```
 * @category Calendar
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  try {
  const end = epochDay(to);
  return end - epochDay(from);
  } catch (error) {
    throw refusedArguments('daysBetween', error);
  }
}

function component(length: PeriodLength, key: keyof PeriodLength): number {
  const value = length[key] ?? 0;
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${key} must be a non-negative integer, got ${String(value)}`);
  }
  return value;
}

/**
 * `start` plus `length`, applying years, then months, then weeks, then days,
 * each step with the month-end rule of {@link addMonths}.
 */
function addLength(start: IsoDate, length: PeriodLength): IsoDate {
  const years = component(length, 'years');
  const months = component(length, 'months');
  const weeks = component(length, 'weeks');
  const days = component(length, 'days');
  let date = start;
  if (years !== 0) date = addYears(date, years);
  if (months !== 0) date = addMonths(date, months);
  if (weeks !== 0) date = addWeeks(date, weeks);
  if (days !== 0) date = addDays(date, days);
  // A zero length did no arithmetic: validate `start` anyway.
  if (date === start) fromIsoDate(start);
  return date;
}

/**
 * The last day covered by a validity of `length` that starts on, and
 * includes, `start`. The years and months end the day before the same day
 * number that many months on, or on the last day of the last month when
 * that month has no such day (a validity from 31 August for 6 months runs
 * through the end of February); weeks and days then count on from there.
 * Throws a `PermitLifecycleError` (`argument.invalid`) for a zero length (which covers no day) or a
 * negative or fractional component.
 *
 * So a month validity that starts on the 28th of January of a common year
 * ends on 27 February, and one that starts on the 29th, 30th or 31st ends
 * on 28 February.
 *
 * @example
 * ```ts
 * lastDayOfPeriod('2026-04-01', { months: 5 }); // '2026-08-31'
 * lastDayOfPeriod('2026-01-01', { days: 90 }); // '2026-03-31'
 * lastDayOfPeriod('2026-06-23', { years: 1 }); // '2027-06-22'
 * lastDayOfPeriod('2027-08-31', { months: 6 }); // '2028-02-29'
 * lastDayOfPeriod('2028-02-29', { years: 1 }); // '2029-02-28'
 * ```
 * @category Calendar
 */
export function lastDayOfPeriod(start: IsoDate, length: PeriodLength): IsoDate {
  try {
  const months = component(length, 'years') * 12 + component(length, 'months');
  const days = component(length, 'weeks') * 7 + component(length, 'days');
  if (months === 0 && days === 0) {
    fromIsoDate(start);
    throw new RangeError('A validity period must last at least one day');
  }
  // The day after the last day covered by the month part: the same day number,
  // or the first day of the next month when the target month has no such day.
  let dayAfter = start;
  if (months !== 0) {
    const shifted = addMonths(start, months);
    dayAfter = Number(shifted.slice(8, 10)) < Number(start.slice(8, 10)) ? addDays(shifted, 1) : shifted;
  }
  return addDays(dayAfter, days - 1);
  } catch (error) {
    throw refusedArguments('lastDayOfPeriod', error);
  }
}

/**
 * The last day to act for a time limit "within `length` of" an event that
 * happened on `start`, the day of the event not being counted: `start +
 * length`, applying years, then months, then weeks, then days (month-end rule
 * of {@link addMonths}). A zero length gives `start`. Whether a limit ending on
 * a non-working day moves is a separate decision (see
 * `nextWorkingDayOnOrAfter`).
 *
 * @example
 * ```ts
 * deadlineAfter('2026-01-15', { months: 3 }); // '2026-04-15'
 * deadlineAfter('2025-11-30', { months: 3 }); // '2026-02-28'
 * deadlineAfter('2026-06-19', { days: 8 }); // '2026-06-27'
 * ```
 * @category Calendar
 */
export function deadlineAfter(start: IsoDate, length: PeriodLength): IsoDate {
  try {
  return addLength(start, length);
  } catch (error) {
    throw refusedArguments('deadlineAfter', error);
  }
}
