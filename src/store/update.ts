/**
 * Read, decide, append, and retry when another writer got there first: the
 * loop every writer of an optimistic store needs, written once.
 */
import type { PermitCase } from '../case/types';
import { fail, ok, PermitLifecycleError, type Result } from '../errors';
import type { CaseStore, StoredCase } from './types';
import { refusedArguments } from '../guard';

/**
 * What `updateCase` (in `permit-lifecycles/store/pglite` and `/store/pg`) did: whether it appended, and after how many attempts.
 *
 * @example
 * ```ts
 * const outcome: CaseUpdate = { stored, appended: true, attempts: 2 };
 * ```
 * @category Store
 */
export interface CaseUpdate {
  stored: StoredCase;
  /** False when `decide` had nothing to append. */
  appended: boolean;
  attempts: number;
}

/**
 * Read a case, ask `decide` for the events to append to it, and append them
 * with the version read; on `store.conflict` read again and decide again, up
 * to `attempts` times. `decide` returns `[]` when there is nothing to do.
 * Any other refusal is returned as it is.
 *
 * @example
 * ```ts
 * const outcome = await updateCase(store, 'case-1', (current) =>
 *   status(current).allowedEvents.includes('visa.issued') ? [{ type: 'visa.issued', at: '2026-04-02' }] : [],
 * );
 * if (!outcome.ok) console.error(outcome.error.code);
 * ```
 * @category Store
 */
export async function updateCase(
  store: CaseStore,
  id: string,
  decide: (current: PermitCase) => readonly unknown[],
  options: { attempts?: number } = {},
): Promise<Result<CaseUpdate>> {
  try {
  const attempts = options.attempts ?? 5;
  if (!Number.isInteger(attempts) || attempts < 1) {
    return fail(new PermitLifecycleError('argument.invalid', 'attempts must be a positive integer', { path: ['attempts'] }));
  }
  let lastConflict: PermitLifecycleError | null = null;
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    const read = await store.read(id);
    if (!read.ok) return read;
    const events = decide(read.value.case);
    if (events.length === 0) return ok({ stored: read.value, appended: false, attempts: attempt });
    const appended = await store.append(id, events, { expectedVersion: read.value.version });
    if (appended.ok) return ok({ stored: appended.value, appended: true, attempts: attempt });
    if (appended.error.code !== 'store.conflict') return appended;
    lastConflict = appended.error;
  }
  return fail(
    new PermitLifecycleError('store.conflict', `case "${id}" kept changing: gave up after ${attempts} attempts`, {
      path: ['id'],
      details: { id, attempts, last: lastConflict?.toJSON() ?? null },
    }),
  );
  } catch (error) {
    return fail(refusedArguments('updateCase', error));
  }
}
