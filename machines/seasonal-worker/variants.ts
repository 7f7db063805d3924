/**
 * Event variants and abstract flags for walking the seasonal-worker graph:
 * one variant per guard branch, dated from the case itself.
 */
import { addDays, addMonths, exceedsStayCap } from '../../src/calendar';
import type { CaseContext } from '../../src/case/types';
import { clockVariants, notBefore, sameDay } from '../../src/testing/variants';
import type { SeasonalWorkerContext } from './context';
import { seasonalWorkerDocuments } from './documents';
import { seasonalStayCap, staysGranted } from './stay-cap';
import type { SeasonalWorkerEvent } from './events';
import { passportExpiry } from './passport';

const completeApplication = seasonalWorkerDocuments.temporaryAuthorisationApplication.items.map((item) => item.id);

/**
 * Variants of every seasonal-worker event worth trying from a case.
 *
 * @example
 * ```ts
 * seasonalWorkerEventVariants(someCase.context).map((event) => event.type);
 * ```
 * @category Procedures
 */
export function seasonalWorkerEventVariants(base: CaseContext): SeasonalWorkerEvent[] {
  const context = base as SeasonalWorkerContext;
  const at = sameDay(context);
  const employer = context.binding?.employer ?? 'Moselle Vineyards SARL';
  const renewalAt = notBefore(context, context.deadlines.renewalApplication?.opens);
  const shortValidity = context.arrivalDeclaredOn ? addMonths(context.arrivalDeclaredOn, 2) : undefined;
  return [
    ...clockVariants(context),
    { type: 'documents.supplied', at, documents: ['passportCopy'] },
    { type: 'vacancy.declared', at },
    { type: 'vacancy.filled', at },
    { type: 'ademCertificate.issued', at },
    { type: 'ademCertificate.refused', at },
    { type: 'application.submitted', at, submittedFrom: 'abroad', employer, activity: 'harvesting', documents: completeApplication },
    { type: 'application.submitted', at, submittedFrom: 'abroad', employer, activity: 'harvesting', documents: ['passportCopy'] },
    { type: 'application.submitted', at, submittedFrom: 'luxembourg', employer, activity: 'harvesting', documents: completeApplication },
    { type: 'application.submitted', at, submittedFrom: 'abroad', employer, activity: 'harvesting', documents: completeApplication, passportExpiresOn: addDays(at, -1) },
    { type: 'authorisation.granted', at },
    { type: 'authorisation.refused', at },
    { type: 'visa.applied', at },
    { type: 'visa.issued', at },
    { type: 'visa.issued', at, validUntil: addDays(at, 10) },
    { type: 'visa.refused', at },
    { type: 'territory.entered', at },
    { type: 'arrival.declared', at },
    { type: 'medicalCertificate.issued', at },
    { type: 'work.started', at, authorisationSeen: true, copyKept: true },
    { type: 'work.started', at, authorisationSeen: false, copyKept: false },
    { type: 'workStart.notified', at },
    { type: 'residencePermit.applied', at, documents: ['passportCopy', 'arrivalDeclarationCopy', 'housingProof', 'feePayment'] },
    { type: 'residencePermit.approved', at },
    ...(shortValidity ? [{ type: 'residencePermit.approved' as const, at, validUntil: shortValidity }] : []),
    { type: 'residencePermit.refused', at },
    { type: 'biometrics.taken', at },
    { type: 'residencePermit.collected', at },
    { type: 'renewal.applied', at: renewalAt, employer },
    { type: 'renewal.applied', at: renewalAt, employer: 'Another Employer SA' },
    { type: 'renewal.granted', at },
    { type: 'renewal.refused', at },
    { type: 'permit.revoked', at, ground: 'employerBankruptOrInactive' },
  ];
}

/**
 * The abstract flags of a seasonal-worker case that its guards read; with the
 * state value they identify a node of the walked graph (dates are left out).
 *
 * @example
 * ```ts
 * seasonalWorkerPathFlags(someCase.context);
 * ```
 * @category Procedures
 */
export function seasonalWorkerPathFlags(base: CaseContext): Record<string, boolean | number | string> {
  const context = base as SeasonalWorkerContext;
  return {
    visaRequired: context.facts.visaRequired,
    luxembourgPermit: context.facts.holdsLuxembourgResidencePermit,
    lawfulResident: context.facts.residesLegallyInLuxembourg === true,
    passportExpired: (passportExpiry(context) ?? '9999-12-31') < context.lastEventAt,
    visaHeld: context.visaHeld,
    visaEndsFirst: (context.deadlines.visaExpiry?.due ?? '9999-12-31') < (context.deadlines.temporaryAuthorisationExpiry?.due ?? '0000-01-01'),
    medicalCertificate: context.medicalCertificateOn !== null,
    workStarted: context.workStartedOn !== null,
    notificationOpen: context.deadlines.employerNotification !== undefined,
    employerChanged: context.employerChanged,
    renewalsAfterChange: context.renewalsAfterEmployerChange,
    shortPermit: context.validity !== null && context.arrivalDeclaredOn !== null && context.validity.to < addMonths(context.arrivalDeclaredOn, 3),
    renewed: context.renewals > 0,
  };
}

/**
 * Legal invariants of any seasonal-worker case: the stays granted never exceed
 * the 5-in-12 months cap.
 *
 * @example
 * ```ts
 * seasonalWorkerInvariants(someCase.context); // []
 * ```
 * @category Procedures
 */
export function seasonalWorkerInvariants(base: CaseContext): string[] {
  const context = base as SeasonalWorkerContext;
  const stays = staysGranted(context);
  return exceedsStayCap(stays, seasonalStayCap) ? [`stays ${JSON.stringify(stays)} exceed ${seasonalStayCap.months} months in ${seasonalStayCap.perMonths}`] : [];
}
