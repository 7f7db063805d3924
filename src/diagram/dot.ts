/**
 * Graphviz DOT text from a machine's graph: nested states as clusters, final
 * states with a double border, edges labelled like the Mermaid diagram and
 * carrying their source quote as a tooltip.
 */
import type { AnyStateMachine } from 'xstate';
import { edgeLabel } from './labels';
import { machineGraph, type DiagramState, type MachineGraph } from './model';

/** A DOT double-quoted string. */
function quoted(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}

function clusterId(path: string): string {
  return quoted(`cluster_${path}`);
}

function startId(parent: string): string {
  return quoted(parent === '' ? '__start' : `${parent}.__start`);
}

/** The node a compound state is entered through: its initial descendant, followed down. */
function entryLeaf(graph: MachineGraph, state: DiagramState): DiagramState {
  let current = state;
  for (;;) {
    const children = graph.states.filter((candidate) => candidate.parent === current.path);
    if (children.length === 0) return current;
    current = children.find((child) => child.initial) ?? children[0]!;
  }
}

function declareState(state: DiagramState, indent: string, graph: MachineGraph, lines: string[]): void {
  if (state.children.length === 0) {
    const attributes = [`label=${quoted(state.key)}`];
    if (state.kind === 'final') attributes.push('peripheries=2');
    if (state.meta.description) attributes.push(`tooltip=${quoted(state.meta.description)}`);
    lines.push(`${indent}${quoted(state.path)} [${attributes.join(', ')}];`);
    return;
  }
  lines.push(`${indent}subgraph ${clusterId(state.path)} {`);
  lines.push(`${indent}  label=${quoted(state.key)}; style=rounded;`);
  const children = graph.states.filter((candidate) => candidate.parent === state.path);
  const initial = children.find((child) => child.initial);
  if (initial) {
    lines.push(`${indent}  ${startId(state.path)} [shape=point, label=""];`);
    lines.push(`${indent}  ${startId(state.path)} -> ${quoted(entryLeaf(graph, initial).path)};`);
  }
  for (const child of children) declareState(child, `${indent}  `, graph, lines);
  lines.push(`${indent}}`);
}

/**
 * A Graphviz DOT digraph of a machine, built from its state nodes (no network).
 * Edges read `event [guard] §n` (the numbers of the graph's source list, also
 * given as `//` comments); transitions that keep the state are dashed self-loops;
 * final states have a double border; nested states are clusters.
 *
 * @example
 * ```ts
 * import { seasonalWorkerMachine, toDot } from 'permit-lifecycles';
 * writeFileSync('seasonal-worker.dot', toDot(seasonalWorkerMachine)); // then: dot -Tsvg seasonal-worker.dot
 * ```
 */
export function toDot(machine: AnyStateMachine): string {
  const graph = machineGraph(machine);
  const byPath = new Map(graph.states.map((state) => [state.path, state]));
  const lines = [
    `digraph ${quoted(graph.id)} {`,
    '  graph [rankdir=TB, compound=true, fontname="Helvetica"];',
    '  node [shape=box, style=rounded, fontname="Helvetica"];',
    '  edge [fontname="Helvetica", fontsize=10];',
  ];
  if (graph.initial) {
    const initial = byPath.get(graph.initial);
    lines.push(`  ${startId('')} [shape=point, label=""];`);
    if (initial) lines.push(`  ${startId('')} -> ${quoted(entryLeaf(graph, initial).path)};`);
  }
  for (const state of graph.states.filter((candidate) => candidate.parent === null)) declareState(state, '  ', graph, lines);
  if (graph.transitions.some((transition) => transition.from === '')) lines.push(`  ${quoted('__any')} [label="any state", shape=plaintext];`);
  for (const transition of graph.transitions) {
    const fromState = byPath.get(transition.from);
    const from = fromState ? entryLeaf(graph, fromState).path : '__any';
    const label = quoted(edgeLabel(transition, '\n'));
    const tooltip = transition.source ? `, tooltip=${quoted(`${transition.source.section}: "${transition.source.quote}"`)}` : '';
    const tail = fromState && fromState.children.length > 0 ? `, ltail=${clusterId(fromState.path)}` : '';
    if (transition.targets.length === 0) {
      lines.push(`  ${quoted(from)} -> ${quoted(from)} [label=${label}, style=dashed${tooltip}];`);
      continue;
    }
    for (const target of transition.targets) {
      const targetState = byPath.get(target);
      const to = targetState ? entryLeaf(graph, targetState).path : target;
      const head = targetState && targetState.children.length > 0 ? `, lhead=${clusterId(targetState.path)}` : '';
      lines.push(`  ${quoted(from)} -> ${quoted(to)} [label=${label}${tail}${head}${tooltip}];`);
    }
  }
  graph.sources.forEach((source, index) => {
    lines.push(`  // §${index + 1} ${source.file} | ${source.section.replace(/\s+/g, ' ')} | "${source.quote.replace(/\s+/g, ' ')}"`);
  });
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
