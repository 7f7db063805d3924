/**
 * Running a scenario through the case API and collecting a timeline.
 */
import type { IsoDate } from '../calendar';
import { deadlines, type CaseDeadline } from '../case/deadlines';
import { applyWithSteps, createCase } from '../case/engine';
import { statePath } from '../case/machine-runtime';
import { status, type CaseStatus } from '../case/status';
import type { PermitCase } from '../case/types';
import { fail, fromZodError, ok, PermitLifecycleError, type Result } from '../errors';
import { scenarioSchema, type Scenario } from './schema';

/**
 * One row of a timeline: an event (or a lapse the kernel applied before it)
 * and what it changed.
 *
 * @example
 * ```ts
 * const row: TimelineRow = runScenario(scenario).value!.timeline[0]!;
 * ```
 */
export interface TimelineRow {
  at: IsoDate;
  event: string;
  implicit: boolean;
  state: string;
  mayReside: boolean;
  mayWork: boolean;
  employer: string | null;
  opened: { id: string; due: IsoDate }[];
  closed: string[];
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
 * Validate a scenario (raw JSON or object) and apply its events in order.
 * Errors say which event failed (`path` starts with `events`, index).
 *
 * @example
 * ```ts
 * const result = runScenario(JSON.parse(readFileSync('examples/scenarios/seasonal-worker-typical.json', 'utf8')));
 * ```
 */
export function runScenario(input: unknown): Result<ScenarioRun> {
  const parsed = scenarioSchema.safeParse(input);
  if (!parsed.success) return fail(fromZodError('scenario.invalid', parsed.error, 'scenario'));
  const scenario = parsed.data;
  const opened = createCase(scenario.procedure, { at: scenario.openedOn, facts: scenario.facts });
  if (!opened.ok) {
    const error = opened.error;
    const path = error.code === 'facts.invalid' ? error.path : error.code === 'procedure.unknown' ? ['procedure'] : ['openedOn'];
    return fail(new PermitLifecycleError(error.code, error.message, { path, details: error.details }));
  }
  let current = opened.value;
  const timeline: TimelineRow[] = [];
  for (const [index, event] of scenario.events.entries()) {
    const before = current.context.deadlines;
    const outcome = applyWithSteps(current, event);
    if (!outcome.ok) {
      const error = outcome.error;
      return fail(
        new PermitLifecycleError(error.code, `event ${index} (${String((event as { type?: unknown }).type)} on ${String((event as { at?: unknown }).at)}): ${error.message}`, {
          path: ['events', index, ...error.path],
          details: { ...error.details, eventIndex: index },
        }),
      );
    }
    current = outcome.value.case;
    const s = status(current);
    const after = current.context.deadlines;
    outcome.value.steps.forEach((step, stepIndex) => {
      const last = stepIndex === outcome.value.steps.length - 1;
      timeline.push({
        at: step.event.at,
        event: step.event.type,
        implicit: step.implicit,
        state: step.to,
        mayReside: last ? s.mayReside : false,
        mayWork: last ? s.mayWork : false,
        employer: last ? (s.boundTo?.employer ?? null) : null,
        opened: last ? Object.entries(after).filter(([id, entry]) => before[id]?.due !== entry.due).map(([id, entry]) => ({ id, due: entry.due })) : [],
        closed: last ? Object.keys(before).filter((id) => !(id in after)) : [],
      });
    });
    if (outcome.value.steps.length === 0) {
      timeline.push({ at: event.at, event: event.type, implicit: false, state: statePath(current.state), mayReside: s.mayReside, mayWork: s.mayWork, employer: s.boundTo?.employer ?? null, opened: [], closed: [] });
    }
  }
  const readOn = scenario.readOn ?? current.context.lastEventAt;
  try {
    return ok({ scenario, case: current, timeline, readOn, status: status(current, readOn), deadlines: deadlines(current, readOn) });
  } catch (error) {
    if (error instanceof PermitLifecycleError) return fail(new PermitLifecycleError(error.code, error.message, { path: ['readOn'] }));
    throw error;
  }
}
