/**
 * Event variants, abstract flags and invariants for walking the cross-border
 * family exemption graph: one variant per guard branch, dated from the case.
 */
import { addDays, deadlineAfter } from '../../src/calendar';
import type { CaseContext } from '../../src/case/types';
import { crossBorderFamilyExemptionLaw as law } from '../../src/law';
import { clockVariants, sameDay } from '../../src/testing/variants';
import type { CrossBorderFamilyExemptionContext } from './context';
import { crossBorderFamilyExemptionDocumentIds } from './documents';
import { crossBorderExemptionEndings } from './endings';
import type { CrossBorderFamilyExemptionEvent } from './events';
import { meetsExemptionConditions } from './facts';

/**
 * Variants of every cross-border family exemption event worth trying from a case.
 *
 * @example
 * ```ts
 * crossBorderFamilyExemptionEventVariants(someCase.context).map((event) => event.type);
 * ```
 * @category Procedures
 */
export function crossBorderFamilyExemptionEventVariants(base: CaseContext): CrossBorderFamilyExemptionEvent[] {
  const context = base as CrossBorderFamilyExemptionContext;
  const at = sameDay(context);
  const employer = 'Example Logistics SA';
  return [
    ...clockVariants(context),
    { type: 'documents.supplied', at, documents: ['certifiedPassportCopy'] },
    { type: 'vacancy.declared', at },
    { type: 'application.submitted', at, employer, profession: 'warehouse clerk', documents: [...crossBorderFamilyExemptionDocumentIds] },
    { type: 'application.submitted', at, employer, documents: ['certifiedPassportCopy'] },
    { type: 'application.submitted', at, employer, documents: [...crossBorderFamilyExemptionDocumentIds], passportExpiresOn: addDays(at, -1) },
    { type: 'exemption.granted', at },
    { type: 'exemption.refused', at },
    { type: 'work.started', at },
    ...Object.values(crossBorderExemptionEndings).map((ending) => ({ type: ending.event, at })),
  ];
}

/**
 * The abstract flags of a cross-border family exemption case that its guards
 * read; with the state value they identify a node of the walked graph.
 *
 * @example
 * ```ts
 * crossBorderFamilyExemptionPathFlags(someCase.context); // { qualifies: true, workStarted: false }
 * ```
 * @category Procedures
 */
export function crossBorderFamilyExemptionPathFlags(base: CaseContext): Record<string, boolean | number | string> {
  const context = base as CrossBorderFamilyExemptionContext;
  return { qualifies: meetsExemptionConditions(context.facts), workStarted: context.workStartedOn !== null };
}

/**
 * Legal invariants of any cross-border family exemption case: an exemption is
 * only granted to a person who meets the conditions, after the vacancy was
 * declared and a complete application was filed, and the response period is
 * always the legal one from the day of filing.
 *
 * @example
 * ```ts
 * crossBorderFamilyExemptionInvariants(someCase.context); // []
 * ```
 * @category Procedures
 */
export function crossBorderFamilyExemptionInvariants(base: CaseContext): string[] {
  const context = base as CrossBorderFamilyExemptionContext;
  const problems: string[] = [];
  if (context.grantedOn !== null) {
    if (!meetsExemptionConditions(context.facts)) problems.push('exemption granted although the conditions are not met');
    if (context.vacancyDeclaredOn === null) problems.push('exemption granted before the vacancy was declared');
    if (context.submittedOn === null) problems.push('exemption granted without an application');
  }
  const decision = context.deadlines.decision;
  if (decision) {
    const expected = context.submittedOn ? deadlineAfter(context.submittedOn, { months: law.crossBorderDecisionPeriodMonths.value }) : null;
    if (decision.due !== expected) problems.push(`decision due ${decision.due}, expected ${expected}`);
  }
  if (context.ending !== null && context.grantedOn === null) problems.push('an exemption ended that was never granted');
  return problems;
}
