/**
 * The personal data a host may keep in a case's facts. It lives in one place
 * (`facts.person`) so that redaction can remove it whole.
 */
import { z } from 'zod';
import { isoDateSchema } from '../calendar';

/**
 * zod schema of the optional personal data of a case.
 *
 * @example
 * ```ts
 * personSchema.parse({ fullName: 'A. Example', birthDate: '1990-04-01' });
 * ```
 * @category Case API
 */
export const personSchema = z.strictObject({
  fullName: z.string().min(1).max(200).optional(),
  passportNumber: z.string().min(1).max(40).optional(),
  address: z.string().min(1).max(300).optional(),
  nationality: z.string().min(2).max(60).optional(),
  birthDate: isoDateSchema.optional(),
});

/**
 * Personal data of a case.
 *
 * @example
 * ```ts
 * const person: Person = { fullName: 'A. Example' };
 * ```
 * @category Case API
 */
export type Person = z.output<typeof personSchema>;
