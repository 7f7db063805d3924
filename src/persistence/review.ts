/**
 * The read a daily sweep makes of each stored case: the snapshot read as
 * `readPersisted` reads it, and `status` and `deadlines` on the sweep day,
 * in one pass. The procedure, the state's info and the case as of the day are
 * looked up once, and the open deadlines are walked once, for the envelope
 * check and both answers. Whatever the quick checks do not accept (an older
 * schema version, a refusal to describe) takes `readPersisted`'s own path, so
 * the answers and the typed errors are theirs.
 */
import { limits } from '../case/limits';
import { isIsoDate, type IsoDate } from '../calendar';
import { caseAsOf, readingDayRefusal } from '../case/engine';
import { describeDeadline, sortSoonestFirst, type CaseDeadline } from '../case/deadlines';
import { knownStateInfo, stateInfo, type StateInfo } from '../case/machine-runtime';
import { procedureOf } from '../case/meta';
import { registeredProcedure } from '../case/procedures';
import { assembleStatus, type CaseStatus } from '../case/status';
import type { Breach, CaseContext, CaseEvent, DeadlineEntry, PermitCase, Procedure, ProcedureId } from '../case/types';
import { fail, ok, PermitLifecycleError, type Result } from '../errors';
import { expandContext } from './defaults';
import { isDeadlineEntry, isEventCount, isPlainObject, isSemver, isStateValue, sameMajor } from './envelope';
import { CURRENT_SCHEMA_VERSION } from './migrations';
import { readPersisted } from './read';
import { SNAPSHOT_FORMAT } from './snapshot';
import { CURRENT_STATE_SCHEMA_VERSION, STATE_SNAPSHOT_FORMAT, unheldEvents } from './state-snapshot';
import { refusedArguments } from '../guard';

/**
 * The answer of {@link reviewPersisted}: the case as `readPersisted` reads
 * it, and what `status` and `deadlines` answer for it on the day.
 *
 * @example
 * ```ts
 * const review = reviewPersisted(row.snapshot, '2026-06-01');
 * if (review.ok) console.log(review.value.status.state, review.value.deadlines.length);
 * ```
 * @category Persistence
 */
export interface PersistedReview {
  /** What `readPersisted` gives for the snapshot. */
  case: PermitCase;
  /** What `status(case, at)` gives. */
  status: CaseStatus;
  /** What `deadlines(case, at)` gives. */
  deadlines: CaseDeadline[];
}

type CaseReview = Omit<PersistedReview, 'case'>;

/** What one walk over the open deadlines gives both answers. */
interface DeadlineWalk {
  /** The earliest due date of a deadline that is not an obligation: a lapse can fire after it. */
  lapseAfter: IsoDate | null;
  /** The earliest due date of an `expiry` deadline. */
  expiry: IsoDate | null;
  overdue: Breach[];
  described: CaseDeadline[];
}

/**
 * Walk the open deadlines once. With `checked`, also check what the snapshot
 * readers check (a plain object of plain entries with valid `due` and
 * optional `opens` dates) and give `null` when that fails.
 */
function walkDeadlines(procedure: Procedure, open: Record<string, DeadlineEntry>, asOf: IsoDate, checked: boolean): DeadlineWalk | null {
  if (checked && !isPlainObject(open)) return null;
  const specs = procedure.deadlines;
  let lapseAfter: IsoDate | null = null;
  let expiry: IsoDate | null = null;
  const overdue: Breach[] = [];
  const described: CaseDeadline[] = [];
  for (const id in open) {
    const entry = open[id]!;
    if (checked && !isDeadlineEntry(entry)) return null;
    const due = entry.due;
    const kind = specs[id]?.kind;
    if (kind === 'obligation') {
      if (asOf > due) overdue.push({ deadline: id, due, metOn: null });
    } else {
      if (lapseAfter === null || due < lapseAfter) lapseAfter = due;
      if (kind === 'expiry' && (expiry === null || due < expiry)) expiry = due;
    }
    described.push(describeDeadline(procedure, id, entry, asOf));
  }
  return { lapseAfter, expiry, overdue, described };
}

/**
 * `status(current, at)` and `deadlines(current, at)` in one pass, for a case
 * whose procedure and state info the caller has looked up, read on a day
 * already checked against the case (`readingDayRefusal`). With `checked`, the
 * deadline entries are also checked as the snapshot readers check them, and
 * `null` is given when they fail. Throws what `status` throws
 * (`argument.invalid` for a lapse outside the calendar,
 * `snapshot.unknownState` for a state without meta).
 */
function reviewCase(procedure: Procedure, current: PermitCase, info: StateInfo, at: IsoDate, checked: boolean): CaseReview | null {
  let walk = walkDeadlines(procedure, current.context.deadlines, at, checked);
  if (walk === null) return null;
  let view = current;
  // What caseAsOf decides: a lapse can fire only after a deadline that is not an obligation has passed, in a state with clock transitions.
  if (walk.lapseAfter !== null && walk.lapseAfter < at && info.handlesClock) {
    const asOf = caseAsOf(current, at);
    if (!asOf.ok) throw asOf.error;
    if (asOf.value !== current) {
      view = asOf.value;
      info = stateInfo(procedure.machine, view.state);
      walk = walkDeadlines(procedure, view.context.deadlines, at, false)!;
    }
  }
  const status = assembleStatus(procedure, view, info, at, walk.overdue, walk.expiry);
  return { status, deadlines: sortSoonestFirst(walk.described) };
}

/**
 * Read a stored snapshot and answer `status` and `deadlines` for it on `at`,
 * in one pass: what a daily sweep over a store calls for each row. The
 * answers are those of `readPersisted(input)` followed by `status(case, at)`
 * and `deadlines(case, at)` (the same values, the same typed errors), at a
 * fraction of their cost together: the procedure, the state and the case as
 * of `at` are looked up once and the open deadlines walked once. It reads both
 * forms, full snapshots (`serialize`) and state snapshots (`serializeState`),
 * checks what `readPersisted` checks and trusts what it trusts (see there;
 * the case returned has no events when read from a state snapshot, and shares
 * the input's objects: do not mutate the input afterwards).
 *
 * Refusals: those of `readPersisted` first (`snapshot.corrupt`,
 * `snapshot.unsupportedVersion`, `snapshot.unknownProcedure`,
 * `snapshot.machineVersionUnsupported`, `snapshot.unknownState`), then
 * `argument.invalid` for a day that is not a date or falls before the case's
 * last event. Nothing is thrown for bad input.
 *
 * @example
 * ```ts
 * for (const row of await db.query('SELECT snapshot FROM cases')) {
 *   const review = reviewPersisted(row.snapshot, '2026-06-01');
 *   if (!review.ok) { console.error(review.error.code, review.error.message); continue; }
 *   const { status, deadlines } = review.value;
 *   if (status.breaches.length > 0) console.log(status.state, 'breaches', status.breaches);
 *   const due = deadlines.filter((deadline) => deadline.state !== 'upcoming');
 * }
 * ```
 * @category Persistence
 */
export function reviewPersisted(input: unknown, at: IsoDate): Result<PersistedReview> {
  try {
  let quick: Result<PersistedReview> | null;
  try {
    quick = quickReview(input, at);
  } catch (error) {
    // The case was read: what status would throw for it is the answer. Anything else is left to readPersisted's path.
    if (error instanceof PermitLifecycleError) return fail(error);
    quick = null;
  }
  return quick ?? readThenReview(input, at);
  } catch (error) {
    return fail(refusedArguments('reviewPersisted', error));
  }
}

/** readPersisted, then the day's check, then the review: the exact composition, for whatever the quick path does not take. */
function readThenReview(input: unknown, at: IsoDate): Result<PersistedReview> {
  const read = readPersisted(input);
  if (!read.ok) return read;
  const current = read.value;
  const refused = readingDayRefusal(at, current.context.lastEventAt);
  if (refused !== null) return fail(refused);
  try {
    const procedure = procedureOf(current);
    const review = reviewCase(procedure, current, stateInfo(procedure.machine, current.state), at, false)!;
    return ok({ case: current, status: review.status, deadlines: review.deadlines });
  } catch (error) {
    if (error instanceof PermitLifecycleError) return fail(error);
    throw error;
  }
}

/**
 * The checks of `readPersisted` on a snapshot of the current schema version,
 * written out with the procedure and state looked up once; `null` for
 * anything they do not accept (then `readThenReview` gives the answer).
 */
function quickReview(input: unknown, at: IsoDate): Result<PersistedReview> | null {
  // Past a limit, readPersisted gives the refusal.
  if (typeof input === 'string' && input.length > limits().maxSnapshotLength) return null;
  const record = typeof input === 'string' ? (JSON.parse(input) as unknown) : input;
  if (!isPlainObject(record)) return null;
  const full = record.format === SNAPSHOT_FORMAT;
  if (full ? record.schemaVersion !== CURRENT_SCHEMA_VERSION : record.format !== STATE_SNAPSHOT_FORMAT || record.schemaVersion !== CURRENT_STATE_SCHEMA_VERSION) return null;
  const procedureId = record.procedureId;
  if (typeof procedureId !== 'string' || procedureId.length === 0) return null;
  const procedure = registeredProcedure(procedureId);
  const machineVersion = record.machineVersion;
  if (procedure === undefined || !isSemver(machineVersion) || !sameMajor(machineVersion, procedure.version)) return null;
  const state = record.state;
  const info = isStateValue(state) ? knownStateInfo(procedure.machine, state as PermitCase['state']) : null;
  const stored = record.context;
  if (info === null || !isPlainObject(stored) || !isIsoDate(stored.openedOn) || !isPlainObject(stored.facts)) return null;
  let current: PermitCase;
  if (full) {
    const events = record.events;
    const lastEventAt = stored.lastEventAt;
    // A day refused here may hide a refusal of the snapshot, which comes first: readThenReview sorts them.
    if (!Array.isArray(events) || events.length > limits().maxEventsPerCase || !isIsoDate(lastEventAt) || readingDayRefusal(at, lastEventAt) !== null) return null;
    current = { procedureId: procedure.id as ProcedureId, machineVersion, state: state as PermitCase['state'], context: stored as unknown as CaseContext, events: events as CaseEvent[] };
  } else {
    const eventCount = record.eventCount;
    const lastEventAt = record.lastEventAt;
    if (!isEventCount(eventCount) || eventCount > limits().maxEventsPerCase || !isIsoDate(lastEventAt) || readingDayRefusal(at, lastEventAt) !== null) return null;
    // The walk below checks the deadlines: a state snapshot may leave them out (then they are filled back as {}).
    const context = expandContext(procedure, stored, lastEventAt) as unknown as CaseContext;
    current = { procedureId: procedure.id as ProcedureId, machineVersion, state: state as PermitCase['state'], context, ...unheldEvents(eventCount) };
  }
  const review = reviewCase(procedure, current, info, at, true);
  return review === null ? null : ok({ case: current, status: review.status, deadlines: review.deadlines });
}
