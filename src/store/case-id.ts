/**
 * Case ids, checked the same way by both store adapters before any query.
 *
 * PostgreSQL stores text as UTF-8: an id with an unpaired surrogate was
 * written as U+FFFD, so `lone\ud800` and `lone\udc00` were the same row
 * (the second `create` a `store.conflict`, a read of one returning the
 * other), and a NUL byte, which PostgreSQL text cannot hold, made the query
 * fail (`store.unavailable`). Such ids are now refused up front.
 */
import { fail, ok, PermitLifecycleError, type Result } from '../errors';
import { refusedArguments } from '../guard';

/**
 * The longest case id the store accepts, in UTF-16 code units.
 *
 * @example
 * ```ts
 * 'case-42'.length <= MAX_CASE_ID_LENGTH; // true
 * ```
 * @category Store
 */
export const MAX_CASE_ID_LENGTH = 200;

/** C0 controls, DEL and C1 controls: invisible, and NUL cannot be stored at all. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Why `id` cannot be a case id, or `null` when it can: a string of 1 to
 * {@link MAX_CASE_ID_LENGTH} UTF-16 code units, well-formed (no unpaired
 * surrogate), with no control character.
 *
 * @example
 * ```ts
 * caseIdProblem('case-42'); // null
 * caseIdProblem('lone\ud800'); // 'contains an unpaired surrogate (not well-formed UTF-16)'
 * ```
 * @category Store
 */
export function caseIdProblem(id: unknown): string | null {
  if (typeof id !== 'string') return `must be a string, got ${id === null ? 'null' : typeof id}`;
  if (id.length === 0) return 'must not be empty';
  if (id.length > MAX_CASE_ID_LENGTH) return `is ${id.length} characters long, more than ${MAX_CASE_ID_LENGTH}`;
  if (LONE_SURROGATE.test(id)) return 'contains an unpaired surrogate (not well-formed UTF-16)';
  const control = CONTROL.exec(id);
  if (control !== null) return `contains the control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`;
  return null;
}

/**
 * The id as given, or a `store.invalidId` refusal (path `['id']`) saying why.
 *
 * @example
 * ```ts
 * checkedCaseId('case-42'); // { ok: true, value: 'case-42' }
 * checkedCaseId('a\u0000b').ok; // false: store.invalidId
 * ```
 * @category Store
 */
export function checkedCaseId(id: unknown): Result<string> {
  try {
  const problem = caseIdProblem(id);
  if (problem === null) return ok(id as string);
  return fail(new PermitLifecycleError('store.invalidId', `invalid case id: it ${problem}`, { path: ['id'], details: { id: typeof id === 'string' ? id.slice(0, MAX_CASE_ID_LENGTH) : null, maxLength: MAX_CASE_ID_LENGTH } }));
  } catch (error) {
    return fail(refusedArguments('checkedCaseId', error));
  }
}
