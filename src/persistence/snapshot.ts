/**
 * Versioned snapshots of cases: `serialize` writes one, `restore` reads one
 * back or says precisely why it cannot. A restored case is checked against its
 * own event log (replayed through the machine), so a damaged or inconsistent
 * snapshot is refused whole, never half-restored.
 */
import { z } from 'zod';
import { isoDateSchema } from '../calendar';
import { fail, fromZodError, ok, PermitLifecycleError, type Result } from '../errors';
import { applyAll, createCase, requireWholeLog } from '../case/engine';
import { revisedCase } from '../case/event-log';
import type { PermitCase, ProcedureId } from '../case/types';
import { LIBRARY_NAME, LIBRARY_VERSION } from '../version';
import { canonicalJson, snapshotChecksum } from './checksum';
import { checkedProcedure, checkedSchemaVersion, eventCountRefusal, limitPassedThrough, parseSnapshotInput, semverSchema, snapshotCorrupt, stateValueSchema } from './envelope';
import { CURRENT_SCHEMA_VERSION, migrateSnapshot } from './migrations';
import { replayRefusal } from './replay-check';
import { signatureRefusal, withSignature, type SerializeOptions, type VerifyOptions } from './signature';
import { CURRENT_STATE_SCHEMA_VERSION, STATE_SNAPSHOT_FORMAT, verifyState } from './state-snapshot';
import { refusedArguments, requireCaseShape } from '../guard';

/**
 * The marker that tells a permit-lifecycles snapshot from any other JSON.
 *
 * @example
 * ```ts
 * const isSnapshot = (value: { format?: unknown }) => value.format === SNAPSHOT_FORMAT;
 * ```
 * @category Persistence
 */
export const SNAPSHOT_FORMAT = 'permit-lifecycles/case';

/**
 * The library release that wrote a snapshot.
 *
 * @example
 * ```ts
 * const writer: SnapshotWriter = { library: 'permit-lifecycles', version: '0.1.0' };
 * ```
 * @category Persistence
 */
export interface SnapshotWriter {
  library: typeof LIBRARY_NAME;
  version: string;
}

/**
 * A persisted case: plain JSON with the schema version, the release that
 * wrote it (`null` when unknown: snapshots migrated from schema version 1),
 * the procedure, the machine version it was created with, the state, the
 * context, the events, and a checksum of all of that.
 *
 * @example
 * ```ts
 * const stored: PersistedCase = JSON.parse(serialize(someCase));
 * stored.schemaVersion; // 2
 * stored.writtenBy?.version; // '0.1.0'
 * ```
 * @category Persistence
 */
export interface PersistedCase {
  format: typeof SNAPSHOT_FORMAT;
  schemaVersion: number;
  writtenBy: SnapshotWriter | null;
  procedureId: ProcedureId;
  machineVersion: string;
  state: unknown;
  context: Record<string, unknown>;
  events: { type: string; at: string; [field: string]: unknown }[];
  /** `crc32:` and eight hex digits, over the canonical JSON of every other field but `signature`. */
  checksum: string;
  /** `hmac-sha256:` and 64 hex digits, over every other field: present when written with a signing key. */
  signature?: string;
}

const signatureSchema = z.string().regex(/^hmac-sha256:[0-9a-f]{64}$/, 'expected "hmac-sha256:" and 64 lowercase hex digits').optional();

const envelopeSchema = z.strictObject({
  format: z.literal(SNAPSHOT_FORMAT),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  writtenBy: z.strictObject({ library: z.literal(LIBRARY_NAME), version: semverSchema }).nullable(),
  procedureId: z.string().min(1),
  machineVersion: semverSchema,
  state: stateValueSchema,
  context: z.looseObject({ openedOn: isoDateSchema, lastEventAt: isoDateSchema, facts: z.record(z.string(), z.unknown()) }),
  // Each event is checked where it is replayed, by its procedure's own schema (with the same path): checking them here too copied the whole log once more.
  events: z.array(z.unknown()),
  checksum: z.string().regex(/^crc32:[0-9a-f]{8}$/, 'expected "crc32:" and eight lowercase hex digits'),
  signature: signatureSchema,
});

/**
 * The persisted form of a case, as an object, signed when `options.key` is
 * given. Throws `argument.invalid` for a case that does not hold its whole
 * event log (read from a state snapshot: see `PermitCase.earlierEventCount`)
 * and for an unusable key.
 *
 * @example
 * ```ts
 * toPersisted(someCase).machineVersion; // '1.0.0'
 * toPersisted(someCase).checksum; // 'crc32:…'
 * toPersisted(someCase, { key }).signature; // 'hmac-sha256:…'
 * ```
 * @category Persistence
 */
export function toPersisted(current: PermitCase, options: SerializeOptions = {}): PersistedCase {
  try {
  requireCaseShape(current, 'a full snapshot');
  requireWholeLog(current, 'a full snapshot');
  const body = {
    format: SNAPSHOT_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    writtenBy: { library: LIBRARY_NAME, version: LIBRARY_VERSION },
    procedureId: current.procedureId,
    machineVersion: current.machineVersion,
    state: current.state,
    context: current.context as unknown as Record<string, unknown>,
    events: current.events,
  } as const;
  return withSignature({ ...body, checksum: snapshotChecksum(body) }, options.key);
  } catch (error) {
    throw refusedArguments('toPersisted', error);
  }
}

/**
 * Serialise a case to a JSON string (deterministic: same case, same bytes).
 * With `options.key` the snapshot is signed (HMAC-SHA256), and
 * `restore(json, { key })` refuses it if anything in it was changed. Throws
 * `argument.invalid` for a case that does not hold its whole event log, as
 * {@link toPersisted} does, and for an unusable key.
 *
 * @example
 * ```ts
 * const json = serialize(someCase);
 * localStorage.setItem('case-42', json);
 * const signed = serialize(someCase, { key: process.env.CASE_SIGNING_KEY! });
 * ```
 * @category Persistence
 */
export function serialize(current: PermitCase, options: SerializeOptions = {}): string {
  try {
  return JSON.stringify(toPersisted(current, options));
  } catch (error) {
    throw refusedArguments('serialize', error);
  }
}

const corrupt = snapshotCorrupt;

/**
 * Restore a case from a snapshot (a JSON string or an already parsed object).
 * Refuses, with a typed error and nothing half-restored: input that is not
 * JSON or not a snapshot (`snapshot.corrupt`), a newer schema
 * (`snapshot.unsupportedVersion`), an unknown procedure
 * (`snapshot.unknownProcedure`), a machine of another major version
 * (`snapshot.machineVersionUnsupported`), a state the machine does not have
 * (`snapshot.unknownState`), a state or context that its own event log
 * does not reproduce, and content that does not match its checksum
 * (`snapshot.corrupt`). Older schema versions are migrated. Key order does
 * not matter (a database may reorder keys).
 *
 * A state snapshot (`serializeState`) has no event log: pass the one the
 * host keeps as `options.events`, and it is verified the same way (replayed,
 * compared, checksum checked; an event count that differs is
 * `snapshot.corrupt`) and the full case returned. Without `events` it is
 * refused (`argument.invalid`): pass the events, or read it with
 * `readPersisted`. Events given with a full snapshot must be its own log.
 *
 * With `options.key` (a key or the keys of a rotation) the snapshot must be
 * signed by it: an unsigned one is `snapshot.unsigned` (unless
 * `allowUnsigned`, for snapshots written before signing was turned on,
 * including every migrated old-format one), and one changed after signing or
 * signed with another key is `snapshot.signatureInvalid`. The checksum alone
 * detects accidental damage only: anyone who edits a snapshot can recompute it.
 *
 * @example
 * ```ts
 * const restored = restore(json);
 * if (!restored.ok) console.error(restored.error.code, restored.error.message);
 * else console.log(status(restored.value).state);
 * const verified = restore(row.snapshot, { events: eventRows.map((row) => row.payload) });
 * const trusted = restore(json, { key: process.env.CASE_SIGNING_KEY! });
 * ```
 * @category Persistence
 */
export function restore(input: unknown, options: RestoreOptions = {}): Result<PermitCase> {
  try {
  try {
    return restoreChecked(input, options);
  } catch (error) {
    if (error instanceof PermitLifecycleError) return fail(error);
    // Whatever the input provokes (a stack overflow on absurd nesting, a machine that chokes on replayed data), it is refused whole.
    return corrupt(`snapshot could not be restored: ${error instanceof Error ? error.message : String(error)}`);
  }
  } catch (error) {
    return fail(refusedArguments('restore', error));
  }
}

/**
 * Options of {@link restore}.
 *
 * @example
 * ```ts
 * const options: RestoreOptions = { events: storedEvents };
 * ```
 * @category Persistence
 */
export interface RestoreOptions extends VerifyOptions {
  /** The event log kept beside a state snapshot (required for one), oldest first. */
  events?: readonly unknown[];
}

function restoreChecked(input: unknown, options: RestoreOptions): Result<PermitCase> {
  const parsed = parseSnapshotInput(input);
  if (!parsed.ok) return parsed;
  const record = parsed.value;
  const unsigned = signatureRefusal(record, options);
  if (unsigned !== null) return unsigned;
  if (record.format === STATE_SNAPSHOT_FORMAT) return restoreState(record, options.events);
  if (record.format !== SNAPSHOT_FORMAT) return corrupt(`not a permit-lifecycles snapshot (format should be "${SNAPSHOT_FORMAT}")`, ['format']);
  const version = checkedSchemaVersion('snapshot', record.schemaVersion, CURRENT_SCHEMA_VERSION);
  if (!version.ok) return version;
  const migrated = migrateSnapshot(record);
  if (!migrated.ok) return migrated;
  const envelope = envelopeSchema.safeParse(migrated.value);
  if (!envelope.success) return fail(fromZodError('snapshot.corrupt', envelope.error, 'snapshot'));
  const snapshot = envelope.data;
  const tooMany = eventCountRefusal(snapshot.events.length, ['events']);
  if (tooMany !== null) return tooMany;
  const found = checkedProcedure(snapshot.procedureId, snapshot.machineVersion, snapshot.state);
  if (!found.ok) return found;
  const procedure = found.value;
  const opened = createCase(procedure, { at: snapshot.context.openedOn, facts: snapshot.context.facts });
  if (!opened.ok) return limitPassedThrough(opened.error, ['context']) ?? corrupt(`snapshot facts are invalid: ${opened.error.message}`, ['context', 'facts', ...opened.error.path.slice(1)]);
  const replayed = applyAll(opened.value, snapshot.events);
  if (!replayed.ok) return limitPassedThrough(replayed.error, ['events']) ?? corrupt(`snapshot event log is invalid: ${replayed.error.message}`, ['events', ...replayed.error.path], { cause: replayed.error.toJSON() });
  const rebuilt = replayed.value;
  const differs = replayRefusal({ state: snapshot.state, context: (migrated.value as { context: unknown }).context }, rebuilt, snapshot.machineVersion, procedure, 'its event log', record.schemaVersion !== 1);
  if (differs) return differs;
  if (snapshotChecksum(migrated.value) !== snapshot.checksum) {
    return corrupt('snapshot checksum does not match its content: it was damaged (the checksum detects accidental damage, not deliberate edits)', ['checksum']);
  }
  if (options.events !== undefined && canonicalJson(options.events) !== canonicalJson(snapshot.events)) {
    return corrupt('the event log given is not the one the snapshot carries', ['events']);
  }
  return ok(revisedCase(rebuilt, { machineVersion: snapshot.machineVersion }));
}

function restoreState(record: Record<string, unknown>, events: readonly unknown[] | undefined): Result<PermitCase> {
  const version = checkedSchemaVersion('state snapshot', record.schemaVersion, CURRENT_STATE_SCHEMA_VERSION);
  if (!version.ok) return version;
  if (events === undefined) {
    return fail(
      new PermitLifecycleError('argument.invalid', 'a state snapshot carries no event log: pass the events kept beside it (restore(snapshot, { events })) or read it with readPersisted', {
        path: ['events'],
      }),
    );
  }
  if (!Array.isArray(events)) return fail(new PermitLifecycleError('argument.invalid', 'events must be an array of events', { path: ['events'] }));
  const found = checkedProcedure(record.procedureId, record.machineVersion, record.state);
  if (!found.ok) return found;
  return verifyState(record, found.value, events);
}
