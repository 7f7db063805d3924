/**
 * Reading the declared `meta` of a case's current state, and the procedure
 * it belongs to, without starting an actor.
 */
import type { AnyStateMachine, StateValue } from 'xstate';
import { PermitLifecycleError } from '../errors';
import { resolveProcedure } from './engine';
import { stateInfo } from './machine-runtime';
import type { PermitCase, Procedure, StateMeta } from './types';
import { refusedArguments } from '../guard';

/**
 * The meta of the innermost active state that declares one (nested states
 * may inherit their parent's description, rights and source).
 *
 * @example
 * ```ts
 * stateMetaOf(seasonalWorker.machine, 'awaitingDecision').rights.work.verdict; // 'denied'
 * ```
 * @category Case API
 */
export function stateMetaOf(machine: AnyStateMachine, value: StateValue): StateMeta {
  try {
  return { ...sharedStateMeta(machine, value) };
  } catch (error) {
    throw refusedArguments('stateMetaOf', error);
  }
}

/**
 * {@link stateMetaOf} without the copy, for the kernel's own reads (`status`
 * reads it for every case of a sweep): the merged meta kept per state value,
 * not to be modified.
 *
 * @example
 * ```ts
 * sharedStateMeta(seasonalWorker.machine, 'awaitingDecision').phase;
 * ```
 * @category Case API
 */
export function sharedStateMeta(machine: AnyStateMachine, value: StateValue): Readonly<StateMeta> {
  const merged = stateInfo(machine, value).meta as Partial<StateMeta>;
  if (!merged.description || !merged.phase || !merged.rights) {
    throw new PermitLifecycleError('snapshot.unknownState', `state ${JSON.stringify(value)} declares no meta (description, phase, rights)`);
  }
  return merged as StateMeta;
}

/**
 * The procedure of a case; throws the typed error for an unknown id (a case
 * built by `createCase` or `restore` always has a known one).
 *
 * @example
 * ```ts
 * procedureOf(someCase).title;
 * ```
 * @category Case API
 */
export function procedureOf(current: PermitCase): Procedure {
  const found = resolveProcedure(current.procedureId);
  if (found.ok) return found.value;
  throw found.error;
}
