/**
 * zod schemas of the cross-border family exemption events: dated facts, in the past tense.
 */
import { z } from 'zod';
import { isoDateSchema } from '../../src/calendar';
import { clockAdvancedEvent, datedEvent, documentsSuppliedEvent, employerNameSchema, shortTextSchema } from '../../src/case/events';
import { crossBorderFamilyExemptionDocumentIds } from './documents';

/**
 * The schema of every event the cross-border family exemption machine accepts.
 *
 * @example
 * ```ts
 * crossBorderFamilyExemptionEventSchema.parse({ type: 'vacancy.declared', at: '2026-01-05' });
 * ```
 * @category Procedures
 */
export const crossBorderFamilyExemptionEventSchema = z.discriminatedUnion('type', [
  clockAdvancedEvent,
  documentsSuppliedEvent(crossBorderFamilyExemptionDocumentIds),
  datedEvent('vacancy.declared'),
  datedEvent('application.submitted', {
    employer: employerNameSchema,
    profession: shortTextSchema.optional(),
    documents: z.array(z.enum(crossBorderFamilyExemptionDocumentIds)).optional(),
    /** The last day of validity of the passport whose copy the application carries, when the event states it (a renewed passport). */
    passportExpiresOn: isoDateSchema.optional(),
  }),
  datedEvent('exemption.granted'),
  datedEvent('exemption.refused'),
  datedEvent('work.started'),
  datedEvent('euCitizenEmployment.ended'),
  datedEvent('familyRelationship.ended'),
  datedEvent('family.movedToLuxembourg'),
  datedEvent('memberStateResidence.ended'),
  datedEvent('employment.ended'),
]);

/**
 * An event of the cross-border family exemption procedure.
 *
 * @example
 * ```ts
 * const event: CrossBorderFamilyExemptionEvent = { type: 'exemption.granted', at: '2026-04-01' };
 * ```
 * @category Procedures
 */
export type CrossBorderFamilyExemptionEvent = z.output<typeof crossBorderFamilyExemptionEventSchema>;
