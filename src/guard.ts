/**
 * One error style for every public function: a function that returns a
 * `Result` never throws (a refusal is in the result), and every other
 * function throws only a `PermitLifecycleError`. Arguments a function could
 * not use at all (`null` where a case belongs, an object whose getter
 * throws, a number where a date belongs) become a typed `argument.invalid`
 * here, with the original error kept as `cause`, instead of escaping as a raw
 * `TypeError` from deep inside.
 */
import { PermitLifecycleError } from './errors';

function messageOf(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'an error that cannot be read';
  }
}

/**
 * The typed error for what a public function threw: a `PermitLifecycleError`
 * as it is; a `RangeError` (a check of the calendar or the limits, with a
 * message that says what was wrong) with its message; anything else (a
 * `TypeError` from reading an argument that is not what the signature
 * says, a throwing getter) as "`name` could not use its arguments".
 *
 * @example
 * ```ts
 * refusedArguments('status', new TypeError("Cannot read properties of null (reading 'context')")).code; // 'argument.invalid'
 * ```
 */
export function refusedArguments(name: string, error: unknown): PermitLifecycleError {
  if (error instanceof PermitLifecycleError) return error;
  const message = messageOf(error);
  const text = error instanceof RangeError ? message : `${name} could not use its arguments: ${message}`;
  return new PermitLifecycleError('argument.invalid', text, { details: { function: name }, cause: error });
}

/**
 * Throws `argument.invalid` unless `value` has the shape of a case (a
 * procedure id, a state, a context with its last event date, an event
 * list): for the functions that would otherwise write whatever they are
 * given, such as `serialize`.
 *
 * @example
 * ```ts
 * requireCaseShape('x', 'serialize'); // throws PermitLifecycleError: argument.invalid
 * ```
 */
export function requireCaseShape(value: unknown, what: string): void {
  const current = value as { procedureId?: unknown; state?: unknown; context?: { lastEventAt?: unknown } | null; events?: unknown } | null;
  const isCase =
    typeof current === 'object' &&
    current !== null &&
    typeof current.procedureId === 'string' &&
    (typeof current.state === 'string' || (typeof current.state === 'object' && current.state !== null)) &&
    typeof current.context === 'object' &&
    current.context !== null &&
    typeof current.context.lastEventAt === 'string' &&
    Array.isArray(current.events);
  if (!isCase) throw new PermitLifecycleError('argument.invalid', `${what} needs a case (from createCase, apply or restore)`);
}
