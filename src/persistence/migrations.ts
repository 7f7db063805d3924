/**
 * Snapshot schema migrations: each step turns a snapshot of version N into
 * one of version N + 1. `restore` runs them in order before validating, so a
 * case stored years ago by an older release still restores.
 *
 * - 1 → 2: adds `writtenBy` (the library release that wrote the snapshot;
 *   `null` when unknown, as for every version-1 snapshot) and `checksum` (see
 *   `./checksum`), computed over the migrated content.
 */
import { fail, ok, PermitLifecycleError, type Result } from '../errors';
import { snapshotChecksum } from './checksum';

/**
 * The schema version `serialize` writes.
 *
 * @example
 * ```ts
 * JSON.parse(serialize(someCase)).schemaVersion === CURRENT_SCHEMA_VERSION; // true
 * ```
 * @category Persistence
 */
export const CURRENT_SCHEMA_VERSION = 2;

type Migration = (snapshot: Record<string, unknown>) => Result<Record<string, unknown>>;

function fromVersion1(snapshot: Record<string, unknown>): Result<Record<string, unknown>> {
  const { format, schemaVersion: _old, ...rest } = snapshot;
  for (const field of ['writtenBy', 'checksum']) {
    // Recomputing the checksum of a newer snapshot relabelled as version 1 would hide any damage to it.
    if (Object.prototype.hasOwnProperty.call(rest, field)) {
      return fail(new PermitLifecycleError('snapshot.corrupt', `a version-1 snapshot has no "${field}": this one is newer and its schemaVersion was changed`, { path: [field] }));
    }
  }
  const body = { format, schemaVersion: 2, writtenBy: null, ...rest };
  return ok({ ...body, checksum: snapshotChecksum(body) });
}

/** Migrations by the version they upgrade from; each returns the next version, `schemaVersion` included, or refuses. */
const migrations: Readonly<Record<number, Migration>> = { 1: fromVersion1 };

/**
 * Bring a snapshot object up to {@link CURRENT_SCHEMA_VERSION}. A version with
 * no migration gives `snapshot.unsupportedVersion`.
 *
 * @example
 * ```ts
 * const upgraded = migrateSnapshot(JSON.parse(storedVersion1Json));
 * if (upgraded.ok) upgraded.value.schemaVersion; // 2
 * ```
 * @category Persistence
 */
export function migrateSnapshot(snapshot: Record<string, unknown>): Result<Record<string, unknown>> {
  let current = snapshot;
  let version = current.schemaVersion as number;
  while (version < CURRENT_SCHEMA_VERSION) {
    const step = migrations[version];
    if (!step) {
      return fail(new PermitLifecycleError('snapshot.unsupportedVersion', `no migration from snapshot schema version ${version}`, { path: ['schemaVersion'] }));
    }
    const next = step(current);
    if (!next.ok) return next;
    current = next.value;
    version += 1;
    if (current.schemaVersion !== version) throw new Error(`the migration to schema version ${version} did not set schemaVersion`);
  }
  return ok(current);
}
