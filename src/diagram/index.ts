/**
 * Pictures of the machines: Mermaid and Graphviz DOT diagrams read from the
 * machine's state nodes (guards and sources on the edges), and the Markdown
 * page of a procedure for `docs/machines/`. Deterministic, no network.
 *
 * @module
 */
export { toMermaid } from './mermaid';
export { toDot } from './dot';
export { machinePage } from './page';
export { machineGraph, type DiagramState, type DiagramTransition, type MachineGraph } from './model';
