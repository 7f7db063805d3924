/**
 * Walk a procedure's graph with `xstate/graph`. The walked logic is the case
 * API itself (validation, passage of time, the event), so every edge found is
 * one a real host could take. Nodes are abstracted to the state value plus the
 * procedure's path flags, which keeps the graph finite although contexts hold dates.
 */
import { getAdjacencyMap } from 'xstate/graph';
import type { ActorLogic, Snapshot } from 'xstate';
import { applyWithSteps, createCase, type AppliedStep } from '../case/engine';
import { registerProcedures } from '../case/procedures';
import { isFinalStateValue, statePath } from '../case/machine-runtime';
import type { CaseEvent, PermitCase, Procedure } from '../case/types';
import type { IsoDate } from '../calendar';
import { refusedArguments } from '../guard';

/**
 * The day every walk opens its cases: any fixed date works, since events are dated from the case.
 *
 * @example
 * ```ts
 * createCase(seasonalWorker, { at: WALK_START_DATE, facts: path.facts });
 * ```
 * @category Testing
 */
export const WALK_START_DATE: IsoDate = '2026-01-05';

type WalkSnapshot = Snapshot<undefined> & {
  case: PermitCase;
  steps: AppliedStep[];
  refused: boolean;
};

/**
 * An edge found by the walk: from one abstract node, an event, to another.
 *
 * @example
 * ```ts
 * const edge: WalkEdge = walkProcedure(seasonalWorker).edges[0]!;
 * edge.transitionIds;
 * ```
 * @category Testing
 */
export interface WalkEdge {
  from: string;
  to: string;
  event: CaseEvent;
  transitionIds: string[];
}

/**
 * The graph of one fact variant: its nodes (abstract key → a concrete case) and edges.
 *
 * @example
 * ```ts
 * const graph: WalkGraph = walkProcedure(seasonalWorker).graphs[0]!;
 * Object.keys(graph.nodes).length;
 * ```
 * @category Testing
 */
export interface WalkGraph {
  facts: Record<string, unknown>;
  initial: string;
  nodes: Record<string, PermitCase>;
  edges: WalkEdge[];
}

/**
 * The result of walking a procedure: one graph per fact variant.
 *
 * @example
 * ```ts
 * const walk: ProcedureWalk = walkProcedure(seasonalWorker);
 * walk.graphs.length === seasonalWorker.factVariants.length; // true
 * ```
 * @category Testing
 */
export interface ProcedureWalk {
  procedureId: string;
  graphs: WalkGraph[];
}

/**
 * The abstract key of a case in a walk: its state and its path flags.
 *
 * @example
 * ```ts
 * nodeKey(seasonalWorker, someCase); // '["awaitingDecision",{"visaRequired":true,...}]'
 * ```
 * @category Testing
 */
export function nodeKey(procedure: Procedure, current: PermitCase): string {
  try {
  return JSON.stringify([statePath(current.state), procedure.pathFlags(current.context)]);
  } catch (error) {
    throw refusedArguments('nodeKey', error);
  }
}

function caseLogic(procedure: Procedure): ActorLogic<WalkSnapshot, CaseEvent, { facts: Record<string, unknown> }> {
  const wrap = (current: PermitCase, steps: AppliedStep[], refused: boolean): WalkSnapshot => ({
    status: isFinalStateValue(procedure.machine, current.state) ? ('done' as const) : ('active' as const),
    output: undefined,
    error: undefined,
    case: current,
    steps,
    refused,
  });
  return {
    getInitialSnapshot: (_scope: unknown, input: { facts: Record<string, unknown> }) => {
      const opened = createCase(procedure, { at: WALK_START_DATE, facts: input.facts });
      if (!opened.ok) throw opened.error;
      return wrap(opened.value, [], false);
    },
    transition: (snapshot: WalkSnapshot, event: CaseEvent) => {
      const outcome = applyWithSteps(snapshot.case, event);
      return outcome.ok ? wrap(outcome.value.case, outcome.value.steps, false) : wrap(snapshot.case, [], true);
    },
    getPersistedSnapshot: (snapshot: WalkSnapshot) => snapshot,
  } as unknown as ActorLogic<WalkSnapshot, CaseEvent, { facts: Record<string, unknown> }>;
}

/**
 * Walk every fact variant of a procedure breadth-first. `limit` bounds the
 * number of nodes visited per variant (the walk throws past it). The
 * procedure is registered first (see `registerProcedures`), so a host's own
 * procedure can be walked, and replaces any other with its id.
 *
 * @example
 * ```ts
 * const walk = walkProcedure(seasonalWorker);
 * walk.graphs.reduce((sum, graph) => sum + graph.edges.length, 0);
 * ```
 * @category Testing
 */
export function walkProcedure(procedure: Procedure, options: { limit?: number } = {}): ProcedureWalk {
  try {
  registerProcedures(procedure);
  const logic = caseLogic(procedure);
  const graphs = procedure.factVariants.map((facts): WalkGraph => {
    const adjacency = getAdjacencyMap(logic, {
      input: { facts },
      limit: options.limit ?? 200_000,
      serializeState: (snapshot) => nodeKey(procedure, snapshot.case),
      events: (snapshot) => (snapshot.status === 'done' ? [] : (procedure.eventVariants(snapshot.case.context) as CaseEvent[])),
    });
    const nodes: Record<string, PermitCase> = {};
    const edges: WalkEdge[] = [];
    for (const [key, value] of Object.entries(adjacency)) {
      nodes[key] = value.state.case;
      for (const { event, state } of Object.values(value.transitions) as { event: CaseEvent; state: WalkSnapshot }[]) {
        if (state.refused) continue;
        edges.push({ from: key, to: nodeKey(procedure, state.case), event, transitionIds: state.steps.map((step) => step.transitionId) });
      }
    }
    const opened = createCase(procedure, { at: WALK_START_DATE, facts });
    if (!opened.ok) throw opened.error;
    return { facts, initial: nodeKey(procedure, opened.value), nodes, edges };
  });
  return { procedureId: procedure.id, graphs };
  } catch (error) {
    throw refusedArguments('walkProcedure', error);
  }
}
