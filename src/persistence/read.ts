/**
 * The fast read path for snapshots from one's own store: check what a reader
 * needs (the envelope, the procedure, the machine version, the state, the
 * deadline dates) and trust the rest, without replaying the event log. A daily
 * sweep over many stored cases reads each one this way and asks `status` and
 * `deadlines`, none of which starts an actor.
 */
import { z } from 'zod';
import { isIsoDate, isoDateSchema } from '../calendar';
import type { CaseContext, CaseEvent, PermitCase, ProcedureId } from '../case/types';
import { fail, fromZodError, ok, PermitLifecycleError, type Result } from '../errors';
import { checkedProcedure, checkedSchemaVersion, eventCountRefusal, isDeadlineEntry, isEventCount, isPlainObject, isSemver, isStateValue, parseSnapshotInput, semverSchema, snapshotCorrupt, stateValueSchema } from './envelope';
import { CURRENT_SCHEMA_VERSION, migrateSnapshot } from './migrations';
import { expandContext } from './defaults';
import { signatureRefusal, type VerifyOptions } from './signature';
import { SNAPSHOT_FORMAT } from './snapshot';
import { CURRENT_STATE_SCHEMA_VERSION, STATE_SNAPSHOT_FORMAT, unheldEvents } from './state-snapshot';
import { refusedArguments } from '../guard';

/** What the readers rely on; everything else in the context is trusted as written. */
const trustedEnvelopeSchema = z.looseObject({
  procedureId: z.string().min(1),
  machineVersion: semverSchema,
  state: stateValueSchema,
  context: z.looseObject({
    openedOn: isoDateSchema,
    lastEventAt: isoDateSchema,
    facts: z.record(z.string(), z.unknown()),
    deadlines: z.record(z.string(), z.looseObject({ due: isoDateSchema, opens: isoDateSchema.optional() })),
  }),
  events: z.array(z.unknown()),
});

type TrustedEnvelope = z.output<typeof trustedEnvelopeSchema>;

/** What the readers rely on in a state snapshot (the omitted context entries are filled back after). */
const trustedStateEnvelopeSchema = z.looseObject({
  procedureId: z.string().min(1),
  machineVersion: semverSchema,
  state: stateValueSchema,
  context: z.looseObject({
    openedOn: isoDateSchema,
    facts: z.record(z.string(), z.unknown()),
    deadlines: z.record(z.string(), z.looseObject({ due: isoDateSchema, opens: isoDateSchema.optional() })).optional(),
  }),
  eventCount: z.number().int().min(0),
  lastEventAt: isoDateSchema,
});

type TrustedStateEnvelope = z.output<typeof trustedStateEnvelopeSchema>;

function hasValidDeadlines(deadlines: unknown): boolean {
  if (!isPlainObject(deadlines)) return false;
  for (const id in deadlines) {
    if (!isDeadlineEntry(deadlines[id])) return false;
  }
  return true;
}

/**
 * The checks of {@link trustedEnvelopeSchema}, written out (at least as strict):
 * zod's copying of every object showed as most of a sweep's time. Only when
 * they fail does zod run, to describe the problem.
 */
function asTrustedEnvelope(record: Record<string, unknown>): TrustedEnvelope | null {
  const context = record.context;
  const fine =
    typeof record.procedureId === 'string' &&
    record.procedureId.length > 0 &&
    isSemver(record.machineVersion) &&
    isStateValue(record.state) &&
    Array.isArray(record.events) &&
    isPlainObject(context) &&
    isIsoDate(context.openedOn) &&
    isIsoDate(context.lastEventAt) &&
    isPlainObject(context.facts) &&
    hasValidDeadlines(context.deadlines);
  return fine ? (record as TrustedEnvelope) : null;
}

/** The checks of {@link trustedStateEnvelopeSchema}, written out as for full snapshots. */
function asTrustedStateEnvelope(record: Record<string, unknown>): TrustedStateEnvelope | null {
  const context = record.context;
  const eventCount = record.eventCount;
  const fine =
    typeof record.procedureId === 'string' &&
    record.procedureId.length > 0 &&
    isSemver(record.machineVersion) &&
    isStateValue(record.state) &&
    isEventCount(eventCount) &&
    isIsoDate(record.lastEventAt) &&
    isPlainObject(context) &&
    isIsoDate(context.openedOn) &&
    isPlainObject(context.facts) &&
    (context.deadlines === undefined || hasValidDeadlines(context.deadlines));
  return fine ? (record as TrustedStateEnvelope) : null;
}

/**
 * Read a snapshot from a store you trust (a JSON string or an already parsed
 * object, as a database driver returns it) without replaying its event log:
 * the fast path for sweeps over many cases. It reads both forms: a full
 * snapshot (`serialize`) and a state snapshot (`serializeState`). It checks
 * the format, the schema version (older versions are migrated), the
 * procedure, the machine's major version, the state, and the dates `status`
 * and `deadlines` read (`openedOn`, `lastEventAt`, every deadline's `due` and
 * `opens`), with the same typed errors as {@link restore}. It trusts the rest
 * of the context and the event log as written: it neither replays the events
 * nor verifies the checksum. Use `restore` for snapshots that crossed a trust
 * boundary (a file, a client, another system).
 *
 * With `options.key` it does check the signature (one pass of HMAC-SHA256
 * over the snapshot, no replay), with the same refusals as `restore`
 * (`snapshot.unsigned`, `snapshot.signatureInvalid`): a store whose rows
 * someone could edit directly is then read fast and safely.
 *
 * From a state snapshot, the case returned has the context that was
 * serialised (the entries the snapshot leaves out are filled back) and an
 * **empty event list** (`events: []`) with `earlierEventCount` set to the
 * snapshot's `eventCount`: the snapshot has no events, only their count.
 * `status`, `deadlines`, `missingDocuments` and `apply` do not need them,
 * and `serializeState` of the case (after `apply`, say) counts them all;
 * `explain` and `serialize` do need them and refuse such a case
 * (`argument.invalid`): use `restore(snapshot, { events })` for the full
 * case.
 *
 * The case returned shares the input's objects (only the context and facts
 * objects of a state snapshot are new): do not mutate the input afterwards.
 *
 * @example
 * ```ts
 * for (const row of await db.query('SELECT snapshot FROM cases')) {
 *   const read = readPersisted(row.snapshot);
 *   if (!read.ok) { console.error(read.error.code, read.error.message); continue; }
 *   const today = status(read.value, '2026-06-01');
 *   const due = deadlines(read.value, '2026-06-01').filter((deadline) => deadline.state !== 'upcoming');
 * }
 * const signedRow = readPersisted(row.snapshot, { key: process.env.CASE_SIGNING_KEY! });
 * ```
 * @category Persistence
 */
export function readPersisted(input: unknown, options: VerifyOptions = {}): Result<PermitCase> {
  try {
    return readTrusted(input, options);
  } catch (error) {
    if (error instanceof PermitLifecycleError) return fail(error);
    // Whatever the input provokes (a stack overflow on absurd nesting) is refused whole, as by `restore`.
    return snapshotCorrupt(`snapshot could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function readTrusted(input: unknown, options: VerifyOptions): Result<PermitCase> {
  const parsed = parseSnapshotInput(input);
  if (!parsed.ok) return parsed;
  let record = parsed.value;
  const unsigned = signatureRefusal(record, options);
  if (unsigned !== null) return unsigned;
  const state = record.format === STATE_SNAPSHOT_FORMAT;
  if (!state && record.format !== SNAPSHOT_FORMAT) return snapshotCorrupt(`not a permit-lifecycles snapshot (format should be "${SNAPSHOT_FORMAT}")`, ['format']);
  if (state) return readState(record);
  const version = checkedSchemaVersion('snapshot', record.schemaVersion, CURRENT_SCHEMA_VERSION);
  if (!version.ok) return version;
  if (version.value < CURRENT_SCHEMA_VERSION) {
    const migrated = migrateSnapshot(record);
    if (!migrated.ok) return migrated;
    record = migrated.value;
  }
  let snapshot = asTrustedEnvelope(record);
  if (snapshot === null) {
    const envelope = trustedEnvelopeSchema.safeParse(record);
    if (!envelope.success) return fail(fromZodError('snapshot.corrupt', envelope.error, 'snapshot'));
    snapshot = envelope.data;
  }
  const tooMany = eventCountRefusal(snapshot.events.length, ['events']);
  if (tooMany !== null) return tooMany;
  const found = checkedProcedure(snapshot.procedureId, snapshot.machineVersion, snapshot.state);
  if (!found.ok) return found;
  return ok({
    procedureId: found.value.id as ProcedureId,
    machineVersion: snapshot.machineVersion,
    state: snapshot.state as PermitCase['state'],
    context: snapshot.context as unknown as CaseContext,
    events: snapshot.events as CaseEvent[],
  });
}

/** A state snapshot: version 1 is the only one so far, so there is nothing to migrate. */
function readState(record: Record<string, unknown>): Result<PermitCase> {
  const version = checkedSchemaVersion('state snapshot', record.schemaVersion, CURRENT_STATE_SCHEMA_VERSION);
  if (!version.ok) return version;
  let snapshot = asTrustedStateEnvelope(record);
  if (snapshot === null) {
    const envelope = trustedStateEnvelopeSchema.safeParse(record);
    if (!envelope.success) return fail(fromZodError('snapshot.corrupt', envelope.error, 'state snapshot'));
    snapshot = envelope.data;
  }
  const tooMany = eventCountRefusal(snapshot.eventCount, ['eventCount']);
  if (tooMany !== null) return tooMany;
  const found = checkedProcedure(snapshot.procedureId, snapshot.machineVersion, snapshot.state);
  if (!found.ok) return found;
  return ok({
    procedureId: found.value.id as ProcedureId,
    machineVersion: snapshot.machineVersion,
    state: snapshot.state as PermitCase['state'],
    context: expandContext(found.value, snapshot.context, snapshot.lastEventAt) as unknown as CaseContext,
    ...unheldEvents(snapshot.eventCount),
  });
}
