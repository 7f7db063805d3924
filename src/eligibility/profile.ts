/**
 * The facts about a person that decide which procedure applies to them.
 * Validated with zod; a JSON Schema is generated from the same definition.
 */
import { z } from 'zod';
import { isoDateSchema } from '../calendar';
import { seasonalActivityIds } from '../../machines/seasonal-worker/activities';

const placeSchema = z.enum(['luxembourg', 'otherMemberState', 'thirdCountry']);

/**
 * zod schema of the family tie to an EU citizen: who the citizen is to the
 * person, where the citizen lives and whether the citizen works in Luxembourg.
 *
 * @example
 * ```ts
 * euFamilyTieSchema.parse({ citizenIs: 'spouse', citizenLivesIn: 'luxembourg', citizenWorksInLuxembourg: true });
 * ```
 * @category Eligibility
 */
export const euFamilyTieSchema = z.strictObject({
  citizenIs: z
    .enum(['spouse', 'registeredPartner', 'parent', 'child', 'otherRelative'])
    .describe("Who the EU/EEA/Swiss citizen is to the person: 'parent' means the citizen is the person's parent."),
  citizenLivesIn: z
    .enum(['luxembourg', 'sameMemberStateAsPerson', 'elsewhere'])
    .describe("Where the citizen lives: in Luxembourg, in the other member state where the person lives, or elsewhere."),
  livesWithPerson: z.boolean().default(true).describe('Whether the citizen and the person live together.'),
  citizenWorksInLuxembourg: z.boolean().describe('Whether the citizen already works in Luxembourg.'),
});

/**
 * zod schema of a pending or decided application for international protection.
 *
 * @example
 * ```ts
 * protectionApplicationSchema.parse({ appliedOn: '2026-01-10' });
 * ```
 * @category Eligibility
 */
export const protectionApplicationSchema = z.strictObject({
  appliedOn: isoDateSchema.describe('The day the application for international protection was submitted.'),
  decisionTaken: z.boolean().default(false).describe('Whether the minister has decided on the application.'),
  delayCausedByApplicant: z.boolean().default(false).describe('Whether the applicant is responsible for the decision taking longer.'),
  unaccompaniedMinor: z.boolean().default(false).describe('Whether the applicant is an unaccompanied minor.'),
});

/**
 * zod schema of the job the person wants to take up.
 *
 * @example
 * ```ts
 * jobSchema.parse({ seasonal: true, activity: 'harvesting', plannedMonths: 4 });
 * ```
 * @category Eligibility
 */
export const jobSchema = z.strictObject({
  seasonal: z.boolean().default(false).describe('Whether the job is seasonal.'),
  activity: z
    .enum([...seasonalActivityIds, 'other'])
    .default('other')
    .describe("The seasonal activity from the seasonal-worker page's list, or 'other'."),
  mainActivity: z.boolean().default(true).describe('Whether paid work will be the main activity (false: an ancillary activity).'),
  plannedMonths: z.number().positive().max(1200).describe('How many months the person plans to stay and work in Luxembourg.'),
  studentJob: z.boolean().default(false).describe('Whether the job is a "student job".'),
});

/**
 * zod schema of an eligibility profile: the day the question is asked and the
 * facts about the person.
 *
 * @example
 * ```ts
 * profileSchema.parse({
 *   asOf: '2026-03-01', nationality: 'thirdCountry', livesIn: 'thirdCountry',
 *   job: { seasonal: true, activity: 'harvesting', plannedMonths: 4 },
 * });
 * ```
 * @category Eligibility
 */
export const profileSchema = z.strictObject({
  $schema: z.string().optional().describe('Path or URL of this JSON Schema, for editors.'),
  asOf: isoDateSchema.describe('The day the question is asked; waiting periods are counted up to it.'),
  nationality: z
    .enum(['euEeaSwiss', 'thirdCountry'])
    .describe('EU, EEA (Iceland, Liechtenstein, Norway) or Swiss national, or a national of any other (third) country.'),
  livesIn: placeSchema.describe("Where the person lives now; 'otherMemberState' covers the EU, Iceland, Liechtenstein, Norway and Switzerland."),
  willLiveInLuxembourg: z.boolean().default(true).describe('Whether the person lives, or intends to establish residence, in Luxembourg.'),
  luxembourgPermit: z
    .enum(['none', 'privateReasons', 'salariedWorker', 'seasonalWorker', 'euFamilyMember', 'other'])
    .default('none')
    .describe('The Luxembourg residence permit the person holds.'),
  holdsOtherMemberStateAuthorisation: z
    .boolean()
    .default(false)
    .describe('Whether the person holds an authorisation to stay issued by another member state (or Iceland, Liechtenstein, Norway, Switzerland).'),
  euFamily: euFamilyTieSchema.optional().describe('A family tie to an EU/EEA/Swiss citizen, if any.'),
  internationalProtection: protectionApplicationSchema.optional().describe('An application for international protection, if any.'),
  job: jobSchema.describe('The job the person wants to take up in Luxembourg.'),
});

/**
 * A validated eligibility profile (defaults applied).
 *
 * @example
 * ```ts
 * const profile: Profile = profileSchema.parse(JSON.parse(text));
 * ```
 * @category Eligibility
 */
export type Profile = z.output<typeof profileSchema>;

/**
 * An eligibility profile as written in a file (defaults not yet applied).
 *
 * @example
 * ```ts
 * const input: ProfileInput = { asOf: '2026-03-01', nationality: 'euEeaSwiss', livesIn: 'otherMemberState', job: { plannedMonths: 12 } };
 * ```
 * @category Eligibility
 */
export type ProfileInput = z.input<typeof profileSchema>;

/**
 * The JSON Schema (draft 2020-12) of profile files, generated from
 * {@link profileSchema}. `npm run schema` writes it to `docs/profile.schema.json`.
 *
 * @example
 * ```ts
 * writeFileSync('profile.schema.json', JSON.stringify(profileJsonSchema(), null, 2));
 * ```
 * @category Eligibility
 */
export function profileJsonSchema(): Record<string, unknown> {
  const { $schema, ...body } = z.toJSONSchema(profileSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $schema,
    title: 'permit-lifecycles eligibility profile',
    description: 'Facts about a person; run `permit-lifecycles eligibility <file>` to see which procedures apply.',
    ...body,
  };
}
