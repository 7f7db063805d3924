/**
 * Replay generated paths through the public case API with real dates, and
 * check at every step the invariants any reachable case must keep.
 */
import { isBefore } from '../calendar';
import { deadlines } from '../case/deadlines';
import { missingDocuments } from '../case/documents';
import { applyWithSteps, createCase } from '../case/engine';
import { explain } from '../case/explain';
import { statePath } from '../case/machine-runtime';
import { status } from '../case/status';
import type { PermitCase, Procedure } from '../case/types';
import { restore, serialize } from '../persistence/snapshot';
import type { TestPath } from './paths';
import { WALK_START_DATE } from './walk';

/**
 * What replaying one path found.
 *
 * @example
 * ```ts
 * const result: PathReplay = replayPath(seasonalWorker, path);
 * result.violations; // []
 * ```
 */
export interface PathReplay {
  path: TestPath;
  finalCase: PermitCase | null;
  visitedStates: Set<string>;
  takenTransitions: Set<string>;
  violations: string[];
}

/**
 * The invariants a case must keep in any reachable state. Returns the violations.
 *
 * @example
 * ```ts
 * checkCaseInvariants(seasonalWorker, someCase); // []
 * ```
 */
export function checkCaseInvariants(procedure: Procedure, current: PermitCase): string[] {
  const problems: string[] = [];
  const state = statePath(current.state);
  const s = status(current);
  if (s.final && (s.mayReside || s.mayWork)) problems.push(`final state ${state} grants rights`);
  if (s.final && s.allowedEvents.length > 0) problems.push(`final state ${state} allows events: ${s.allowedEvents.join(', ')}`);
  if (s.mayWork && s.boundTo === null) problems.push(`${state}: may work but is bound to nothing`);
  if ((s.mayReside || s.mayWork) && (s.validUntil === null || isBefore(s.validUntil, s.asOf))) {
    problems.push(`${state}: holds a right whose validity (${s.validUntil}) ended before ${s.asOf}`);
  }
  const json = serialize(current);
  const restored = restore(json);
  if (!restored.ok) problems.push(`${state}: snapshot does not restore: ${restored.error.message}`);
  else if (serialize(restored.value) !== json) problems.push(`${state}: snapshot round-trip is not identical`);
  deadlines(current);
  missingDocuments(current);
  if (current.events.length > 0) {
    const why = explain(current);
    if (why.steps.at(-1)?.to !== state) problems.push(`${state}: explain ends in ${why.steps.at(-1)?.to}`);
  }
  if (s.final) {
    for (const event of procedure.eventVariants(current.context)) {
      if (event.type === 'clock.advanced') continue;
      const refused = applyWithSteps(current, event);
      if (refused.ok) problems.push(`final state ${state} accepted ${event.type}`);
    }
  }
  for (const violation of procedure.invariants?.(current.context) ?? []) problems.push(`${state}: ${violation}`);
  return problems;
}

/**
 * Replay one path: open the case with its facts, apply its events one by one,
 * record states and transitions, and check the invariants after each step.
 *
 * @example
 * ```ts
 * for (const path of generatePaths(seasonalWorker, walkProcedure(seasonalWorker))) {
 *   expect(replayPath(seasonalWorker, path).violations).toEqual([]);
 * }
 * ```
 */
export function replayPath(procedure: Procedure, path: TestPath, options: { at?: string } = {}): PathReplay {
  const visitedStates = new Set<string>();
  const takenTransitions = new Set<string>();
  const violations: string[] = [];
  const opened = createCase(procedure, { at: options.at ?? WALK_START_DATE, facts: path.facts });
  if (!opened.ok) return { path, finalCase: null, visitedStates, takenTransitions, violations: [`cannot open: ${opened.error.message}`] };
  let current = opened.value;
  visitedStates.add(statePath(current.state));
  violations.push(...checkCaseInvariants(procedure, current));
  for (const [index, event] of path.events.entries()) {
    const outcome = applyWithSteps(current, event);
    if (!outcome.ok) {
      violations.push(`event ${index} (${event.type}) refused: ${outcome.error.message}`);
      return { path, finalCase: current, visitedStates, takenTransitions, violations };
    }
    for (const step of outcome.value.steps) {
      takenTransitions.add(step.transitionId);
      visitedStates.add(step.to);
    }
    current = outcome.value.case;
    violations.push(...checkCaseInvariants(procedure, current).map((problem) => `after event ${index} (${event.type}): ${problem}`));
  }
  if (statePath(current.state) !== path.expectedState) violations.push(`ended in ${statePath(current.state)}, the walk expected ${path.expectedState}`);
  return { path, finalCase: current, visitedStates, takenTransitions, violations };
}
