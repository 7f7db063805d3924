/**
 * State and transition coverage, counted from what replaying the paths
 * through the public case API actually took (not from what the walk hoped).
 */
import { allStatePaths, allTransitions } from '../case/machine-runtime';
import type { Procedure } from '../case/types';
import { refusedArguments } from '../guard';

/**
 * Coverage of one procedure's machine.
 *
 * @example
 * ```ts
 * const report: CoverageReport = coverageOf(seasonalWorker, visitedStates, takenTransitions);
 * report.transitions.missing; // []
 * ```
 * @category Testing
 */
export interface CoverageReport {
  procedureId: string;
  states: { total: number; covered: number; missing: string[] };
  transitions: { total: number; covered: number; missing: string[] };
}

/**
 * Compare what was visited and taken with every state and transition of the machine.
 * A state counts when it or one of its descendants was visited.
 *
 * @example
 * ```ts
 * coverageOf(seasonalWorker, new Set(['vacancyToBeDeclared']), new Set()).states.covered; // 1
 * ```
 * @category Testing
 */
export function coverageOf(procedure: Procedure, visitedStates: ReadonlySet<string>, takenTransitions: ReadonlySet<string>): CoverageReport {
  try {
  const states = allStatePaths(procedure.machine);
  const visited = (state: string): boolean => [...visitedStates].some((seen) => seen === state || seen.startsWith(`${state}.`));
  const missingStates = states.filter((state) => !visited(state));
  const transitions = allTransitions(procedure.machine).map((entry) => entry.id);
  const missingTransitions = transitions.filter((id) => !takenTransitions.has(id));
  return {
    procedureId: procedure.id,
    states: { total: states.length, covered: states.length - missingStates.length, missing: missingStates },
    transitions: { total: transitions.length, covered: transitions.length - missingTransitions.length, missing: missingTransitions },
  };
  } catch (error) {
    throw refusedArguments('coverageOf', error);
  }
}

function percent(covered: number, total: number): string {
  return total === 0 ? '100.0%' : `${((covered / total) * 100).toFixed(1)}%`;
}

/**
 * A plain-text table of coverage reports, for test output and CI logs.
 *
 * @example
 * ```ts
 * console.log(formatCoverage([report]));
 * ```
 * @category Testing
 */
export function formatCoverage(reports: readonly CoverageReport[]): string {
  try {
  const lines = ['procedure                        states            transitions', '-------------------------------  ----------------  ----------------'];
  for (const report of reports) {
    const states = `${report.states.covered}/${report.states.total} ${percent(report.states.covered, report.states.total)}`;
    const transitions = `${report.transitions.covered}/${report.transitions.total} ${percent(report.transitions.covered, report.transitions.total)}`;
    lines.push(`${report.procedureId.padEnd(31)}  ${states.padEnd(16)}  ${transitions}`);
    for (const missing of report.states.missing) lines.push(`  missing state: ${missing}`);
    for (const missing of report.transitions.missing) lines.push(`  missing transition: ${missing}`);
  }
  return lines.join('\n');
  } catch (error) {
    throw refusedArguments('formatCoverage', error);
  }
}
