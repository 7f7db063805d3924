/**
 * Running a scenario through the case API and collecting a timeline.
 */
import { isAfter, isBefore, isoDateSchema, type IsoDate } from '../calendar';
import { deadlines, type CaseDeadline } from '../case/deadlines';
import { applyWithSteps, caseAsOf, createCase, type AppliedStep } from '../case/engine';
import { statePath, valueFromPath } from '../case/machine-runtime';
import { procedureOf, stateMetaOf } from '../case/meta';
import type { RightVerdict } from '../case/rights';
import { status, type CaseStatus } from '../case/status';
import type { CaseEvent, DeadlineEntry, PermitCase, Procedure } from '../case/types';
import { fail, fromZodError, ok, PermitLifecycleError, type Result } from '../errors';
import { scenarioSchema, type Scenario } from './schema';
import { refusedArguments } from '../guard';

/**
 * How a deadline stopped being open at a step of a timeline:
 * - `met`: the act was done on or before the due date;
 * - `metLate`: done after the due date (the case records a breach);
 * - `passed`: time ran out (the kernel applied the lapse);
 * - `ended`: a validity period was superseded by a later step (e.g. the
 *   temporary authorisation once arrival is declared).
 *
 * @example
 * ```ts
 * const how: DeadlineClosing = 'met';
 * ```
 * @category Scenarios
 */
export type DeadlineClosing = 'met' | 'metLate' | 'passed' | 'ended';

/**
 * One row of a timeline: an event (or a lapse the kernel applied before it)
 * and what it changed.
 *
 * @example
 * ```ts
 * const row: TimelineRow = runScenario(scenario).value!.timeline[0]!;
 * ```
 * @category Scenarios
 */
export interface TimelineRow {
  at: IsoDate;
  event: string;
  /** True for a lapse (a `clock.advanced` transition) rather than an event of the scenario. */
  implicit: boolean;
  /** Index of the scenario event this row belongs to; `null` for lapses up to the reading day. */
  eventIndex: number | null;
  state: string;
  /** Who decides the right to reside after this row (see `CaseStatus.rights`). */
  reside: RightVerdict;
  /** Who decides the right to work after this row. */
  work: RightVerdict;
  employer: string | null;
  opened: { id: string; due: IsoDate }[];
  closed: { id: string; due: IsoDate; how: DeadlineClosing }[];
}

/**
 * The outcome of a scenario: the final case, the timeline, and the status and
 * deadlines read on the scenario's reading day.
 *
 * @example
 * ```ts
 * const result = runScenario(scenario);
 * if (result.ok) console.log(result.value.status.state);
 * ```
 * @category Scenarios
 */
export interface ScenarioRun {
  scenario: Scenario;
  case: PermitCase;
  timeline: TimelineRow[];
  readOn: IsoDate;
  status: CaseStatus;
  deadlines: CaseDeadline[];
}

/**
 * Options of {@link runScenario}.
 *
 * @example
 * ```ts
 * const options: RunScenarioOptions = { at: '2026-05-01' };
 * ```
 * @category Scenarios
 */
export interface RunScenarioOptions {
  /**
   * Read the case on this day: only the events dated on or before it are
   * applied, and the status and deadlines are read on it (this replaces the
   * scenario's `readOn`). Must not be before the scenario's `openedOn`.
   */
  at?: IsoDate;
}

type Deadlines = Record<string, DeadlineEntry>;

function openedBetween(before: Deadlines, after: Deadlines): TimelineRow['opened'] {
  return Object.entries(after)
    .filter(([id, entry]) => before[id]?.due !== entry.due)
    .map(([id, entry]) => ({ id, due: entry.due }));
}

function closedBetween(procedure: Procedure, before: Deadlines, after: Deadlines, at: IsoDate, implicit: boolean): TimelineRow['closed'] {
  return Object.entries(before)
    .filter(([id]) => !(id in after))
    .map(([id, entry]) => {
      const how: DeadlineClosing = implicit
        ? 'passed'
        : procedure.deadlines[id]?.kind === 'expiry'
          ? 'ended'
          : isAfter(at, entry.due)
            ? 'metLate'
            : 'met';
      return { id, due: entry.due, how };
    });
}

function rightsOf(procedure: Procedure, state: string): { reside: RightVerdict; work: RightVerdict } {
  const declared = stateMetaOf(procedure.machine, valueFromPath(state)).rights;
  return { reside: declared.reside.verdict, work: declared.work.verdict };
}

/**
 * The timeline rows of one applied event: one row per lapse the kernel
 * applied first, then the event's own row. Deadlines opened or closed by the
 * lapses are shown on the last lapse row, the rest on the event's row.
 */
function rowsFor(procedure: Procedure, previous: PermitCase, next: PermitCase, event: CaseEvent, steps: AppliedStep[], eventIndex: number | null): TimelineRow[] {
  const lapsed = caseAsOf(previous, event.at);
  const afterLapses = lapsed.ok ? lapsed.value.context.deadlines : previous.context.deadlines;
  const s = status(next);
  const finalEmployer = s.boundTo?.employer ?? null;
  const earlierEmployer = previous.context.binding?.employer ?? null;
  if (steps.length === 0) {
    return [{ at: event.at, event: event.type, implicit: false, eventIndex, state: statePath(next.state), reside: s.rights.reside.verdict, work: s.rights.work.verdict, employer: finalEmployer, opened: [], closed: [] }];
  }
  const lastImplicit = steps.reduce((last, step, index) => (step.implicit ? index : last), -1);
  return steps.map((step, index) => {
    const isLast = index === steps.length - 1;
    const rights = isLast ? { reside: s.rights.reside.verdict, work: s.rights.work.verdict } : rightsOf(procedure, step.to);
    const employer = rights.work === 'granted' || rights.reside === 'granted' ? (isLast ? finalEmployer : earlierEmployer) : null;
    let opened: TimelineRow['opened'] = [];
    let closed: TimelineRow['closed'] = [];
    if (index === lastImplicit) {
      opened = openedBetween(previous.context.deadlines, afterLapses);
      closed = closedBetween(procedure, previous.context.deadlines, afterLapses, step.event.at, true);
    }
    if (isLast && !step.implicit) {
      const from = lastImplicit >= 0 ? afterLapses : previous.context.deadlines;
      opened = openedBetween(from, next.context.deadlines);
      closed = closedBetween(procedure, from, next.context.deadlines, step.event.at, false);
    }
    return { at: step.event.at, event: step.event.type, implicit: step.implicit, eventIndex, state: step.to, ...rights, employer, opened, closed };
  });
}

/**
 * The lapses between the last event and the reading day, as timeline rows.
 * The case itself is not changed: reading it on a later day applies them.
 */
function lapsesUntil(procedure: Procedure, current: PermitCase, readOn: IsoDate): TimelineRow[] {
  if (!isAfter(readOn, current.context.lastEventAt)) return [];
  const clock: CaseEvent = { type: 'clock.advanced', at: readOn };
  const outcome = applyWithSteps(current, clock);
  if (!outcome.ok || outcome.value.steps.every((step) => step.from === step.to)) return [];
  return rowsFor(procedure, current, outcome.value.case, clock, outcome.value.steps, null);
}

function openingError(error: PermitLifecycleError): PermitLifecycleError {
  const path = error.code === 'facts.invalid' ? error.path : error.code === 'procedure.unknown' ? ['procedure'] : ['openedOn'];
  return new PermitLifecycleError(error.code, error.message, { path, details: error.details });
}

function eventError(error: PermitLifecycleError, event: CaseEvent, index: number): PermitLifecycleError {
  const prefix = ['events', index];
  const { issues } = error.details;
  // Every issue, like the error's own path, is located in the scenario, not in the event.
  const located = Array.isArray(issues) ? { issues: (issues as { path: (string | number)[] }[]).map((issue) => ({ ...issue, path: [...prefix, ...issue.path] })) } : {};
  return new PermitLifecycleError(error.code, `event ${index} (${event.type} on ${event.at}): ${error.message}`, {
    path: [...prefix, ...error.path],
    details: { ...error.details, ...located, eventIndex: index },
  });
}

/**
 * Validate a scenario (raw JSON or object) and apply its events in order.
 * Errors say which event failed (`path` starts with `events`, index), and a
 * refused event keeps its code (`event.notAllowed`, `event.outOfOrder`).
 *
 * @example
 * ```ts
 * const result = runScenario(JSON.parse(readFileSync('examples/scenarios/seasonal-worker-typical.json', 'utf8')));
 * const onFirstOfMay = runScenario(scenario, { at: '2026-05-01' });
 * ```
 * @category Scenarios
 */
export function runScenario(input: unknown, options: RunScenarioOptions = {}): Result<ScenarioRun> {
  try {
  const parsed = scenarioSchema.safeParse(input);
  if (!parsed.success) return fail(fromZodError('scenario.invalid', parsed.error, 'scenario'));
  const scenario = parsed.data;
  if (options.at !== undefined) {
    const at = isoDateSchema.safeParse(options.at);
    if (!at.success) return fail(fromZodError('argument.invalid', at.error, 'reading date', ['at']));
    if (isBefore(at.data, scenario.openedOn)) {
      return fail(new PermitLifecycleError('argument.invalid', `cannot read the case on ${at.data}: it is opened on ${scenario.openedOn}`, { path: ['at'] }));
    }
  }
  const opened = createCase(scenario.procedure, { at: scenario.openedOn, facts: scenario.facts });
  if (!opened.ok) return fail(openingError(opened.error));
  const procedure = procedureOf(opened.value);
  let current = opened.value;
  const timeline: TimelineRow[] = [];
  for (const [index, raw] of scenario.events.entries()) {
    const event = raw as CaseEvent;
    if (options.at !== undefined && isAfter(event.at, options.at)) break;
    const outcome = applyWithSteps(current, event);
    if (!outcome.ok) return fail(eventError(outcome.error, event, index));
    timeline.push(...rowsFor(procedure, current, outcome.value.case, event, outcome.value.steps, index));
    current = outcome.value.case;
  }
  const readOn = options.at ?? scenario.readOn ?? current.context.lastEventAt;
  timeline.push(...lapsesUntil(procedure, current, readOn));
  try {
    return ok({ scenario, case: current, timeline, readOn, status: status(current, readOn), deadlines: deadlines(current, readOn) });
  } catch (error) {
    if (error instanceof PermitLifecycleError) {
      return fail(new PermitLifecycleError(error.code, error.message, { path: [options.at !== undefined ? 'at' : 'readOn'] }));
    }
    throw error;
  }
  } catch (error) {
    return fail(refusedArguments('runScenario', error));
  }
}
