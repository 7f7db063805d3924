/**
 * Facts known when a salaried-worker case is opened.
 */
import { z } from 'zod';
import { isoDateSchema } from '../../src/calendar';
import { personSchema } from '../../src/case/person';

/**
 * zod schema of the facts of a salaried-worker case. Every field has a
 * default or is optional, so `{}` is a valid set of facts (fields added since
 * 1.1.0 have no default, so that cases stored before replay to the same
 * context).
 *
 * @example
 * ```ts
 * salariedWorkerFactsSchema.parse({ visaRequired: false });
 * salariedWorkerFactsSchema.parse({ holdsLuxembourgResidencePermit: true, currentResidenceValidUntil: '2026-09-30', passportExpiresOn: '2031-01-31' });
 * ```
 * @category Procedures
 */
export const salariedWorkerFactsSchema = z.strictObject({
  /** Personal data: kept only for the host's display. */
  person: personSchema.optional(),
  /** Persons subject to visa requirements need a type D visa after the authorisation. */
  visaRequired: z.boolean().default(true),
  /** Long-term resident status obtained in another EU member state: a 5-year first permit. */
  longTermResidentInAnotherMemberState: z.boolean().default(false),
  /** Whether a proxy files the application ("where necessary, a proxy"). */
  representedByProxy: z.boolean().default(false),
  /** Documents not in German, French or English need a sworn translation. */
  documentsInGermanFrenchOrEnglish: z.boolean().default(true),
  /** The person already holds a Luxembourg residence permit of another kind (a student, a family member, ...): they apply from Luxembourg, with no visa or entry. */
  holdsLuxembourgResidencePermit: z.boolean().optional(),
  /** The person already resides legally in Luxembourg under another title than a residence permit. */
  residesLegallyInLuxembourg: z.boolean().optional(),
  /** Last day of the title under which the person already resides in Luxembourg, when known. */
  currentResidenceValidUntil: isoDateSchema.optional(),
  /** Last day of validity of the passport; an application event may bring a renewed passport's. */
  passportExpiresOn: isoDateSchema.optional(),
});

/**
 * Facts of a salaried-worker case, after defaults.
 *
 * @example
 * ```ts
 * const facts: SalariedWorkerFacts = salariedWorkerFactsSchema.parse({});
 * ```
 * @category Procedures
 */
export type SalariedWorkerFacts = z.output<typeof salariedWorkerFactsSchema>;

/**
 * Whether the person already resides legally in Luxembourg: a Luxembourg
 * residence permit of another kind, or another lawful stay the facts state.
 *
 * @example
 * ```ts
 * alreadyResidesInLuxembourg(salariedWorkerFactsSchema.parse({ holdsLuxembourgResidencePermit: true })); // true
 * ```
 */
export function alreadyResidesInLuxembourg(facts: Pick<SalariedWorkerFacts, 'holdsLuxembourgResidencePermit' | 'residesLegallyInLuxembourg'>): boolean {
  return facts.holdsLuxembourgResidencePermit === true || facts.residesLegallyInLuxembourg === true;
}
