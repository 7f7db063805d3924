/**
 * The fast read path for snapshots from one's own store: check what a reader
 * needs (the envelope, the procedure, the machine version, the state, the
 * deadline dates) and trust the rest, without replaying the event log. A daily
 * sweep over many stored cases reads each one this way and asks `status` and
 * `deadlines`, none of which starts an actor.
 */
import type { AnyStateMachine } from 'xstate';
import { z } from 'zod';
import { isIsoDate, isoDateSchema } from '../calendar';
import { resolveProcedure } from '../case/engine';
import { allStatePaths, statePath } from '../case/machine-runtime';
import type { CaseContext, CaseEvent, PermitCase, Procedure, ProcedureId } from '../case/types';
import { fail, fromZodError, ok, PermitLifecycleError, type Result } from '../errors';
import { CURRENT_SCHEMA_VERSION, migrateSnapshot } from './migrations';
import { expandContext } from './defaults';
import { SNAPSHOT_FORMAT } from './snapshot';
import { CURRENT_STATE_SCHEMA_VERSION, STATE_SNAPSHOT_FORMAT } from './state-snapshot';

const stateValueSchema: z.ZodType<unknown> = z.lazy(() => z.union([z.string().min(1), z.record(z.string(), stateValueSchema)]));

/** What the readers rely on; everything else in the context is trusted as written. */
const trustedEnvelopeSchema = z.looseObject({
  procedureId: z.string().min(1),
  machineVersion: z.string().regex(/^\d+\.\d+\.\d+$/, 'expected a semver version'),
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
  machineVersion: z.string().regex(/^\d+\.\d+\.\d+$/, 'expected a semver version'),
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

const SEMVER = /^\d+\.\d+\.\d+$/;

/** Versions already found valid: a store holds a handful, and a sweep checks one per case. Bounded, so junk cannot grow it. */
const validVersions = new Set<string>();

function isSemver(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (validVersions.has(value)) return true;
  if (!SEMVER.test(value)) return false;
  if (validVersions.size < 64) validVersions.add(value);
  return true;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function isStateValue(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.length > 0;
  return depth < 32 && isPlainObject(value) && Object.values(value).every((inner) => isStateValue(inner, depth + 1));
}

function hasValidDeadlines(deadlines: unknown): boolean {
  if (!isPlainObject(deadlines)) return false;
  for (const id in deadlines) {
    const entry = deadlines[id];
    if (!isPlainObject(entry) || !isIsoDate(entry.due) || (entry.opens !== undefined && !isIsoDate(entry.opens))) return false;
  }
  return true;
}

/** Whether `version` (a checked semver) has the major version of `current`: `1.4.2` and `1.0.0` do. */
function sameMajor(version: string, current: string): boolean {
  const dot = current.indexOf('.');
  return version.length > dot && version.charCodeAt(dot) === 0x2e && version.startsWith(current.slice(0, dot));
}

function isKnownState(machine: AnyStateMachine, state: unknown): boolean {
  const known = knownStates(machine);
  if (typeof state === 'string') return known.has(state);
  return statePath(state as never)
    .split(',')
    .every((region) => known.has(region));
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
    typeof eventCount === 'number' &&
    Number.isInteger(eventCount) &&
    eventCount >= 0 &&
    isIsoDate(record.lastEventAt) &&
    isPlainObject(context) &&
    isIsoDate(context.openedOn) &&
    isPlainObject(context.facts) &&
    (context.deadlines === undefined || hasValidDeadlines(context.deadlines));
  return fine ? (record as TrustedStateEnvelope) : null;
}

const knownStatesByMachine = new WeakMap<AnyStateMachine, Set<string>>();

function knownStates(machine: AnyStateMachine): Set<string> {
  let known = knownStatesByMachine.get(machine);
  if (!known) {
    known = new Set(allStatePaths(machine));
    knownStatesByMachine.set(machine, known);
  }
  return known;
}

function corrupt(message: string, path: (string | number)[] = []): Result<PermitCase> {
  return fail(new PermitLifecycleError('snapshot.corrupt', message, { path }));
}

function parseRecord(input: unknown): Result<Record<string, unknown>> {
  let raw: unknown = input;
  if (typeof input === 'string') {
    try {
      raw = JSON.parse(input);
    } catch (error) {
      return fail(new PermitLifecycleError('snapshot.corrupt', `snapshot is not valid JSON: ${(error as Error).message}`));
    }
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return fail(new PermitLifecycleError('snapshot.corrupt', 'snapshot is not a JSON object'));
  return ok(raw as Record<string, unknown>);
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
 * From a state snapshot, the case returned has the context that was
 * serialised (the entries the snapshot leaves out are filled back) and an
 * **empty event list** (`events: []`): the snapshot has none, only their
 * count. `status`, `deadlines` and `missingDocuments` do not need them;
 * `explain` does, and `serialize`/`serializeState` of such a case write no
 * events (use `restore(snapshot, { events })` for the full case).
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
 * ```
 */
export function readPersisted(input: unknown): Result<PermitCase> {
  try {
    return readTrusted(input);
  } catch (error) {
    // Whatever the input provokes (a stack overflow on absurd nesting) is refused whole, as by `restore`.
    return corrupt(`snapshot could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function unsupported(kind: string, version: number, supported: number): Result<never> {
  return fail(
    new PermitLifecycleError('snapshot.unsupportedVersion', `${kind} schema version ${version} is newer than this library supports (${supported}); upgrade permit-lifecycles`, {
      path: ['schemaVersion'],
      details: { schemaVersion: version, supported },
    }),
  );
}

function readTrusted(input: unknown): Result<PermitCase> {
  const parsed = parseRecord(input);
  if (!parsed.ok) return parsed;
  let record = parsed.value;
  const state = record.format === STATE_SNAPSHOT_FORMAT;
  if (!state && record.format !== SNAPSHOT_FORMAT) return corrupt(`not a permit-lifecycles snapshot (format should be "${SNAPSHOT_FORMAT}")`, ['format']);
  const version = record.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return corrupt('schemaVersion must be a positive integer', ['schemaVersion']);
  if (state) return readState(record, version);
  if (version > CURRENT_SCHEMA_VERSION) return unsupported('snapshot', version, CURRENT_SCHEMA_VERSION);
  if (version < CURRENT_SCHEMA_VERSION) {
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
function readState(record: Record<string, unknown>, version: number): Result<PermitCase> {
  if (version > CURRENT_STATE_SCHEMA_VERSION) return unsupported('state snapshot', version, CURRENT_STATE_SCHEMA_VERSION);
  let snapshot = asTrustedStateEnvelope(record);
  if (snapshot === null) {
    const envelope = trustedStateEnvelopeSchema.safeParse(record);
    if (!envelope.success) return fail(fromZodError('snapshot.corrupt', envelope.error, 'state snapshot'));
    snapshot = envelope.data;
  }
  const found = checkedProcedure(snapshot.procedureId, snapshot.machineVersion, snapshot.state);
  if (!found.ok) return found;
  return ok({
    procedureId: found.value.id as ProcedureId,
    machineVersion: snapshot.machineVersion,
    state: snapshot.state as PermitCase['state'],
    context: expandContext(found.value, snapshot.context, snapshot.lastEventAt) as unknown as CaseContext,
    events: [],
  });
}

/** The procedure of a snapshot, if it is known, of the same major machine version, and has the state. */
function checkedProcedure(procedureId: string, machineVersion: string, state: unknown): Result<Procedure> {
  const found = resolveProcedure(procedureId);
  if (!found.ok) {
    return fail(new PermitLifecycleError('snapshot.unknownProcedure', `snapshot is of unknown procedure "${procedureId}"`, { path: ['procedureId'] }));
  }
  const procedure = found.value;
  if (!sameMajor(machineVersion, procedure.version)) {
    return fail(
      new PermitLifecycleError('snapshot.machineVersionUnsupported', `snapshot was made with ${procedure.id} machine ${machineVersion}; this library has ${procedure.version}`, {
        path: ['machineVersion'],
        details: { stored: machineVersion, current: procedure.version },
      }),
    );
  }
  if (!isKnownState(procedure.machine, state)) {
    const path = statePath(state as never);
    return fail(new PermitLifecycleError('snapshot.unknownState', `the ${procedure.id} machine has no state "${path}"`, { path: ['state'], details: { state: path } }));
  }
  return found;
}
