/**
 * The checks every snapshot reader shares (`restore` of both forms and
 * `readPersisted`): parsing the input, the schema version, and the
 * procedure, machine version and state a snapshot names, each with its typed
 * error. One place, so the readers refuse the same input the same way.
 */
import type { AnyStateMachine } from 'xstate';
import { z } from 'zod';
import { isIsoDate } from '../calendar';
import { resolveProcedure } from '../case/engine';
import { limitExceeded, limits } from '../case/limits';
import { allStatePaths, statePath } from '../case/machine-runtime';
import type { Procedure } from '../case/types';
import { fail, ok, PermitLifecycleError, type Result } from '../errors';

/**
 * A state value as stored: a state name, or an object of regions.
 *
 * @example
 * ```ts
 * stateValueSchema.safeParse({ workPermitValid: 'residencePermitRemainsValid' }).success; // true
 * ```
 * @category Persistence
 */
export const stateValueSchema: z.ZodType<unknown> = z.lazy(() => z.union([z.string().min(1), z.record(z.string(), stateValueSchema)]));

/**
 * A `major.minor.patch` version.
 *
 * @example
 * ```ts
 * semverSchema.safeParse('1.0.0').success; // true
 * ```
 * @category Persistence
 */
export const semverSchema = z.string().regex(/^\d+\.\d+\.\d+$/, 'expected a semver version');

const SEMVER = /^\d+\.\d+\.\d+$/;

/** Versions already found valid: a store holds a handful, and a sweep checks one per case. Bounded, so junk cannot grow it. */
const validVersions = new Set<string>();

/**
 * Whether a value is a `major.minor.patch` version (what {@link semverSchema} accepts).
 *
 * @example
 * ```ts
 * isSemver('1.0.0'); // true
 * ```
 * @category Persistence
 */
export function isSemver(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (validVersions.has(value)) return true;
  if (!SEMVER.test(value)) return false;
  if (validVersions.size < 64) validVersions.add(value);
  return true;
}

/**
 * Whether a value has the shape of a state value (what {@link stateValueSchema} accepts).
 *
 * @example
 * ```ts
 * isStateValue('expired'); // true
 * ```
 * @category Persistence
 */
export function isStateValue(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.length > 0;
  if (depth >= 32 || value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  return Object.values(value).every((inner) => isStateValue(inner, depth + 1));
}

/**
 * A `snapshot.corrupt` refusal.
 *
 * @example
 * ```ts
 * snapshotCorrupt('snapshot context does not match its event log', ['context']);
 * ```
 * @category Persistence
 */
export function snapshotCorrupt(message: string, path: (string | number)[] = [], details: Record<string, unknown> = {}): Result<never> {
  return fail(new PermitLifecycleError('snapshot.corrupt', message, { path, details }));
}

/**
 * A snapshot given as a JSON string or an already parsed object, as an
 * object. Text longer than `maxSnapshotLength` is refused before it is
 * parsed (`limit.exceeded`).
 *
 * @example
 * ```ts
 * parseSnapshotInput('{"format":"permit-lifecycles/case"}').ok; // true
 * ```
 * @category Persistence
 */
export function parseSnapshotInput(input: unknown): Result<Record<string, unknown>> {
  let raw: unknown = input;
  if (typeof input === 'string') {
    const { maxSnapshotLength } = limits();
    if (input.length > maxSnapshotLength) return fail(limitExceeded('maxSnapshotLength', maxSnapshotLength, input.length, [], 'the snapshot text (characters)'));
    try {
      raw = JSON.parse(input);
    } catch (error) {
      return snapshotCorrupt(`snapshot is not valid JSON: ${(error as Error).message}`);
    }
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return snapshotCorrupt('snapshot is not a JSON object');
  return ok(raw as Record<string, unknown>);
}

/**
 * The schema version of a snapshot record, refused when it is not a
 * positive integer (`snapshot.corrupt`) or newer than `supported`
 * (`snapshot.unsupportedVersion`).
 *
 * @example
 * ```ts
 * checkedSchemaVersion('snapshot', record.schemaVersion, CURRENT_SCHEMA_VERSION);
 * ```
 * @category Persistence
 */
export function checkedSchemaVersion(kind: string, version: unknown, supported: number): Result<number> {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return snapshotCorrupt('schemaVersion must be a positive integer', ['schemaVersion']);
  if (version > supported) {
    return fail(
      new PermitLifecycleError('snapshot.unsupportedVersion', `${kind} schema version ${version} is newer than this library supports (${supported}); upgrade permit-lifecycles`, {
        path: ['schemaVersion'],
        details: { schemaVersion: version, supported },
      }),
    );
  }
  return ok(version);
}

/**
 * Whether a value is an object as JSON gives one (not an array, not an instance of a class).
 *
 * @example
 * ```ts
 * isPlainObject(JSON.parse('{"a":1}')); // true
 * ```
 * @category Persistence
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Whether a value is an open deadline's entry as the snapshot readers accept
 * it: a plain object with a `due` date and, if any, an `opens` date.
 *
 * @example
 * ```ts
 * isDeadlineEntry({ due: '2026-06-01' }); // true
 * isDeadlineEntry({ due: 'soon' }); // false
 * ```
 * @category Persistence
 */
export function isDeadlineEntry(entry: unknown): boolean {
  return isPlainObject(entry) && isIsoDate(entry.due) && (entry.opens === undefined || isIsoDate(entry.opens));
}

/**
 * Whether a value is a count of events: a safe whole number, 0 or more (what
 * the state snapshot schema's `z.number().int().min(0)` accepts).
 *
 * @example
 * ```ts
 * isEventCount(11); // true
 * isEventCount(-1); // false
 * isEventCount(2 ** 53); // false
 * ```
 * @category Persistence
 */
export function isEventCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * Whether `version` (a checked semver) has the major version of `current`:
 * `1.4.2` and `1.0.0` do. Without `split`: a sweep asks once per case.
 *
 * @example
 * ```ts
 * sameMajor('1.4.2', '1.0.0'); // true
 * ```
 * @category Persistence
 */
export function sameMajor(version: string, current: string): boolean {
  const dot = current.indexOf('.');
  if (version.length <= dot || version.charCodeAt(dot) !== 0x2e) return false;
  // Compared in place: a sweep checks one version per case, and slicing the major out allocated a string each time.
  for (let index = 0; index < dot; index += 1) if (version.charCodeAt(index) !== current.charCodeAt(index)) return false;
  return true;
}

const knownStatesByMachine = new WeakMap<AnyStateMachine, Set<string>>();

function isKnownState(machine: AnyStateMachine, state: unknown): boolean {
  let known = knownStatesByMachine.get(machine);
  if (!known) {
    known = new Set(allStatePaths(machine));
    knownStatesByMachine.set(machine, known);
  }
  if (typeof state === 'string') return known.has(state);
  const regions = statePath(state as never).split(',');
  return regions.every((region) => known.has(region));
}

/**
 * The registered procedure a snapshot names, refused when it is unknown
 * (`snapshot.unknownProcedure`), of another major machine version
 * (`snapshot.machineVersionUnsupported`) or without the state
 * (`snapshot.unknownState`). A machine version or state of the wrong shape
 * is left to the envelope check that describes it.
 *
 * @example
 * ```ts
 * const found = checkedProcedure(record.procedureId, record.machineVersion, record.state);
 * if (found.ok) found.value.title;
 * ```
 * @category Persistence
 */
export function checkedProcedure(procedureId: unknown, machineVersion: unknown, state: unknown): Result<Procedure> {
  const found = typeof procedureId === 'string' ? resolveProcedure(procedureId) : null;
  if (!found?.ok) {
    const reason = found ? found.error.message : `unknown procedure ${JSON.stringify(procedureId) ?? String(procedureId)}`;
    return fail(new PermitLifecycleError('snapshot.unknownProcedure', `snapshot is of ${reason}`, { path: ['procedureId'] }));
  }
  const procedure = found.value;
  if (isSemver(machineVersion) && !sameMajor(machineVersion, procedure.version)) {
    return fail(
      new PermitLifecycleError('snapshot.machineVersionUnsupported', `snapshot was made with ${procedure.id} machine ${machineVersion}; this library has ${procedure.version}`, {
        path: ['machineVersion'],
        details: { stored: machineVersion, current: procedure.version },
      }),
    );
  }
  if (isStateValue(state) && !isKnownState(procedure.machine, state)) {
    const path = statePath(state as never);
    return fail(new PermitLifecycleError('snapshot.unknownState', `the ${procedure.id} machine has no state "${path}"`, { path: ['state'], details: { state: path } }));
  }
  return found;
}

/**
 * The `limit.exceeded` refusal of a snapshot whose event log (held, or
 * counted by a state snapshot) is longer than `maxEventsPerCase`, or `null`.
 *
 * @example
 * ```ts
 * eventCountRefusal(12, ['events']); // null
 * ```
 * @category Persistence
 */
export function eventCountRefusal(count: number, path: (string | number)[]): Result<never> | null {
  const { maxEventsPerCase } = limits();
  return count > maxEventsPerCase ? fail(limitExceeded('maxEventsPerCase', maxEventsPerCase, count, path, 'the number of events of the snapshot')) : null;
}

/**
 * A `limit.exceeded` refusal met while rebuilding a snapshot's case (its
 * facts, its replayed events), kept as it is with `pathPrefix` in front, or
 * `null` for any other refusal (which the reader reports as corrupt).
 *
 * @example
 * ```ts
 * limitPassedThrough(replayed.error, ['events']) ?? corrupt('snapshot event log is invalid');
 * ```
 * @category Persistence
 */
export function limitPassedThrough(error: PermitLifecycleError, pathPrefix: (string | number)[]): Result<never> | null {
  if (error.code !== 'limit.exceeded') return null;
  return fail(new PermitLifecycleError('limit.exceeded', `snapshot refused: ${error.message}`, { path: [...pathPrefix, ...error.path], details: { ...error.details } }));
}
