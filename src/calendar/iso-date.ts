/**
 * Calendar dates as `YYYY-MM-DD` strings: validation, conversion to and from
 * `UTCDate`, and comparison.
 *
 * Every date in the library is a plain string so that it survives JSON
 * persistence unchanged and never depends on the process time zone.
 *
 * @module
 */
import { UTCDate } from '@date-fns/utc';
import { z } from 'zod';
import { PermitLifecycleError } from '../errors';
import { refusedArguments } from '../guard';

/**
 * A calendar date written `YYYY-MM-DD` (for example `'2026-06-23'`), with a
 * year between 1900 and 2999. It names a whole day, not an instant.
 *
 * A template-literal type rather than a branded one, so that a literal in
 * the right shape needs nothing (`at: '2026-06-23'` compiles) while an
 * obviously wrong one does not (`at: '12/01/2026'`, `at: 'tomorrow'`). A
 * type cannot see whether the day exists (`'2026-02-30'` compiles): every
 * function checks that at run time and answers with a typed error. A date
 * held in a plain `string` (from JSON, a form, a database) becomes an
 * `IsoDate` through the checked constructor {@link isoDate} (throws) or the
 * type guard {@link isIsoDate}.
 *
 * @example
 * ```ts
 * const nationalDay: IsoDate = '2026-06-23';
 * const fromForm: IsoDate = isoDate(form.get('date') as string); // throws argument.invalid unless a real day
 * ```
 * @category Calendar
 */
export type IsoDate = `${number}-${number}-${number}`;

/** Smallest supported year (inclusive). */
const MIN_YEAR = 1900;
/** Largest supported year (inclusive). */
const MAX_YEAR = 2999;

const DASH = 0x2d;
/** A `Date` holds 100,000,000 days either side of 1970-01-01, no more. */
const MAX_DATE_DAYS = 100_000_000;
const ZERO = 0x30;

/** The number written by `length` ASCII digits from `start`, or -1 if one of them is not a digit (the shape `YYYY-MM-DD`). */
function digitsAt(value: string, start: number, length: number): number {
  let number = 0;
  for (let index = start; index < start + length; index += 1) {
    const digit = value.charCodeAt(index) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}

const SHAPE_MESSAGE = 'expected a date as YYYY-MM-DD';
const REAL_DATE_MESSAGE = 'not a real calendar date';
const YEAR_RANGE_MESSAGE = `year outside the supported range ${MIN_YEAR}..${MAX_YEAR}`;

type Problem = 'shape' | 'real' | 'year';

const OUT_OF_RANGE_TEXT = `is outside the supported range ${MIN_YEAR}..${MAX_YEAR}`;

/**
 * Thrown by the calendar when a date it computes (or a year it is asked
 * about) falls outside the supported years 1900..2999. A `RangeError`, so
 * existing handlers still catch it; the case API turns it into a typed
 * refusal of the event that led there.
 *
 * @example
 * ```ts
 * try { addDays('2999-12-31', 1); } catch (error) { DateOutOfRangeError.describes(error); } // true
 * ```
 * @category Calendar
 */
export class DateOutOfRangeError extends RangeError {
  override readonly name = 'DateOutOfRangeError';
  /** The year that fell outside the range. */
  readonly year: number;

  constructor(year: number) {
    super(`Year ${year} ${OUT_OF_RANGE_TEXT}`);
    this.year = year;
  }

  /**
   * Whether `error` is one, or wraps one: XState re-throws an error raised
   * inside a guard as a plain `Error` that keeps only its message.
   *
   * @example
   * ```ts
   * DateOutOfRangeError.describes(new Error('Unable to evaluate guard ...:\nYear 3000 is outside the supported range 1900..2999')); // true
   * ```
   */
  static describes(error: unknown): boolean {
    return error instanceof DateOutOfRangeError || (error instanceof Error && error.message.includes(OUT_OF_RANGE_TEXT));
  }
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Checks a candidate string without allocating a Date; returns what is wrong
 * with it, or `null` when it is a supported calendar date.
 */
function problemWith(value: string): Problem | null {
  // Character codes rather than a regular expression: every date comparison and every event validation runs this.
  if (value.length !== 10 || value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return 'shape';
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  if (year < 0 || month < 0 || day < 0) return 'shape';
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return 'real';
  if (year < MIN_YEAR || year > MAX_YEAR) return 'year';
  return null;
}

/**
 * The day number of a date: days since 1970-01-01, negative before it (the
 * proleptic Gregorian calendar, as `Date` counts). Exact integer arithmetic
 * with no `Date` allocated, for the calendar's hot paths (day counts, stay-cap
 * windows). Throws a `RangeError` when `date` is not a valid {@link IsoDate}.
 * Internal to the calendar (not re-exported by the package).
 *
 * @example
 * ```ts
 * epochDay('1970-01-02'); // 1
 * epochDay('2026-03-01') - epochDay('2026-02-28'); // 1
 * ```
 * @category Calendar
 */
export function epochDay(date: IsoDate): number {
  assertIsoDate(date);
  return epochDayOf(digitsAt(date, 0, 4), digitsAt(date, 5, 2), digitsAt(date, 8, 2));
}

/**
 * The day number of `year`-`month`-`day` (a real day: `day` within the
 * month), for any year: no calendar range applies, so that a window can be
 * measured past the calendar's last year. Internal to the calendar.
 *
 * @example
 * ```ts
 * epochDayOf(1970, 1, 2); // 1
 * epochDayOf(3000, 1, 1) - epochDayOf(2999, 12, 31); // 1
 * ```
 * @category Calendar
 */
export function epochDayOf(calendarYear: number, month: number, day: number): number {
  // Counted from 1 March, so that the leap day ends the year (H. Hinnant's days_from_civil).
  const year = calendarYear - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * The date of a day number (the inverse of {@link epochDay}; H. Hinnant's
 * civil_from_days). Throws a {@link DateOutOfRangeError} for a year outside
 * 1900..2999, and the `RangeError` of an invalid `Date` beyond the range a
 * `Date` can hold, as the `Date`-based arithmetic did. Internal to the calendar.
 *
 * @example
 * ```ts
 * isoDateOfEpochDay(1); // '1970-01-02'
 * isoDateOfEpochDay(epochDay('2028-02-28') + 1); // '2028-02-29'
 * ```
 * @category Calendar
 */
export function isoDateOfEpochDay(day: number): IsoDate {
  if (!(Math.abs(day) <= MAX_DATE_DAYS)) throw new RangeError('Invalid Date cannot be converted to an IsoDate');
  const shifted = day + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return isoDateOf(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfMonth);
}

/**
 * The date `year`-`month`-`day` (a real day: `day` within the month). Throws
 * a {@link DateOutOfRangeError} for a year outside 1900..2999. Internal to
 * the calendar.
 *
 * @example
 * ```ts
 * isoDateOf(2026, 6, 23); // '2026-06-23'
 * ```
 * @category Calendar
 */
export function isoDateOf(year: number, month: number, day: number): IsoDate {
  if (year < MIN_YEAR || year > MAX_YEAR) throw new DateOutOfRangeError(year);
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}` as IsoDate;
}

/**
 * The number of days in a month (1..12) of a year, leap years included.
 * Internal to the calendar.
 *
 * @example
 * ```ts
 * monthLength(2028, 2); // 29
 * ```
 * @category Calendar
 */
export function monthLength(year: number, month: number): number {
  return daysInMonth(year, month);
}

function messageFor(problem: Problem): string {
  switch (problem) {
    case 'shape':
      return SHAPE_MESSAGE;
    case 'real':
      return REAL_DATE_MESSAGE;
    case 'year':
      return YEAR_RANGE_MESSAGE;
  }
}

function assertIsoDate(value: IsoDate): void {
  const problem = problemWith(value);
  if (problem !== null) {
    throw new RangeError(`Invalid IsoDate ${JSON.stringify(value)}: ${messageFor(problem)}`);
  }
}

/**
 * Zod schema for an {@link IsoDate}: a string shaped `YYYY-MM-DD` that names a
 * real calendar date (so `2026-02-30` is refused) in the years 1900..2999.
 *
 * A malformed string gives the single issue `'expected a date as YYYY-MM-DD'`;
 * a well-formed string naming no real day gives `'not a real calendar date'`.
 *
 * @example
 * ```ts
 * isoDateSchema.parse('2028-02-29'); // '2028-02-29'
 * isoDateSchema.safeParse('2026-02-29').success; // false ('not a real calendar date')
 * isoDateSchema.safeParse('2026-1-1').success; // false ('expected a date as YYYY-MM-DD')
 * ```
 * @category Calendar
 */
export const isoDateSchema = z
  .string({ error: SHAPE_MESSAGE })
  // A predicate rather than `.superRefine`: z.compile calls a predicate directly, where a
  // superRefine costs a spoofed payload and a closure per date on every event validated.
  .refine((value) => problemWith(value) === null, { error: (issue) => messageFor(problemWith(issue.input as string) ?? 'shape') })
  // Carried into generated JSON Schemas (scenario and profile files), for editors.
  .meta({ format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }) as unknown as z.ZodType<IsoDate, IsoDate>;

/**
 * The checked constructor of an {@link IsoDate}: `value` when it is a string
 * naming a real calendar day written `YYYY-MM-DD` in the years 1900..2999,
 * else a thrown `PermitLifecycleError` (`argument.invalid`) saying why. Use
 * it for dates held in a plain `string`; {@link isIsoDate} is the
 * non-throwing guard.
 *
 * @example
 * ```ts
 * isoDate('2026-01-12'); // '2026-01-12', typed IsoDate
 * isoDate('12/01/2026'); // throws PermitLifecycleError: argument.invalid
 * isoDate('2026-02-30'); // throws PermitLifecycleError: argument.invalid (not a real calendar date)
 * ```
 * @category Calendar
 */
export function isoDate(value: string): IsoDate {
  try {
  if (isIsoDate(value)) return value;
  const problem = typeof value === 'string' ? (problemWith(value) ?? 'shape') : 'shape';
  const shown = typeof value === 'string' ? JSON.stringify(value) : `a value of type ${value === null ? 'null' : typeof value}`;
  throw new PermitLifecycleError('argument.invalid', `invalid date ${shown}: ${messageFor(problem)}`, { details: { problem } });
  } catch (error) {
    throw refusedArguments('isoDate', error);
  }
}

/**
 * Type guard: is `value` a string naming a real calendar date, written
 * `YYYY-MM-DD`, in the years 1900..2999? Agrees with {@link isoDateSchema}.
 *
 * @example
 * ```ts
 * isIsoDate('2026-06-23'); // true
 * isIsoDate('2026-02-29'); // false
 * isIsoDate(20260623); // false
 * ```
 * @category Calendar
 */
export function isIsoDate(value: unknown): value is IsoDate {
  try {
  if (typeof value !== 'string') return false;
  if (validDates.has(value)) return true;
  if (problemWith(value) !== null) return false;
  if (validDates.size < VALID_DATES_KEPT) validDates.add(value);
  return true;
  } catch (error) {
    throw refusedArguments('isIsoDate', error);
  }
}

/** About 22 years of days: enough for the dates of a store's open cases, at most a few hundred kB. */
const VALID_DATES_KEPT = 8192;

/**
 * Dates already found valid. A sweep checks several dates in every row, and
 * `JSON.parse` gives each date string once for all the rows that hold it
 * (V8 shares short strings), so looking it up costs less than reading it
 * again. Only valid dates are kept, so junk cannot fill it.
 */
const validDates = new Set<string>();

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * The calendar day of a `Date`, read from its UTC fields (so the result never
 * depends on the process time zone). Throws a `PermitLifecycleError` (`argument.invalid`) for an invalid
 * `Date` or a year outside 1900..2999.
 *
 * @example
 * ```ts
 * toIsoDate(new Date(Date.UTC(2026, 5, 23))); // '2026-06-23'
 * toIsoDate(new Date('2026-06-23T23:30:00Z')); // '2026-06-23' in every time zone
 * ```
 * @category Calendar
 */
export function toIsoDate(date: Date): IsoDate {
  try {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError('Invalid Date cannot be converted to an IsoDate');
  const year = date.getUTCFullYear();
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new DateOutOfRangeError(year);
  }
  return `${pad(year, 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}` as IsoDate;
  } catch (error) {
    throw refusedArguments('toIsoDate', error);
  }
}

/**
 * Midnight UTC of the given day, as a `UTCDate` (whose local getters and
 * setters all work in UTC, so date-fns arithmetic on it is time-zone free).
 * Throws a `PermitLifecycleError` (`argument.invalid`) when `date` is not a valid {@link IsoDate}.
 * Declared as `Date` so that the published types do not depend on
 * `@date-fns/utc`, whose CommonJS declarations break strict `node16` builds.
 *
 * @example
 * ```ts
 * fromIsoDate('2026-06-23').toISOString(); // '2026-06-23T00:00:00.000Z'
 * fromIsoDate('2026-02-30'); // throws PermitLifecycleError (argument.invalid)
 * ```
 * @category Calendar
 */
export function fromIsoDate(date: IsoDate): Date {
  try {
  assertIsoDate(date);
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return new UTCDate(year, month - 1, day);
  } catch (error) {
    throw refusedArguments('fromIsoDate', error);
  }
}

/**
 * Three-way comparison of two dates: `-1` when `a` is earlier, `0` when they
 * are the same day, `1` when `a` is later. Usable as an `Array.prototype.sort`
 * comparator. Throws a `PermitLifecycleError` (`argument.invalid`) for an invalid date.
 *
 * @example
 * ```ts
 * compareDates('2026-01-31', '2026-02-01'); // -1
 * ['2026-03-01', '2025-12-31'].sort(compareDates); // ['2025-12-31', '2026-03-01']
 * ```
 * @category Calendar
 */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  try {
  assertIsoDate(a);
  assertIsoDate(b);
  // Fixed-width, zero-padded, most significant field first: string order is
  // calendar order.
  return a < b ? -1 : a > b ? 1 : 0;
  } catch (error) {
    throw refusedArguments('compareDates', error);
  }
}

/**
 * Is `a` strictly earlier than `b`?
 *
 * @example
 * ```ts
 * isBefore('2026-01-01', '2026-01-02'); // true
 * isBefore('2026-01-02', '2026-01-02'); // false
 * ```
 * @category Calendar
 */
export function isBefore(a: IsoDate, b: IsoDate): boolean {
  try {
  return compareDates(a, b) < 0;
  } catch (error) {
    throw refusedArguments('isBefore', error);
  }
}

/**
 * Is `a` strictly later than `b`?
 *
 * @example
 * ```ts
 * isAfter('2026-01-02', '2026-01-01'); // true
 * isAfter('2026-01-02', '2026-01-02'); // false
 * ```
 * @category Calendar
 */
export function isAfter(a: IsoDate, b: IsoDate): boolean {
  try {
  return compareDates(a, b) > 0;
  } catch (error) {
    throw refusedArguments('isAfter', error);
  }
}

/**
 * Is `a` the same day as `b` or earlier?
 *
 * @example
 * ```ts
 * isOnOrBefore('2026-01-02', '2026-01-02'); // true
 * isOnOrBefore('2026-01-03', '2026-01-02'); // false
 * ```
 * @category Calendar
 */
export function isOnOrBefore(a: IsoDate, b: IsoDate): boolean {
  try {
  return compareDates(a, b) <= 0;
  } catch (error) {
    throw refusedArguments('isOnOrBefore', error);
  }
}

/**
 * Is `a` the same day as `b` or later?
 *
 * @example
 * ```ts
 * isOnOrAfter('2026-01-02', '2026-01-02'); // true
 * isOnOrAfter('2026-01-01', '2026-01-02'); // false
 * ```
 * @category Calendar
 */
export function isOnOrAfter(a: IsoDate, b: IsoDate): boolean {
  try {
  return compareDates(a, b) >= 0;
  } catch (error) {
    throw refusedArguments('isOnOrAfter', error);
  }
}

/**
 * The latest of one or more dates. Throws a `PermitLifecycleError` (`argument.invalid`) when called with no
 * date or with an invalid one.
 *
 * @example
 * ```ts
 * maxDate('2026-03-01', '2027-01-01', '2026-12-31'); // '2027-01-01'
 * ```
 * @category Calendar
 */
export function maxDate(...dates: IsoDate[]): IsoDate {
  try {
  const [first, ...rest] = dates;
  if (first === undefined) throw new RangeError('maxDate needs at least one date');
  assertIsoDate(first);
  let latest = first;
  for (const date of rest) if (compareDates(date, latest) > 0) latest = date;
  return latest;
  } catch (error) {
    throw refusedArguments('maxDate', error);
  }
}

/**
 * The earliest of one or more dates. Throws a `PermitLifecycleError` (`argument.invalid`) when called with no
 * date or with an invalid one.
 *
 * @example
 * ```ts
 * minDate('2026-03-01', '2027-01-01', '2026-12-31'); // '2026-03-01'
 * ```
 * @category Calendar
 */
export function minDate(...dates: IsoDate[]): IsoDate {
  try {
  const [first, ...rest] = dates;
  if (first === undefined) throw new RangeError('minDate needs at least one date');
  assertIsoDate(first);
  let earliest = first;
  for (const date of rest) if (compareDates(date, earliest) < 0) earliest = date;
  return earliest;
  } catch (error) {
    throw refusedArguments('minDate', error);
  }
}

/**
 * Day of the week: `0` for Sunday, `1` for Monday, … `6` for Saturday (the
 * numbering of `Date.prototype.getDay`).
 *
 * @example
 * ```ts
 * dayOfWeek('2026-06-23'); // 2 (a Tuesday)
 * dayOfWeek('2026-06-21'); // 0 (a Sunday)
 * ```
 * @category Calendar
 */
export function dayOfWeek(date: IsoDate): 0 | 1 | 2 | 3 | 4 | 5 | 6 {
  try {
  // UTCDate#getDay reads the UTC weekday.
  return fromIsoDate(date).getDay() as 0 | 1 | 2 | 3 | 4 | 5 | 6;
  } catch (error) {
    throw refusedArguments('dayOfWeek', error);
  }
}
