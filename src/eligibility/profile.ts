/**
 * The facts about a person that decide which procedure applies to them.
 * Validated with zod; a JSON Schema is generated from the same definition.
 */
import { z } from 'zod';
import { isAfter, isBefore, isoDateSchema, type IsoDate } from '../calendar';
import { seasonalActivityIds } from '../../machines/seasonal-worker/activities';
import { refusedArguments } from '../guard';

const placeSchema = z.enum(['luxembourg', 'otherMemberState', 'thirdCountry']);

/**
 * zod schema of the family tie to an EU citizen: who the citizen is to the
 * person, where the citizen lives and whether the citizen works in Luxembourg.
 *
 * @example
 * ```ts
 * euFamilyTieSchema.parse({ citizenIs: 'spouse', citizenLivesIn: 'sameMemberStateAsPerson', livesWithPerson: true, citizenWorksInLuxembourg: true });
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
  livesWithPerson: z
    .boolean()
    .optional()
    .describe('Whether the citizen and the person live together. Not assumed: the cross-border exemption is undetermined until it is stated.'),
  citizenWorksInLuxembourg: z
    .boolean()
    .optional()
    .describe('Whether the citizen already works in Luxembourg. Not assumed: the cross-border exemption is undetermined until it is stated.'),
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
  startsOn: isoDateSchema
    .optional()
    .describe('The first day of the planned stay, when known; the seasonal stay cap counts the earlier seasonal stays in the rolling 12 months that reach it.'),
  studentJob: z.boolean().default(false).describe('Whether the job is a "student job".'),
});

/**
 * zod schema of an earlier seasonal stay in Luxembourg, both days included.
 *
 * @example
 * ```ts
 * earlierSeasonalStaySchema.parse({ from: '2026-01-01', to: '2026-03-31' });
 * ```
 */
export const earlierSeasonalStaySchema = z
  .strictObject({
    from: isoDateSchema.describe('The first day of the stay.'),
    to: isoDateSchema.describe('The last day of the stay.'),
  })
  .refine((stay) => !isAfter(stay.from, stay.to), { message: 'a stay cannot end before it starts', path: ['to'] });

type StayInput = z.output<typeof earlierSeasonalStaySchema>;

/**
 * Earlier stays must be over before `asOf` and before the planned
 * stay, and must not overlap one another: each issue names the stay's index.
 */
function checkEarlierStays(
  profile: { asOf: IsoDate; earlierSeasonalStays: StayInput[]; job: { startsOn?: IsoDate | undefined } },
  context: { addIssue: (issue: { code: 'custom'; message: string; path: (string | number)[] }) => void },
): void {
  const stays = profile.earlierSeasonalStays;
  stays.forEach((stay, index) => {
    if (!isBefore(stay.to, profile.asOf)) {
      context.addIssue({ code: 'custom', message: `an earlier stay must end before asOf (${profile.asOf})`, path: ['earlierSeasonalStays', index, 'to'] });
    } else if (profile.job.startsOn !== undefined && !isBefore(stay.to, profile.job.startsOn)) {
      context.addIssue({ code: 'custom', message: `an earlier stay must end before job.startsOn (${profile.job.startsOn})`, path: ['earlierSeasonalStays', index, 'to'] });
    }
    const overlapped = stays.findIndex((other, at) => at < index && !isAfter(other.from, stay.to) && !isAfter(stay.from, other.to));
    if (overlapped >= 0) {
      context.addIssue({ code: 'custom', message: `overlaps earlier stay ${overlapped}`, path: ['earlierSeasonalStays', index] });
    }
  });
}

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
  luxembourgPermitValidUntil: isoDateSchema
    .optional()
    .describe('The last day of validity of that Luxembourg residence permit, when one is held (or was, if it has expired).'),
  holdsOtherMemberStateAuthorisation: z
    .boolean()
    .optional()
    .describe(
      'Whether the person holds an authorisation to stay issued by another member state (or Iceland, Liechtenstein, Norway, Switzerland). Not assumed: the cross-border exemption is undetermined until it is stated.',
    ),
  hasWorkedInLuxembourg: z
    .boolean()
    .optional()
    .describe('For a person who lives in Luxembourg: whether they have already worked there. Not assumed: the seasonal procedure for residents is undetermined until it is stated.'),
  earlierSeasonalStays: z
    .array(earlierSeasonalStaySchema)
    .max(100)
    .default([])
    .describe('Earlier stays in Luxembourg as a seasonal worker, in any order: none may overlap another or reach asOf or job.startsOn. They count against the seasonal stay cap.'),
  euFamily: euFamilyTieSchema.optional().describe('A family tie to an EU/EEA/Swiss citizen, if any.'),
  internationalProtection: protectionApplicationSchema.optional().describe('An application for international protection, if any.'),
  job: jobSchema.describe('The job the person wants to take up in Luxembourg.'),
}).superRefine(checkEarlierStays);

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
  try {
  const { $schema, ...body } = z.toJSONSchema(profileSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $schema,
    title: 'permit-lifecycles eligibility profile',
    description: 'Facts about a person; run `permit-lifecycles eligibility <file>` to see which procedures apply.',
    ...body,
  };
  } catch (error) {
    throw refusedArguments('profileJsonSchema', error);
  }
}
