/**
 * Snapshot schema migrations: each step turns a snapshot of version N into
 * version N + 1. `restore` runs them in order before validating.
 */
import { fail, ok, PermitLifecycleError, type Result } from '../errors';

/** The schema version `serialize` writes. */
export const CURRENT_SCHEMA_VERSION = 1;

type Migration = (snapshot: Record<string, unknown>) => Record<string, unknown>;

/** Migrations by the version they upgrade from. */
const migrations: Record<number, Migration> = {};

/**
 * Bring a snapshot object up to {@link CURRENT_SCHEMA_VERSION}.
 *
 * @example
 * ```ts
 * const upgraded = migrateSnapshot({ format: 'permit-lifecycles/case', schemaVersion: 1 });
 * ```
 */
export function migrateSnapshot(snapshot: Record<string, unknown>): Result<Record<string, unknown>> {
  let current = snapshot;
  let version = current.schemaVersion as number;
  while (version < CURRENT_SCHEMA_VERSION) {
    const step = migrations[version];
    if (!step) {
      return fail(new PermitLifecycleError('snapshot.unsupportedVersion', `no migration from snapshot schema version ${version}`, { path: ['schemaVersion'] }));
    }
    current = { ...step(current), schemaVersion: version + 1 };
    version += 1;
  }
  return ok(current);
}
