/**
 * zod schemas of the salaried-worker events: dated facts, in the past tense.
 */
import { z } from 'zod';
import { isoDateSchema } from '../../src/calendar';
import { appealEventSchemas } from '../../src/case/appeals';
import { clockAdvancedEvent, datedEvent, documentsSuppliedEvent, employerNameSchema, shortTextSchema } from '../../src/case/events';
import { salariedWorkerDocumentIds } from './documents';

const documentIds = z.array(z.enum(salariedWorkerDocumentIds));
/** A profession or a sector as the host names it (e.g. an ISCO or NACE code, or a label). */
const label = shortTextSchema;
/** The last day of validity of the passport whose copy the application carries, when the event states it (a renewed passport). */
const passportExpiresOn = isoDateSchema.optional();

/**
 * The schema of every event the salaried-worker machine accepts. Refusal
 * events are dated on the day the refusal was notified (appeal periods run
 * from it).
 *
 * @example
 * ```ts
 * salariedWorkerEventSchema.parse({ type: 'vacancy.declared', at: '2026-01-05' });
 * ```
 * @category Procedures
 */
export const salariedWorkerEventSchema = z.discriminatedUnion('type', [
  clockAdvancedEvent,
  documentsSuppliedEvent(salariedWorkerDocumentIds),
  datedEvent('vacancy.declared'),
  datedEvent('candidate.proposed'),
  datedEvent('candidate.hired'),
  datedEvent('candidate.notHired'),
  datedEvent('ademCertificate.issued'),
  datedEvent('ademCertificate.refused'),
  datedEvent('application.submitted', { employer: employerNameSchema, profession: label, sector: label, documents: documentIds.optional(), passportExpiresOn }),
  datedEvent('authorisation.granted'),
  datedEvent('authorisation.refused'),
  datedEvent('visa.applied'),
  datedEvent('visa.issued'),
  datedEvent('visa.refused'),
  datedEvent('territory.entered'),
  datedEvent('arrival.declared'),
  datedEvent('medicalCertificate.issued'),
  datedEvent('work.started', { employer: employerNameSchema.optional(), authorisationSeen: z.boolean(), copyKept: z.boolean() }),
  datedEvent('workStart.notified'),
  datedEvent('residencePermit.applied', { documents: documentIds.optional() }),
  datedEvent('residencePermit.approved', { validUntil: isoDateSchema.optional() }),
  datedEvent('residencePermit.refused'),
  datedEvent('biometrics.taken'),
  datedEvent('residencePermit.collected'),
  datedEvent('employmentChange.requested', {
    submittedFrom: z.enum(['luxembourg', 'abroad']),
    profession: label,
    sector: label,
    employer: employerNameSchema.optional(),
  }),
  datedEvent('employmentChange.granted'),
  datedEvent('employmentChange.refused'),
  datedEvent('renewal.applied', {
    /** Whether the holder can prove they actually worked for the whole validity of the permit. */
    workedWholeValidity: z.boolean(),
    /** Whether the holder receives unemployment benefits when the renewal is decided. */
    receivingUnemploymentBenefits: z.boolean(),
    documents: documentIds.optional(),
    passportExpiresOn,
  }),
  datedEvent('renewal.granted', { validUntil: isoDateSchema }),
  datedEvent('renewal.refused'),
  ...appealEventSchemas,
]);

/**
 * An event of the salaried-worker procedure.
 *
 * @example
 * ```ts
 * const event: SalariedWorkerEvent = { type: 'arrival.declared', at: '2026-05-04' };
 * ```
 * @category Procedures
 */
export type SalariedWorkerEvent = z.output<typeof salariedWorkerEventSchema>;
