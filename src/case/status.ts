/**
 * `status`: where a person stands on a day — state, phase, rights, what they
 * are bound to, until when, breaches, notices and the events allowed now.
 */
import type { IsoDate } from '../calendar';
import { caseAsOf } from './engine';
import { stateInfo, type StateInfo } from './machine-runtime';
import { procedureOf, sharedStateMeta } from './meta';
import { answerRight, type RightsAnswer } from './rights';
import type { Binding, Breach, Notice, PermitCase, Procedure, ProcedureId, StateMeta } from './types';
import type { ProcedureState } from './typed';
import { refusedArguments } from '../guard';

/**
 * The answer of {@link status}. For a case typed by its procedure
 * (`PermitCase<'seasonalWorker'>`), `state` is one of that machine's state
 * paths, so comparing it with a misspelt state does not compile.
 *
 * @example
 * ```ts
 * const s: CaseStatus = status(someCase, '2026-06-01');
 * const work = s.rights.work;
 * if (work.verdict === 'granted') console.log(`may work for ${work.boundTo?.employer} until ${work.until}`);
 * else if (work.verdict === 'notDecidedHere') console.log(`decided by ${work.governedBy}`);
 * ```
 * @category Case API
 */
export interface CaseStatus<P extends ProcedureId = ProcedureId> {
  procedureId: P;
  /** The day the status is read for. */
  asOf: IsoDate;
  /** The state, as a dotted path. */
  state: ProcedureId extends P ? string : ProcedureState<P>;
  phase: string;
  description: string;
  final: boolean;
  outcome: string | null;
  /**
   * The right to reside and the right to work on `asOf`: each `granted` or
   * `denied` by this procedure, `notDecidedHere` (another title governs
   * it, named in `governedBy`) or `undetermined` (the page is silent), with
   * its source or assumption. Only `granted` means "may"; only `denied`
   * means "may not".
   */
  rights: RightsAnswer;
  /** Employer, profession and sector a granted right is tied to (`null` while no right is granted here). */
  boundTo: Binding | null;
  /** Last day of the right granted here (`null` while none is, or when it has no end date). */
  validUntil: IsoDate | null;
  /** Obligations met late, or past due and still unmet on `asOf`. */
  breaches: Breach[];
  notices: Notice[];
  /** Event types with a transition from this state (their conditions may still refuse a payload). */
  allowedEvents: string[];
}

/**
 * Whether a state's merged meta has what `status` reads (else
 * `sharedStateMeta` throws the typed error).
 *
 * @example
 * ```ts
 * isComplete(stateInfo(machine, 'awaitingDecision').meta); // true
 * ```
 */
function isComplete(meta: Readonly<Record<string, unknown>>): meta is Readonly<StateMeta> {
  return Boolean(meta.description && meta.phase && meta.rights);
}

/**
 * The recorded breaches and the overdue obligations, in a new array (what
 * spreading both gave, without the iterator protocol for arrays).
 *
 * @example
 * ```ts
 * allBreaches(view.context.breaches, []); // a copy of the recorded breaches
 * ```
 */
function allBreaches(recorded: readonly Breach[], overdue: Breach[]): Breach[] {
  if (!Array.isArray(recorded)) return [...recorded, ...overdue];
  return overdue.length === 0 ? recorded.slice() : recorded.concat(overdue);
}

/**
 * Where the case stands on `at` (default: the date of its last event). Lapses
 * that have happened by `at` are taken into account without changing the case.
 * Throws a `PermitLifecycleError` (`argument.invalid`) for a bad or earlier date.
 *
 * @example
 * ```ts
 * const s = status(someCase, '2026-06-01');
 * console.log(s.state, s.rights.reside.verdict, s.rights.work.verdict, s.validUntil);
 * ```
 * @category Case API
 */
export function status<P extends ProcedureId>(current: PermitCase<P>, at?: IsoDate): CaseStatus<P>;
export function status(current: PermitCase, at?: IsoDate): CaseStatus {
  try {
  const asOfResult = caseAsOf(current, at);
  if (!asOfResult.ok) throw asOfResult.error;
  const view = asOfResult.value;
  const asOf = at ?? current.context.lastEventAt;
  const procedure = procedureOf(view);
  const overdue: Breach[] = [];
  let expiry: IsoDate | null = null;
  const open = view.context.deadlines;
  for (const id of Object.keys(open)) {
    const due = open[id]!.due;
    const kind = procedure.deadlines[id]?.kind;
    // The reading day and the case's dates are checked: YYYY-MM-DD strings compare as the days they name.
    if (kind === 'obligation' && asOf > due) overdue.push({ deadline: id, due, metOn: null });
    else if (kind === 'expiry' && (expiry === null || due < expiry)) expiry = due;
  }
  return assembleStatus(procedure, view, stateInfo(procedure.machine, view.state), asOf, overdue, expiry);
  } catch (error) {
    throw refusedArguments('status', error);
  }
}

/**
 * The {@link CaseStatus} of a case as it stands on `asOf` (lapses already
 * applied), from what the caller has found in its open deadlines: the
 * overdue obligations and the earliest `expiry` deadline (`null` when there
 * is none). A right held ends on that deadline (a permit, an authorisation,
 * a stay while a renewal is pending), else on the validity recorded in the
 * context. Shared by `status` and `reviewPersisted`, which walk the
 * deadlines their own way. Throws `snapshot.unknownState` when the state
 * declares incomplete meta.
 *
 * @example
 * ```ts
 * const info = stateInfo(seasonalWorker.machine, current.state);
 * assembleStatus(seasonalWorker, current, info, '2026-06-01', [], current.context.deadlines.validityEnd?.due ?? null).rights.work.verdict;
 * ```
 * @category Case API
 */
export function assembleStatus(procedure: Procedure, view: PermitCase, info: StateInfo, asOf: IsoDate, overdue: Breach[], expiry: IsoDate | null): CaseStatus {
  // One lookup of what the state declares; sharedStateMeta throws the typed error when its meta is incomplete.
  const meta = isComplete(info.meta) ? info.meta : sharedStateMeta(procedure.machine, view.state);
  const context = view.context;
  const heldUntil = expiry ?? context.validity?.to ?? null;
  const reside = answerRight(meta.rights.reside, context, asOf, heldUntil, context.binding);
  const work = answerRight(meta.rights.work, context, asOf, heldUntil, context.binding);
  const holdsRight = reside.verdict === 'granted' || work.verdict === 'granted';
  const final = info.final;
  return {
    procedureId: view.procedureId,
    asOf,
    state: info.path,
    phase: meta.phase,
    description: meta.description,
    final,
    outcome: meta.outcome ?? null,
    rights: { reside, work },
    boundTo: holdsRight ? context.binding : null,
    validUntil: holdsRight ? heldUntil : null,
    breaches: allBreaches(context.breaches, overdue),
    notices: procedure.notices ? procedure.notices(context as never, asOf) : [],
    allowedEvents: final ? [] : info.eventTypes.slice(),
  };
}
