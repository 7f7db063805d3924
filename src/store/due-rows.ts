/**
 * The due-date index of the store: one row per open deadline of a case, kept
 * in `permit_case_deadlines` so the daily sweep reads only the cases that
 * have something due.
 */
import type { IsoDate } from '../calendar';
import { deadlines } from '../case/deadlines';
import { resolveProcedure } from '../case/engine';
import { isFinalStateValue, statePath } from '../case/machine-runtime';
import type { PermitCase } from '../case/types';
import type { SqlSession } from './types';

/**
 * One open deadline of a case, as indexed.
 *
 * @example
 * ```ts
 * const row: DueRow = { deadlineId: 'decision', due: '2026-05-10', opens: null };
 * ```
 * @category Store
 */
export interface DueRow {
  deadlineId: string;
  due: IsoDate;
  opens: IsoDate | null;
}

/**
 * The rows to index for a case: its open deadlines (`deadlines(case)`),
 * none once the case is in a final state (it accepts no event, so nobody can
 * act on them any more), none for a procedure this library does not know.
 *
 * @example
 * ```ts
 * dueRowsOf(someCase).map((row) => `${row.deadlineId} ${row.due}`);
 * ```
 * @category Store
 */
export function dueRowsOf(current: PermitCase): DueRow[] {
  const procedure = resolveProcedure(current.procedureId);
  if (!procedure.ok || isFinalStateValue(procedure.value.machine, current.state)) return [];
  return deadlines(current).map((deadline) => ({ deadlineId: deadline.id, due: deadline.due, opens: deadline.opens }));
}

/**
 * An index row as stored: the deadline with the case it belongs to, and the
 * case's procedure, state and version copied in, so the sweep's query reads
 * the index alone, without a join.
 *
 * @example
 * ```ts
 * const row: IndexedDueRow = { caseId: 'case-1', procedureId: 'seasonalWorker', state: 'awaitingDecision', version: 5, deadlineId: 'decision', due: '2026-05-10', opens: null };
 * ```
 * @category Store
 */
export interface IndexedDueRow extends DueRow {
  caseId: string;
  procedureId: string;
  state: string;
  version: number;
}

/**
 * Insert index rows for many cases in one statement.
 *
 * @example
 * ```ts
 * await insertDueRows(session, [{ caseId: 'case-1', procedureId: 'seasonalWorker', state: 'awaitingDecision', version: 5, deadlineId: 'decision', due: '2026-05-10', opens: null }]);
 * ```
 * @category Store
 */
export async function insertDueRows(session: SqlSession, rows: readonly IndexedDueRow[]): Promise<void> {
  if (rows.length === 0) return;
  await session.query(
    `INSERT INTO permit_case_deadlines (case_id, deadline_id, due, opens, procedure_id, state, version)
     SELECT d.case_id, d.deadline_id, d.due, d.opens, d.procedure_id, d.state, d.version
     FROM unnest($1::text[], $2::text[], $3::date[], $4::date[], $5::text[], $6::text[], $7::int[])
       AS d (case_id, deadline_id, due, opens, procedure_id, state, version)`,
    [
      rows.map((row) => row.caseId),
      rows.map((row) => row.deadlineId),
      rows.map((row) => row.due),
      rows.map((row) => row.opens),
      rows.map((row) => row.procedureId),
      rows.map((row) => row.state),
      rows.map((row) => row.version),
    ],
  );
}

/**
 * Index the deadlines of every stored case from its snapshot (used by the
 * migration that introduced the index). Snapshots are read as written by the
 * store, without replaying their events.
 *
 * @example
 * ```ts
 * await database.transaction((session) => backfillDueRows(session));
 * ```
 * @category Store
 */
export async function backfillDueRows(session: SqlSession): Promise<void> {
  const stored = await session.query<{ id: string; snapshot: PermitCase }>('SELECT id, snapshot FROM permit_cases ORDER BY id');
  const rows: IndexedDueRow[] = [];
  for (const { id, snapshot } of stored.rows) {
    try {
      const owner = { caseId: id, procedureId: snapshot.procedureId, state: statePath(snapshot.state), version: snapshot.events.length };
      for (const row of dueRowsOf(snapshot)) rows.push({ ...owner, ...row });
    } catch {
      // A snapshot too damaged to read gets no index rows; reading the case reports it as store.corrupt.
    }
  }
  await insertDueRows(session, rows);
}
