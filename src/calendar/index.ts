/**
 * The calendar kernel: `YYYY-MM-DD` dates, date arithmetic with the month-end
 * rule, Luxembourg legal holidays, the two kinds of working days, and rolling
 * windows for stay caps. Nothing here reads the system clock or depends on the
 * process time zone.
 *
 * @module
 */
export {
  compareDates,
  DateOutOfRangeError,
  dayOfWeek,
  fromIsoDate,
  isAfter,
  isBefore,
  isIsoDate,
  isoDate,
  isOnOrAfter,
  isOnOrBefore,
  isoDateSchema,
  maxDate,
  minDate,
  toIsoDate,
  type IsoDate,
} from './iso-date';
export {
  addDays,
  addMonths,
  addWeeks,
  addYears,
  daysBetween,
  deadlineAfter,
  lastDayOfPeriod,
  type PeriodLength,
} from './arithmetic';
export {
  easterSunday,
  isLuxembourgLegalHoliday,
  luxembourgLegalHolidays,
  type LegalHoliday,
} from './holidays';
export { addWorkingDays, isWorkingDay, nextWorkingDayOnOrAfter, type WorkingDayKind } from './working-days';
export {
  daysCovered,
  exceedsStayCap,
  latestEndWithinCap,
  maxDaysInAnyWindow,
  type DatePeriod,
} from './rolling-window';
