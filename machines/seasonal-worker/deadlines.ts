/**
 * The deadlines a seasonal-worker case can open, with who must act and what
 * follows when they pass.
 */
import type { DeadlineSpec } from '../../src/case/types';
import { seasonalWorkerLaw as law } from '../../src/law';

/**
 * Deadline specifications of the seasonal-worker procedure, by id.
 *
 * @example
 * ```ts
 * seasonalWorkerDeadlines.arrivalDeclaration.actor; // 'applicant'
 * ```
 * @category Procedures
 */
export const seasonalWorkerDeadlines = {
  labourMarketTest: {
    id: 'labourMarketTest',
    label: 'ADEM looks for a registered candidate',
    actor: 'authority',
    kind: 'waitingPeriod',
    parameter: law.seasonalLabourMarketTestWeeks,
    source: law.seasonalLabourMarketTestWeeks.source,
    consequence: 'The employer may hire a person of their choice and ask ADEM for the certificate.',
  },
  decision: {
    id: 'decision',
    label: 'Ministry decides on the temporary authorisation to stay',
    actor: 'authority',
    kind: 'decisionPeriod',
    parameter: law.seasonalDecisionPeriodMonths,
    source: law.seasonalDecisionPeriodMonths.source,
    consequence: 'No answer by then means the application has been rejected; an express decision that arrives later is still recorded and takes over.',
    metBy: ['authorisation.granted', 'authorisation.refused'],
  },
  temporaryAuthorisationExpiry: {
    id: 'temporaryAuthorisationExpiry',
    label: 'Within the 90 days of the temporary authorisation: apply for the visa, or enter and declare arrival',
    actor: 'applicant',
    kind: 'expiry',
    parameter: law.seasonalTemporaryAuthorisationValidityDays,
    source: law.seasonalTemporaryAuthorisationValidityDays.source,
    consequence: 'The temporary authorisation to stay lapses unless, during its 90 days, the worker has applied for the visa (where one is required) or entered and declared arrival; a new application is then needed.',
    metBy: ['visa.applied', 'territory.entered', 'arrival.declared'],
  },
  visaExpiry: {
    id: 'visaExpiry',
    label: 'Enter Luxembourg while the type D visa is valid',
    actor: 'applicant',
    kind: 'expiry',
    parameter: law.seasonalVisaMaxValidityMonths,
    source: law.seasonalVisaMaxValidityMonths.source,
    consequence: 'The visa lapses; a new visa is needed while the authorisation is still valid.',
    metBy: ['territory.entered'],
  },
  arrivalDeclaration: {
    id: 'arrivalDeclaration',
    label: 'Declare arrival at the commune of residence',
    actor: 'applicant',
    kind: 'obligation',
    parameter: law.seasonalArrivalDeclarationDays,
    source: law.seasonalArrivalDeclarationDays.source,
    consequence: 'Recorded as a breach: the page gives no other consequence.',
    metBy: ['arrival.declared'],
  },
  residencePermitApplication: {
    id: 'residencePermitApplication',
    label: 'Apply for the seasonal worker residence permit',
    actor: 'applicant',
    kind: 'obligation',
    parameter: law.seasonalResidencePermitApplicationMonths,
    source: law.seasonalResidencePermitApplicationMonths.source,
    consequence: 'Recorded as a breach: the page gives no other consequence.',
    metBy: ['residencePermit.applied'],
  },
  employerNotification: {
    id: 'employerNotification',
    label: 'Employer notifies the ministry that work has started',
    actor: 'employer',
    kind: 'obligation',
    parameter: law.seasonalEmployerNotificationWorkingDays,
    source: law.seasonalEmployerNotificationWorkingDays.source,
    consequence: 'Recorded as a breach of the employer: the page gives no other consequence.',
    metBy: ['workStart.notified'],
  },
  validityEnd: {
    id: 'validityEnd',
    label: 'Last day of the right to stay and work',
    actor: 'applicant',
    kind: 'expiry',
    parameter: law.seasonalStayMaxMonths,
    source: law.seasonalStayMaxMonths.source,
    consequence: 'The right to stay and work ends unless a renewal is pending.',
  },
  renewalApplication: {
    id: 'renewalApplication',
    label: 'Apply to renew the residence permit',
    actor: 'applicant',
    kind: 'timeLimit',
    parameter: law.seasonalRenewalWindowMonths,
    source: law.seasonalRenewalWindowMonths.source,
    consequence: 'No renewal can be applied for once the permit has expired.',
    metBy: ['renewal.applied'],
  },
  pendingStayEnd: {
    id: 'pendingStayEnd',
    label: 'Stay while the renewal is pending, up to the 5-in-12 cap',
    actor: 'applicant',
    kind: 'expiry',
    parameter: law.seasonalStayMaxMonths,
    source: { file: '004_b06c98a76d7eb733.txt', section: 'Renewal procedure', quote: 'provided that the maximum period of 5 months over a total period of 12 months has not yet been attained' },
    consequence: 'The stay cap is reached: the person may no longer stay while waiting.',
  },
} as const satisfies Record<string, DeadlineSpec>;
