/**
 * Event variants, abstract flags and invariants for walking the
 * salaried-worker graph: one variant per guard branch, dated from the case.
 */
import { addDays, addYears, isAfter } from '../../src/calendar';
import type { CaseContext } from '../../src/case/types';
import { clockVariants, notBefore, sameDay } from '../../src/testing/variants';
import type { SalariedWorkerContext } from './context';
import { salariedWorkerDocuments } from './documents';
import type { SalariedWorkerEvent } from './events';
import { alreadyResidesInLuxembourg } from './facts';
import { firstPermitLongestEnd, renewalWithoutWorkLongestEnd } from './validity';

const ids = (step: keyof typeof salariedWorkerDocuments) => salariedWorkerDocuments[step].items.map((item) => item.id);
const completeApplication = ids('temporaryAuthorisationApplication');
const completeRenewal = ids('renewalApplication');

/**
 * Variants of every salaried-worker event worth trying from a case.
 *
 * @example
 * ```ts
 * salariedWorkerEventVariants(someCase.context).map((event) => event.type);
 * ```
 * @category Procedures
 */
export function salariedWorkerEventVariants(base: CaseContext): SalariedWorkerEvent[] {
  const context = base as SalariedWorkerContext;
  const at = sameDay(context);
  const renewalAt = notBefore(context, context.deadlines.renewalApplication?.opens);
  const latest = context.permits.at(-1);
  const renewalUntil = latest ? addYears(latest.to, 2) : addYears(at, 2);
  const firstPermitTooLong = context.arrivalDeclaredOn ? addYears(context.arrivalDeclaredOn, 3) : undefined;
  return [
    ...clockVariants(context),
    { type: 'documents.supplied', at, documents: ['passportCopy'] },
    { type: 'vacancy.declared', at },
    { type: 'candidate.proposed', at },
    { type: 'candidate.hired', at },
    { type: 'candidate.notHired', at },
    { type: 'ademCertificate.issued', at },
    { type: 'ademCertificate.refused', at },
    { type: 'application.submitted', at, employer: 'Example Software SA', profession: '2512 Software developers', sector: 'J Information and communication', documents: completeApplication },
    { type: 'application.submitted', at, employer: 'Example Software SA', profession: '2512 Software developers', sector: 'J Information and communication', documents: ['passportCopy'] },
    { type: 'application.submitted', at, employer: 'Example Software SA', profession: '2512 Software developers', sector: 'J Information and communication', documents: completeApplication, passportExpiresOn: addDays(at, -1) },
    { type: 'authorisation.granted', at },
    { type: 'authorisation.refused', at },
    { type: 'visa.applied', at },
    { type: 'visa.issued', at },
    { type: 'visa.refused', at },
    { type: 'territory.entered', at },
    { type: 'arrival.declared', at },
    { type: 'medicalCertificate.issued', at },
    { type: 'residencePermit.applied', at, documents: ['housingProof', 'feePayment'] },
    { type: 'residencePermit.applied', at },
    { type: 'residencePermit.approved', at },
    ...(firstPermitTooLong ? [{ type: 'residencePermit.approved' as const, at, validUntil: firstPermitTooLong }] : []),
    { type: 'residencePermit.refused', at },
    { type: 'biometrics.taken', at },
    { type: 'residencePermit.collected', at },
    { type: 'work.started', at, authorisationSeen: true, copyKept: true },
    { type: 'work.started', at, employer: 'Other Employer SARL', authorisationSeen: false, copyKept: false },
    { type: 'workStart.notified', at },
    { type: 'employmentChange.requested', at, submittedFrom: 'luxembourg', profession: '2511 Systems analysts', sector: 'K Financial and insurance activities' },
    { type: 'employmentChange.requested', at, submittedFrom: 'abroad', profession: '2511 Systems analysts', sector: 'K Financial and insurance activities' },
    { type: 'employmentChange.granted', at },
    { type: 'employmentChange.refused', at },
    { type: 'renewal.applied', at: renewalAt, workedWholeValidity: true, receivingUnemploymentBenefits: false, documents: completeRenewal },
    { type: 'renewal.applied', at: renewalAt, workedWholeValidity: false, receivingUnemploymentBenefits: false, documents: completeRenewal },
    { type: 'renewal.applied', at: renewalAt, workedWholeValidity: true, receivingUnemploymentBenefits: false, documents: ['renewalForm'] },
    { type: 'renewal.applied', at: renewalAt, workedWholeValidity: true, receivingUnemploymentBenefits: false, documents: completeRenewal, passportExpiresOn: addDays(renewalAt, -1) },
    { type: 'renewal.granted', at, validUntil: renewalUntil },
    { type: 'renewal.refused', at },
    { type: 'tribunalAppeal.lodged', at },
    { type: 'tribunal.judged', at, outcome: 'annulled' },
    { type: 'tribunal.judged', at, outcome: 'dismissed' },
    { type: 'courtAppeal.lodged', at },
    { type: 'court.judged', at, outcome: 'reformed' },
    { type: 'court.judged', at, outcome: 'dismissed' },
  ];
}

/**
 * The abstract flags of a salaried-worker case that its guards read; with the
 * state value they identify a node of the walked graph (dates are left out).
 *
 * @example
 * ```ts
 * salariedWorkerPathFlags(someCase.context);
 * ```
 * @category Procedures
 */
export function salariedWorkerPathFlags(base: CaseContext): Record<string, boolean | number | string> {
  const context = base as SalariedWorkerContext;
  return {
    visaRequired: context.facts.visaRequired,
    longTermResident: context.facts.longTermResidentInAnotherMemberState,
    resident: alreadyResidesInLuxembourg(context.facts),
    medicalCertificate: context.medicalCertificateOn !== null,
    permitDocuments: ['housingProof', 'feePayment'].every((id) => context.documents.includes(id)),
    notificationOpen: context.deadlines.employerNotification !== undefined,
    changePending: context.pendingChange !== null,
    permits: Math.min(context.permits.length, 2),
  };
}

/**
 * Legal invariants of any salaried-worker case: the first permit never runs
 * beyond 1 year (5 for a long-term resident of another member state), a
 * renewal without work never beyond 1 year, each permit continues the
 * previous one, and a person already living in Luxembourg is never sent
 * through the visa, entry or declaration of arrival.
 *
 * @example
 * ```ts
 * salariedWorkerInvariants(someCase.context); // []
 * ```
 * @category Procedures
 */
export function salariedWorkerInvariants(base: CaseContext): string[] {
  const context = base as SalariedWorkerContext;
  const problems: string[] = [];
  if (alreadyResidesInLuxembourg(context.facts) && (context.visaAppliedOn !== null || context.visaHeld || context.enteredOn !== null || context.arrivalDeclaredOn !== null)) {
    problems.push('a person already living in Luxembourg was sent through the visa, entry or declaration of arrival');
  }
  context.permits.forEach((permit, index) => {
    if (isAfter(permit.from, permit.to)) problems.push(`permit ${index} ends before it starts`);
    if (index === 0 && isAfter(permit.to, firstPermitLongestEnd(context.facts, permit.from))) problems.push(`first permit ${permit.from}..${permit.to} exceeds the legal maximum`);
    if (permit.withoutWork && isAfter(permit.to, renewalWithoutWorkLongestEnd(permit.from))) problems.push(`renewal without work ${permit.from}..${permit.to} exceeds 1 year`);
    const previous = context.permits[index - 1];
    if (previous && permit.from !== addDays(previous.to, 1)) problems.push(`permit ${index} does not continue the previous one`);
  });
  return problems;
}
