/**
 * Cases coming into the store from outside (`create`, `importCases`) are
 * verified the way `restore` verifies a snapshot: replayed from their own
 * event log, state and context compared, so a case assembled or edited by
 * hand is refused before it reaches a table.
 */
import type { PermitCase } from '../case/types';
import { fail, PermitLifecycleError, type Result } from '../errors';
import { restore, toPersisted } from '../persistence/snapshot';

/**
 * The case replayed from its own events, or an `argument.invalid` refusal
 * (path under `path`, the cause in `details.cause`). A case read from a state
 * snapshot, which does not hold its earlier events, is refused: it cannot be
 * verified.
 *
 * @example
 * ```ts
 * const checked = verifiedCase('case-1', someCase, ['case']);
 * if (!checked.ok) console.error(checked.error.message);
 * ```
 */
export function verifiedCase(id: string, current: PermitCase, path: readonly (string | number)[] = ['case']): Result<PermitCase> {
  let verified: Result<PermitCase>;
  try {
    verified = restore(toPersisted(current));
  } catch (error) {
    verified = fail(error instanceof PermitLifecycleError ? error : new PermitLifecycleError('snapshot.corrupt', 'not a case'));
  }
  return verified.ok ? verified : refused(id, verified.error, path);
}

/**
 * The case a snapshot restores to (`restore(snapshot, { events })`: a full
 * snapshot, or a state snapshot with the events kept beside it), or an
 * `argument.invalid` refusal as {@link verifiedCase} gives.
 *
 * @example
 * ```ts
 * const checked = verifiedSnapshot('case-1', serialize(someCase), undefined, ['snapshot']);
 * ```
 */
export function verifiedSnapshot(id: string, snapshot: unknown, events: readonly unknown[] | undefined, path: readonly (string | number)[]): Result<PermitCase> {
  const restored = restore(snapshot, events === undefined ? {} : { events });
  return restored.ok ? restored : refused(id, restored.error, path);
}

function refused(id: string, cause: PermitLifecycleError, path: readonly (string | number)[]): Result<never> {
  return fail(
    new PermitLifecycleError('argument.invalid', `case "${id}" does not verify against its own events: ${cause.message}`, {
      path: [...path, ...cause.path],
      details: { id, cause: cause.toJSON() },
    }),
  );
}
