/**
 * The procedures the case API knows by id. A case stores only its
 * procedure's id, so `apply`, `status`, `restore` and the rest look the
 * procedure up here. The main entry registers the five bundled procedures;
 * `permit-lifecycles/core` starts empty, so that an application bundles only
 * the procedures it registers.
 */
import type { Procedure } from './types';
import { refusedArguments } from '../guard';

const registered = new Map<string, Procedure>();

/**
 * Make procedures known to the case API by their id. Registering a procedure
 * with an id already known replaces the earlier one (a host's own version of
 * a machine, for example); registering the same object again changes nothing.
 *
 * @example
 * ```ts
 * import { registerProcedures, createCase } from 'permit-lifecycles/core';
 * import { seasonalWorker } from 'permit-lifecycles/seasonal-worker';
 *
 * registerProcedures(seasonalWorker);
 * createCase('seasonalWorker', { at: '2026-01-05' });
 * ```
 * @category Case API
 */
export function registerProcedures(...procedures: readonly Procedure[]): void {
  try {
  for (const procedure of procedures) registered.set(procedure.id, procedure);
  } catch (error) {
    throw refusedArguments('registerProcedures', error);
  }
}

/**
 * The registered procedure with this id, or `undefined`.
 *
 * @example
 * ```ts
 * registeredProcedure('seasonalWorker')?.title;
 * ```
 * @category Case API
 */
export function registeredProcedure(id: string): Procedure | undefined {
  try {
  return registered.get(id);
  } catch (error) {
    throw refusedArguments('registeredProcedure', error);
  }
}

/**
 * Every registered procedure, in the order of registration.
 *
 * @example
 * ```ts
 * registeredProcedures().map((procedure) => procedure.id);
 * ```
 * @category Case API
 */
export function registeredProcedures(): Procedure[] {
  try {
  return [...registered.values()];
  } catch (error) {
    throw refusedArguments('registeredProcedures', error);
  }
}
