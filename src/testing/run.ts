/**
 * One call that does the whole model-based test of a procedure.
 */
import type { Procedure } from '../case/types';
import { coverageOf, type CoverageReport } from './coverage';
import { generatePaths, type TestPath } from './paths';
import { replayPath, type PathReplay } from './replay';
import { walkProcedure } from './walk';
import { refusedArguments } from '../guard';

/**
 * The outcome of {@link testProcedure}.
 *
 * @example
 * ```ts
 * const run: ProcedureTestRun = testProcedure(seasonalWorker);
 * run.coverage.transitions.missing; // []
 * ```
 * @category Testing
 */
export interface ProcedureTestRun {
  paths: TestPath[];
  replays: PathReplay[];
  coverage: CoverageReport;
}

/**
 * Walk, generate, replay with invariants, and measure coverage for one procedure.
 *
 * @example
 * ```ts
 * const run = testProcedure(seasonalWorker);
 * expect(run.replays.flatMap((replay) => replay.violations)).toEqual([]);
 * expect(run.coverage.transitions.missing).toEqual([]);
 * ```
 * @category Testing
 */
export function testProcedure(procedure: Procedure, options: { limit?: number } = {}): ProcedureTestRun {
  try {
  const walk = walkProcedure(procedure, options);
  const paths = generatePaths(procedure, walk);
  const replays = paths.map((path) => replayPath(procedure, path));
  const visited = new Set<string>();
  const taken = new Set<string>();
  for (const replay of replays) {
    for (const state of replay.visitedStates) visited.add(state);
    for (const transition of replay.takenTransitions) taken.add(transition);
  }
  return { paths, replays, coverage: coverageOf(procedure, visited, taken) };
  } catch (error) {
    throw refusedArguments('testProcedure', error);
  }
}
