/**
 * Graphviz DOT text from a machine's graph: nested states as clusters, final
 * states with a double border, edges labelled like the Mermaid diagram and
 * carrying their source quote as a tooltip.
 */
import type { AnyStateMachine } from 'xstate';
import { edgeLabel } from './labels';
import { entryLeaf, machineGraph, type DiagramState, type MachineGraph } from './model';
import { casePath, type CasePath, type DiagramOptions } from './path';
import { readableDot } from './readable';
import { refusedArguments } from '../guard';

/**
 * Options of {@link toDot}: those of every diagram, and `style`: `detailed`
 * (the default: ids, guards and source numbers on the edges) or `readable`
 * (what {@link toSvg} draws: words, phases, a legend). `phase` and
 * `edgeLabels` apply to the readable style only.
 *
 * @example
 * ```ts
 * const options: DotOptions = { style: 'readable', phase: 'renewal' };
 * ```
 * @category Diagrams
 */
export interface DotOptions extends DiagramOptions {
  style?: 'detailed' | 'readable';
}

const PATH_COLOR = '#c0182a';

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

function declareState(state: DiagramState, indent: string, graph: MachineGraph, lines: string[], path: CasePath | null): void {
  if (state.children.length === 0) {
    const attributes = [`label=${quoted(state.key)}`];
    if (state.kind === 'final') attributes.push('peripheries=2');
    if (path?.current === state.path) attributes.push('style="rounded,filled,bold"', 'fillcolor="#ffd54f"', 'penwidth=3', `color=${quoted(PATH_COLOR)}`);
    else if (path?.visited.has(state.path)) attributes.push('style="rounded,filled"', 'fillcolor="#fff1bf"', `color=${quoted(PATH_COLOR)}`);
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
  for (const child of children) declareState(child, `${indent}  `, graph, lines, path);
  lines.push(`${indent}}`);
}

/**
 * A Graphviz DOT digraph of a machine, built from its state nodes (no network).
 * Edges read `event [guard] §n` (the numbers of the graph's source list, also
 * given as `//` comments); transitions that keep the state are dashed self-loops;
 * final states have a double border; nested states are clusters.
 * With `case`, the states that case visited are shaded, its current state
 * bold, and the edges it took drawn thick and red, their labels starting with
 * the step numbers (`2, 5: renewal.granted ...`). With `style: 'readable'`, the
 * DOT that {@link toSvg} renders.
 *
 * @example
 * ```ts
 * import { seasonalWorkerMachine, toDot } from 'permit-lifecycles';
 * writeFileSync('seasonal-worker.dot', toDot(seasonalWorkerMachine)); // then: dot -Tsvg seasonal-worker.dot
 * writeFileSync('my-case.dot', toDot(seasonalWorkerMachine, { case: myCase }));
 * ```
 * @category Diagrams
 */
export function toDot(machine: AnyStateMachine, options: DotOptions = {}): string {
  try {
  if (options.style === 'readable') return readableDot(machine, options);
  const graph = machineGraph(machine);
  const path = options.case ? casePath(machine, options.case) : null;
  const stepsOf = new Map<string, number[]>();
  for (const step of path?.steps ?? []) stepsOf.set(step.transitionId, [...(stepsOf.get(step.transitionId) ?? []), step.number]);
  const taken = (id: string): string => {
    const steps = stepsOf.get(id);
    return steps ? `${steps.join(', ')}: ` : '';
  };
  const highlight = (id: string): string => (stepsOf.has(id) ? `, color=${quoted(PATH_COLOR)}, fontcolor=${quoted(PATH_COLOR)}, penwidth=3` : '');
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
  for (const state of graph.states.filter((candidate) => candidate.parent === null)) declareState(state, '  ', graph, lines, path);
  if (graph.transitions.some((transition) => transition.from === '')) lines.push(`  ${quoted('__any')} [label="any state", shape=plaintext];`);
  for (const transition of graph.transitions) {
    const fromState = byPath.get(transition.from);
    const from = fromState ? entryLeaf(graph, fromState).path : '__any';
    const label = quoted(taken(transition.id) + edgeLabel(transition, '\n'));
    const tooltip = transition.source ? `, tooltip=${quoted(`${transition.source.section}: "${transition.source.quote}"`)}` : '';
    const tail = fromState && fromState.children.length > 0 ? `, ltail=${clusterId(fromState.path)}` : '';
    if (transition.targets.length === 0) {
      lines.push(`  ${quoted(from)} -> ${quoted(from)} [label=${label}, style=dashed${tooltip}${highlight(transition.id)}];`);
      continue;
    }
    for (const target of transition.targets) {
      const targetState = byPath.get(target);
      const to = targetState ? entryLeaf(graph, targetState).path : target;
      const head = targetState && targetState.children.length > 0 ? `, lhead=${clusterId(targetState.path)}` : '';
      lines.push(`  ${quoted(from)} -> ${quoted(to)} [label=${label}${tail}${head}${tooltip}${highlight(transition.id)}];`);
    }
  }
  graph.sources.forEach((source, index) => {
    lines.push(`  // §${index + 1} ${source.file} | ${source.section.replace(/\s+/g, ' ')} | "${source.quote.replace(/\s+/g, ' ')}"`);
  });
  lines.push('}');
  return `${lines.join('\n')}\n`;
  } catch (error) {
    throw refusedArguments('toDot', error);
  }
}
