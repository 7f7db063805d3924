/**
 * Facts known when a seasonal-worker case is opened.
 */
import { z } from 'zod';
import { isoDateSchema } from '../../src/calendar';
import { personSchema } from '../../src/case/person';

/**
 * zod schema of the facts of a seasonal-worker case. Every field has a default
 * so `{}` is a valid set of facts.
 *
 * @example
 * ```ts
 * seasonalWorkerFactsSchema.parse({ visaRequired: false });
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
  /** Holders of a Luxembourg residence permit may apply from Luxembourg. */
  holdsLuxembourgResidencePermit: z.boolean().default(false),
  /** Last day the person was admitted to Luxembourg as a seasonal worker, if ever. */
  lastAdmittedAsSeasonalWorkerOn: isoDateSchema.optional(),
  /** Who files the application for the temporary authorisation to stay. */
  applicationFiledBy: z.enum(['applicant', 'employer', 'mandatedThirdParty', 'attorney']).default('applicant'),
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
