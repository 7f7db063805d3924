/**
 * Cases coming into the store from outside (`create`, `importCases`) are
 * verified the way `restore` verifies a snapshot: replayed from their own
 * event log, state and context compared, so a case assembled or edited by
 * hand is refused before it reaches a table.
 *
 * A case object is checked directly rather than through
 * `restore(toPersisted(case))`: the same checks (known procedure, machine of
 * a supported major version, a state the machine has, the replay of the
 * events giving the same state and context) without computing a checksum
 * only to verify it, nor parsing an envelope the library just built. That
 * halved the cost of verifying a case in a bulk import.
 */
import { applyAll, createCase, requireWholeLog } from '../case/engine';
import { revisedCase } from '../case/event-log';
import type { PermitCase } from '../case/types';
import type { IsoDate } from '../calendar';
import { fail, ok, PermitLifecycleError, type Result } from '../errors';
import { canonicalJson } from '../persistence/checksum';
import { checkedProcedure, eventCountRefusal, isPlainObject, isSemver, limitPassedThrough, snapshotCorrupt } from '../persistence/envelope';
import { restore } from '../persistence/snapshot';

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
    verified = replayedCase(current);
  } catch (error) {
    verified = fail(error instanceof PermitLifecycleError ? error : new PermitLifecycleError('snapshot.corrupt', 'not a case'));
  }
  return verified.ok ? verified : refused(id, verified.error, path);
}

function replayedCase(current: PermitCase): Result<PermitCase> {
  if (current === null || typeof current !== 'object') return snapshotCorrupt('not a case');
  requireWholeLog(current, 'storing a case');
  const context: unknown = current.context;
  const events: unknown = current.events;
  if (!isPlainObject(context) || !isPlainObject(context.facts) || !Array.isArray(events)) return snapshotCorrupt('not a case: expected a context with facts and an events array');
  if (!isSemver(current.machineVersion)) return snapshotCorrupt('not a case: machineVersion is not a version number', ['machineVersion']);
  const tooMany = eventCountRefusal(events.length, ['events']);
  if (tooMany !== null) return tooMany;
  const found = checkedProcedure(current.procedureId, current.machineVersion, current.state);
  if (!found.ok) return found;
  const opened = createCase(found.value, { at: context.openedOn as IsoDate, facts: context.facts });
  if (!opened.ok) return limitPassedThrough(opened.error, ['context']) ?? snapshotCorrupt(`facts are invalid: ${opened.error.message}`, ['context', 'facts', ...opened.error.path.slice(1)]);
  const replayed = applyAll(opened.value, events);
  if (!replayed.ok) return limitPassedThrough(replayed.error, ['events']) ?? snapshotCorrupt(`event log is invalid: ${replayed.error.message}`, ['events', ...replayed.error.path], { cause: replayed.error.toJSON() });
  const rebuilt = replayed.value;
  if (canonicalJson(rebuilt.state) !== canonicalJson(current.state)) return snapshotCorrupt('state does not match its event log', ['state']);
  if (canonicalJson(rebuilt.context) !== canonicalJson(context)) return snapshotCorrupt('context does not match its event log', ['context']);
  return ok(revisedCase(rebuilt, { machineVersion: current.machineVersion }));
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
