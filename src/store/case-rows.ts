/**
 * The rows that represent one case in the store's tables, and the statements
 * that insert them for many cases at once. The case row holds the state
 * snapshot (`serializeState`: state and context, no events), so its size
 * does not grow with the case's history; the events have their own table.
 */
import type { IsoDate } from '../calendar';
import { heldEventCount } from '../case/event-log';
import { statePath } from '../case/machine-runtime';
import type { PermitCase } from '../case/types';
import { eventCountOf, serializeState } from '../persistence/state-snapshot';
import { dueRowsOf, insertDueRows, type DueRow, type IndexedDueRow } from './due-rows';
import type { SqlSession } from './types';

/**
 * One event as stored: its number in the case's log (from 1), its type, its
 * date and the event itself as JSON.
 *
 * @example
 * ```ts
 * const row: EventRow = { seq: 1, type: 'vacancy.declared', at: '2026-01-12', payload: '{"type":"vacancy.declared","at":"2026-01-12"}' };
 * ```
 */
export interface EventRow {
  seq: number;
  type: string;
  at: IsoDate;
  payload: string;
}

/**
 * The rows that represent one case in the store's tables.
 *
 * @example
 * ```ts
 * const rows = caseRows('case-1', someCase);
 * rows.events.length === someCase.events.length; // true
 * ```
 */
export interface CaseRows {
  id: string;
  procedureId: string;
  machineVersion: string;
  /** How many events the case has had: the number of the last event row. */
  version: number;
  state: string;
  lastEventAt: IsoDate;
  /** The state snapshot (`serializeState`). */
  snapshot: string;
  /** The rows of the events the case holds, numbered after the earlier ones it does not hold. */
  events: EventRow[];
  /** The due-date index rows (see `dueRowsOf`). */
  deadlines: DueRow[];
}

/**
 * The rows of a case: one case row with its state snapshot, one row per event
 * the case holds (numbered after its `earlierEventCount`, from 1 for a case
 * with its whole log) and one row per open deadline. For a case read from a
 * state snapshot and then applied events to, `events` are the new events only:
 * what an append writes.
 *
 * @example
 * ```ts
 * caseRows('case-1', someCase).deadlines.map((row) => row.due);
 * ```
 */
export function caseRows(id: string, current: PermitCase): CaseRows {
  const version = eventCountOf(current);
  const first = version - heldEventCount(current) + 1;
  return {
    id,
    procedureId: current.procedureId,
    machineVersion: current.machineVersion,
    version,
    state: statePath(current.state),
    lastEventAt: current.context.lastEventAt,
    snapshot: serializeState(current),
    events: current.events.map((event, index) => ({ seq: first + index, type: event.type, at: event.at, payload: JSON.stringify(event) })),
    deadlines: dueRowsOf(current),
  };
}

/**
 * The due-date index rows of a case's rows, with the case's id, procedure,
 * state and version copied in.
 *
 * @example
 * ```ts
 * await insertDueRows(session, indexRowsOf(caseRows('case-1', someCase)));
 * ```
 */
export function indexRowsOf(rows: CaseRows): IndexedDueRow[] {
  return rows.deadlines.map((deadline) => ({ caseId: rows.id, procedureId: rows.procedureId, state: rows.state, version: rows.version, ...deadline }));
}

/**
 * Insert the case rows of many new cases at once (three statements whatever
 * their number). Returns how many case rows were inserted: fewer than given
 * means some ids existed and were left alone, together with their events.
 * Run it inside a transaction; it does not validate (see `create`).
 *
 * @example
 * ```ts
 * await database.transaction((session) => insertCaseRows(session, [caseRows('case-1', someCase)]));
 * ```
 */
export async function insertCaseRows(session: SqlSession, batch: readonly CaseRows[]): Promise<number> {
  return (await insertNewCaseRows(session, batch)).size;
}

/**
 * As {@link insertCaseRows}, returning the ids inserted: an id of the batch
 * missing from it existed already.
 *
 * @example
 * ```ts
 * const fresh = await insertNewCaseRows(session, batch);
 * const present = batch.filter((rows) => !fresh.has(rows.id));
 * ```
 */
export async function insertNewCaseRows(session: SqlSession, batch: readonly CaseRows[]): Promise<Set<string>> {
  if (batch.length === 0) return new Set();
  const inserted = await session.query<{ id: string }>(
    `INSERT INTO permit_cases (id, procedure_id, machine_version, version, state, last_event_at, snapshot)
     SELECT c.id, c.procedure_id, c.machine_version, c.version, c.state, c.last_event_at, c.snapshot::json
     FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::date[], $7::text[])
       AS c (id, procedure_id, machine_version, version, state, last_event_at, snapshot)
     ON CONFLICT (id) DO NOTHING
     RETURNING id`,
    [
      batch.map((rows) => rows.id),
      batch.map((rows) => rows.procedureId),
      batch.map((rows) => rows.machineVersion),
      batch.map((rows) => rows.version),
      batch.map((rows) => rows.state),
      batch.map((rows) => rows.lastEventAt),
      batch.map((rows) => rows.snapshot),
    ],
  );
  const fresh = new Set(inserted.rows.map((row) => row.id));
  const kept = batch.filter((rows) => fresh.has(rows.id));
  await insertEventRows(session, kept.flatMap((rows) => rows.events.map((event) => ({ caseId: rows.id, ...event }))));
  await insertDueRows(session, kept.flatMap(indexRowsOf));
  return fresh;
}

/**
 * Insert event rows of any cases in one statement.
 *
 * @example
 * ```ts
 * await insertEventRows(session, caseRows('case-1', someCase).events.map((event) => ({ caseId: 'case-1', ...event })));
 * ```
 */
export async function insertEventRows(session: SqlSession, rows: readonly (EventRow & { caseId: string })[]): Promise<void> {
  if (rows.length === 0) return;
  await session.query(
    `INSERT INTO permit_case_events (case_id, seq, type, at, payload)
     SELECT e.case_id, e.seq, e.type, e.at, e.payload::json
     FROM unnest($1::text[], $2::int[], $3::text[], $4::date[], $5::text[]) AS e (case_id, seq, type, at, payload)`,
    [rows.map((row) => row.caseId), rows.map((row) => row.seq), rows.map((row) => row.type), rows.map((row) => row.at), rows.map((row) => row.payload)],
  );
}
