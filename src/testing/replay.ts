/**
 * Replay generated paths through the public case API with real dates, and
 * check at every step the invariants any reachable case must keep.
 */
import { deadlineAgreementProblems, lostBreaches } from './agreement';
import { DateOutOfRangeError, isAfter, isBefore, isIsoDate, type IsoDate } from '../calendar';
import { deadlines } from '../case/deadlines';
import { missingDocuments } from '../case/documents';
import { applyWithSteps, createCase } from '../case/engine';
import { registerProcedures } from '../case/procedures';
import { explain } from '../case/explain';
import { isFinalStateValue, statePath } from '../case/machine-runtime';
import { stateMetaOf } from '../case/meta';
import { status } from '../case/status';
import type { PermitCase, Procedure } from '../case/types';
import { restore, serialize } from '../persistence/snapshot';
import type { TestPath } from './paths';
import { WALK_START_DATE } from './walk';
import { refusedArguments } from '../guard';

/**
 * What replaying one path found.
 *
 * @example
 * ```ts
 * const result: PathReplay = replayPath(seasonalWorker, path);
 * result.violations; // []
 * ```
 * @category Testing
 */
export interface PathReplay {
  path: TestPath;
  finalCase: PermitCase | null;
  visitedStates: Set<string>;
  takenTransitions: Set<string>;
  violations: string[];
}

function structuralProblems(current: PermitCase): string[] {
  const problems: string[] = [];
  const { context, events } = current;
  if (isBefore(context.lastEventAt, context.openedOn)) problems.push(`last event ${context.lastEventAt} is before the opening ${context.openedOn}`);
  const lastEvent = events.at(-1);
  if (lastEvent !== undefined && lastEvent.at !== context.lastEventAt) problems.push(`lastEventAt ${context.lastEventAt} is not the date of the last event (${lastEvent.at})`);
  for (const [index, event] of events.entries()) {
    const previous = events[index - 1];
    if (previous !== undefined && isBefore(event.at, previous.at)) problems.push(`event ${index} (${event.at}) is dated before event ${index - 1} (${previous.at})`);
  }
  for (const [id, entry] of Object.entries(context.deadlines)) {
    if (!isIsoDate(entry.due) || (entry.opens !== undefined && !isIsoDate(entry.opens))) problems.push(`deadline ${id} holds a date that is not YYYY-MM-DD`);
    else if (entry.opens !== undefined && isAfter(entry.opens, entry.due)) problems.push(`deadline ${id} opens (${entry.opens}) after it is due (${entry.due})`);
  }
  if (context.validity !== null && isAfter(context.validity.from, context.validity.to)) {
    problems.push(`validity starts (${context.validity.from}) after it ends (${context.validity.to})`);
  }
  return problems;
}

/** The procedure's event variants, or none when building them runs past the calendar's last supported year. */
function variantsWithinCalendar(procedure: Procedure, current: PermitCase): { type: string; at: string }[] {
  try {
    return procedure.eventVariants(current.context);
  } catch (error) {
    if (DateOutOfRangeError.describes(error)) return [];
    throw error;
  }
}

/**
 * The invariants that can be read from a case without replaying its history:
 * the rights its state declares against its validity and binding, final
 * states that grant or accept nothing, a well-formed context (dates in order,
 * deadlines that open before they are due), and the procedure's own legal
 * invariants. Cheap enough to run after every step of a fuzzer.
 *
 * @example
 * ```ts
 * checkInvariantsWithoutReplay(seasonalWorker, someCase); // []
 * ```
 * @category Testing
 */
export function checkInvariantsWithoutReplay(procedure: Procedure, current: PermitCase): string[] {
  try {
  const state = statePath(current.state);
  const problems = structuralProblems(current).map((problem) => `${state}: ${problem}`);
  const s = status(current);
  const { reside, work } = s.rights;
  const grantsRight = reside.verdict === 'granted' || work.verdict === 'granted';
  if (s.final && grantsRight) problems.push(`final state ${state} grants rights`);
  if (s.final && s.allowedEvents.length > 0) problems.push(`final state ${state} allows events: ${s.allowedEvents.join(', ')}`);
  if (s.final) {
    // Once a case is over, only an unmet obligation (a breach) may still be shown; expiries, windows and decision periods are moot.
    const moot = Object.keys(current.context.deadlines).filter((id) => procedure.deadlines[id]?.kind !== 'obligation');
    if (moot.length > 0) problems.push(`final state ${state} keeps deadlines open: ${moot.join(', ')}`);
  }
  if (work.verdict === 'granted' && s.boundTo === null) problems.push(`${state}: may work but is bound to nothing`);
  // A state whose meta declares `openEnded` holds its right without an end date.
  const openEnded = stateMetaOf(procedure.machine, current.state).openEnded === true;
  if (grantsRight && (s.validUntil === null ? !openEnded : isBefore(s.validUntil, s.asOf))) {
    problems.push(`${state}: holds a right whose validity (${s.validUntil}) ended before ${s.asOf}`);
  }
  // Every "no" has a reason: a denied or not-decided right cites the page or an assumption; an undetermined one an assumption.
  for (const [name, answer] of [['reside', reside], ['work', work]] as const) {
    if (answer.verdict === 'granted') continue;
    if (answer.verdict === 'undetermined' ? !answer.assumption : !answer.source && !answer.assumption) {
      problems.push(`${state}: the right to ${name} is ${answer.verdict} without a source or an assumption`);
    }
    if (answer.verdict === 'notDecidedHere' && !answer.governedBy) problems.push(`${state}: the right to ${name} is not decided here but names no title`);
  }
  for (const violation of procedure.invariants?.(current.context) ?? []) problems.push(`${state}: ${violation}`);
  return problems;
  } catch (error) {
    throw refusedArguments('checkInvariantsWithoutReplay', error);
  }
}

/**
 * The invariants a case must keep in any reachable state. Returns the violations.
 * Adds to {@link checkInvariantsWithoutReplay} the checks that replay the
 * case's history: the snapshot round-trip is byte-identical, `explain` ends in
 * the current state, and a final state refuses every event variant.
 *
 * @example
 * ```ts
 * checkCaseInvariants(seasonalWorker, someCase); // []
 * ```
 * @category Testing
 */
export function checkCaseInvariants(procedure: Procedure, current: PermitCase): string[] {
  try {
  const problems = checkInvariantsWithoutReplay(procedure, current);
  const state = statePath(current.state);
  const json = serialize(current);
  const restored = restore(json);
  if (!restored.ok) problems.push(`${state}: snapshot does not restore: ${restored.error.message}`);
  else if (serialize(restored.value) !== json) problems.push(`${state}: snapshot round-trip is not identical`);
  deadlines(current);
  missingDocuments(current);
  if (current.events.length > 0) {
    // Events that moved nothing (a clock event with no deadline due) leave no step: explain then ends where the case opened.
    const why = explain(current);
    const opened = createCase(procedure, { at: current.context.openedOn, facts: current.context.facts });
    const reached = why.steps.at(-1)?.to ?? (opened.ok ? statePath(opened.value.state) : undefined);
    if (reached !== state) problems.push(`${state}: explain ends in ${reached}`);
  }
  if (isFinalStateValue(procedure.machine, current.state)) {
    for (const event of variantsWithinCalendar(procedure, current)) {
      if (event.type === 'clock.advanced') continue;
      const refused = applyWithSteps(current, event);
      if (refused.ok) problems.push(`final state ${state} accepted ${event.type}`);
    }
  }
  return problems;
  } catch (error) {
    throw refusedArguments('checkCaseInvariants', error);
  }
}

/**
 * Replay one path: open the case with its facts, apply its events one by one,
 * record states and transitions, and check the invariants after each step.
 * The procedure is registered first, as `walkProcedure` does.
 *
 * @example
 * ```ts
 * for (const path of generatePaths(seasonalWorker, walkProcedure(seasonalWorker))) {
 *   expect(replayPath(seasonalWorker, path).violations).toEqual([]);
 * }
 * ```
 * @category Testing
 */
export function replayPath(procedure: Procedure, path: TestPath, options: { at?: IsoDate } = {}): PathReplay {
  try {
  const visitedStates = new Set<string>();
  const takenTransitions = new Set<string>();
  const violations: string[] = [];
  registerProcedures(procedure);
  const opened = createCase(procedure, { at: options.at ?? WALK_START_DATE, facts: path.facts });
  if (!opened.ok) return { path, finalCase: null, visitedStates, takenTransitions, violations: [`cannot open: ${opened.error.message}`] };
  let current = opened.value;
  visitedStates.add(statePath(current.state));
  violations.push(...checkCaseInvariants(procedure, current));
  violations.push(...deadlineAgreementProblems(procedure, current));
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
    const previous = current;
    current = outcome.value.case;
    violations.push(...checkCaseInvariants(procedure, current).map((problem) => `after event ${index} (${event.type}): ${problem}`));
    violations.push(...lostBreaches(previous, current).map((problem) => `after event ${index} (${event.type}): ${problem}`));
    violations.push(...deadlineAgreementProblems(procedure, current).map((problem) => `after event ${index} (${event.type}): ${problem}`));
  }
  if (statePath(current.state) !== path.expectedState) violations.push(`ended in ${statePath(current.state)}, the walk expected ${path.expectedState}`);
  return { path, finalCase: current, visitedStates, takenTransitions, violations };
  } catch (error) {
    throw refusedArguments('replayPath', error);
  }
}
