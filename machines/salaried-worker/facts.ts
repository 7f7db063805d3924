/**
 * Facts known when a salaried-worker case is opened.
 */
import { z } from 'zod';
import { personSchema } from '../../src/case/person';

/**
 * zod schema of the facts of a salaried-worker case. Every field has a
 * default, so `{}` is a valid set of facts.
 *
 * @example
 * ```ts
 * salariedWorkerFactsSchema.parse({ visaRequired: false });
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
