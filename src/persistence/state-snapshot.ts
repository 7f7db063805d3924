/**
 * State snapshots: the state and context of a case without its event log, for
 * a store that keeps the events separately (as the case store's
 * `permit_case_events` does). Smaller than a full snapshot, and read by
 * `readPersisted` without replaying anything; verified by `restore` only
 * against the event log the host passes with it.
 */
import { z } from 'zod';
import { isoDateSchema } from '../calendar';
import { applyAll, createCase } from '../case/engine';
import { heldEventCount, revisedCase } from '../case/event-log';
import { procedureOf } from '../case/meta';
import type { PermitCase, Procedure, ProcedureId } from '../case/types';
import { fail, fromZodError, ok, PermitLifecycleError, type Result } from '../errors';
import { LIBRARY_VERSION } from '../version';
import { snapshotChecksum } from './checksum';
import { compactContext, expandContext } from './defaults';
import { replayRefusal } from './replay-check';
import { withSignature, type SerializeOptions } from './signature';
import { eventCountRefusal, isEventCount, limitPassedThrough, semverSchema, snapshotCorrupt, stateValueSchema } from './envelope';
import { refusedArguments } from '../guard';

/**
 * The marker of a state snapshot (a full snapshot has `SNAPSHOT_FORMAT`).
 *
 * @example
 * ```ts
 * JSON.parse(serializeState(someCase)).format === STATE_SNAPSHOT_FORMAT; // true
 * ```
 * @category Persistence
 */
export const STATE_SNAPSHOT_FORMAT = 'permit-lifecycles/case-state';

/**
 * The schema version `serializeState` writes (state snapshots have their own
 * line of versions, apart from full snapshots').
 *
 * @example
 * ```ts
 * JSON.parse(serializeState(someCase)).schemaVersion === CURRENT_STATE_SCHEMA_VERSION; // true
 * ```
 * @category Persistence
 */
export const CURRENT_STATE_SCHEMA_VERSION = 1;

/**
 * A persisted state snapshot: plain JSON with the schema version, the
 * permit-lifecycles release that wrote it, the procedure, the machine version,
 * the state, the context without what the procedure supplies (see below),
 * how many events led there and the date of the last one, and a checksum.
 * There is no event log: the host keeps the events.
 *
 * Left out of `context`: `lastEventAt` (it is the top-level `lastEventAt`);
 * every entry that still holds the empty value the procedure's initial
 * context gives it (`null`, `false`, `0`, `[]`, `{}`); and, in `facts`, every
 * fact equal to its default in the procedure's facts schema (what
 * `createCase` fills in when the host gives none). Facts are never left out
 * for being empty. `readPersisted` and `restore` fill all of it back.
 *
 * @example
 * ```ts
 * const stored: PersistedCaseState = JSON.parse(serializeState(someCase));
 * stored.eventCount; // 11
 * stored.context.breaches; // undefined while there are none
 * ```
 * @category Persistence
 */
export interface PersistedCaseState {
  format: typeof STATE_SNAPSHOT_FORMAT;
  schemaVersion: number;
  /** The permit-lifecycles version that wrote the snapshot. */
  writtenBy: string;
  procedureId: ProcedureId;
  machineVersion: string;
  state: unknown;
  context: Record<string, unknown>;
  /** How many events the case has had: the length of the event log the host keeps. */
  eventCount: number;
  /** The date of the last event (the opening date while there is none). */
  lastEventAt: string;
  /** `crc32:` and eight hex digits, over the canonical JSON of every other field but `signature`. */
  checksum: string;
  /** `hmac-sha256:` and 64 hex digits, over every other field: present when written with a signing key. */
  signature?: string;
}

/**
 * The state snapshot of a case, as an object. Throws `argument.invalid` for
 * a case whose context lacks an entry its procedure always has (a case
 * assembled by hand), since it would not read back the same, and for an
 * unusable signing key. Signed when `options.key` is given.
 *
 * @example
 * ```ts
 * toPersistedState(someCase).eventCount === someCase.events.length; // true
 * ```
 * @category Persistence
 */
export function toPersistedState(current: PermitCase, options: SerializeOptions = {}): PersistedCaseState {
  try {
  const procedure = procedureOf(current);
  const context = current.context as unknown as Record<string, unknown>;
  const body = {
    format: STATE_SNAPSHOT_FORMAT,
    schemaVersion: CURRENT_STATE_SCHEMA_VERSION,
    writtenBy: LIBRARY_VERSION,
    procedureId: current.procedureId,
    machineVersion: current.machineVersion,
    state: current.state,
    context: compactContext(procedure, context),
    eventCount: eventCountOf(current),
    lastEventAt: current.context.lastEventAt,
  } as const;
  return withSignature({ ...body, checksum: snapshotChecksum(body) }, options.key);
  } catch (error) {
    throw refusedArguments('toPersistedState', error);
  }
}

/**
 * How many events a case has had: those it holds and the earlier ones it
 * does not (a case read from a state snapshot). Throws `argument.invalid`
 * for an `earlierEventCount` that is not a whole number of events.
 *
 * @example
 * ```ts
 * eventCountOf(someCase) === someCase.events.length; // true for a case with its whole log
 * ```
 * @category Persistence
 */
export function eventCountOf(current: PermitCase): number {
  try {
  const earlier = current.earlierEventCount;
  if (earlier === undefined) return heldEventCount(current);
  if (!isEventCount(earlier)) {
    throw new PermitLifecycleError('argument.invalid', `earlierEventCount must be a whole number of events, got ${String(earlier)}`, { path: ['earlierEventCount'] });
  }
  return earlier + heldEventCount(current);
  } catch (error) {
    throw refusedArguments('eventCountOf', error);
  }
}

/**
 * The event fields of a case read from a state snapshot that counts
 * `eventCount` events: none held, all of them earlier (none at all for a
 * count of 0, so that a case with no events looks as a new one does).
 *
 * @example
 * ```ts
 * unheldEvents(11); // { events: [], earlierEventCount: 11 }
 * unheldEvents(0); // { events: [] }
 * ```
 * @category Persistence
 */
export function unheldEvents(eventCount: number): Pick<PermitCase, 'events' | 'earlierEventCount'> {
  return eventCount > 0 ? { events: [], earlierEventCount: eventCount } : { events: [] };
}

/**
 * Serialise a case to a state snapshot, a JSON string without the event log
 * (deterministic: same case, same bytes). For one's own store, which keeps
 * the events apart; use `serialize` for a snapshot that travels (export,
 * audit, another system). A case read back by `readPersisted` from a state
 * snapshot holds none of its events but counts them
 * (`earlierEventCount`), so a store may read a row, apply the day's events
 * and write the state snapshot of the result: its `eventCount` is the whole
 * log's. With `options.key` it is signed, as by `serialize`.
 *
 * @example
 * ```ts
 * await db.query('UPDATE cases SET snapshot = $2 WHERE id = $1', [id, serializeState(next)]);
 * await db.query('UPDATE cases SET snapshot = $2 WHERE id = $1', [id, serializeState(next, { key })]);
 * ```
 * @category Persistence
 */
export function serializeState(current: PermitCase, options: SerializeOptions = {}): string {
  try {
  return JSON.stringify(toPersistedState(current, options));
  } catch (error) {
    throw refusedArguments('serializeState', error);
  }
}

const stateEnvelopeSchema = z.strictObject({
  format: z.literal(STATE_SNAPSHOT_FORMAT),
  schemaVersion: z.literal(CURRENT_STATE_SCHEMA_VERSION),
  writtenBy: semverSchema,
  procedureId: z.string().min(1),
  machineVersion: semverSchema,
  state: stateValueSchema,
  context: z.looseObject({ openedOn: isoDateSchema, facts: z.record(z.string(), z.unknown()) }),
  eventCount: z.number().int().min(0),
  lastEventAt: isoDateSchema,
  checksum: z.string().regex(/^crc32:[0-9a-f]{8}$/, 'expected "crc32:" and eight lowercase hex digits'),
  signature: z.string().optional(),
});

const corrupt = snapshotCorrupt;

/**
 * Verify a state snapshot against the event log kept beside it and return the
 * full case, as `restore(snapshot, { events })` does. The caller has checked
 * the format, the schema version, the procedure, the machine's major version
 * and the state.
 *
 * @example
 * ```ts
 * const checked = verifyState(record, seasonalWorker, storedEvents);
 * ```
 * @category Persistence
 */
export function verifyState(record: Record<string, unknown>, procedure: Procedure, events: readonly unknown[]): Result<PermitCase> {
  const envelope = stateEnvelopeSchema.safeParse(record);
  if (!envelope.success) return fail(fromZodError('snapshot.corrupt', envelope.error, 'state snapshot'));
  const snapshot = envelope.data;
  const tooMany = eventCountRefusal(Math.max(snapshot.eventCount, events.length), ['events']);
  if (tooMany !== null) return tooMany;
  if (snapshot.eventCount !== events.length) {
    return corrupt(`the state snapshot counts ${snapshot.eventCount} events, the event log given has ${events.length}`, ['eventCount'], { eventCount: snapshot.eventCount, given: events.length });
  }
  const context = expandContext(procedure, record.context as Record<string, unknown>, snapshot.lastEventAt);
  const opened = createCase(procedure, { at: snapshot.context.openedOn, facts: context.facts });
  if (!opened.ok) return limitPassedThrough(opened.error, ['context']) ?? corrupt(`snapshot facts are invalid: ${opened.error.message}`, ['context', 'facts', ...opened.error.path.slice(1)]);
  const replayed = applyAll(opened.value, events);
  if (!replayed.ok) return limitPassedThrough(replayed.error, ['events']) ?? corrupt(`the event log given is invalid: ${replayed.error.message}`, ['events', ...replayed.error.path], { cause: replayed.error.toJSON() });
  const rebuilt = replayed.value;
  const differs = replayRefusal({ state: snapshot.state, context }, rebuilt, snapshot.machineVersion, procedure, 'the event log given');
  if (differs) return differs;
  if (snapshotChecksum(record) !== snapshot.checksum) {
    return corrupt('snapshot checksum does not match its content: it was damaged (the checksum detects accidental damage, not deliberate edits)', ['checksum']);
  }
  return ok(revisedCase(rebuilt, { machineVersion: snapshot.machineVersion }));
}
