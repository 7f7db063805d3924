/**
 * How long a work permit may run: at most one year for the first permit, up
 * to three years from the first renewal (one year when work was not proved
 * throughout or unemployment benefits are received), and never beyond the
 * "private reasons" residence permit it rests on.
 */
import { addDays, isBefore, lastDayOfPeriod, maxDate, minDate, type DatePeriod, type IsoDate } from '../../src/calendar';
import { ancillaryWorkPermitLaw as law } from '../../src/law/ancillary-work-permit';
import type { CaseContext } from '../../src/case/types';
import type { AncillaryWorkPermitContext, PendingRenewal } from './context';
import { refusedArguments } from '../../src/guard';

/**
 * The longest validity in years the law allows for a permit: the first one,
 * a renewal, or a renewal limited by the proofs given.
 *
 * @example
 * ```ts
 * maxValidityYears({ renewal: false, limited: false }); // 1
 * maxValidityYears({ renewal: true, limited: false }); // 3
 * ```
 * @category Procedures
 */
export function maxValidityYears(kind: { renewal: boolean; limited: boolean }): number {
  try {
  if (!kind.renewal) return law.ancillaryInitialValidityMaxYears.value;
  return kind.limited ? law.ancillaryLimitedRenewalMaxYears.value : law.ancillaryRenewalValidityMaxYears.value;
  } catch (error) {
    throw refusedArguments('maxValidityYears', error);
  }
}

/**
 * Whether a renewal is limited to the shorter maximum: the holder cannot prove
 * having worked for the whole validity, or receives unemployment benefits.
 *
 * @example
 * ```ts
 * isLimitedRenewal({ workProof: 'partOfValidity', receivesUnemploymentBenefits: false }); // true
 * ```
 * @category Procedures
 */
export function isLimitedRenewal(renewal: Pick<PendingRenewal, 'workProof' | 'receivesUnemploymentBenefits'>): boolean {
  try {
  return renewal.workProof !== 'wholeValidity' || renewal.receivesUnemploymentBenefits;
  } catch (error) {
    throw refusedArguments('isLimitedRenewal', error);
  }
}

/**
 * A validity of at most `years` from `from`, never beyond the residence permit
 * nor beyond the date the decision gives; `null` when nothing is left.
 *
 * @example
 * ```ts
 * cappedValidity('2026-03-20', 1, '2026-12-31'); // { from: '2026-03-20', to: '2026-12-31' }
 * ```
 * @category Procedures
 */
export function cappedValidity(from: IsoDate, years: number, residencePermitValidUntil: IsoDate, decidedUntil?: IsoDate): DatePeriod | null {
  try {
  const to = minDate(lastDayOfPeriod(from, { years }), residencePermitValidUntil, ...(decidedUntil ? [decidedUntil] : []));
  return isBefore(to, from) ? null : { from, to };
  } catch (error) {
    throw refusedArguments('cappedValidity', error);
  }
}

/**
 * The validity of the first work permit, granted on `at` ("valid from the date
 * on which the application was approved").
 *
 * @example
 * ```ts
 * firstValidity({ residencePermitValidUntil: '2030-01-01' }, '2026-03-20'); // { from: '2026-03-20', to: '2027-03-19' }
 * ```
 * @category Procedures
 */
export function firstValidity(context: Pick<AncillaryWorkPermitContext, 'residencePermitValidUntil'>, at: IsoDate, decidedUntil?: IsoDate): DatePeriod | null {
  try {
  return cappedValidity(at, maxValidityYears({ renewal: false, limited: false }), context.residencePermitValidUntil, decidedUntil);
  } catch (error) {
    throw refusedArguments('firstValidity', error);
  }
}

/**
 * The validity of a renewal granted on `at`: it starts the day after the
 * current permit ends, or on the day of the decision when that is later, and
 * rests on the residence permit end the decision gives (a renewal made
 * together with the residence permit) or the one already known.
 *
 * @example
 * ```ts
 * renewalValidity(context, { at: '2027-03-01' })?.validity;
 * ```
 * @category Procedures
 */
export function renewalValidity(
  context: Pick<AncillaryWorkPermitContext, 'validity' | 'pendingRenewal' | 'residencePermitValidUntil'>,
  decision: { at: IsoDate; validUntil?: IsoDate | undefined; residencePermitValidUntil?: IsoDate | undefined },
): { validity: DatePeriod; residencePermitValidUntil: IsoDate; limited: boolean } | null {
  try {
  if (!context.validity || !context.pendingRenewal) return null;
  const residencePermitValidUntil = decision.residencePermitValidUntil ?? context.residencePermitValidUntil;
  if (isBefore(residencePermitValidUntil, context.residencePermitValidUntil)) return null;
  const from = maxDate(addDays(context.validity.to, 1), decision.at);
  const limited = isLimitedRenewal(context.pendingRenewal);
  const validity = cappedValidity(from, maxValidityYears({ renewal: true, limited }), residencePermitValidUntil, decision.validUntil);
  return validity ? { validity, residencePermitValidUntil, limited } : null;
  } catch (error) {
    throw refusedArguments('renewalValidity', error);
  }
}

/**
 * Whether the work permit ends on the same day as the residence permit (the
 * first renewal scenario of the page) rather than before it (the second).
 *
 * @example
 * ```ts
 * expiresWithResidencePermit({ validity: { from: '2026-03-20', to: '2026-12-31' }, residencePermitValidUntil: '2026-12-31' }); // true
 * ```
 * @category Procedures
 */
export function expiresWithResidencePermit(context: Pick<AncillaryWorkPermitContext, 'validity' | 'residencePermitValidUntil'>): boolean {
  try {
  return context.validity !== null && context.validity.to === context.residencePermitValidUntil;
  } catch (error) {
    throw refusedArguments('expiresWithResidencePermit', error);
  }
}

/**
 * The checks of an event against the case that the schema cannot see: a
 * renewal granted while the work permit and the residence permit end together
 * renews both (the page's first scenario), so its decision must give the new
 * residence permit's last day. Each problem comes with its path in the event.
 *
 * @example
 * ```ts
 * ancillaryWorkPermitEventInCase({ type: 'renewal.granted', at: '2026-12-01' }, someCase.context, 'renewalPending');
 * // [{ path: ['residencePermitValidUntil'], message: '...' }] when both permits end together
 * ```
 * @category Procedures
 */
export function ancillaryWorkPermitEventInCase(
  event: { type: string; at: IsoDate; residencePermitValidUntil?: IsoDate | undefined },
  base: CaseContext<Record<string, unknown>>,
  state: string,
): { path: (string | number)[]; message: string }[] {
  try {
  const context = base as unknown as AncillaryWorkPermitContext;
  if (event.type !== 'renewal.granted' || !state.startsWith('renewalPending') || event.residencePermitValidUntil !== undefined) return [];
  if (!expiresWithResidencePermit(context)) return [];
  return [
    {
      path: ['residencePermitValidUntil'],
      message: `the work permit and the residence permit both end on ${context.residencePermitValidUntil}: the renewal renews both, so the decision must give the new residence permit's last day`,
    },
  ];
  } catch (error) {
    throw refusedArguments('ancillaryWorkPermitEventInCase', error);
  }
}
