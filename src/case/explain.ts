/**
 * `explain`: the chain of events, transitions, guards and sources that led a
 * case to where it is, rebuilt by replaying its events (the event list is the
 * case's history; replay is deterministic).
 */
import type { RightsAnswer } from './rights';
import { status } from './status';
import type { IsoDate } from '../calendar';
import type { SourceRef } from '../law';
import { applyWithSteps, createCase, requireWholeLog } from './engine';
import { statePath, valueFromPath } from './machine-runtime';
import { procedureOf, stateMetaOf } from './meta';
import type { PermitCase, StateMeta, TransitionMeta } from './types';
import { refusedArguments } from '../guard';

/**
 * One line of an explanation: an event (or the passage of time) and where it led.
 *
 * @example
 * ```ts
 * const line: ExplanationStep = explain(someCase).steps[0]!;
 * console.log(line.at, line.event, '→', line.to, line.source?.quote);
 * ```
 * @category Case API
 */
export interface ExplanationStep {
  at: IsoDate;
  event: string;
  /** True when the kernel let time pass before a dated event (a lapse). */
  implicit: boolean;
  from: string;
  to: string;
  transitionId: string;
  guard: string | null;
  /** The transition's source, or else the reached state's. */
  source: SourceRef | null;
  assumption: string | null;
}

/**
 * The answer of {@link explain}.
 *
 * @example
 * ```ts
 * const why: Explanation = explain(someCase);
 * console.log(why.summary);
 * ```
 * @category Case API
 */
export interface Explanation {
  procedureId: string;
  state: string;
  summary: string;
  stateSource: SourceRef | null;
  stateAssumption: string | null;
  /** Who decides the right to reside and to work in that state, and why (`status(case).rights`). */
  rights: RightsAnswer;
  steps: ExplanationStep[];
}

function stateSource(meta: StateMeta): SourceRef | null {
  return meta.source ?? null;
}

/**
 * Why the case is where it is: every step since it was opened, with the
 * guard that chose the branch and the sentence of the page behind it.
 * Throws `argument.invalid` for a case that does not hold its whole event
 * log (read from a state snapshot: see `PermitCase.earlierEventCount`).
 *
 * @example
 * ```ts
 * for (const step of explain(someCase).steps) console.log(`${step.at} ${step.event}: ${step.from} → ${step.to}`);
 * ```
 * @category Case API
 */
export function explain(current: PermitCase): Explanation {
  try {
  requireWholeLog(current, 'explain');
  const procedure = procedureOf(current);
  const opened = createCase(procedure, { at: current.context.openedOn, facts: current.context.facts });
  if (!opened.ok) throw opened.error;
  let replay = opened.value;
  const steps: ExplanationStep[] = [];
  for (const event of current.events) {
    const outcome = applyWithSteps(replay, event);
    if (!outcome.ok) throw outcome.error;
    for (const step of outcome.value.steps) {
      const meta = (step.transitionMeta ?? {}) as TransitionMeta;
      const target = stateMetaOf(procedure.machine, valueFromPath(step.to));
      steps.push({
        at: step.event.at,
        event: step.event.type,
        implicit: step.implicit,
        from: step.from,
        to: step.to,
        transitionId: step.transitionId,
        guard: step.guard ?? null,
        source: meta.source ?? (step.from !== step.to ? stateSource(target) : null),
        assumption: meta.assumption ?? null,
      });
    }
    replay = outcome.value.case;
  }
  const meta = stateMetaOf(procedure.machine, current.state);
  return {
    procedureId: current.procedureId,
    state: steps.at(-1)?.to ?? statePath(current.state),
    summary: meta.description,
    stateSource: stateSource(meta),
    stateAssumption: meta.assumption ?? null,
    rights: status(current).rights,
    steps,
  };
  } catch (error) {
    throw refusedArguments('explain', error);
  }
}
