/**
 * Facts known when a seasonal-worker case is opened.
 */
import { z } from 'zod';
import { isBefore, isoDateSchema, type IsoDate } from '../../src/calendar';
import { personSchema } from '../../src/case/person';
import { refusedArguments } from '../../src/guard';

/** One earlier seasonal stay in Luxembourg, both days included. */
const earlierStaySchema = z
  .strictObject({ from: isoDateSchema, to: isoDateSchema })
  .refine((stay) => !isBefore(stay.to, stay.from), { message: 'a stay cannot end before it starts', path: ['to'] });

/**
 * zod schema of the facts of a seasonal-worker case. Every field has a default
 * or is optional, so `{}` is a valid set of facts (fields added since 1.1.0
 * have no default, so that cases stored before replay to the same context). Earlier stays must not overlap; that they
 * ended before the case opens is checked by {@link seasonalWorkerFactsOnOpening}.
 *
 * @example
 * ```ts
 * seasonalWorkerFactsSchema.parse({ visaRequired: false, earlierSeasonalStays: [{ from: '2025-10-01', to: '2025-12-31' }] });
 * ```
 * @category Procedures
 */
export const seasonalWorkerFactsSchema = z.strictObject({
  /** Personal data: kept only for the host's display, removed by `redactCase`. */
  person: personSchema.optional(),
  /** Nationals of some countries need a visa to enter the Schengen area. */
  visaRequired: z.boolean().default(true),
  holdsEuFamilyResidencePermit: z.boolean().default(false),
  holdsOtherMemberStateResidencePermit: z.boolean().default(false),
  /** Holders of a Luxembourg residence permit may apply from Luxembourg, and need no visa or entry. */
  holdsLuxembourgResidencePermit: z.boolean().default(false),
  /** The person already resides legally in Luxembourg under another title than a residence permit (the page's "already legally reside in Luxembourg"). */
  residesLegallyInLuxembourg: z.boolean().optional(),
  /** Last day of the title under which the person already resides in Luxembourg, when known. */
  currentResidenceValidUntil: isoDateSchema.optional(),
  /** Last day the person was admitted to Luxembourg as a seasonal worker, if ever. */
  lastAdmittedAsSeasonalWorkerOn: isoDateSchema.optional(),
  /** Seasonal stays in Luxembourg before this case, counted in the 5-in-12 cap: each ended before the case opens, none overlapping. */
  earlierSeasonalStays: z
    .array(earlierStaySchema)
    .optional()
    .superRefine((stays, context) => {
      stays?.forEach((stay, index) => {
        const other = stays.findIndex((earlier, at) => at < index && !isBefore(earlier.to, stay.from) && !isBefore(stay.to, earlier.from));
        if (other >= 0) context.addIssue({ code: 'custom', message: `this stay overlaps stay ${other}`, path: [index] });
      });
    }),
  /** Who files the application for the temporary authorisation to stay. */
  applicationFiledBy: z.enum(['applicant', 'employer', 'mandatedThirdParty', 'attorney']).default('applicant'),
  /** Last day of validity of the passport; an application event may bring a renewed passport's. */
  passportExpiresOn: isoDateSchema.optional(),
});

/**
 * Facts of a seasonal-worker case, after defaults.
 *
 * @example
 * ```ts
 * const facts: SeasonalWorkerFacts = seasonalWorkerFactsSchema.parse({});
 * ```
 * @category Procedures
 */
export type SeasonalWorkerFacts = z.output<typeof seasonalWorkerFactsSchema>;

/**
 * The checks of seasonal-worker facts against the opening day: an earlier
 * seasonal stay must have ended before the case opens (a stay that has not
 * ended is this case's, or a future one).
 *
 * @example
 * ```ts
 * seasonalWorkerFactsOnOpening({ earlierSeasonalStays: [{ from: '2026-01-05', to: '2026-03-31' }] }, '2026-03-01');
 * // [{ path: ['earlierSeasonalStays', 0, 'to'], message: '...' }]
 * ```
 * @category Procedures
 */
export function seasonalWorkerFactsOnOpening(facts: Record<string, unknown>, openedOn: IsoDate): { path: (string | number)[]; message: string }[] {
  try {
  const stays = (facts as Partial<SeasonalWorkerFacts>).earlierSeasonalStays ?? [];
  return stays.flatMap((stay, index) =>
    isBefore(stay.to, openedOn)
      ? []
      : [{ path: ['earlierSeasonalStays', index, 'to'], message: `an earlier seasonal stay must have ended before the case opens on ${openedOn}, not on ${stay.to}` }],
  );
  } catch (error) {
    throw refusedArguments('seasonalWorkerFactsOnOpening', error);
  }
}

/**
 * Whether the person already resides legally in Luxembourg: a Luxembourg
 * residence permit, or another lawful stay the facts state.
 *
 * @example
 * ```ts
 * residesInLuxembourg(seasonalWorkerFactsSchema.parse({ holdsLuxembourgResidencePermit: true })); // true
 * ```
 * @category Procedures
 */
export function residesInLuxembourg(facts: Pick<SeasonalWorkerFacts, 'holdsLuxembourgResidencePermit' | 'residesLegallyInLuxembourg'>): boolean {
  try {
  return facts.holdsLuxembourgResidencePermit || facts.residesLegallyInLuxembourg === true;
  } catch (error) {
    throw refusedArguments('residesInLuxembourg', error);
  }
}
