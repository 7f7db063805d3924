/**
 * Versioned snapshots of cases: `serialize` writes one, `restore` reads one
 * back or says precisely why it cannot. A restored case is checked against its
 * own event log (replayed through the machine), so a tampered or corrupt
 * snapshot is refused whole, never half-restored.
 */
import { z } from 'zod';
import { isoDateSchema } from '../calendar';
import { fail, fromZodError, ok, PermitLifecycleError, type Result } from '../errors';
import { applyAll, createCase, resolveProcedure } from '../case/engine';
import { allStatePaths, statePath } from '../case/machine-runtime';
import type { PermitCase, ProcedureId } from '../case/types';
import { CURRENT_SCHEMA_VERSION, migrateSnapshot } from './migrations';

/** The marker that tells a permit-lifecycles snapshot from any other JSON. */
export const SNAPSHOT_FORMAT = 'permit-lifecycles/case';

/**
 * A persisted case: plain JSON with the schema version, the procedure, the
 * machine version it was created with, the state, the context and the events.
 *
 * @example
 * ```ts
 * const stored: PersistedCase = JSON.parse(serialize(someCase));
 * stored.schemaVersion; // 1
 * ```
 */
export interface PersistedCase {
  format: typeof SNAPSHOT_FORMAT;
  schemaVersion: number;
  procedureId: ProcedureId;
  machineVersion: string;
  state: unknown;
  context: Record<string, unknown>;
  events: { type: string; at: string; [field: string]: unknown }[];
}

const stateValueSchema: z.ZodType<unknown> = z.lazy(() => z.union([z.string().min(1), z.record(z.string(), stateValueSchema)]));

const envelopeSchema = z.strictObject({
  format: z.literal(SNAPSHOT_FORMAT),
  schemaVersion: z.number().int().positive(),
  procedureId: z.string().min(1),
  machineVersion: z.string().regex(/^\d+\.\d+\.\d+$/, 'expected a semver version'),
  state: stateValueSchema,
  context: z.looseObject({ openedOn: isoDateSchema, lastEventAt: isoDateSchema, facts: z.record(z.string(), z.unknown()) }),
  events: z.array(z.looseObject({ type: z.string().min(1), at: isoDateSchema })),
});

/**
 * The persisted form of a case, as an object.
 *
 * @example
 * ```ts
 * toPersisted(someCase).machineVersion; // '1.0.0'
 * ```
 */
export function toPersisted(current: PermitCase): PersistedCase {
  return {
    format: SNAPSHOT_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    procedureId: current.procedureId,
    machineVersion: current.machineVersion,
    state: current.state,
    context: current.context as unknown as Record<string, unknown>,
    events: current.events,
  };
}

/**
 * Serialise a case to a JSON string (deterministic: same case, same bytes).
 *
 * @example
 * ```ts
 * const json = serialize(someCase);
 * localStorage.setItem('case-42', json);
 * ```
 */
export function serialize(current: PermitCase): string {
  return JSON.stringify(toPersisted(current));
}

function corrupt(message: string, path: (string | number)[] = [], details: Record<string, unknown> = {}): Result<PermitCase> {
  return fail(new PermitLifecycleError('snapshot.corrupt', message, { path, details }));
}

/**
 * Restore a case from a snapshot (a JSON string or an already parsed object).
 * Refuses, with a typed error and nothing half-restored: input that is not
 * JSON or not a snapshot (`snapshot.corrupt`), a newer schema
 * (`snapshot.unsupportedVersion`), an unknown procedure
 * (`snapshot.unknownProcedure`), a machine of another major version
 * (`snapshot.machineVersionUnsupported`), a state the machine does not have
 * (`snapshot.unknownState`), and a state or context that its own event log
 * does not reproduce (`snapshot.corrupt`). Older schema versions are migrated.
 *
 * @example
 * ```ts
 * const restored = restore(json);
 * if (!restored.ok) console.error(restored.error.code, restored.error.message);
 * else console.log(status(restored.value).state);
 * ```
 */
export function restore(input: unknown): Result<PermitCase> {
  let raw: unknown = input;
  if (typeof input === 'string') {
    try {
      raw = JSON.parse(input);
    } catch (error) {
      return corrupt(`snapshot is not valid JSON: ${(error as Error).message}`);
    }
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return corrupt('snapshot is not a JSON object');
  const record = raw as Record<string, unknown>;
  if (record.format !== SNAPSHOT_FORMAT) return corrupt(`not a permit-lifecycles snapshot (format should be "${SNAPSHOT_FORMAT}")`, ['format']);
  const version = record.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return corrupt('schemaVersion must be a positive integer', ['schemaVersion']);
  if (version > CURRENT_SCHEMA_VERSION) {
    return fail(
      new PermitLifecycleError('snapshot.unsupportedVersion', `snapshot schema version ${version} is newer than this library supports (${CURRENT_SCHEMA_VERSION}); upgrade permit-lifecycles`, {
        path: ['schemaVersion'],
        details: { schemaVersion: version, supported: CURRENT_SCHEMA_VERSION },
      }),
    );
  }
  const migrated = migrateSnapshot(record);
  if (!migrated.ok) return migrated;
  const envelope = envelopeSchema.safeParse(migrated.value);
  if (!envelope.success) return fail(fromZodError('snapshot.corrupt', envelope.error, 'snapshot'));
  const snapshot = envelope.data;
  const found = resolveProcedure(snapshot.procedureId);
  if (!found.ok) {
    return fail(new PermitLifecycleError('snapshot.unknownProcedure', `snapshot is of unknown procedure "${snapshot.procedureId}"`, { path: ['procedureId'] }));
  }
  const procedure = found.value;
  const [storedMajor] = snapshot.machineVersion.split('.');
  const [currentMajor] = procedure.version.split('.');
  if (storedMajor !== currentMajor) {
    return fail(
      new PermitLifecycleError('snapshot.machineVersionUnsupported', `snapshot was made with ${procedure.id} machine ${snapshot.machineVersion}; this library has ${procedure.version}`, {
        path: ['machineVersion'],
        details: { stored: snapshot.machineVersion, current: procedure.version },
      }),
    );
  }
  const path = statePath(snapshot.state as never);
  if (!allStatePaths(procedure.machine).includes(path)) {
    return fail(new PermitLifecycleError('snapshot.unknownState', `the ${procedure.id} machine has no state "${path}"`, { path: ['state'], details: { state: path } }));
  }
  const opened = createCase(procedure, { at: snapshot.context.openedOn, facts: snapshot.context.facts });
  if (!opened.ok) return corrupt(`snapshot facts are invalid: ${opened.error.message}`, ['context', 'facts', ...opened.error.path.slice(1)]);
  const replayed = applyAll(opened.value, snapshot.events);
  if (!replayed.ok) return corrupt(`snapshot event log is invalid: ${replayed.error.message}`, ['events', ...replayed.error.path], { cause: replayed.error.toJSON() });
  const rebuilt = replayed.value;
  if (JSON.stringify(rebuilt.state) !== JSON.stringify(snapshot.state)) {
    return corrupt(`snapshot state "${path}" does not match its event log, which leads to "${statePath(rebuilt.state)}"`, ['state']);
  }
  if (JSON.stringify(rebuilt.context) !== JSON.stringify((migrated.value as { context: unknown }).context)) {
    return corrupt('snapshot context does not match its event log', ['context']);
  }
  return ok({ ...rebuilt, machineVersion: snapshot.machineVersion });
}
