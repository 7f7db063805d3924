/**
 * What a case report shows, as plain data: the person, the rights on the
 * day with who decides them, the timeline, every deadline with how it ended,
 * the breaches, the missing documents, the notices, the assumptions that the
 * case's path rests on and the sources cited. The HTML is drawn from this
 * (`renderCaseReport`), so another rendering (or language) needs no second
 * reading of the case.
 */
import type { IsoDate } from '../calendar';
import { deadlines as openDeadlines, type CaseDeadline } from '../case/deadlines';
import { missingDocuments, type DocumentChecklist } from '../case/documents';
import { explain } from '../case/explain';
import { procedureOf, stateMetaOf } from '../case/meta';
import { valueFromPath } from '../case/machine-runtime';
import { status, type CaseStatus } from '../case/status';
import type { RightDeclaration } from '../case/rights';
import type { CaseContext, PermitCase } from '../case/types';
import type { SourceRef } from '../law';
import { redactCase } from '../privacy';
import { runScenario, type TimelineRow } from '../scenario';
import { refusedArguments } from '../guard';

/**
 * One deadline of the case's history: when it opened, when it was due and
 * how it ended (`met`, `metLate`, `passed`, `ended`), or `open` on the day.
 *
 * @example
 * ```ts
 * const row: ReportDeadline = { id: 'arrivalDeclaration', label: 'Declare arrival', actor: 'applicant', openedOn: '2026-05-01', due: '2026-05-04', outcome: 'met', closedOn: '2026-05-02', source };
 * ```
 * @category Diagrams
 */
export interface ReportDeadline {
  id: string;
  label: string;
  actor: string;
  openedOn: IsoDate;
  due: IsoDate;
  outcome: 'met' | 'metLate' | 'passed' | 'ended' | 'open' | 'upcoming' | 'overdue';
  closedOn: IsoDate | null;
  source: SourceRef | null;
}

/**
 * An assumption the case's path or current answer rests on, and where it applies.
 *
 * @example
 * ```ts
 * const item: ReportAssumption = { where: 'state deemedRejected', text: 'A later decision takes over.' };
 * ```
 * @category Diagrams
 */
export interface ReportAssumption {
  where: string;
  text: string;
}

/**
 * Everything a case report shows, read on one day.
 *
 * @example
 * ```ts
 * const model = caseReportModel(someCase, '2026-06-01');
 * model.status.rights.work.verdict;
 * ```
 * @category Diagrams
 */
export interface CaseReportModel {
  procedureId: string;
  procedureTitle: string;
  asOf: IsoDate;
  /** The person as recorded (redacted unless asked otherwise), or `null` when the facts name none. */
  person: Record<string, unknown> | null;
  redacted: boolean;
  status: CaseStatus;
  /** The states visited, in order, the current one last. */
  path: string[];
  timeline: TimelineRow[];
  deadlines: ReportDeadline[];
  missing: DocumentChecklist | null;
  assumptions: ReportAssumption[];
  sources: SourceRef[];
}

/**
 * Options of {@link caseReportModel} and `renderCaseReport`.
 *
 * @example
 * ```ts
 * const options: CaseReportOptions = { withPersonalData: false };
 * ```
 * @category Diagrams
 */
export interface CaseReportOptions {
  /** Show the person's data as recorded; by default the case is passed through `redactCase` first. */
  withPersonalData?: boolean;
}

function sourceKey(source: SourceRef): string {
  return `${source.file}\u0000${source.section}\u0000${source.quote}`;
}

function rightReasons(declared: RightDeclaration, where: string, assumptions: ReportAssumption[], sources: SourceRef[], context: CaseContext): void {
  // The case's own answer only: the exception a state names answers instead when it applies.
  if (declared.exception?.applies(context)) return rightReasons(declared.exception.then, where, assumptions, sources, context);
  if (declared.assumption) assumptions.push({ where, text: declared.assumption });
  if (declared.source) sources.push(declared.source);
  if (declared.verdict === 'granted' && declared.afterValidity) rightReasons(declared.afterValidity, where, assumptions, sources, context);
}

/** The history of every deadline from the timeline rows, with the ones still open on the day. */
function deadlineHistory(current: PermitCase, timeline: readonly TimelineRow[], open: readonly CaseDeadline[]): ReportDeadline[] {
  const procedure = procedureOf(current);
  const rows: ReportDeadline[] = [];
  const pending = new Map<string, ReportDeadline>();
  const describe = (id: string, due: IsoDate, openedOn: IsoDate): ReportDeadline => {
    const spec = procedure.deadlines[id];
    return { id, label: spec?.label ?? id, actor: spec?.actor ?? 'applicant', openedOn, due, outcome: 'open', closedOn: null, source: spec?.source ?? null };
  };
  for (const row of timeline) {
    for (const closed of row.closed) {
      const entry = pending.get(closed.id) ?? describe(closed.id, closed.due, row.at);
      pending.delete(closed.id);
      rows.push({ ...entry, outcome: closed.how, closedOn: row.at });
    }
    for (const opened of row.opened) {
      const replaced = pending.get(opened.id);
      if (replaced) rows.push({ ...replaced, outcome: 'ended', closedOn: row.at });
      pending.set(opened.id, describe(opened.id, opened.due, row.at));
    }
  }
  for (const deadline of open) {
    const entry = pending.get(deadline.id) ?? describe(deadline.id, deadline.due, deadline.opens ?? current.context.lastEventAt);
    rows.push({ ...entry, due: deadline.due, outcome: deadline.state, closedOn: null });
  }
  return rows;
}

/**
 * The data of a case report on `at` (default: the case's last event day).
 * Throws the typed errors of `status` (`argument.invalid` for a bad or
 * earlier day) and of `explain` (a case without its whole event log).
 *
 * @example
 * ```ts
 * const model = caseReportModel(someCase, '2026-06-01');
 * console.log(model.status.state, model.deadlines.length);
 * ```
 * @category Diagrams
 */
export function caseReportModel(current: PermitCase, at?: IsoDate, options: CaseReportOptions = {}): CaseReportModel {
  try {
  const asOf = at ?? current.context.lastEventAt;
  const procedure = procedureOf(current);
  const shown = options.withPersonalData ? current : redactCase(current);
  const today = status(current, asOf);
  const run = runScenario({ procedure: current.procedureId, openedOn: current.context.openedOn, facts: current.context.facts, events: current.events, readOn: asOf });
  if (!run.ok) throw run.error;
  const timeline = run.value.timeline;
  const why = explain(current);
  const assumptions: ReportAssumption[] = [];
  const sources: SourceRef[] = [];
  const path = [why.steps[0]?.from ?? today.state];
  for (const step of why.steps) {
    if (step.to !== path.at(-1)) path.push(step.to);
    if (step.assumption) assumptions.push({ where: `${step.at}, ${step.implicit ? 'time passes' : step.event}`, text: step.assumption });
    if (step.source) sources.push(step.source);
  }
  if (today.state !== path.at(-1)) path.push(today.state);
  const meta = stateMetaOf(procedure.machine, valueFromPath(today.state));
  if (meta.assumption) assumptions.push({ where: `state ${today.state}`, text: meta.assumption });
  if (meta.source) sources.push(meta.source);
  rightReasons(meta.rights.reside, 'right to reside', assumptions, sources, current.context);
  rightReasons(meta.rights.work, 'right to work', assumptions, sources, current.context);
  const history = deadlineHistory(current, timeline, openDeadlines(current, asOf));
  for (const deadline of history) if (deadline.source) sources.push(deadline.source);
  for (const notice of today.notices) sources.push(notice.source);
  const missing = missingDocuments(current);
  for (const item of missing?.missing ?? []) sources.push(item.source);
  const seenAssumptions = new Set<string>();
  const seenSources = new Set<string>();
  const person = (shown.context.facts as { person?: Record<string, unknown> }).person ?? null;
  return {
    procedureId: current.procedureId,
    procedureTitle: procedure.title,
    asOf,
    person,
    redacted: !options.withPersonalData,
    status: today,
    path,
    timeline,
    deadlines: history,
    missing,
    assumptions: assumptions.filter((item) => !seenAssumptions.has(item.text) && Boolean(seenAssumptions.add(item.text))),
    sources: sources.filter((source) => !seenSources.has(sourceKey(source)) && Boolean(seenSources.add(sourceKey(source)))),
  };
  } catch (error) {
    throw refusedArguments('caseReportModel', error);
  }
}
