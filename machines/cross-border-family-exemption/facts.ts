/**
 * Facts known when a cross-border family exemption case is opened: who the
 * person is to the EU citizen, and the conditions the page lists.
 */
import { z } from 'zod';
import { personSchema } from '../../src/case/person';

/**
 * zod schema of the facts of a cross-border family exemption case. The
 * defaults describe a person who meets every condition of the page; give the
 * facts that differ.
 *
 * @example
 * ```ts
 * crossBorderFamilyExemptionFactsSchema.parse({ relationship: 'child' });
 * ```
 * @category Procedures
 */
export const crossBorderFamilyExemptionFactsSchema = z.strictObject({
  /** Personal data: kept only for the host's display. */
  person: personSchema.optional(),
  /** What the person is to the EU citizen: the page covers spouses, registered partners and children (of a parent). */
  relationship: z.enum(['spouse', 'registeredPartner', 'child', 'otherRelative']).default('spouse'),
  /** The family member is a citizen of an EU member state or of Iceland, Liechtenstein, Norway or Switzerland. */
  familyMemberIsEuCitizen: z.boolean().default(true),
  /** The family member already works in Luxembourg. */
  familyMemberWorksInLuxembourg: z.boolean().default(true),
  /** The person is legally resident with the family member in another member state (or a country treated as such). */
  livesWithFamilyMemberInAnotherMemberState: z.boolean().default(true),
  /** Who files the application: the person, a mandated third party (e.g. the future employer) or an attorney. */
  applicationFiledBy: z.enum(['applicant', 'mandatedThirdParty', 'attorney']).default('applicant'),
  /** Whether every document is drawn up in German, French or English. */
  documentsInGermanFrenchOrEnglish: z.boolean().default(true),
});

/**
 * Facts of a cross-border family exemption case, after defaults.
 *
 * @example
 * ```ts
 * const facts: CrossBorderFamilyExemptionFacts = crossBorderFamilyExemptionFactsSchema.parse({});
 * ```
 * @category Procedures
 */
export type CrossBorderFamilyExemptionFacts = z.output<typeof crossBorderFamilyExemptionFactsSchema>;

/**
 * Whether the facts meet the page's conditions: spouse, registered partner or
 * child of an EU citizen who already works in Luxembourg, legally resident
 * with them in another member state.
 *
 * @example
 * ```ts
 * meetsExemptionConditions(crossBorderFamilyExemptionFactsSchema.parse({})); // true
 * ```
 * @category Procedures
 */
export function meetsExemptionConditions(facts: CrossBorderFamilyExemptionFacts): boolean {
  return (
    facts.relationship !== 'otherRelative' &&
    facts.familyMemberIsEuCitizen &&
    facts.familyMemberWorksInLuxembourg &&
    facts.livesWithFamilyMemberInAnotherMemberState
  );
}
