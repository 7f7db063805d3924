/**
 * Facts known when a protection applicant's work permit (AOT) case is opened.
 */
import { z } from 'zod';
import { isoDateSchema } from '../../src/calendar';
import { personSchema } from '../../src/case/person';

/**
 * zod schema of the facts of an AOT case. Every field is optional or has a
 * default, so `{}` describes an adult who applied for protection on the day
 * the case is opened.
 *
 * @example
 * ```ts
 * protectionApplicantWorkPermitFactsSchema.parse({ protectionApplicationSubmittedOn: '2025-11-30' });
 * ```
 * @category Procedures
 */
export const protectionApplicantWorkPermitFactsSchema = z.strictObject({
  /** Personal data: kept only for the host's display. */
  person: personSchema.optional(),
  /**
   * The day the application for international protection was submitted to the
   * General Department of immigration. When left out, the case's opening day is used.
   */
  protectionApplicationSubmittedOn: isoDateSchema.optional(),
  /** Whether the applicant is responsible for the delay in deciding on the protection application. */
  delayCausedByApplicant: z.boolean().default(false),
  /** An unaccompanied minor may ask for the student-job exemption. */
  unaccompaniedMinor: z.boolean().default(false),
  /** Whether the worker has professional qualifications to attest ("where applicable" on the page). */
  hasProfessionalQualifications: z.boolean().default(false),
});

/**
 * Facts of an AOT case, after defaults.
 *
 * @example
 * ```ts
 * const facts: ProtectionApplicantWorkPermitFacts = protectionApplicantWorkPermitFactsSchema.parse({});
 * ```
 * @category Procedures
 */
export type ProtectionApplicantWorkPermitFacts = z.output<typeof protectionApplicantWorkPermitFactsSchema>;
