/**
 * Status notices of the ancillary work permit procedure: who needs no permit,
 * the pointer to the salaried procedure, a lost card, a renewal limited to the
 * shorter maximum, and the long-term resident status.
 */
import { addYears, isOnOrAfter, type IsoDate } from '../../src/calendar';
import { rememberedShift } from '../../src/calendar/memo';
import type { CaseContext, Notice } from '../../src/case/types';
import { ancillaryWorkPermitLaw as law } from '../../src/law/ancillary-work-permit';
import type { AncillaryWorkPermitContext } from './context';
import { isLimitedRenewal } from './validity';
import { refusedArguments } from '../../src/guard';

const file = '002_023e4c502a131ddc.txt' as const;

/** A sweep asks it of every case with a residence date: the answers are kept per date. */
const yearsLater = rememberedShift(addYears);

/**
 * Notices for an ancillary work permit case on a given day.
 *
 * @example
 * ```ts
 * ancillaryWorkPermitNotices(someCase.context, '2026-03-01').map((notice) => notice.code);
 * ```
 * @category Procedures
 */
export function ancillaryWorkPermitNotices(base: CaseContext, at: IsoDate): Notice[] {
  try {
  const context = base as AncillaryWorkPermitContext;
  const notices: Notice[] = [];
  if (context.facts.familyMemberOfResidentEuCitizen) {
    notices.push({
      code: 'noPermitNeeded',
      message: 'As a family member of an EU citizen (or of a national of a country treated as such) residing in Luxembourg, the person needs no work permit to carry out a paid activity.',
      source: { file, section: 'Who is concerned?', quote: 'do not need a work permit to carry out a paid activity' },
    });
  }
  if (context.facts.employmentIsMainActivity || context.mainActivitySince !== null) {
    const since = context.mainActivitySince ? ` (since ${context.mainActivitySince})` : '';
    notices.push({
      code: 'salariedProcedureRequired',
      message: `Paid employment as the main activity${since} needs a salaried worker residence permit: apply under the salaried worker procedure (salariedWorker).`,
      source: { file, section: 'Who is concerned?', quote: 'who wish to carry out paid employment as their main activity must apply for a salaried worker residence permit' },
    });
  }
  if (context.cardLostOn !== null) {
    notices.push({
      code: 'lostResidencePermitCard',
      message: `The residence permit card was reported lost, stolen or damaged on ${context.cardLostOn}: follow the specific procedure for a replacement.`,
      source: { file, section: 'Loss, theft or damage to the residence permit', quote: 'a specific procedure needs to be followed' },
    });
  }
  if (context.pendingRenewal && isLimitedRenewal(context.pendingRenewal)) {
    const why = context.pendingRenewal.receivesUnemploymentBenefits ? 'unemployment benefits are received' : 'work is not proved for the whole validity';
    notices.push({
      code: 'renewalLimited',
      message: `The renewal can be granted for at most ${law.ancillaryLimitedRenewalMaxYears.value} year, because ${why}.`,
      source: law.ancillaryLimitedRenewalMaxYears.source,
    });
  }
  if (context.residencePermitRenewalPending) {
    notices.push({
      code: 'residencePermitRenewalPending',
      message: 'The residence permit expired with the work permit; both are renewed by the pending application.',
      source: { file, section: 'Renewal procedure', quote: 'either the work permit expires at the same time as the residence permit' },
    });
  }
  const since = context.facts.residingInLuxembourgSince;
  if (since && isOnOrAfter(at, yearsLater(since, law.ancillaryLongTermResidenceYears.value))) {
    notices.push({
      code: 'longTermResidenceAvailable',
      message: `After ${law.ancillaryLongTermResidenceYears.value} years of lawful and uninterrupted stay (since ${since}), the person may apply for long-term resident status.`,
      source: law.ancillaryLongTermResidenceYears.source,
    });
  }
  return notices;
  } catch (error) {
    throw refusedArguments('ancillaryWorkPermitNotices', error);
  }
}
