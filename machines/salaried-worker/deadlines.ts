/**
 * The deadlines a salaried-worker case can open, with who must act and what
 * follows when they pass.
 */
import { appealDeadlines } from '../../src/case/appeals';
import type { DeadlineSpec } from '../../src/case/types';
import { salariedWorkerLaw as law } from '../../src/law';

/**
 * Deadline specifications of the salaried-worker procedure, by id (the
 * appeal deadlines come from the shared appeals fragment).
 *
 * @example
 * ```ts
 * salariedWorkerDeadlines.employerNotification.actor; // 'employer'
 * ```
 * @category Procedures
 */
export const salariedWorkerDeadlines = {
  labourMarketTest: {
    id: 'labourMarketTest',
    label: 'ADEM looks for a suitable registered candidate (labour-market test)',
    actor: 'authority',
    kind: 'waitingPeriod',
    parameter: law.salariedLabourMarketTestWeeks,
    source: law.salariedLabourMarketTestWeeks.source,
    consequence: 'The employer may conclude a contract with a person of their choice and ask ADEM for the certificate.',
  },
  decision: {
    id: 'decision',
    label: 'Ministry answers the application for a temporary authorisation to stay',
    actor: 'authority',
    kind: 'decisionPeriod',
    parameter: law.salariedDecisionPeriodMonths,
    source: law.salariedDecisionPeriodMonths.source,
    consequence: 'No answer by then: the applicant can consider the application denied; an express decision that arrives later is still recorded.',
    metBy: ['authorisation.granted', 'authorisation.refused'],
  },
  temporaryAuthorisationExpiry: {
    id: 'temporaryAuthorisationExpiry',
    label: 'Apply for the visa where required, or else enter Luxembourg and declare arrival, while the temporary authorisation is valid',
    actor: 'applicant',
    kind: 'expiry',
    parameter: law.salariedTemporaryAuthorisationValidityDays,
    source: law.salariedTemporaryAuthorisationValidityDays.source,
    consequence: 'The temporary authorisation to stay lapses; a new application is needed. A visa applied for in time is still recorded when issued later.',
    metBy: ['visa.applied', 'visa.issued', 'territory.entered', 'arrival.declared'],
  },
  arrivalDeclaration: {
    id: 'arrivalDeclaration',
    label: 'Register with the commune of residence',
    actor: 'applicant',
    kind: 'obligation',
    parameter: law.salariedArrivalDeclarationDays,
    source: law.salariedArrivalDeclarationDays.source,
    consequence: 'Recorded as a breach: the page gives no other consequence.',
    metBy: ['arrival.declared'],
  },
  employerNotification: {
    id: 'employerNotification',
    label: 'Employer notifies the Directorate of Immigration that work has started',
    actor: 'employer',
    kind: 'obligation',
    parameter: law.salariedEmployerNotificationWorkingDays,
    source: law.salariedEmployerNotificationWorkingDays.source,
    consequence: 'Recorded as a breach of the employer: the page gives no other consequence.',
    metBy: ['workStart.notified'],
  },
  validityEnd: {
    id: 'validityEnd',
    label: 'Last day of the residence permit',
    actor: 'applicant',
    kind: 'expiry',
    source: { file: '001_4e3fbcc1bbea5669.txt', section: 'Duration of validity', quote: 'The residence permit is valid from the date of the declaration of arrival at the commune' },
    consequence: 'The right to stay and work ends, unless a renewal is pending.',
  },
  renewalApplication: {
    id: 'renewalApplication',
    label: 'Apply to renew the residence permit',
    actor: 'applicant',
    kind: 'timeLimit',
    parameter: law.salariedRenewalWindowMonths,
    source: law.salariedRenewalWindowMonths.source,
    consequence: 'No renewal can be applied for once the permit has expired.',
    metBy: ['renewal.applied'],
  },
  ...appealDeadlines,
} as const satisfies Record<string, DeadlineSpec>;
