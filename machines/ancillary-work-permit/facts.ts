/**
 * Facts known when an ancillary work permit case is opened.
 */
import { z } from 'zod';
import { isoDateSchema } from '../../src/calendar';
import { personSchema } from '../../src/case/person';

/**
 * zod schema of the facts of an ancillary work permit case. Only the end date
 * of the residence permit the work permit rests on is required: the work
 * permit may never run beyond it.
 *
 * @example
 * ```ts
 * ancillaryWorkPermitFactsSchema.parse({ residencePermitValidUntil: '2027-09-30' });
 * ```
 * @category Procedures
 */
export const ancillaryWorkPermitFactsSchema = z.strictObject({
  /** Personal data: kept only for the host's display (and the age checks of the checklists). */
  person: personSchema.optional(),
  /** The category of the Luxembourg residence permit the person holds; `none` when they hold none. */
  residencePermitCategory: z.enum(['privateReasons', 'other', 'none']).default('privateReasons'),
  /** Last day of validity of that residence permit, as printed on it. */
  residencePermitValidUntil: isoDateSchema,
  /** Family member of an EU citizen (or of a national of a country treated as such) residing in Luxembourg. */
  familyMemberOfResidentEuCitizen: z.boolean().default(false),
  /** Whether the salaried activity is to be the person's main activity rather than an ancillary one. */
  employmentIsMainActivity: z.boolean().default(false),
  /** Who files the work permit application: the applicant, or a third party they mandated. */
  applicationFiledBy: z.enum(['applicant', 'employer', 'mandatedThirdParty', 'attorney']).default('applicant'),
  /** Whether some documents are in a language other than German, French or English. */
  documentsInOtherLanguage: z.boolean().default(false),
  /** First day of the lawful, uninterrupted stay in Luxembourg, when known (for the long-term resident pointer). */
  residingInLuxembourgSince: isoDateSchema.optional(),
  /** Last day of validity of the passport whose copy the applications carry; an application event may bring a renewed passport's. */
  passportExpiresOn: isoDateSchema.optional(),
});

/**
 * Facts of an ancillary work permit case, after defaults.
 *
 * @example
 * ```ts
 * const facts: AncillaryWorkPermitFacts = ancillaryWorkPermitFactsSchema.parse({ residencePermitValidUntil: '2027-09-30' });
 * ```
 * @category Procedures
 */
export type AncillaryWorkPermitFacts = z.output<typeof ancillaryWorkPermitFactsSchema>;
