/**
 * Facts known when a cross-border family exemption case is opened: who the
 * person is to the EU citizen, and the conditions the page lists.
 */
import { z } from 'zod';
import { isoDateSchema } from '../../src/calendar';
import { personSchema } from '../../src/case/person';
import { refusedArguments } from '../../src/guard';

/**
 * zod schema of the facts of a cross-border family exemption case. The four
 * facts that make a person eligible (relationship, the family member's EU
 * citizenship, their work in Luxembourg, living together in another member
 * state) have no default: a case never assumes an eligible person, and a
 * missing one is a `facts.invalid` error naming its path.
 *
 * @example
 * ```ts
 * crossBorderFamilyExemptionFactsSchema.parse({
 *   relationship: 'child',
 *   familyMemberIsEuCitizen: true,
 *   familyMemberWorksInLuxembourg: true,
 *   livesWithFamilyMemberInAnotherMemberState: true,
 * });
 * ```
 * @category Procedures
 */
export const crossBorderFamilyExemptionFactsSchema = z.strictObject({
  /** Personal data: kept only for the host's display. */
  person: personSchema.optional(),
  /** What the person is to the EU citizen: the page covers spouses, registered partners and children (of a parent). */
  relationship: z.enum(['spouse', 'registeredPartner', 'child', 'otherRelative']),
  /** The family member is a citizen of an EU member state or of Iceland, Liechtenstein, Norway or Switzerland. */
  familyMemberIsEuCitizen: z.boolean(),
  /** The family member already works in Luxembourg. */
  familyMemberWorksInLuxembourg: z.boolean(),
  /** The person is legally resident with the family member in another member state (or a country treated as such). */
  livesWithFamilyMemberInAnotherMemberState: z.boolean(),
  /** Who files the application: the person, a mandated third party (e.g. the future employer) or an attorney. */
  applicationFiledBy: z.enum(['applicant', 'mandatedThirdParty', 'attorney']).default('applicant'),
  /** Whether every document is drawn up in German, French or English. */
  documentsInGermanFrenchOrEnglish: z.boolean().default(true),
  /** Last day of validity of the passport; the application event may bring a renewed passport's. */
  passportExpiresOn: isoDateSchema.optional(),
});

/**
 * Facts of a cross-border family exemption case, after defaults.
 *
 * @example
 * ```ts
 * const facts: CrossBorderFamilyExemptionFacts = crossBorderFamilyExemptionFactsSchema.parse({
 *   relationship: 'spouse',
 *   familyMemberIsEuCitizen: true,
 *   familyMemberWorksInLuxembourg: true,
 *   livesWithFamilyMemberInAnotherMemberState: true,
 * });
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
 * meetsExemptionConditions({
 *   relationship: 'spouse',
 *   familyMemberIsEuCitizen: true,
 *   familyMemberWorksInLuxembourg: true,
 *   livesWithFamilyMemberInAnotherMemberState: true,
 *   applicationFiledBy: 'applicant',
 *   documentsInGermanFrenchOrEnglish: true,
 * }); // true
 * ```
 * @category Procedures
 */
export function meetsExemptionConditions(facts: CrossBorderFamilyExemptionFacts): boolean {
  try {
  return (
    facts.relationship !== 'otherRelative' &&
    facts.familyMemberIsEuCitizen &&
    facts.familyMemberWorksInLuxembourg &&
    facts.livesWithFamilyMemberInAnotherMemberState
  );
  } catch (error) {
    throw refusedArguments('meetsExemptionConditions', error);
  }
}
