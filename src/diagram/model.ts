/**
 * A neutral, deterministic description of a machine's graph (states,
 * transitions, guards, sources) read from its state nodes, which the Mermaid,
 * DOT and page renderers share. Nothing here touches the network or the clock.
 */
import type { AnyStateMachine, AnyStateNode, AnyTransitionDefinition } from 'xstate';
import { guardName } from '../case/machine-runtime';
import type { StateMeta, TransitionMeta } from '../case/types';
import type { SourceRef } from '../law';
import { stateLabel } from './labels';
import { refusedArguments } from '../guard';

/**
 * One state of a machine as the diagrams show it.
 *
 * @example
 * ```ts
 * const state: DiagramState = machineGraph(seasonalWorkerMachine).states[0]!;
 * console.log(state.path, state.kind, state.meta.description);
 * ```
 * @category Diagrams
 */
export interface DiagramState {
  /** Dotted path below the root, e.g. `refused.appealWindowOpen`. */
  path: string;
  /** The state's own key, e.g. `appealWindowOpen`. */
  key: string;
  /** The key in words, as the readable diagrams show it, e.g. `Appeal window open`. */
  label: string;
  /** Path of the enclosing state, or `null` for a top-level state. */
  parent: string | null;
  kind: 'atomic' | 'compound' | 'parallel' | 'final' | 'history';
  /** Whether this is the initial child of its parent (or of the machine). */
  initial: boolean;
  /** The state's declared meta (description, phase, rights, source, ...); empty when it declares none. */
  meta: Partial<StateMeta>;
  /** Paths of the child states, in definition order. */
  children: string[];
}

/**
 * One transition of a machine as the diagrams show it.
 *
 * @example
 * ```ts
 * const edge: DiagramTransition = machineGraph(seasonalWorkerMachine).transitions[0]!;
 * console.log(`${edge.from} --${edge.event}--> ${edge.targets.join(', ')}`);
 * ```
 * @category Diagrams
 */
export interface DiagramTransition {
  /** Stable id, as in coverage reports: `<state node id>#<event type>#<index>`. */
  id: string;
  from: string;
  /** The event type; `always` for eventless transitions. */
  event: string;
  /** Target state paths; empty for a transition that stays in its state (actions only). */
  targets: string[];
  guard: string | null;
  actions: string[];
  source: SourceRef | null;
  /** Number of `source` in {@link MachineGraph.sources} (1-based), or `null`. */
  sourceNumber: number | null;
  assumption: string | null;
}

/**
 * The graph of a machine: states and transitions in definition order, and the
 * distinct transition sources, numbered in order of first use.
 *
 * @example
 * ```ts
 * const graph: MachineGraph = machineGraph(seasonalWorkerMachine);
 * graph.sources[0]?.quote;
 * ```
 * @category Diagrams
 */
export interface MachineGraph {
  id: string;
  /** Path of the machine's initial state. */
  initial: string | null;
  states: DiagramState[];
  transitions: DiagramTransition[];
  sources: SourceRef[];
}

function pathOf(node: AnyStateNode): string {
  return node.path.join('.');
}

function kindOf(node: AnyStateNode): DiagramState['kind'] {
  return node.type;
}

function actionName(action: unknown): string {
  if (typeof action === 'string') return action;
  if (typeof action === 'function') return (action as { type?: string; name?: string }).type ?? (action.name || 'inline');
  if (action && typeof action === 'object' && typeof (action as { type?: unknown }).type === 'string') return (action as { type: string }).type;
  return 'inline';
}

function eventLabel(eventType: string): string {
  if (eventType === '') return 'always';
  if (eventType.startsWith('xstate.done.state.')) return 'done';
  return eventType;
}

function sourceKey(source: SourceRef): string {
  return JSON.stringify([source.file, source.section, source.quote]);
}

/**
 * Read the graph of a machine from its state nodes. Deterministic: states and
 * transitions come in definition order, so the same machine always gives the
 * same graph.
 *
 * @example
 * ```ts
 * const graph = machineGraph(seasonalWorkerMachine);
 * graph.states.filter((state) => state.kind === 'final').map((state) => state.path);
 * ```
 * @category Diagrams
 */
export function machineGraph(machine: AnyStateMachine): MachineGraph {
  try {
  const states: DiagramState[] = [];
  const transitions: DiagramTransition[] = [];
  const sources: SourceRef[] = [];
  const numbers = new Map<string, number>();

  const numberOf = (source: SourceRef): number => {
    const key = sourceKey(source);
    let number = numbers.get(key);
    if (number === undefined) {
      sources.push(source);
      number = sources.length;
      numbers.set(key, number);
    }
    return number;
  };

  const addTransitions = (node: AnyStateNode): void => {
    for (const [eventType, definitions] of node.transitions) {
      definitions.forEach((transition: AnyTransitionDefinition, index: number) => {
        const meta = (transition.meta ?? {}) as TransitionMeta;
        const source = meta.source ?? null;
        transitions.push({
          id: `${node.id}#${eventType}#${index}`,
          from: pathOf(node),
          event: eventLabel(eventType),
          targets: (transition.target ?? []).map(pathOf),
          guard: transition.guard === undefined ? null : guardName(transition.guard),
          actions: (transition.actions ?? []).map(actionName),
          source,
          sourceNumber: source ? numberOf(source) : null,
          assumption: meta.assumption ?? null,
        });
      });
    }
  };

  const visit = (node: AnyStateNode): void => {
    const parent = node.parent;
    const initialOfParent = parent?.initial?.target.some((target: AnyStateNode) => target === node) ?? false;
    states.push({
      path: pathOf(node),
      key: node.key,
      label: stateLabel(node.key),
      parent: parent && parent !== machine.root ? pathOf(parent) : null,
      kind: kindOf(node),
      initial: initialOfParent,
      meta: (node.meta ?? {}) as Partial<StateMeta>,
      children: Object.values(node.states).map(pathOf),
    });
    addTransitions(node);
    for (const child of Object.values(node.states)) visit(child);
  };

  addTransitions(machine.root);
  for (const child of Object.values(machine.root.states)) visit(child);
  const initialTarget = machine.root.initial?.target[0];
  return { id: machine.id, initial: initialTarget ? pathOf(initialTarget) : null, states, transitions, sources };
  } catch (error) {
    throw refusedArguments('machineGraph', error);
  }
}

/**
 * The state a compound state is entered through: its initial descendant,
 * followed down (the state itself when it has no children). Diagrams draw
 * edges to it, since a compound state is a cluster, not a node.
 *
 * @example
 * ```ts
 * entryLeaf(graph, graph.states.find((state) => state.path === 'refused')!).path; // 'refused.appealWindowOpen'
 * ```
 * @category Diagrams
 */
export function entryLeaf(graph: MachineGraph, state: DiagramState): DiagramState {
  let current = state;
  for (;;) {
    const children = graph.states.filter((candidate) => candidate.parent === current.path);
    if (children.length === 0) return current;
    current = children.find((child) => child.initial) ?? children[0]!;
  }
}
