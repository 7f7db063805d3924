/**
 * The longest validities the salaried-worker page allows, from the
 * parameters table: shared by the machine and its invariants.
 */
import { lastDayOfPeriod, type IsoDate } from '../../src/calendar';
import { salariedWorkerLaw as law } from '../../src/law';
import type { SalariedWorkerFacts } from './facts';
import { refusedArguments } from '../../src/guard';

/**
 * Last day of a first permit starting on `from`: 1 year, or 5 years for a
 * long-term resident of another member state, the first day included.
 *
 * @example
 * ```ts
 * firstPermitLongestEnd({ longTermResidentInAnotherMemberState: false }, '2026-06-02'); // '2027-06-01'
 * ```
 * @category Procedures
 */
export function firstPermitLongestEnd(facts: Pick<SalariedWorkerFacts, 'longTermResidentInAnotherMemberState'>, from: IsoDate): IsoDate {
  try {
  const years = facts.longTermResidentInAnotherMemberState ? law.salariedLongTermResidentPermitYears.value : law.salariedFirstPermitMaxYears.value;
  return lastDayOfPeriod(from, { years });
  } catch (error) {
    throw refusedArguments('firstPermitLongestEnd', error);
  }
}

/**
 * Last day of a renewal starting on `from` when the holder has not worked for
 * the whole validity or receives unemployment benefits (at most 1 year).
 *
 * @example
 * ```ts
 * renewalWithoutWorkLongestEnd('2027-06-02'); // '2028-06-01'
 * ```
 * @category Procedures
 */
export function renewalWithoutWorkLongestEnd(from: IsoDate): IsoDate {
  try {
  return lastDayOfPeriod(from, { years: law.salariedRenewalWithoutWorkMaxYears.value });
  } catch (error) {
    throw refusedArguments('renewalWithoutWorkLongestEnd', error);
  }
}
