/**
 * The first day an AOT application may be filed, computed by the calendar
 * from the day of the protection application.
 */
import { DateOutOfRangeError, deadlineAfter, type IsoDate } from '../../src/calendar';
import { protectionApplicantWorkPermitLaw as law } from '../../src/law';
import { refusedArguments } from '../../src/guard';

/**
 * The first day an AOT application may be filed with ADEM: the waiting period
 * after the protection application ("6 months at the earliest"), or `null`
 * when that day falls after the last year the calendar supports (it never
 * comes within it).
 *
 * @example
 * ```ts
 * earliestAotApplicationOn('2025-08-31'); // '2026-02-28'
 * earliestAotApplicationOn('2999-12-31'); // null
 * ```
 * @category Procedures
 */
export function earliestAotApplicationOn(protectionAppliedOn: IsoDate): IsoDate | null {
  try {
  try {
    return deadlineAfter(protectionAppliedOn, { months: law.protectionAotWaitingPeriodMonths.value });
  } catch (error) {
    if (DateOutOfRangeError.describes(error)) return null;
    throw error;
  }
  } catch (error) {
    throw refusedArguments('earliestAotApplicationOn', error);
  }
}
