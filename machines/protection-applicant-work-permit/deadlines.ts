/**
 * The deadlines an AOT case can open: the waiting period before an
 * application may be filed, and the end of the permit.
 */
import type { DeadlineSpec } from '../../src/case/types';
import { protectionApplicantWorkPermitLaw as law } from '../../src/law';

/**
 * Deadline specifications of the AOT procedure, by id.
 *
 * @example
 * ```ts
 * protectionApplicantWorkPermitDeadlines.validityEnd.kind; // 'expiry'
 * ```
 * @category Procedures
 */
export const protectionApplicantWorkPermitDeadlines = {
  waitingPeriod: {
    id: 'waitingPeriod',
    label: 'Waiting period after the application for international protection (last day)',
    actor: 'applicant',
    kind: 'waitingPeriod',
    parameter: law.protectionAotWaitingPeriodMonths,
    source: law.protectionAotWaitingPeriodMonths.source,
    consequence: "From the next day the employer may file the AOT application with ADEM, if no first-instance decision has been taken and the delay is not the applicant's fault.",
  },
  validityEnd: {
    id: 'validityEnd',
    label: 'Last day of the temporary work permit (AOT)',
    actor: 'applicant',
    kind: 'expiry',
    parameter: law.protectionAotValidityMonths,
    source: law.protectionAotValidityMonths.source,
    consequence: 'The permit is no longer valid and the employment contract is terminated automatically, unless it has been renewed.',
  },
} as const satisfies Record<string, DeadlineSpec>;
