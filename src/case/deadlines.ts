/**
 * `deadlines`: what is due, by when, who must act, what follows, and the source.
 */
import type { IsoDate } from '../calendar';
import { caseAsOf } from './engine';
import { procedureOf } from './meta';
import type { DeadlineActor, DeadlineKind, PermitCase, Procedure } from './types';
import type { LegalParameter, SourceRef } from '../law';
import { refusedArguments } from '../guard';

/**
 * One open deadline of a case, with everything needed to act on it.
 *
 * @example
 * ```ts
 * const d: CaseDeadline = deadlines(someCase)[0]!;
 * console.log(`${d.label}: ${d.actor} by ${d.due}`);
 * ```
 * @category Case API
 */
export interface CaseDeadline {
  id: string;
  label: string;
  kind: DeadlineKind;
  actor: DeadlineActor;
  /** Last day to act (or last day of validity, for an expiry). */
  due: IsoDate;
  /** First day the act is possible, for windows. */
  opens: IsoDate | null;
  /** `upcoming`, `open` (inside its window), or `overdue` on the day read. */
  state: 'upcoming' | 'open' | 'overdue';
  consequence: string;
  source: SourceRef;
  parameter: Pick<LegalParameter, 'id' | 'value' | 'unit' | 'legalBasis'> | null;
}

function deadlineState(asOf: IsoDate, due: IsoDate, opens: IsoDate | undefined): CaseDeadline['state'] {
  // Checked dates (the case's and the reading day) compare as strings: YYYY-MM-DD sorts as the days it names.
  if (asOf > due) return 'overdue';
  if (opens !== undefined && asOf < opens) return 'upcoming';
  return 'open';
}

type ParameterSummary = NonNullable<CaseDeadline['parameter']>;

/** The summary of each parameter, made once: every deadline that cites it shares it (as it shares the spec's `source`). */
const parameterSummaries = new WeakMap<LegalParameter, ParameterSummary>();

function summaryOf(parameter: LegalParameter): ParameterSummary {
  let summary = parameterSummaries.get(parameter);
  if (!summary) {
    summary = { id: parameter.id, value: parameter.value, unit: parameter.unit, ...(parameter.legalBasis ? { legalBasis: parameter.legalBasis } : {}) };
    parameterSummaries.set(parameter, summary);
  }
  return summary;
}

/**
 * Describe one stored deadline entry with its procedure's specification.
 *
 * @example
 * ```ts
 * describeDeadline(seasonalWorker, 'decision', { due: '2026-05-01' }, '2026-02-01').label;
 * ```
 * @category Case API
 */
export function describeDeadline(procedure: Procedure, id: string, entry: { due: IsoDate; opens?: IsoDate }, asOf: IsoDate): CaseDeadline {
  try {
  const spec = procedure.deadlines[id];
  const parameter = spec?.parameter;
  return {
    id,
    label: spec?.label ?? id,
    kind: spec?.kind ?? 'obligation',
    actor: spec?.actor ?? 'applicant',
    due: entry.due,
    opens: entry.opens ?? null,
    state: deadlineState(asOf, entry.due, entry.opens),
    consequence: spec?.consequence ?? '',
    source: spec?.source ?? { file: procedure.seed, section: '', quote: '' },
    parameter: parameter ? summaryOf(parameter) : null,
  };
  } catch (error) {
    throw refusedArguments('describeDeadline', error);
  }
}

/**
 * The open deadlines of a case on `at` (default: its last event's date),
 * soonest first. Throws `argument.invalid` for a bad or earlier date.
 *
 * @example
 * ```ts
 * for (const d of deadlines(someCase, '2026-05-01')) console.log(d.due, d.actor, d.label, d.state);
 * ```
 * @category Case API
 */
export function deadlines(current: PermitCase, at?: IsoDate): CaseDeadline[] {
  try {
  const asOfResult = caseAsOf(current, at);
  if (!asOfResult.ok) throw asOfResult.error;
  const view = asOfResult.value;
  const asOf = at ?? current.context.lastEventAt;
  const procedure = procedureOf(view);
  const open = view.context.deadlines;
  const out: CaseDeadline[] = [];
  for (const id of Object.keys(open)) out.push(describeDeadline(procedure, id, open[id]!, asOf));
  return sortSoonestFirst(out);
  } catch (error) {
    throw refusedArguments('deadlines', error);
  }
}

/**
 * The order of {@link deadlines}: soonest first, then by id.
 *
 * @example
 * ```ts
 * list.sort(soonestFirst);
 * ```
 * @category Case API
 */
export function soonestFirst(a: CaseDeadline, b: CaseDeadline): number {
  return a.due === b.due ? a.id.localeCompare(b.id) : a.due < b.due ? -1 : 1;
}

/**
 * Sort deadlines in place in the order of {@link soonestFirst} and return
 * them. A case has a handful open at a time: an insertion sort, stable like
 * `Array.prototype.sort` and so giving the same order, costs a fraction of
 * the built-in sort's setup for so few (a sweep sorts every case's list).
 *
 * @example
 * ```ts
 * sortSoonestFirst(list)[0]; // the soonest deadline
 * ```
 * @category Case API
 */
export function sortSoonestFirst(list: CaseDeadline[]): CaseDeadline[] {
  if (list.length > 16) return list.sort(soonestFirst);
  for (let index = 1; index < list.length; index += 1) {
    const item = list[index]!;
    let to = index;
    while (to > 0 && soonestFirst(list[to - 1]!, item) > 0) {
      list[to] = list[to - 1]!;
      to -= 1;
    }
    list[to] = item;
  }
  return list;
}
