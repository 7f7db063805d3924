/**
 * Status notices of the salaried-worker procedure: the route to long-term
 * residence and a renewal that will be limited to one year.
 */
import { addYears, isAfter, isBefore, isOnOrAfter, type IsoDate } from '../../src/calendar';
import { rememberedShift } from '../../src/calendar/memo';
import type { CaseContext, Notice } from '../../src/case/types';
import { salariedWorkerLaw as law } from '../../src/law';
import type { SalariedWorkerContext } from './context';
import { refusedArguments } from '../../src/guard';

const file = '001_4e3fbcc1bbea5669.txt' as const;

/** A sweep asks it of every salaried case with a legal residence: the answers are kept per date. */
const yearsLater = rememberedShift(addYears);

/**
 * The day from which the holder may apply for long-term resident status, or
 * `null` while no legal residence is running.
 *
 * @example
 * ```ts
 * longTermResidenceEligibleFrom({ legalResidenceSince: '2026-06-02' }); // '2031-06-02'
 * ```
 * @category Procedures
 */
export function longTermResidenceEligibleFrom(context: Pick<SalariedWorkerContext, 'legalResidenceSince'>): IsoDate | null {
  try {
  return context.legalResidenceSince ? yearsLater(context.legalResidenceSince, law.salariedLongTermResidenceYears.value) : null;
  } catch (error) {
    throw refusedArguments('longTermResidenceEligibleFrom', error);
  }
}

/**
 * Notices for a salaried-worker case on a given day.
 *
 * @example
 * ```ts
 * salariedWorkerNotices(someCase.context, '2031-07-01').map((notice) => notice.code); // ['longTermResidenceEligible']
 * ```
 * @category Procedures
 */
export function salariedWorkerNotices(base: CaseContext, at: IsoDate): Notice[] {
  try {
  const context = base as SalariedWorkerContext;
  const notices: Notice[] = [];
  const eligibleFrom = longTermResidenceEligibleFrom(context);
  const residingLegally = context.validity !== null && !isBefore(at, context.validity.from) && !isAfter(at, context.validity.to);
  if (eligibleFrom && residingLegally && isOnOrAfter(at, eligibleFrom)) {
    notices.push({
      code: 'longTermResidenceEligible',
      message:
        `Legally resident since ${context.legalResidenceSince}: the holder may apply to the Directorate of Immigration for long-term resident status, ` +
        'showing stable and regular resources, adequate accommodation and medical insurance, with no threat to public order and a clean criminal record.',
      source: law.salariedLongTermResidenceYears.source,
    });
  }
  if (context.pendingRenewal?.withoutWork) {
    notices.push({
      code: 'renewalLimitedToOneYear',
      message: `The holder has not worked for the whole validity or receives unemployment benefits: the renewal can run for at most ${law.salariedRenewalWithoutWorkMaxYears.value} year.`,
      source: law.salariedRenewalWithoutWorkMaxYears.source,
    });
  }
  // Only while a change can still be requested: the first permit runs and no renewal is pending or refused.
  if (context.binding && context.permits.length === 1 && context.validity !== null && context.pendingRenewal === null && !isAfter(at, context.validity.to)) {
    notices.push({
      code: 'employmentChangeBeforeFirstRenewal',
      message: `The permit is valid for ${context.binding.profession ?? 'one profession'} in ${context.binding.sector ?? 'one sector'} with any employer; a change of profession or sector must be requested from Luxembourg before the first renewal.`,
      source: { file, section: 'Rights', quote: 'You may request to change employment or sector before the first renewal of the residence permit' },
    });
  }
  return notices;
  } catch (error) {
    throw refusedArguments('salariedWorkerNotices', error);
  }
}
