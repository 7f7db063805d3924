/**
 * Luxembourg legal holidays (jours fériés légaux) and the date of Easter.
 *
 * @module
 */
import { addDays } from './arithmetic';
import { DateOutOfRangeError, isIsoDate, type IsoDate } from './iso-date';
import { refusedArguments } from '../guard';

const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

function assertYear(year: number): void {
  if (!Number.isSafeInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    if (Number.isSafeInteger(year)) throw new DateOutOfRangeError(year);
    throw new RangeError(`Year must be an integer in ${MIN_YEAR}..${MAX_YEAR}, got ${String(year)}`);
  }
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * Easter Sunday of a Gregorian year, by the anonymous Gregorian algorithm
 * (Meeus/Jones/Butcher). Years 1900..2999 only (a `PermitLifecycleError` otherwise).
 *
 * @example
 * ```ts
 * easterSunday(2026); // '2026-04-05'
 * easterSunday(2027); // '2027-03-28'
 * ```
 * @category Calendar
 */
export function easterSunday(year: number): IsoDate {
  try {
  assertYear(year);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  const month = Math.floor(n / 31);
  const day = (n % 31) + 1;
  return `${year}-${pad2(month)}-${pad2(day)}` as IsoDate;
  } catch (error) {
    throw refusedArguments('easterSunday', error);
  }
}

/**
 * One legal holiday: its date and its English name.
 *
 * @example
 * ```ts
 * const nationalDay: LegalHoliday = { date: '2026-06-23', name: 'National Day' };
 * ```
 * @category Calendar
 */
export interface LegalHoliday {
  date: IsoDate;
  name: string;
}

/** First year in which Europe Day (9 May) is a legal holiday in Luxembourg. */
const EUROPE_DAY_FROM = 2019;

/**
 * The legal holidays of Luxembourg in `year`, sorted by date: New Year's Day,
 * Easter Monday, Labour Day, Europe Day (from 2019 only), Ascension Day, Whit
 * Monday, National Day, Assumption Day, All Saints' Day, Christmas Day and St
 * Stephen's Day. Years 1900..2999 only (a `PermitLifecycleError` otherwise).
 *
 * Two holidays can fall on the same day (Ascension Day was 9 May in 2024, and
 * is 1 May in some years); both are listed, so the list always has 11 entries
 * from 2019 and 10 before, but may hold fewer distinct dates.
 *
 * @example
 * ```ts
 * luxembourgLegalHolidays(2026).map((h) => h.date);
 * // ['2026-01-01', '2026-04-06', '2026-05-01', '2026-05-09', '2026-05-14',
 * //  '2026-05-25', '2026-06-23', '2026-08-15', '2026-11-01', '2026-12-25', '2026-12-26']
 * ```
 * @category Calendar
 */
export function luxembourgLegalHolidays(year: number): LegalHoliday[] {
  try {
  assertYear(year);
  const easter = easterSunday(year);
  const fixed = (monthDay: string, name: string): LegalHoliday => ({ date: `${year}-${monthDay}` as IsoDate, name });
  const holidays: LegalHoliday[] = [
    fixed('01-01', "New Year's Day"),
    { date: addDays(easter, 1), name: 'Easter Monday' },
    fixed('05-01', 'Labour Day'),
    ...(year >= EUROPE_DAY_FROM ? [fixed('05-09', 'Europe Day')] : []),
    { date: addDays(easter, 39), name: 'Ascension Day' },
    { date: addDays(easter, 50), name: 'Whit Monday' },
    fixed('06-23', 'National Day'),
    fixed('08-15', 'Assumption Day'),
    fixed('11-01', "All Saints' Day"),
    fixed('12-25', 'Christmas Day'),
    fixed('12-26', "St Stephen's Day"),
  ];
  // Stable sort: coinciding holidays keep the order above.
  return holidays.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  } catch (error) {
    throw refusedArguments('luxembourgLegalHolidays', error);
  }
}

const holidaySets = new Map<number, ReadonlySet<IsoDate>>();

function holidaySet(year: number): ReadonlySet<IsoDate> {
  let set = holidaySets.get(year);
  if (set === undefined) {
    set = new Set(luxembourgLegalHolidays(year).map((holiday) => holiday.date));
    holidaySets.set(year, set);
  }
  return set;
}

/**
 * Is `date` a Luxembourg legal holiday? The holidays of each year are computed
 * once and remembered. Throws a `PermitLifecycleError` (`argument.invalid`) for an invalid date.
 *
 * @example
 * ```ts
 * isLuxembourgLegalHoliday('2026-06-23'); // true (National Day)
 * isLuxembourgLegalHoliday('2018-05-09'); // false (Europe Day is a holiday from 2019)
 * ```
 * @category Calendar
 */
export function isLuxembourgLegalHoliday(date: IsoDate): boolean {
  try {
  if (!isIsoDate(date)) throw new RangeError(`Invalid IsoDate ${JSON.stringify(date)}`);
  return holidaySet(Number(date.slice(0, 4))).has(date);
  } catch (error) {
    throw refusedArguments('isLuxembourgLegalHoliday', error);
  }
}
