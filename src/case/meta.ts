/**
 * Reading the declared `meta` of a case's current state, and the procedure
 * it belongs to, without starting an actor.
 */
import type { AnyStateMachine, StateValue } from 'xstate';
import { PermitLifecycleError } from '../errors';
import { resolveProcedure } from './engine';
import { activeStateNodes } from './machine-runtime';
import type { PermitCase, Procedure, StateMeta } from './types';

/**
 * The meta of the innermost active state that declares one (nested states
 * may inherit their parent's description, rights and source).
 *
 * @example
 * ```ts
 * stateMetaOf(seasonalWorker.machine, 'awaitingDecision').rights.mayWork; // false
 * ```
 */
export function stateMetaOf(machine: AnyStateMachine, value: StateValue): StateMeta {
  const nodes = activeStateNodes(machine, value);
  let merged: Partial<StateMeta> = {};
  for (const node of nodes) merged = { ...merged, ...((node.meta ?? {}) as Partial<StateMeta>) };
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
 */
export function procedureOf(current: PermitCase): Procedure {
  const found = resolveProcedure(current.procedureId);
  if (!found.ok) throw found.error;
  return found.value;
}
