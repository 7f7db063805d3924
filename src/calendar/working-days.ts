/**
 * The two kinds of working days Luxembourg law counts, and counting them.
 *
 * @module
 */
import { addDays } from './arithmetic';
import { isLuxembourgLegalHoliday } from './holidays';
import { dayOfWeek, type IsoDate } from './iso-date';
import { refusedArguments } from '../guard';

/**
 * Which days count as working days:
 * - `'joursOuvrables'`: every day except Sundays and legal holidays (the Code
 *   du travail's usual sense; Saturdays count);
 * - `'joursOuvres'`: Monday to Friday, except legal holidays.
 *
 * @example
 * ```ts
 * const kind: WorkingDayKind = 'joursOuvres';
 * ```
 * @category Calendar
 */
export type WorkingDayKind = 'joursOuvrables' | 'joursOuvres';

/**
 * Is `date` a working day of the given kind? Throws a `PermitLifecycleError` (`argument.invalid`) for an
 * invalid date or an unknown kind.
 *
 * @example
 * ```ts
 * isWorkingDay('2026-06-20', 'joursOuvrables'); // true (a Saturday)
 * isWorkingDay('2026-06-20', 'joursOuvres'); // false
 * isWorkingDay('2026-06-23', 'joursOuvrables'); // false (National Day)
 * ```
 * @category Calendar
 */
export function isWorkingDay(date: IsoDate, kind: WorkingDayKind): boolean {
  try {
  const weekday = dayOfWeek(date);
  switch (kind) {
    case 'joursOuvrables':
      if (weekday === 0) return false;
      break;
    case 'joursOuvres':
      if (weekday === 0 || weekday === 6) return false;
      break;
    default:
      throw new RangeError(`Unknown working-day kind ${JSON.stringify(kind as unknown)}`);
  }
  return !isLuxembourgLegalHoliday(date);
  } catch (error) {
    throw refusedArguments('isWorkingDay', error);
  }
}

/**
 * The date `count` working days after `date`: the start day itself is not
 * counted, whatever it is, and `count` 0 returns `date` unchanged. `count`
 * must be a non-negative integer (a `PermitLifecycleError` otherwise).
 *
 * @example
 * ```ts
 * // Friday 19 June 2026; Tuesday 23 June is National Day.
 * addWorkingDays('2026-06-19', 3, 'joursOuvres'); // '2026-06-25'
 * addWorkingDays('2026-06-19', 3, 'joursOuvrables'); // '2026-06-24'
 * ```
 * @category Calendar
 */
export function addWorkingDays(date: IsoDate, count: number, kind: WorkingDayKind): IsoDate {
  try {
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new RangeError(`count must be a non-negative integer, got ${String(count)}`);
  }
  // Validates `date` and `kind` even when count is 0.
  isWorkingDay(date, kind);
  let current = date;
  let remaining = count;
  while (remaining > 0) {
    current = addDays(current, 1);
    if (isWorkingDay(current, kind)) remaining -= 1;
  }
  return current;
  } catch (error) {
    throw refusedArguments('addWorkingDays', error);
  }
}

/**
 * `date` itself when it is a working day of the given kind, otherwise the
 * first working day after it: the rule for a period that "moves to the next
 * working day" when it ends on a Sunday or holiday.
 *
 * @example
 * ```ts
 * nextWorkingDayOnOrAfter('2026-06-20', 'joursOuvres'); // '2026-06-22'
 * nextWorkingDayOnOrAfter('2026-12-25', 'joursOuvrables'); // '2026-12-28' (26th is a holiday, 27th a Sunday)
 * nextWorkingDayOnOrAfter('2026-06-22', 'joursOuvres'); // '2026-06-22'
 * ```
 * @category Calendar
 */
export function nextWorkingDayOnOrAfter(date: IsoDate, kind: WorkingDayKind): IsoDate {
  try {
  let current = date;
  while (!isWorkingDay(current, kind)) current = addDays(current, 1);
  return current;
  } catch (error) {
    throw refusedArguments('nextWorkingDayOnOrAfter', error);
  }
}
