/**
 * A few representative cases per procedure for the snapshot tests: for every
 * state the walk reached, the case with the longest history.
 */
import { statePath, type PermitCase, type Procedure } from '../../src';
import { walkProcedure } from '../../src/testing';

/** One case per reached state, the one with the most events, longest first. */
export function deepestCasePerState(procedure: Procedure): PermitCase[] {
  const best = new Map<string, PermitCase>();
  for (const graph of walkProcedure(procedure).graphs) {
    for (const current of Object.values(graph.nodes)) {
      const state = statePath(current.state);
      const known = best.get(state);
      if (!known || current.events.length > known.events.length) best.set(state, current);
    }
  }
  return [...best.values()].sort((a, b) => b.events.length - a.events.length);
}
