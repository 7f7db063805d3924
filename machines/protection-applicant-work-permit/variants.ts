/**
 * Event variants, abstract flags and invariants for walking the AOT graph:
 * one variant per guard branch, dated from the case itself.
 */
import { isAfter, isBefore, lastDayOfPeriod } from '../../src/calendar';
import type { CaseContext } from '../../src/case/types';
import { protectionApplicantWorkPermitLaw as law } from '../../src/law';
import { clockVariants, sameDay } from '../../src/testing/variants';
import type { ProtectionApplicantWorkPermitContext } from './context';
import { protectionApplicantWorkPermitDocuments } from './documents';
import type { ProtectionApplicantWorkPermitEvent } from './events';
import { earliestAotApplicationOn } from './waiting-period';

const completeApplication = protectionApplicantWorkPermitDocuments.aotApplication.items.map((item) => item.id);

/**
 * Variants of every AOT event worth trying from a case.
 *
 * @example
 * ```ts
 * protectionApplicantWorkPermitEventVariants(someCase.context).map((event) => event.type);
 * ```
 * @category Procedures
 */
export function protectionApplicantWorkPermitEventVariants(base: CaseContext): ProtectionApplicantWorkPermitEvent[] {
  const context = base as ProtectionApplicantWorkPermitContext;
  const at = sameDay(context);
  const employer = 'Example Bakery SARL';
  const profession = 'baker';
  return [
    ...clockVariants(context),
    { type: 'documents.supplied', at, documents: ['curriculumVitae'] },
    { type: 'vacancy.declared', at },
    { type: 'application.submitted', at, employer, profession, documents: completeApplication },
    { type: 'application.submitted', at, employer, profession, documents: ['curriculumVitae'] },
    { type: 'studentJobExemption.requested', at, employer, documents: ['studentJobContract'] },
    { type: 'studentJobExemption.requested', at, employer },
    { type: 'studentJobExemption.granted', at },
    { type: 'studentJobExemption.refused', at },
    { type: 'permit.granted', at },
    { type: 'permit.refused', at },
    { type: 'renewal.applied', at },
    { type: 'renewal.granted', at },
    { type: 'renewal.refused', at },
    { type: 'employment.ended', at, endedBy: 'employer' },
    { type: 'permit.withdrawn', at, ground: 'differentProfession' },
    { type: 'protection.rejectedAtFirstInstance', at },
    { type: 'protection.granted', at },
    { type: 'protection.definitivelyRejected', at },
    { type: 'protection.cancelled', at },
  ];
}

/**
 * The abstract flags of an AOT case that its guards read; with the state
 * value they identify a node of the walked graph (dates are left out).
 *
 * @example
 * ```ts
 * protectionApplicantWorkPermitPathFlags(someCase.context);
 * ```
 * @category Procedures
 */
export function protectionApplicantWorkPermitPathFlags(base: CaseContext): Record<string, boolean | number | string> {
  const context = base as ProtectionApplicantWorkPermitContext;
  return {
    vacancyDeclared: context.vacancyDeclaredOn !== null,
    firstInstanceDecided: context.firstInstanceDecisionOn !== null,
    route: context.route ?? 'none',
    renewed: context.renewals > 0,
  };
}

/**
 * Legal invariants of any AOT case: no validity longer than the legal one
 * from its start; an AOT obtained through ADEM was applied for no earlier than
 * the waiting period allows and never for an applicant responsible for the
 * delay; a permit is always bound to one employer and one profession.
 *
 * @example
 * ```ts
 * protectionApplicantWorkPermitInvariants(someCase.context); // []
 * ```
 * @category Procedures
 */
export function protectionApplicantWorkPermitInvariants(base: CaseContext): string[] {
  const context = base as ProtectionApplicantWorkPermitContext;
  const problems: string[] = [];
  const months = law.protectionAotValidityMonths.value;
  const periods = context.validity ? [...context.pastValidities, context.validity] : context.pastValidities;
  for (const period of periods) {
    const longest = lastDayOfPeriod(period.from, { months });
    if (isAfter(period.to, longest)) problems.push(`validity ${period.from}..${period.to} exceeds ${months} months (last day ${longest})`);
  }
  if (context.pastValidities.length !== context.renewals) problems.push(`${context.renewals} renewals but ${context.pastValidities.length} past validities`);
  const earliest = earliestAotApplicationOn(context.protectionAppliedOn);
  if (context.earliestApplicationOn !== earliest) problems.push(`earliest application ${context.earliestApplicationOn}, expected ${earliest}`);
  if (context.route === 'adem' && context.submittedOn !== null && (earliest === null || isBefore(context.submittedOn, earliest))) {
    problems.push(`AOT application filed on ${context.submittedOn}, before ${earliest ?? 'the end of the waiting period'}`);
  }
  if (context.route === 'adem' && context.validity !== null && context.facts.delayCausedByApplicant) problems.push('AOT granted although the applicant caused the delay');
  if (context.validity !== null && (!context.binding?.employer || !context.binding.profession)) problems.push('AOT not bound to one employer and one profession');
  return problems;
}
