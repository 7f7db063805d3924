/**
 * The path a case took through its machine, for the diagrams to highlight:
 * the transitions taken in order (replayed with `explain`, so lapses that
 * the kernel fired before a dated event are there too), the states visited
 * and the current state.
 */
import type { AnyStateMachine } from 'xstate';
import { explain } from '../case/explain';
import type { PermitCase } from '../case/types';
import { PermitLifecycleError } from '../errors';
import { refusedArguments } from '../guard';

/**
 * What every diagram function accepts: `case` highlights the path that case
 * took and its current state; `phase` draws only the states of one phase
 * (`meta.phase`), with the states they lead to or come from outside it
 * drawn dashed.
 *
 * @example
 * ```ts
 * const options: DiagramOptions = { case: someCase, phase: 'residence' };
 * const svg = await toSvg(seasonalWorkerMachine, options);
 * ```
 * @category Diagrams
 */
export interface DiagramOptions {
  /** A case of this machine's procedure: its path and current state are highlighted. */
  case?: PermitCase;
  /** Draw only this phase's states (and their neighbours outside it). */
  phase?: string;
  /**
   * `false` leaves the words off the edges (they stay in the tooltips): a
   * compact overview. Readable diagrams only (`toSvg`, `toDot` with `style: 'readable'`).
   */
  edgeLabels?: boolean;
}

/**
 * One transition a case took: its number in the path (from 1), its id (as in
 * {@link DiagramTransition.id}), the states it left and reached, and when.
 *
 * @example
 * ```ts
 * const step: PathStep = casePath(seasonalWorkerMachine, someCase).steps[0]!;
 * console.log(step.number, step.from, '→', step.to, step.at);
 * ```
 * @category Diagrams
 */
export interface PathStep {
  number: number;
  transitionId: string;
  event: string;
  at: string;
  from: string;
  to: string;
  implicit: boolean;
}

/**
 * The path of a case: its steps in order, every state visited (with its
 * enclosing states) and the current state's path.
 *
 * @example
 * ```ts
 * const path: CasePath = casePath(seasonalWorkerMachine, someCase);
 * path.visited.has(path.current); // true
 * ```
 * @category Diagrams
 */
export interface CasePath {
  steps: PathStep[];
  visited: Set<string>;
  current: string;
}

function withAncestors(path: string, into: Set<string>): void {
  const parts = path.split('.');
  for (let length = 1; length <= parts.length; length += 1) into.add(parts.slice(0, length).join('.'));
}

/**
 * The path a case took through a machine, replayed from its events (with
 * `explain`). Throws a `PermitLifecycleError` (`argument.invalid`) when the
 * case belongs to another machine, and whatever `explain` throws (a case
 * that does not hold its whole event log).
 *
 * @example
 * ```ts
 * casePath(seasonalWorkerMachine, someCase).steps.map((step) => step.event);
 * ```
 * @category Diagrams
 */
export function casePath(machine: AnyStateMachine, current: PermitCase): CasePath {
  try {
  if (current.procedureId !== machine.id) {
    throw new PermitLifecycleError('argument.invalid', `the case is a ${current.procedureId} case; this diagram is of ${machine.id}`, {
      path: ['case', 'procedureId'],
      details: { procedureId: current.procedureId, machine: machine.id },
    });
  }
  const explanation = explain(current);
  const steps = explanation.steps.map((step, index) => ({
    number: index + 1,
    transitionId: step.transitionId,
    event: step.event,
    at: step.at,
    from: step.from,
    to: step.to,
    implicit: step.implicit,
  }));
  const visited = new Set<string>();
  const first = steps[0]?.from ?? explanation.state;
  withAncestors(first, visited);
  for (const step of steps) withAncestors(step.to, visited);
  withAncestors(explanation.state, visited);
  return { steps, visited, current: explanation.state };
  } catch (error) {
    throw refusedArguments('casePath', error);
  }
}
