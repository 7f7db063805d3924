/**
 * What `restore` concludes when the machine, replaying a snapshot's events,
 * does not reach the state and context the snapshot stored. The same machine
 * version means damage; an older minor version of the machine means the rules
 * changed in between (a deadline now counted from entry, say), and the events,
 * which are the record, are read by the current rules; a newer one means this
 * library is too old for the snapshot.
 */
import { statePath } from '../case/machine-runtime';
import type { PermitCase, Procedure } from '../case/types';
import { fail, PermitLifecycleError, type Result } from '../errors';
import { canonicalJson } from './checksum';
import { snapshotCorrupt } from './envelope';

/**
 * How two machine versions (checked semver `major.minor.patch`) compare:
 * negative when `version` is older than `other`, 0 when equal, positive when
 * newer.
 *
 * @example
 * ```ts
 * compareMachineVersions('1.1.0', '1.2.0') < 0; // true
 * ```
 * @category Persistence
 */
export function compareMachineVersions(version: string, other: string): number {
  const left = version.split(/[.+-]/, 3).map(Number);
  const right = other.split(/[.+-]/, 3).map(Number);
  for (let index = 0; index < 3; index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * The refusal of a snapshot whose stored state or context the replay of its
 * events does not reproduce, or `null` when the snapshot is accepted: the
 * replay matches, or the snapshot was written by an older version of the
 * machine (same major), whose rules the current ones replace, and carries
 * the checksum it was written with (`checksummed`): the caller checks it over
 * the stored content, so damage to an older snapshot is refused all the same.
 * A snapshot from before checksums (schema version 1) cannot tell a change
 * of rules from damage, and a mismatch stays a refusal.
 *
 * @example
 * ```ts
 * const refused = replayRefusal({ state: stored.state, context: stored.context }, rebuilt, stored.machineVersion, procedure, 'its event log', true);
 * if (refused) return refused;
 * ```
 * @category Persistence
 */
export function replayRefusal(stored: { state: unknown; context: unknown }, rebuilt: PermitCase, machineVersion: string, procedure: Procedure, logName: string, checksummed = true): Result<never> | null {
  const stateDiffers = canonicalJson(rebuilt.state) !== canonicalJson(stored.state);
  if (!stateDiffers && canonicalJson(rebuilt.context) === canonicalJson(stored.context)) return null;
  const order = compareMachineVersions(machineVersion, procedure.version);
  if (order < 0 && checksummed) return null;
  if (order > 0) {
    return fail(
      new PermitLifecycleError(
        'snapshot.machineVersionUnsupported',
        `snapshot was made with ${procedure.id} machine ${machineVersion}, whose rules give another ${stateDiffers ? 'state' : 'context'} than this library's ${procedure.version}: upgrade permit-lifecycles to restore it`,
        { path: ['machineVersion'], details: { stored: machineVersion, current: procedure.version } },
      ),
    );
  }
  if (stateDiffers) {
    return snapshotCorrupt(`snapshot state "${statePath(stored.state as never)}" does not match ${logName}, which leads to "${statePath(rebuilt.state)}"`, ['state']);
  }
  return snapshotCorrupt(`snapshot context does not match ${logName}`, ['context']);
}
