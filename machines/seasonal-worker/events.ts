/**
 * zod schemas of the seasonal-worker events: dated facts, in the past tense.
 */
import { z } from 'zod';
import { isoDateSchema } from '../../src/calendar';
import { clockAdvancedEvent, datedEvent, documentsSuppliedEvent, employerNameSchema } from '../../src/case/events';
import { revocationGroundIds, seasonalActivityIds } from './activities';
import { seasonalWorkerDocumentIds } from './documents';

const documentIds = z.array(z.enum(seasonalWorkerDocumentIds));
const employerName = employerNameSchema;
/** The last day of validity of the passport whose copy the application carries, when the event states it (a renewed passport). */
const passportExpiry = isoDateSchema.optional();

/**
 * The schema of every event the seasonal-worker machine accepts.
 *
 * @example
 * ```ts
 * seasonalWorkerEventSchema.parse({ type: 'vacancy.declared', at: '2026-01-05' });
 * ```
 * @category Procedures
 */
export const seasonalWorkerEventSchema = z.discriminatedUnion('type', [
  clockAdvancedEvent,
  documentsSuppliedEvent(seasonalWorkerDocumentIds),
  datedEvent('vacancy.declared'),
  datedEvent('vacancy.filled'),
  datedEvent('ademCertificate.issued'),
  datedEvent('ademCertificate.refused'),
  datedEvent('application.submitted', {
    submittedFrom: z.enum(['abroad', 'luxembourg']),
    employer: employerName,
    activity: z.enum(seasonalActivityIds),
    documents: documentIds.optional(),
    passportExpiresOn: passportExpiry,
  }),
  datedEvent('authorisation.granted'),
  datedEvent('authorisation.refused'),
  datedEvent('visa.applied'),
  // A visa cannot end before the day it is issued: such an event is contradictory, not late.
  datedEvent('visa.issued', { validUntil: isoDateSchema.optional() }).refine((event) => event.validUntil === undefined || event.validUntil >= event.at, {
    message: 'a visa cannot be valid until a day before it is issued',
    path: ['validUntil'],
  }),
  datedEvent('visa.refused'),
  datedEvent('territory.entered'),
  datedEvent('arrival.declared'),
  datedEvent('medicalCertificate.issued'),
  datedEvent('work.started', { authorisationSeen: z.boolean(), copyKept: z.boolean() }),
  datedEvent('workStart.notified'),
  datedEvent('residencePermit.applied', { documents: documentIds.optional(), passportExpiresOn: passportExpiry }),
  datedEvent('residencePermit.approved', { validUntil: isoDateSchema.optional() }),
  datedEvent('residencePermit.refused'),
  datedEvent('biometrics.taken'),
  datedEvent('residencePermit.collected'),
  datedEvent('renewal.applied', { employer: employerName, documents: documentIds.optional(), passportExpiresOn: passportExpiry }),
  datedEvent('renewal.granted', { validUntil: isoDateSchema.optional() }),
  datedEvent('renewal.refused'),
  datedEvent('permit.revoked', { ground: z.enum(revocationGroundIds) }),
]);

/**
 * An event of the seasonal-worker procedure.
 *
 * @example
 * ```ts
 * const event: SeasonalWorkerEvent = { type: 'arrival.declared', at: '2026-05-04' };
 * ```
 * @category Procedures
 */
export type SeasonalWorkerEvent = z.output<typeof seasonalWorkerEventSchema>;
