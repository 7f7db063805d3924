/**
 * ISCO-08 codes as the ancillary work permit uses them: the profession a first
 * work permit is bound to is a 3-digit ISCO-08 minor group code. Malformed
 * codes and well-formed codes that name no minor group are refused with
 * different messages; the latter names the code.
 */
import { z } from 'zod';
import { fail, ok, PermitLifecycleError, type Result } from '../errors';
import { ancillaryWorkPermitLaw as law } from '../law/ancillary-work-permit';
import { isco08MinorGroups, type Isco08Code } from './isco08';
import { refusedArguments } from '../guard';

const digits = law.ancillaryIscoCodeDigits.value;
const wellFormed = new RegExp(`^\\d{${digits}}$`);

/**
 * The message for a code that is not exactly three digits ('12', '1234', 'abc').
 *
 * @example
 * ```ts
 * iscoCodeSchema.safeParse('12').error?.issues[0]?.message === MALFORMED_ISCO_CODE_MESSAGE; // true
 * ```
 * @category Law
 */
export const MALFORMED_ISCO_CODE_MESSAGE = `an ISCO-08 code is a string of exactly ${digits} digits, such as "512"`;

/**
 * The message for a well-formed code that is not an ISCO-08 minor group.
 *
 * @example
 * ```ts
 * unknownIscoCodeMessage('999'); // 'unknown ISCO-08 minor group "999"'
 * ```
 * @category Law
 */
export function unknownIscoCodeMessage(code: string): string {
  try {
  return `unknown ISCO-08 minor group "${code}"`;
  } catch (error) {
    throw refusedArguments('unknownIscoCodeMessage', error);
  }
}

/**
 * Whether a value is a known ISCO-08 minor group code.
 *
 * @example
 * ```ts
 * isIscoCode('512'); // true
 * isIscoCode('999'); // false
 * ```
 * @category Law
 */
export function isIscoCode(value: unknown): value is Isco08Code {
  try {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(isco08MinorGroups, value);
  } catch (error) {
    throw refusedArguments('isIscoCode', error);
  }
}

/**
 * The English ILO title of a known code, or `undefined`.
 *
 * @example
 * ```ts
 * iscoTitle('512'); // 'Cooks'
 * ```
 * @category Law
 */
export function iscoTitle(code: string): string | undefined {
  try {
  return isIscoCode(code) ? isco08MinorGroups[code] : undefined;
  } catch (error) {
    throw refusedArguments('iscoTitle', error);
  }
}

/**
 * zod schema of an ISCO-08 minor group code. Refuses malformed codes with
 * {@link MALFORMED_ISCO_CODE_MESSAGE} and unknown well-formed codes with a
 * message that names the code (issue `params: { iscoCode }`).
 *
 * @example
 * ```ts
 * iscoCodeSchema.parse('512'); // '512'
 * iscoCodeSchema.safeParse('999').error?.issues[0]?.message; // 'unknown ISCO-08 minor group "999"'
 * ```
 * @category Law
 */
export const iscoCodeSchema = z.string().superRefine((code, ctx) => {
  if (!wellFormed.test(code)) {
    ctx.addIssue({ code: 'custom', message: MALFORMED_ISCO_CODE_MESSAGE, params: { reason: 'malformed' } });
  } else if (!isIscoCode(code)) {
    ctx.addIssue({ code: 'custom', message: unknownIscoCodeMessage(code), params: { reason: 'unknown', iscoCode: code } });
  }
});

/**
 * Validate a code outside an event: the code, or a typed `argument.invalid`
 * error whose message and `details.iscoCode` name the refused value.
 *
 * @example
 * ```ts
 * const checked = validateIscoCode('999');
 * if (!checked.ok) console.log(checked.error.message); // 'unknown ISCO-08 minor group "999"'
 * ```
 * @category Law
 */
export function validateIscoCode(value: unknown): Result<Isco08Code> {
  try {
  const parsed = iscoCodeSchema.safeParse(value);
  if (parsed.success && isIscoCode(parsed.data)) return ok(parsed.data);
  const message = parsed.error?.issues[0]?.message ?? MALFORMED_ISCO_CODE_MESSAGE;
  return fail(new PermitLifecycleError('argument.invalid', message, { details: { iscoCode: value } }));
  } catch (error) {
    return fail(refusedArguments('validateIscoCode', error));
  }
}
