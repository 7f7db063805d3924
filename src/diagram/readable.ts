/**
 * The readable Graphviz diagram that `toSvg` draws: states in words, grouped
 * by phase in clusters, edges in words styled by who acts (with a legend),
 * guards and sources in tooltips, optionally one phase only and a case's path.
 */
import type { AnyStateMachine } from 'xstate';
import { eventActor, EVENT_ACTOR_LEGEND, type EventActor } from './actors';
import { edgeLabel, edgeWords, idWords, stateLabel, wrapWords } from './labels';
import { entryLeaf, machineGraph, type DiagramState, type DiagramTransition, type MachineGraph } from './model';
import { casePath, type CasePath, type DiagramOptions } from './path';

/** How each kind of edge is drawn: colour and line style (the style alone tells them apart in grey). */
const ACTOR_STYLE: Readonly<Record<EventActor, { color: string; style: string; glyph: string }>> = {
  person: { color: '#1f5fa8', style: 'solid', glyph: '———' },
  authority: { color: '#a14a00', style: 'dashed', glyph: '– – –' },
  time: { color: '#555555', style: 'dotted', glyph: '· · · ·' },
};
const PATH_COLOR = '#c0182a';
const STATE_LABEL_WIDTH = 18;
const EDGE_LABEL_WIDTH = 16;

/** A DOT double-quoted string. */
function quoted(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}

/** Text for an HTML-like DOT label. */
function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Text on one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The phase of a state: its own, or else its nearest ancestor's. */
function phaseOf(graph: MachineGraph, state: DiagramState): string {
  let current: DiagramState | undefined = state;
  while (current) {
    if (current.meta.phase) return current.meta.phase;
    const parent: string | null = current.parent;
    current = parent === null ? undefined : graph.states.find((candidate) => candidate.path === parent);
  }
  return 'other';
}

/** The phases of a machine, in the order their first state is defined. */
export function phasesOf(graph: MachineGraph): string[] {
  return [...new Set(graph.states.map((state) => phaseOf(graph, state)))];
}

function topLevel(path: string): string {
  return path.split('.')[0]!;
}

/** One drawn edge: the transitions with the same ends, words and kind, merged. */
interface Edge {
  from: string;
  to: string;
  words: string;
  actor: EventActor;
  transitions: DiagramTransition[];
  steps: number[];
  /** Set when the edge stands for the same transition from every state of this phase (drawn from its cluster). */
  fromPhase?: string;
  /** Set when the edge stands for the same transition from these states (drawn from a note naming how many). */
  fromStates?: string[];
}

function transitionTooltip(transition: DiagramTransition): string {
  const parts = [edgeLabel(transition)];
  if (transition.source) parts.push(`${oneLine(transition.source.section)}: “${oneLine(transition.source.quote)}”`);
  if (transition.assumption) parts.push(`Assumption: ${oneLine(transition.assumption)}`);
  return parts.join(' — ');
}

/** What a readable diagram shows: which states are drawn in full, which only as neighbours, and the edges. */
interface View {
  graph: MachineGraph;
  /** Paths drawn (top-level states and their descendants; outside states only as top-level nodes). */
  inside: (state: DiagramState) => boolean;
  shown: DiagramState[];
  edges: Edge[];
  path: CasePath | null;
}

/**
 * Edges with the same words, kind and target from every top-level state of
 * one phase (at least two) become one edge from that phase's cluster: "the
 * permit can be revoked in any state of the residence phase" is one arrow,
 * not five. Only when every state of the phase has it, so the arrow is true.
 */
function mergePhaseFanIns(graph: MachineGraph, edges: Map<string, Edge>, inside: (state: DiagramState) => boolean, byPath: Map<string, DiagramState>): void {
  const groups = new Map<string, Edge[]>();
  for (const edge of edges.values()) {
    const from = byPath.get(edge.from);
    if (!from || from.parent !== null || !inside(from) || edge.steps.length > 0) continue;
    const key = JSON.stringify([phaseOf(graph, from), edge.to, edge.words, edge.actor]);
    groups.set(key, [...(groups.get(key) ?? []), edge]);
  }
  for (const [key, group] of groups) {
    const [phase] = JSON.parse(key) as [string];
    const members = graph.states.filter((state) => state.parent === null && phaseOf(graph, state) === phase);
    const target = byPath.get(group[0]!.to);
    if (group.length < 2 || group.length !== members.length || (target && phaseOf(graph, target) === phase)) continue;
    if (members.some((state) => state.children.length > 0)) continue;
    for (const edge of group) edges.delete(JSON.stringify([edge.from, edge.to, edge.words, edge.actor]));
    const tail = members.at(-1)!.path;
    edges.set(JSON.stringify([tail, group[0]!.to, group[0]!.words, group[0]!.actor, 'phase']), {
      ...group[0]!,
      from: tail,
      fromPhase: phase,
      transitions: group.flatMap((edge) => edge.transitions),
      steps: [],
    });
  }
}

/** Fan-ins of at least this many edges left after {@link mergePhaseFanIns} are drawn from one "from N states" note. */
const FAN_IN_NOTE_MIN = 4;

/**
 * Edges with the same words, kind and target from many states (at least
 * {@link FAN_IN_NOTE_MIN}, not on the case's path) become one edge from a
 * small note "from N states", whose tooltip names them (and the machine
 * page's table lists them): a permit that can end in any of nine states is
 * one arrow, not nine crossing the whole picture.
 */
function noteFanIns(edges: Map<string, Edge>, byPath: Map<string, DiagramState>): void {
  const groups = new Map<string, Edge[]>();
  for (const edge of edges.values()) {
    if (edge.steps.length > 0 || edge.fromPhase !== undefined || edge.from === '__any') continue;
    const key = JSON.stringify([edge.to, edge.words, edge.actor]);
    groups.set(key, [...(groups.get(key) ?? []), edge]);
  }
  for (const group of groups.values()) {
    if (group.length < FAN_IN_NOTE_MIN) continue;
    const first = group[0]!;
    for (const edge of group) edges.delete(JSON.stringify([edge.from, edge.to, edge.words, edge.actor]));
    const names = group.map((edge) => byPath.get(edge.from)?.label ?? edge.from);
    edges.set(JSON.stringify(['note', first.to, first.words, first.actor]), {
      ...first,
      from: `__from:${first.to}:${first.words}`,
      fromStates: names,
      transitions: group.flatMap((edge) => edge.transitions),
      steps: [],
    });
  }
}

function buildView(machine: AnyStateMachine, options: DiagramOptions): View {
  const graph = machineGraph(machine);
  const path = options.case ? casePath(machine, options.case) : null;
  const byPath = new Map(graph.states.map((state) => [state.path, state]));
  const phase = options.phase;
  const inside = (state: DiagramState): boolean => phase === undefined || phaseOf(graph, byPath.get(topLevel(state.path)) ?? state) === phase;
  if (phase !== undefined && !graph.states.some(inside)) {
    throw new RangeError(`${graph.id} has no state in phase "${phase}"; its phases: ${phasesOf(graph).join(', ')}`);
  }

  /** Where an edge end is drawn: the entry leaf of a state inside, the top-level node of a state outside. */
  const endOf = (statePath: string): string | null => {
    const state = byPath.get(statePath);
    if (!state) return null;
    if (inside(state)) return entryLeaf(graph, state).path;
    return topLevel(statePath);
  };
  const stepsOf = new Map<string, number[]>();
  for (const step of path?.steps ?? []) stepsOf.set(step.transitionId, [...(stepsOf.get(step.transitionId) ?? []), step.number]);

  const edges = new Map<string, Edge>();
  const neighbours = new Set<string>();
  for (const transition of graph.transitions) {
    if (transition.targets.length === 0) continue;
    for (const target of transition.targets) {
      // A transition back into its own state is listed in the state's tooltip, with those that stay.
      if (target === transition.from) continue;
      const fromState = byPath.get(transition.from);
      const toState = byPath.get(target);
      if (!toState) continue;
      if (fromState && !inside(fromState) && !inside(toState)) continue;
      if (!fromState && !inside(toState)) continue;
      const from = fromState ? endOf(fromState.path)! : '__any';
      const to = endOf(target)!;
      if (fromState && !inside(fromState)) neighbours.add(from);
      if (!inside(toState)) neighbours.add(to);
      const words = edgeWords(transition);
      const actor = eventActor(transition.event);
      const key = JSON.stringify([from, to, words, actor]);
      const edge = edges.get(key) ?? { from, to, words, actor, transitions: [], steps: [] };
      edge.transitions.push(transition);
      edge.steps.push(...(stepsOf.get(transition.id) ?? []));
      edges.set(key, edge);
    }
  }
  mergePhaseFanIns(graph, edges, inside, byPath);
  noteFanIns(edges, byPath);
  const shown = graph.states.filter((state) => inside(state) || (state.parent === null && neighbours.has(state.path)));
  for (const edge of edges.values()) edge.steps.sort((a, b) => a - b);
  return { graph, inside, shown, edges: [...edges.values()], path };
}

function stateTooltip(view: View, state: DiagramState): string {
  const parts = [`${state.path}: ${oneLine(state.meta.description ?? state.label)}`];
  const phase = state.meta.phase;
  if (phase) parts.push(`Phase: ${phase}.`);
  const stays = view.graph.transitions.filter(
    (transition) => transition.from === state.path && (transition.targets.length === 0 || transition.targets.every((target) => target === state.path)),
  );
  if (stays.length > 0) parts.push(`Also accepted here without leaving: ${stays.map((transition) => edgeLabel(transition)).join('; ')}.`);
  if (state.meta.source) parts.push(`${oneLine(state.meta.source.section)}: “${oneLine(state.meta.source.quote)}”`);
  return parts.join(' ');
}

/** Inches a line of text needs at `fontSize` points, by the same estimate as the overlap check (0.55 em a character), plus padding. */
function textInches(text: string, fontSize: number, padding: number): number {
  const longest = Math.max(...text.split('\n').map((line) => [...line].length));
  return Math.round(((longest * 0.55 * fontSize) / 72 + padding) * 100) / 100;
}

/** The clusters a drawn node sits in, outermost first: its phase's, then its compound ancestors'. */
function clustersOf(view: View, node: string): string[] {
  const state = view.graph.states.find((candidate) => candidate.path === node);
  if (!state) return [];
  const top = view.graph.states.find((candidate) => candidate.path === topLevel(node))!;
  const chain = [`cluster_phase_${phaseOf(view.graph, top)}`];
  if (!view.inside(state)) return chain;
  const parts = node.split('.');
  for (let length = 1; length < parts.length; length += 1) chain.push(`cluster_${parts.slice(0, length).join('.')}`);
  return chain;
}

/** The innermost cluster both ends of an edge sit in, where its label node goes (`''`: the top level). */
function commonCluster(view: View, from: string, to: string): string {
  const a = clustersOf(view, from);
  const b = clustersOf(view, to);
  let common = '';
  for (let index = 0; index < Math.min(a.length, b.length) && a[index] === b[index]; index += 1) common = a[index]!;
  return common;
}

function declareNode(view: View, state: DiagramState, indent: string, lines: string[]): void {
  const inside = view.inside(state);
  const visited = view.path?.visited.has(state.path) ?? false;
  const current = view.path?.current === state.path;
  const attributes = [`id=${quoted(`state:${state.path}`)}`];
  let label = wrapWords(state.label, STATE_LABEL_WIDTH);
  if (current) label = `${label}\n● current state`;
  attributes.push(`label=${quoted(label)}`, `width=${textInches(label, 11, 0.3)}`, `tooltip=${quoted(stateTooltip(view, state))}`);
  if (state.kind === 'final') attributes.push('peripheries=2');
  const fill = current ? '#ffd54f' : visited ? '#fff1bf' : state.kind === 'final' ? '#eeeeee' : '#ffffff';
  attributes.push(`fillcolor=${quoted(fill)}`);
  if (!inside) attributes.push('style="rounded,filled,dashed"', 'fontcolor="#555555"', 'color="#777777"');
  if (current) attributes.push('penwidth=3', `color=${quoted(PATH_COLOR)}`);
  else if (visited) attributes.push('penwidth=2', `color=${quoted(PATH_COLOR)}`);
  lines.push(`${indent}${quoted(state.path)} [${attributes.join(', ')}];`);
}

function declareState(view: View, state: DiagramState, indent: string, lines: string[], extras: Map<string, string[]>): void {
  const children = view.inside(state) ? view.shown.filter((candidate) => candidate.parent === state.path) : [];
  if (children.length === 0) {
    declareNode(view, state, indent, lines);
    return;
  }
  const cluster = `cluster_${state.path}`;
  lines.push(`${indent}subgraph ${quoted(cluster)} {`);
  lines.push(`${indent}  label=${quoted(wrapWords(state.label, 24))}; tooltip=${quoted(stateTooltip(view, state))}; style="rounded,filled"; fillcolor="#ffffff"; color="#999999";`);
  const initial = children.find((child) => child.initial);
  if (initial) {
    const start = quoted(`${state.path}.__start`);
    lines.push(`${indent}  ${start} [shape=point, width=0.1, label="", tooltip=${quoted(`${state.label}: starts here`)}];`);
    lines.push(`${indent}  ${start} -> ${quoted(entryLeaf(view.graph, initial).path)} [tooltip="initial state"];`);
  }
  for (const child of children) declareState(view, child, `${indent}  `, lines, extras);
  for (const extra of extras.get(cluster) ?? []) lines.push(`${indent}  ${extra}`);
  lines.push(`${indent}}`);
}

/**
 * The graph's title with the legend under it, as one HTML-like label: it is
 * drawn above the layout, so it takes no width from it (a legend node would
 * sit beside the states).
 */
function titleAndLegend(view: View, title: string): string {
  // Cells as wide as the overlap check's estimate of their text, so that no estimate runs into the next cell.
  const entry = (glyph: string, text: string): string =>
    `<TD ALIGN="LEFT" WIDTH="36">${glyph}</TD><TD ALIGN="LEFT" WIDTH="${Math.ceil([...text].length * 0.55 * 9) + 12}">${html(text)}</TD>`;
  const entries = (Object.keys(ACTOR_STYLE) as EventActor[]).map((actor) => entry(`<FONT COLOR="${ACTOR_STYLE[actor].color}">${ACTOR_STYLE[actor].glyph}</FONT>`, EVENT_ACTOR_LEGEND[actor]));
  entries.push(entry('▭▭', 'final state (double border)'));
  if (view.path) {
    entries.push(entry(`<FONT COLOR="${PATH_COLOR}"><B>———</B></FONT>`, 'taken by the case (n: step)'));
    entries.push(entry('●', 'current state of the case'));
  }
  const rows: string[] = [];
  for (let index = 0; index < entries.length; index += 2) rows.push(`<TR>${entries[index]}${entries[index + 1] ?? '<TD></TD><TD></TD>'}</TR>`);
  return `<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="2"><TR><TD COLSPAN="4" ALIGN="LEFT"><FONT POINT-SIZE="13">${html(title)}</FONT></TD></TR>${rows.join('')}</TABLE>>`;
}

function edgeTooltip(edge: Edge): string {
  const from =
    edge.fromPhase !== undefined
      ? `From every state of the ${edge.fromPhase} phase: `
      : edge.fromStates !== undefined
        ? `From ${edge.fromStates.join(', ')}: `
        : '';
  return from + edge.transitions.map(transitionTooltip).join(' | ') + (edge.steps.length > 0 ? ` | Steps of the case: ${edge.steps.join(', ')}` : '');
}

/**
 * The statements that draw an edge: with labels, a text node in the edge's
 * innermost common cluster (so the layout keeps labels apart as it keeps
 * nodes apart) and two segments through it; without, one segment whose
 * tooltip carries the words.
 */
function edgeStatements(view: View, edge: Edge, index: number, labels: boolean, extras: Map<string, string[]>): string[] {
  const style = ACTOR_STYLE[edge.actor];
  const taken = edge.steps.length > 0;
  const color = quoted(taken ? PATH_COLOR : style.color);
  const tooltip = quoted(edgeTooltip(edge));
  const common = [`style=${style.style}`, `color=${color}`, `tooltip=${tooltip}`, ...(taken ? ['penwidth=3'] : [])];
  const byPath = new Map(view.graph.states.map((state) => [state.path, state]));
  const fromState = byPath.get(edge.transitions[0]!.from);
  let tail = '';
  if (edge.fromPhase !== undefined) tail = `ltail=${quoted(`cluster_phase_${edge.fromPhase}`)}`;
  else if (fromState && fromState.children.length > 0 && view.inside(fromState) && edge.from !== fromState.path) tail = `ltail=${quoted(`cluster_${fromState.path}`)}`;
  const target = edge.transitions[0]!.targets.find((candidate) => edge.to === candidate || edge.to.startsWith(`${candidate}.`));
  const targetState = target ? byPath.get(target) : undefined;
  const head = targetState && targetState.children.length > 0 && view.inside(targetState) && edge.to !== targetState.path ? `lhead=${quoted(`cluster_${targetState.path}`)}` : '';
  const id = `edge:${index + 1}`;
  if (!labels) {
    return [`  ${quoted(edge.from)} -> ${quoted(edge.to)} [${[`id=${quoted(id)}`, ...common, tail, head].filter(Boolean).join(', ')}];`];
  }
  const words = wrapWords(edge.words, EDGE_LABEL_WIDTH);
  const text = taken ? `${edge.steps.join(', ')}: ${words}` : words;
  const node = `__label:${index + 1}`;
  const cluster = commonCluster(view, edge.from, edge.to);
  const declaration = `${quoted(node)} [id=${quoted(`${id}:label`)}, shape=box, style=filled, fillcolor="#ffffffcc", color="#ffffff00", margin="0.02,0.01", height=0, label=${quoted(text)}, width=${textInches(text, 9, 0.08)}, fontsize=9, fontcolor=${color}, tooltip=${tooltip}${taken ? ', fontname="Helvetica-Bold"' : ''}];`;
  if (cluster === '') extras.set('', [...(extras.get('') ?? []), declaration]);
  else extras.set(cluster, [...(extras.get(cluster) ?? []), declaration]);
  return [
    `  ${quoted(edge.from)} -> ${quoted(node)} [${[`id=${quoted(`${id}:from`)}`, ...common, 'arrowhead=none', tail].filter(Boolean).join(', ')}];`,
    `  ${quoted(node)} -> ${quoted(edge.to)} [${[`id=${quoted(`${id}:to`)}`, ...common, head].filter(Boolean).join(', ')}];`,
  ];
}

/**
 * The DOT text of the readable diagram (what `toSvg` renders): states in
 * words in phase clusters, edges in words styled by who acts, a legend,
 * guards and sources as tooltips; with `phase`, that phase only; with
 * `case`, its path and current state highlighted; with `edgeLabels: false`,
 * the edges' words only in their tooltips (a compact overview).
 *
 * @example
 * ```ts
 * readableDot(seasonalWorkerMachine, { phase: 'renewal' }).startsWith('digraph'); // true
 * ```
 * @category Diagrams
 */
export function readableDot(machine: AnyStateMachine, options: DiagramOptions = {}): string {
  const view = buildView(machine, options);
  const { graph } = view;
  const labels = options.edgeLabels ?? true;
  const title = options.phase === undefined ? `${stateLabel(graph.id)}: all phases` : `${stateLabel(graph.id)}: ${idWords(options.phase)} phase`;
  const lines = [
    `digraph ${quoted(graph.id)} {`,
    `  graph [rankdir=TB, compound=true, newrank=true, fontname="Helvetica", nodesep=0.2, ranksep=${labels ? 0.2 : 0.35}, labelloc=t, labeljust=l, fontsize=9, label=${titleAndLegend(view, title)}, tooltip=${quoted(title)}];`,
    '  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=11, margin="0.1,0.04", height=0.3];',
    '  edge [fontname="Helvetica", fontsize=9, arrowsize=0.6];',
  ];
  const extras = new Map<string, string[]>();
  const edgeLines: string[] = [];
  view.edges.forEach((edge, index) => edgeLines.push(...edgeStatements(view, edge, index, labels, extras)));
  const initial = graph.initial ? graph.states.find((state) => state.path === graph.initial) : undefined;
  if (initial && view.inside(initial)) {
    lines.push('  "__start" [shape=point, width=0.12, label="", tooltip="start"];');
    lines.push(`  "__start" -> ${quoted(entryLeaf(graph, initial).path)} [tooltip="initial state"];`);
  }
  const topStates = view.shown.filter((state) => state.parent === null);
  for (const phase of phasesOf(graph)) {
    const members = topStates.filter((state) => phaseOf(graph, state) === phase);
    if (members.length === 0) continue;
    const own = phase === options.phase || options.phase === undefined;
    const cluster = `cluster_phase_${phase}`;
    lines.push(`  subgraph ${quoted(cluster)} {`);
    lines.push(
      `    label=${quoted(stateLabel(idWords(phase)))}; tooltip=${quoted(`phase ${phase}`)}; style="rounded,filled${own ? '' : ',dashed'}"; fillcolor=${quoted(own ? '#f4f6f8' : '#fbfbfb')}; color="#b0b8c0"; fontcolor="#333333";`,
    );
    for (const state of members) declareState(view, state, '    ', lines, extras);
    for (const extra of extras.get(cluster) ?? []) lines.push(`    ${extra}`);
    lines.push('  }');
  }
  if (view.edges.some((edge) => edge.from === '__any')) lines.push('  "__any" [label="any state", shape=plaintext, style=""];');
  for (const edge of view.edges) {
    if (edge.fromStates === undefined) continue;
    const tooltip = `${edge.words} is possible from ${edge.fromStates.length} states: ${edge.fromStates.join(', ')}`;
    const text = `from ${edge.fromStates.length} states`;
    lines.push(`  ${quoted(edge.from)} [shape=note, style="filled", fillcolor="#ffffff", color="#999999", fontsize=9, width=${textInches(text, 9, 0.25)}, label=${quoted(text)}, tooltip=${quoted(tooltip)}];`);
  }
  for (const extra of extras.get('') ?? []) lines.push(`  ${extra}`);
  lines.push(...edgeLines, '}');
  return `${lines.join('\n')}\n`;
}
