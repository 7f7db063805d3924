/**
 * zod schemas of the AOT events: dated facts, in the past tense.
 */
import { z } from 'zod';
import { clockAdvancedEvent, datedEvent, documentsSuppliedEvent, employerNameSchema, shortTextSchema } from '../../src/case/events';
import { protectionApplicantWorkPermitDocumentIds } from './documents';
import { protectionWithdrawalGroundIds } from './grounds';

const documentIds = z.array(z.enum(protectionApplicantWorkPermitDocumentIds));
const profession = shortTextSchema;

/**
 * The schema of every event the AOT machine accepts.
 *
 * @example
 * ```ts
 * protectionApplicantWorkPermitEventSchema.parse({ type: 'vacancy.declared', at: '2026-07-01' });
 * ```
 * @category Procedures
 */
export const protectionApplicantWorkPermitEventSchema = z.discriminatedUnion('type', [
  clockAdvancedEvent,
  documentsSuppliedEvent(protectionApplicantWorkPermitDocumentIds),
  datedEvent('vacancy.declared'),
  datedEvent('application.submitted', { employer: employerNameSchema, profession, documents: documentIds.optional() }),
  datedEvent('permit.granted'),
  datedEvent('permit.refused'),
  datedEvent('studentJobExemption.requested', { employer: employerNameSchema, documents: documentIds.optional() }),
  datedEvent('studentJobExemption.granted'),
  datedEvent('studentJobExemption.refused'),
  datedEvent('renewal.applied'),
  datedEvent('renewal.granted'),
  datedEvent('renewal.refused'),
  datedEvent('employment.ended', { endedBy: z.enum(['employer', 'employee']) }),
  datedEvent('permit.withdrawn', { ground: z.enum(protectionWithdrawalGroundIds) }),
  datedEvent('protection.rejectedAtFirstInstance'),
  datedEvent('protection.granted'),
  datedEvent('protection.definitivelyRejected'),
  datedEvent('protection.cancelled'),
]);

/**
 * An event of the AOT procedure.
 *
 * @example
 * ```ts
 * const event: ProtectionApplicantWorkPermitEvent = { type: 'permit.granted', at: '2026-08-01' };
 * ```
 * @category Procedures
 */
export type ProtectionApplicantWorkPermitEvent = z.output<typeof protectionApplicantWorkPermitEventSchema>;
