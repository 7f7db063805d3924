/**
 * Building blocks for procedures' event schemas: every event is a strict zod
 * object with a literal `type` and a date `at`, so a typo in a field name is an
 * error rather than a silently ignored field.
 */
import { z } from 'zod';
import { isoDateSchema } from '../calendar';

/**
 * A strict schema for a dated event with the given type and extra fields.
 *
 * @example
 * ```ts
 * const visaIssued = datedEvent('visa.issued', { validUntil: isoDateSchema.optional() });
 * visaIssued.parse({ type: 'visa.issued', at: '2026-03-01' });
 * ```
 * @category Case API
 */
export function datedEvent<const TType extends string, TShape extends z.ZodRawShape = {}>(type: TType, shape?: TShape) {
  return z.strictObject({ type: z.literal(type), at: isoDateSchema, ...(shape ?? ({} as TShape)) });
}

/**
 * The event a host sends to let time pass (daily, or before reading a status).
 *
 * @example
 * ```ts
 * clockAdvancedEvent.parse({ type: 'clock.advanced', at: '2026-06-01' });
 * ```
 * @category Case API
 */
export const clockAdvancedEvent = datedEvent('clock.advanced');

/**
 * Documents handed in for the current step, by checklist id.
 *
 * @example
 * ```ts
 * const supplied = documentsSuppliedEvent(['passportCopy', 'contractCopy']);
 * supplied.parse({ type: 'documents.supplied', at: '2026-02-01', documents: ['passportCopy'] });
 * ```
 * @category Case API
 */
export function documentsSuppliedEvent<const TIds extends readonly [string, ...string[]]>(ids: TIds) {
  return datedEvent('documents.supplied', { documents: z.array(z.enum(ids)).min(1) });
}

/**
 * The name of an employer as given in events: trimmed, 1 to 200 characters.
 *
 * @example
 * ```ts
 * employerNameSchema.parse('Domaine Example SARL');
 * ```
 * @category Case API
 */
export const employerNameSchema = z.string().trim().min(1).max(200);

/**
 * A short free text as given in events (a profession, a sector, a reference):
 * trimmed, 1 to 200 characters.
 *
 * @example
 * ```ts
 * shortTextSchema.parse('2512 Software developers');
 * ```
 * @category Case API
 */
export const shortTextSchema = z.string().trim().min(1).max(200);
