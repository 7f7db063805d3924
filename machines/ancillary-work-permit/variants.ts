/**
 * Event variants, abstract flags and legal invariants for walking the
 * ancillary work permit graph: one variant per guard branch, dated from the
 * case itself.
 */
import { addDays, addMonths, addYears, isAfter, lastDayOfPeriod } from '../../src/calendar';
import type { CaseContext } from '../../src/case/types';
import { passportExpiry } from '../../src/case/passport';
import { isIscoCode } from '../../src/data/isco';
import { clockVariants, notBefore, sameDay } from '../../src/testing/variants';
import type { AncillaryWorkPermitContext } from './context';
import { ancillaryWorkPermitDocuments } from './documents';
import type { AncillaryWorkPermitEvent } from './events';
import { expiresWithResidencePermit, isLimitedRenewal, maxValidityYears } from './validity';

const idsOf = (...steps: { items: readonly { id: string }[] }[]): string[] => [...new Set(steps.flatMap((step) => step.items.map((item) => item.id)))];
const completeApplication = idsOf(ancillaryWorkPermitDocuments.workPermitApplication);
const completeRenewal = idsOf(ancillaryWorkPermitDocuments.renewalWithResidencePermit, ancillaryWorkPermitDocuments.renewalWhileResidencePermitValid);

/**
 * Variants of every ancillary work permit event worth trying from a case.
 *
 * @example
 * ```ts
 * ancillaryWorkPermitEventVariants(someCase.context).map((event) => event.type);
 * ```
 * @category Procedures
 */
export function ancillaryWorkPermitEventVariants(base: CaseContext): AncillaryWorkPermitEvent[] {
  const context = base as AncillaryWorkPermitContext;
  const at = sameDay(context);
  const employer = context.employer ?? 'Brasserie Example SARL';
  const renewalAt = notBefore(context, context.deadlines.renewalApplication?.opens);
  const residencePermitEnd = context.residencePermitValidUntil;
  return [
    ...clockVariants(context),
    { type: 'documents.supplied', at, documents: ['passportCopy'] },
    { type: 'vacancy.declared', at },
    { type: 'application.submitted', at, employer, profession: '512', sector: 'hospitality', documents: completeApplication },
    { type: 'application.submitted', at, employer, profession: '512', sector: 'hospitality', documents: ['passportCopy'] },
    { type: 'application.submitted', at, employer, profession: '512', sector: 'hospitality', documents: completeApplication, passportExpiresOn: addDays(at, -1) },
    { type: 'workPermit.granted', at },
    { type: 'workPermit.granted', at, validUntil: addMonths(at, 6), profession: '522', sector: 'retail' },
    { type: 'workPermit.granted', at, validUntil: addDays(at, -1) },
    { type: 'workPermit.refused', at },
    { type: 'biometrics.taken', at },
    { type: 'residencePermit.collected', at },
    { type: 'work.started', at, employer, residencePermitSeen: true, copyKept: true },
    { type: 'work.started', at, employer: 'Other Employer SA', residencePermitSeen: false, copyKept: false },
    { type: 'workStart.notified', at },
    { type: 'professionChange.authorised', at, profession: '522', sector: 'retail' },
    { type: 'activity.becameMain', at },
    { type: 'residencePermitCard.lost', at },
    { type: 'residencePermitCard.replaced', at },
    { type: 'residencePermit.renewed', at, validUntil: addYears(residencePermitEnd, 2) },
    { type: 'residencePermit.renewed', at, validUntil: residencePermitEnd },
    { type: 'residencePermit.ended', at },
    { type: 'renewal.applied', at: renewalAt, workProof: 'wholeValidity', receivesUnemploymentBenefits: false, documents: completeRenewal },
    { type: 'renewal.applied', at: renewalAt, workProof: 'partOfValidity', receivesUnemploymentBenefits: false, documents: completeRenewal },
    { type: 'renewal.applied', at: renewalAt, workProof: 'wholeValidity', receivesUnemploymentBenefits: true, documents: ['passportCopy'] },
    { type: 'renewal.applied', at: renewalAt, workProof: 'none', receivesUnemploymentBenefits: false, documents: completeRenewal },
    { type: 'renewal.applied', at: renewalAt, workProof: 'wholeValidity', receivesUnemploymentBenefits: false, documents: completeRenewal, passportExpiresOn: addDays(renewalAt, -1) },
    { type: 'renewal.granted', at },
    { type: 'renewal.granted', at, residencePermitValidUntil: addYears(residencePermitEnd, 5) },
    { type: 'renewal.granted', at, residencePermitValidUntil: addMonths(residencePermitEnd, 6) },
    { type: 'renewal.refused', at },
  ];
}

/**
 * The abstract flags of an ancillary work permit case that its guards read;
 * with the state value they identify a node of the walked graph (dates are left out).
 *
 * @example
 * ```ts
 * ancillaryWorkPermitPathFlags(someCase.context);
 * ```
 * @category Procedures
 */
export function ancillaryWorkPermitPathFlags(base: CaseContext): Record<string, boolean | number | string> {
  const context = base as AncillaryWorkPermitContext;
  return {
    endsWithResidencePermit: expiresWithResidencePermit(context),
    renewed: context.renewals > 0,
    limitedRenewalPending: context.pendingRenewal !== null && isLimitedRenewal(context.pendingRenewal),
    residencePermitRenewalPending: context.residencePermitRenewalPending,
    notificationOpen: context.deadlines.employerNotification !== undefined,
    cardLost: context.cardLostOn !== null,
    mainActivity: context.mainActivitySince !== null,
    passportExpired: (passportExpiry(context) ?? '9999-12-31') < context.lastEventAt,
  };
}

/**
 * Legal invariants of any ancillary work permit case: the validity never runs
 * beyond the residence permit nor beyond the legal maximum (one year for the
 * first permit or a limited renewal, three from the first renewal), periods
 * never overlap, and the first permit is bound to a known ISCO-08 code.
 *
 * @example
 * ```ts
 * ancillaryWorkPermitInvariants(someCase.context); // []
 * ```
 * @category Procedures
 */
export function ancillaryWorkPermitInvariants(base: CaseContext): string[] {
  const context = base as AncillaryWorkPermitContext;
  const problems: string[] = [];
  const validity = context.validity;
  if (!validity) return problems;
  if (isAfter(validity.from, validity.to)) problems.push(`validity ${JSON.stringify(validity)} ends before it starts`);
  if (isAfter(validity.to, context.residencePermitValidUntil)) problems.push(`work permit until ${validity.to} runs beyond the residence permit (${context.residencePermitValidUntil})`);
  const years = maxValidityYears({ renewal: context.renewals > 0, limited: context.lastRenewalLimited });
  const longest = lastDayOfPeriod(validity.from, { years });
  if (isAfter(validity.to, longest)) problems.push(`work permit until ${validity.to} exceeds ${years} year(s) from ${validity.from}`);
  const periods = [...context.pastValidities, validity];
  for (let i = 1; i < periods.length; i += 1) {
    if (!isAfter(periods[i]!.from, periods[i - 1]!.to)) problems.push(`validity ${JSON.stringify(periods[i])} overlaps ${JSON.stringify(periods[i - 1])}`);
  }
  if (context.renewals === 0 && !isIscoCode(context.binding?.profession)) problems.push(`first permit bound to ${String(context.binding?.profession)}, not an ISCO-08 code`);
  if (context.renewals > 0 && (context.binding?.profession !== 'any' || context.binding?.sector !== 'any')) problems.push('a renewed permit should give access to any sector and profession');
  return problems;
}
