/**
 * Test paths from a walk: the shortest path to every state, plus one path
 * through every transition (shortest path to its source node, then the edge).
 * Simple-path enumeration would explode; this stays linear in the graph.
 */
import { statePath } from '../case/machine-runtime';
import type { CaseEvent, Procedure } from '../case/types';
import type { ProcedureWalk, WalkGraph } from './walk';
import { refusedArguments } from '../guard';

/**
 * A generated test path: facts to open the case with and the events to apply.
 *
 * @example
 * ```ts
 * const path: TestPath = generatePaths(seasonalWorker, walkProcedure(seasonalWorker))[0]!;
 * path.events.map((event) => event.type);
 * ```
 * @category Testing
 */
export interface TestPath {
  /** A readable name: facts variant, target state, and the last event. */
  name: string;
  facts: Record<string, unknown>;
  events: CaseEvent[];
  /** The state the walk reached at the end of the path. */
  expectedState: string;
  /** Why the path exists: the state or transition it was generated for. */
  reason: string;
}

function shortestPaths(graph: WalkGraph): Map<string, CaseEvent[]> {
  const paths = new Map<string, CaseEvent[]>([[graph.initial, []]]);
  const outgoing = new Map<string, typeof graph.edges>();
  for (const edge of graph.edges) {
    const list = outgoing.get(edge.from) ?? [];
    list.push(edge);
    outgoing.set(edge.from, list);
  }
  const queue = [graph.initial];
  while (queue.length > 0) {
    const key = queue.shift()!;
    const base = paths.get(key)!;
    for (const edge of outgoing.get(key) ?? []) {
      if (paths.has(edge.to)) continue;
      paths.set(edge.to, [...base, edge.event]);
      queue.push(edge.to);
    }
  }
  return paths;
}

function stateOfKey(key: string): string {
  return (JSON.parse(key) as [string, unknown])[0];
}

/**
 * Generate the paths of a walk: shortest to each state, and one per transition.
 *
 * @example
 * ```ts
 * const paths = generatePaths(seasonalWorker, walkProcedure(seasonalWorker));
 * ```
 * @category Testing
 */
export function generatePaths(procedure: Procedure, walk: ProcedureWalk): TestPath[] {
  try {
  const out: TestPath[] = [];
  const seen = new Set<string>();
  const coveredStates = new Set<string>();
  const coveredTransitions = new Set<string>();
  const add = (graph: WalkGraph, events: CaseEvent[], expectedState: string, reason: string): void => {
    const id = JSON.stringify([graph.facts, events]);
    if (seen.has(id)) return;
    seen.add(id);
    const last = events.at(-1)?.type ?? 'opened';
    out.push({ name: `${procedure.id} ${JSON.stringify(graph.facts)} → ${expectedState} (last: ${last})`, facts: graph.facts, events, expectedState, reason });
  };
  for (const graph of walk.graphs) {
    const shortest = shortestPaths(graph);
    for (const [key, events] of shortest) {
      const state = stateOfKey(key);
      if (coveredStates.has(state)) continue;
      coveredStates.add(state);
      add(graph, events, state, `state ${state}`);
    }
  }
  for (const graph of walk.graphs) {
    const shortest = shortestPaths(graph);
    for (const edge of graph.edges) {
      const fresh = edge.transitionIds.filter((id) => !coveredTransitions.has(id));
      if (fresh.length === 0) continue;
      const prefix = shortest.get(edge.from);
      if (!prefix) continue;
      for (const id of edge.transitionIds) coveredTransitions.add(id);
      add(graph, [...prefix, edge.event], stateOfKey(edge.to), `transition ${fresh.join(', ')}`);
    }
  }
  return out;
  } catch (error) {
    throw refusedArguments('generatePaths', error);
  }
}

/**
 * The state paths (`a.b`) a walk reached, for a quick check before replay.
 *
 * @example
 * ```ts
 * reachedStates(walkProcedure(seasonalWorker)).has('revoked');
 * ```
 * @category Testing
 */
export function reachedStates(walk: ProcedureWalk): Set<string> {
  try {
  const states = new Set<string>();
  for (const graph of walk.graphs) for (const current of Object.values(graph.nodes)) states.add(statePath(current.state));
  return states;
  } catch (error) {
    throw refusedArguments('reachedStates', error);
  }
}
