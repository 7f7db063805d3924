/**
 * The deadlines an ancillary work permit case can open, with who must act and
 * what follows when they pass.
 */
import type { DeadlineSpec } from '../../src/case/types';
import { ancillaryWorkPermitLaw as law } from '../../src/law/ancillary-work-permit';

const file = '002_023e4c502a131ddc.txt' as const;

/**
 * Deadline specifications of the ancillary work permit procedure, by id.
 *
 * @example
 * ```ts
 * ancillaryWorkPermitDeadlines.decision.kind; // 'decisionPeriod'
 * ```
 * @category Procedures
 */
export const ancillaryWorkPermitDeadlines = {
  residencePermitExpiry: {
    id: 'residencePermitExpiry',
    label: 'Last day of the residence permit for "private reasons" the work permit rests on',
    actor: 'applicant',
    kind: 'expiry',
    source: { file, section: 'Who is concerned?', quote: 'Third-country nationals must hold a valid residence permit for "private reasons".' },
    consequence: 'Without a valid residence permit for private reasons there is no ancillary work permit: the case ends, and a work permit ends with it.',
  },
  decision: {
    id: 'decision',
    label: 'Ministry answers the work permit application',
    actor: 'authority',
    kind: 'decisionPeriod',
    parameter: law.ancillaryDecisionPeriodMonths,
    source: law.ancillaryDecisionPeriodMonths.source,
    consequence: 'No answer by then means the application has been rejected; an express decision that arrives later is still recorded.',
    metBy: ['workPermit.granted', 'workPermit.refused'],
  },
  workPermitExpiry: {
    id: 'workPermitExpiry',
    label: 'Last day of the work permit',
    actor: 'applicant',
    kind: 'expiry',
    parameter: law.ancillaryInitialValidityMaxYears,
    source: law.ancillaryInitialValidityMaxYears.source,
    consequence: 'The right to work ends unless a renewal is granted.',
  },
  renewalApplication: {
    id: 'renewalApplication',
    label: 'Apply to renew the work permit',
    actor: 'applicant',
    kind: 'timeLimit',
    parameter: law.ancillaryRenewalWindowMonths,
    source: law.ancillaryRenewalWindowMonths.source,
    consequence: 'No renewal can be applied for once the work permit has expired.',
    metBy: ['renewal.applied'],
  },
  employerNotification: {
    id: 'employerNotification',
    label: 'Employer notifies the Immigration Directorate in writing that work has started',
    actor: 'employer',
    kind: 'obligation',
    parameter: law.ancillaryEmployerNotificationWorkingDays,
    source: law.ancillaryEmployerNotificationWorkingDays.source,
    consequence: 'Recorded as a breach of the employer: the page gives no other consequence.',
    metBy: ['workStart.notified'],
  },
  employerSawResidencePermit: {
    id: 'employerSawResidencePermit',
    label: 'Employer asks to see the residence permit before the working relationship begins',
    actor: 'employer',
    kind: 'obligation',
    source: { file, section: 'Procedures specific to the employer', quote: "request to see the worker's authorisation to stay / residence permit prior to beginning the working relationship" },
    consequence: 'Recorded as a breach of the employer on the first day of work: the page gives no consequence of its own for this duty.',
  },
  employerKeptCopy: {
    id: 'employerKeptCopy',
    label: 'Employer keeps a copy of the residence permit for the whole duration of the contract',
    actor: 'employer',
    kind: 'obligation',
    source: { file, section: 'Procedures specific to the employer', quote: "request a copy of the worker's authorisation to stay / residence permit and keep said copy for the whole duration of the contract" },
    consequence: 'Recorded as a breach of the employer on the first day of work: the page gives no consequence of its own for this duty.',
  },
} as const satisfies Record<string, DeadlineSpec>;
