/**
 * Status notices of the seasonal-worker procedure: passport advice and the
 * compensation an employer owes after a revocation.
 */
import { addMonths, DateOutOfRangeError, isBefore, type IsoDate } from '../../src/calendar';
import { rememberedShift } from '../../src/calendar/memo';
import type { CaseContext, Notice } from '../../src/case/types';
import { seasonalWorkerLaw as law } from '../../src/law';
import { revocationGrounds } from './activities';
import type { SeasonalWorkerContext } from './context';
import { residesInLuxembourg } from './facts';
import { passportExpiry } from './passport';

/** A sweep reads every case on the same day: the advice horizon is computed once per day. */
const monthsLater = rememberedShift(addMonths);

/** Whether the passport ends before the advice horizon; a horizon past the calendar's last day is after every passport date. */
function expiresWithinAdvice(passportEnd: IsoDate, at: IsoDate): boolean {
  try {
    return isBefore(passportEnd, monthsLater(at, law.seasonalPassportRenewalAdviceMonths.value));
  } catch (error) {
    if (DateOutOfRangeError.describes(error)) return true;
    throw error;
  }
}

/**
 * Notices for a seasonal-worker case on a given day.
 *
 * @example
 * ```ts
 * seasonalWorkerNotices(someCase.context, '2026-03-01');
 * ```
 * @category Procedures
 */
export function seasonalWorkerNotices(base: CaseContext, at: IsoDate): Notice[] {
  const context = base as SeasonalWorkerContext;
  const notices: Notice[] = [];
  const passportEnd = passportExpiry(context);
  // "before coming to Luxembourg": not for a person who has entered, or who already lives there.
  if (passportEnd && context.enteredOn === null && context.arrivalDeclaredOn === null && !residesInLuxembourg(context.facts) && expiresWithinAdvice(passportEnd, at)) {
    notices.push({
      code: 'passportRenewalAdvised',
      message: `The passport expires on ${passportEnd}, less than ${law.seasonalPassportRenewalAdviceMonths.value} months away: renew it before coming to Luxembourg.`,
      source: law.seasonalPassportRenewalAdviceMonths.source,
    });
  }
  if (context.revocation) {
    const ground = revocationGrounds[context.revocation.ground];
    notices.push({
      code: 'compensationOwed',
      message: `Revoked on ${context.revocation.on} (${ground.label}): ${context.revocation.employer ?? 'the employer'} owes the worker the salaries the contract provided for the rest of its period.`,
      source: { file: '004_b06c98a76d7eb733.txt', section: 'Revocation of the temporary authorisation to stay or the residence permit', quote: 'The compensation amounts to salaries due for the period provided for in the employment contract' },
    });
  }
  return notices;
}
