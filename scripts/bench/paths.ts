/**
 * Benchmark 4: path generation for every registered procedure, as the
 * generated tests do it (`walkProcedure`, then `generatePaths`).
 */
import { listProcedures, type Procedure } from '../../src';
import { generatePaths, walkProcedure, type ProcedureWalk, type TestPath } from '../../src/testing';

/**
 * The walk and paths of one procedure, with their timings.
 *
 * @example
 * ```ts
 * const [first]: ProcedurePaths[] = generateAllPaths().generated;
 * first?.paths.length;
 * ```
 */
export interface ProcedurePaths {
  procedure: Procedure;
  walk: ProcedureWalk;
  paths: TestPath[];
  nodes: number;
  edges: number;
  walkMs: number;
  generateMs: number;
}

/**
 * Timings of path generation for all machines.
 *
 * @example
 * ```ts
 * const { result }: { result: PathsResult } = generateAllPaths();
 * result.totalMs;
 * ```
 */
export interface PathsResult {
  procedures: { procedureId: string; nodes: number; edges: number; paths: number; ms: number }[];
  totalMs: number;
}

/**
 * Walk and generate the paths of every registered procedure once, timing each.
 *
 * @example
 * ```ts
 * const { result, generated } = generateAllPaths();
 * console.log(result.totalMs, generated.length);
 * ```
 */
export function generateAllPaths(): { result: PathsResult; generated: ProcedurePaths[] } {
  const generated: ProcedurePaths[] = [];
  for (const procedure of listProcedures()) {
    const started = performance.now();
    const walk = walkProcedure(procedure);
    const walked = performance.now();
    const paths = generatePaths(procedure, walk);
    const done = performance.now();
    generated.push({
      procedure,
      walk,
      paths,
      nodes: walk.graphs.reduce((sum, graph) => sum + Object.keys(graph.nodes).length, 0),
      edges: walk.graphs.reduce((sum, graph) => sum + graph.edges.length, 0),
      walkMs: walked - started,
      generateMs: done - walked,
    });
  }
  const procedures = generated.map((entry) => ({
    procedureId: entry.procedure.id,
    nodes: entry.nodes,
    edges: entry.edges,
    paths: entry.paths.length,
    ms: entry.walkMs + entry.generateMs,
  }));
  return { result: { procedures, totalMs: procedures.reduce((sum, entry) => sum + entry.ms, 0) }, generated };
}
