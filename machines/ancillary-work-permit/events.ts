/**
 * zod schemas of the ancillary work permit events: dated facts, in the past tense.
 */
import { z } from 'zod';
import { isoDateSchema } from '../../src/calendar';
import { clockAdvancedEvent, datedEvent, documentsSuppliedEvent, employerNameSchema, shortTextSchema } from '../../src/case/events';
import { iscoCodeSchema } from '../../src/data/isco';
import { ancillaryWorkPermitDocumentIds } from './documents';

const documentIds = z.array(z.enum(ancillaryWorkPermitDocumentIds));
/** A sector is free text: the page gives no list of sectors. */
const sectorSchema = shortTextSchema;
/** The last day of the passport whose copy the application carries, when the event states it (a renewed passport). */
const passportExpiry = isoDateSchema.optional();

/**
 * What the holder can prove about work during the validity of the work permit,
 * at renewal: throughout it, during part of it, or not at all.
 *
 * @example
 * ```ts
 * workProofSchema.parse('partOfValidity');
 * ```
 * @category Procedures
 */
export const workProofSchema = z.enum(['wholeValidity', 'partOfValidity', 'none']);

/**
 * What the holder can prove about work at renewal.
 *
 * @example
 * ```ts
 * const proof: WorkProof = 'wholeValidity';
 * ```
 * @category Procedures
 */
export type WorkProof = z.output<typeof workProofSchema>;

/**
 * The schema of every event the ancillary work permit machine accepts.
 * `profession` fields are ISCO-08 minor group codes, checked against the
 * shipped list: an unknown code is refused with a message naming it.
 *
 * @example
 * ```ts
 * ancillaryWorkPermitEventSchema.parse({ type: 'vacancy.declared', at: '2026-01-12' });
 * ```
 * @category Procedures
 */
export const ancillaryWorkPermitEventSchema = z.discriminatedUnion('type', [
  clockAdvancedEvent,
  documentsSuppliedEvent(ancillaryWorkPermitDocumentIds),
  datedEvent('vacancy.declared'),
  datedEvent('application.submitted', {
    employer: employerNameSchema,
    profession: iscoCodeSchema,
    sector: sectorSchema,
    documents: documentIds.optional(),
    passportExpiresOn: passportExpiry,
  }),
  datedEvent('workPermit.granted', {
    validUntil: isoDateSchema.optional(),
    profession: iscoCodeSchema.optional(),
    sector: sectorSchema.optional(),
  }),
  datedEvent('workPermit.refused'),
  datedEvent('biometrics.taken'),
  datedEvent('residencePermit.collected'),
  datedEvent('work.started', { employer: employerNameSchema, residencePermitSeen: z.boolean(), copyKept: z.boolean() }),
  datedEvent('workStart.notified'),
  datedEvent('professionChange.authorised', { profession: iscoCodeSchema, sector: sectorSchema }),
  datedEvent('activity.becameMain'),
  datedEvent('residencePermitCard.lost'),
  datedEvent('residencePermitCard.replaced'),
  datedEvent('residencePermit.renewed', { validUntil: isoDateSchema }),
  datedEvent('residencePermit.ended'),
  datedEvent('renewal.applied', {
    workProof: workProofSchema,
    receivesUnemploymentBenefits: z.boolean(),
    documents: documentIds.optional(),
    passportExpiresOn: passportExpiry,
  }),
  datedEvent('renewal.granted', { validUntil: isoDateSchema.optional(), residencePermitValidUntil: isoDateSchema.optional() }),
  datedEvent('renewal.refused'),
]);

/**
 * An event of the ancillary work permit procedure.
 *
 * @example
 * ```ts
 * const event: AncillaryWorkPermitEvent = { type: 'biometrics.taken', at: '2026-04-02' };
 * ```
 * @category Procedures
 */
export type AncillaryWorkPermitEvent = z.output<typeof ancillaryWorkPermitEventSchema>;
