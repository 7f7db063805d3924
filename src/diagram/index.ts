/**
 * Pictures of the machines: Mermaid and Graphviz DOT diagrams read from the
 * machine's state nodes (guards and sources on the edges), readable SVG
 * pictures laid out offline by Graphviz in WebAssembly (states and edges in
 * words, grouped by phase, a legend; a case's path highlighted on request),
 * and the Markdown page of a procedure for `docs/machines/`. Deterministic,
 * no network.
 *
 * @module
 */
export { toMermaid } from './mermaid';
export { toDot, type DotOptions } from './dot';
export { toSvg, type SvgOptions } from './svg';
export { casePath, type CasePath, type DiagramOptions, type PathStep } from './path';
export { eventActor, EVENT_ACTOR_LEGEND, type EventActor } from './actors';
export { machinePage, type MachinePageOptions, type PageDiagram } from './page';
export { machineGraph, type DiagramState, type DiagramTransition, type MachineGraph } from './model';
