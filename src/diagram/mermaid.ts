/**
 * Mermaid `stateDiagram-v2` text from a machine's graph: nested states as
 * composite states, final states shaded, edges labelled with event,
 * guard and a numbered source reference, and the source list as comments.
 */
import type { AnyStateMachine } from 'xstate';
import { edgeLabel } from './labels';
import { machineGraph, type DiagramState, type MachineGraph } from './model';
import { casePath, type DiagramOptions } from './path';
import { refusedArguments } from '../guard';

/** Words the Mermaid state-diagram grammar reserves; such keys get a prefixed id. */
const RESERVED = new Set(['state', 'note', 'end', 'direction', 'class', 'classDef', 'style', 'click', 'as', 'left', 'right', 'of', 'over', 'accTitle', 'accDescr']);

/** A Mermaid id for a state path: the key itself when it is safe and top-level, else a path with `__`. */
function mermaidId(path: string): string {
  const id = path.split('.').join('__');
  return /^[A-Za-z][A-Za-z0-9_]*$/.test(id) && !RESERVED.has(id) ? id : `s_${id.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

/** Text on one line, for `%%` comments. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Text that cannot break a Mermaid statement: no quotes, semicolons, colons, braces or line breaks. */
function safeText(text: string): string {
  return text.replace(/["]/g, "'").replace(/[;:{}]/g, ' ').replace(/\s+/g, ' ').trim();
}

function declareState(state: DiagramState, indent: string, graph: MachineGraph, lines: string[]): void {
  const id = mermaidId(state.path);
  const internal = graph.transitions.filter((transition) => transition.from === state.path && transition.targets.length === 0);
  if (state.children.length === 0) {
    // Declared with its name first, so that the ↻ lines below become its description, not its title.
    if (id !== state.key || internal.length > 0) lines.push(`${indent}state "${safeText(state.key)}" as ${id}`);
  } else {
    lines.push(`${indent}state "${safeText(state.key)}" as ${id} {`);
    const children = graph.states.filter((candidate) => candidate.parent === state.path);
    const initial = children.find((child) => child.initial);
    if (initial) lines.push(`${indent}  [*] --> ${mermaidId(initial.path)}`);
    for (const child of children) declareState(child, `${indent}  `, graph, lines);
    lines.push(`${indent}}`);
  }
  if (internal.length === 0) return;
  const entries = internal.map((transition) => `↻ ${safeText(edgeLabel(transition))}`);
  if (state.children.length === 0) {
    for (const entry of entries) lines.push(`${indent}${id} : ${entry}`);
  } else {
    // Mermaid refuses descriptions on composite states; a note carries them instead.
    lines.push(`${indent}note left of ${id}`, ...entries.map((entry) => `${indent}  ${entry}`), `${indent}end note`);
  }
}

/**
 * A Mermaid state diagram of a machine, built from its state nodes (no network).
 * Edges read `event [guard] §n` (the guard on a second line); `§n` is listed in
 * `%%` comments at the end with its seed file, section and quote. Transitions
 * that keep the state (actions only) are listed inside the state, marked `↻`
 * (in a note beside it, for a composite state).
 * Final states are drawn shaded with a thick border (class `final`). The output
 * is deterministic: the same machine always gives the same text.
 * With `case`, the edges that case took start with their step numbers
 * (`(2, 5) renewal.granted ...`), the states it visited are in class
 * `visited`, its current state in class `current`, and a `%%` comment lists
 * the path (`phase` and `edgeLabels` apply to the readable SVG/DOT only).
 *
 * @example
 * ```ts
 * import { seasonalWorkerMachine, toMermaid } from 'permit-lifecycles';
 * const text = toMermaid(seasonalWorkerMachine);
 * text.startsWith('stateDiagram-v2'); // true
 * toMermaid(seasonalWorkerMachine, { case: myCase }).includes('class'); // its path highlighted
 * ```
 * @category Diagrams
 */
export function toMermaid(machine: AnyStateMachine, options: DiagramOptions = {}): string {
  try {
  const graph = machineGraph(machine);
  const path = options.case ? casePath(machine, options.case) : null;
  const stepsOf = new Map<string, number[]>();
  for (const step of path?.steps ?? []) stepsOf.set(step.transitionId, [...(stepsOf.get(step.transitionId) ?? []), step.number]);
  const lines = ['stateDiagram-v2', `  %% ${safeText(graph.id)}: generated from the machine definition; edges read "event [guard] §source"`, '  direction TB'];
  if (graph.initial) lines.push(`  [*] --> ${mermaidId(graph.initial)}`);
  for (const state of graph.states.filter((candidate) => candidate.parent === null)) declareState(state, '  ', graph, lines);
  const anyState = graph.transitions.some((transition) => transition.from === '' && transition.targets.length > 0);
  if (anyState) lines.push('  state "any state" as s__any');
  // Edges into final states come last: it keeps the main flow together in the
  // text, and the layout then crosses (and overlaps labels) less.
  const finalPaths = new Set(graph.states.filter((state) => state.kind === 'final').map((state) => state.path));
  const edges = graph.transitions.flatMap((transition) => transition.targets.map((target) => ({ transition, target })));
  const ordered = [...edges.filter((edge) => !finalPaths.has(edge.target)), ...edges.filter((edge) => finalPaths.has(edge.target))];
  for (const { transition, target } of ordered) {
    const from = transition.from === '' ? 's__any' : mermaidId(transition.from);
    const steps = stepsOf.get(transition.id);
    const label = (steps ? `(${steps.join(', ')}) ` : '') + edgeLabel({ ...transition, guard: transition.guard && safeText(transition.guard), event: safeText(transition.event) }, '<br/>');
    lines.push(`  ${from} --> ${mermaidId(target)} : ${label}`);
  }
  if (finalPaths.size > 0) {
    lines.push('  classDef final fill:#e8e8e8,stroke:#222,stroke-width:3px');
    lines.push(`  class ${[...finalPaths].map(mermaidId).join(', ')} final`);
  }
  if (path) {
    // Leaf states only: Mermaid styles a composite state's box poorly.
    const leaves = graph.states.filter((state) => state.children.length === 0);
    const visited = leaves.filter((state) => path.visited.has(state.path) && state.path !== path.current).map((state) => mermaidId(state.path));
    lines.push('  classDef visited fill:#fff1bf,stroke:#c0182a,stroke-width:2px');
    lines.push('  classDef current fill:#ffd54f,stroke:#c0182a,stroke-width:4px');
    if (visited.length > 0) lines.push(`  class ${visited.join(', ')} visited`);
    lines.push(`  class ${mermaidId(path.current)} current`);
    lines.push(`  %% path of the case: ${path.steps.map((step) => `(${step.number}) ${step.at} ${step.event} → ${step.to}`).join('; ') || 'no step yet'}`);
  }
  graph.sources.forEach((source, index) => {
    lines.push(`  %% §${index + 1} ${source.file} | ${oneLine(source.section)} | "${oneLine(source.quote)}"`);
  });
  return `${lines.join('\n')}\n`;
  } catch (error) {
    throw refusedArguments('toMermaid', error);
  }
}
