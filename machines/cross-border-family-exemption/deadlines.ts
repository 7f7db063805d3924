/**
 * The deadlines a cross-border family exemption case can open.
 */
import type { DeadlineSpec } from '../../src/case/types';
import { crossBorderFamilyExemptionLaw as law } from '../../src/law';

/**
 * Deadline specifications of the cross-border family exemption, by id.
 *
 * @example
 * ```ts
 * crossBorderFamilyExemptionDeadlines.decision.kind; // 'decisionPeriod'
 * ```
 * @category Procedures
 */
export const crossBorderFamilyExemptionDeadlines = {
  decision: {
    id: 'decision',
    label: 'The Ministry of Foreign and European Affairs answers the exemption application',
    actor: 'authority',
    kind: 'decisionPeriod',
    parameter: law.crossBorderDecisionPeriodMonths,
    source: law.crossBorderDecisionPeriodMonths.source,
    consequence: 'No answer by then means the application is deemed to have been rejected; an express decision that arrives later is still recorded.',
    metBy: ['exemption.granted', 'exemption.refused'],
  },
} as const satisfies Record<string, DeadlineSpec>;
