/**
 * An append as one SQL statement: the case row moved on (if still at the
 * version the writer read), the new event rows, and the due-date index rows
 * replaced, in data-modifying CTEs that all depend on the case row moving.
 * One statement is atomic on its own: no BEGIN/COMMIT round trips, so an
 * append costs two round trips (read the row, write it), whatever the
 * case's history.
 */
import type { CaseRows } from './case-rows';
import type { SqlSession } from './types';

const APPEND_SQL = `WITH moved AS (
  UPDATE permit_cases SET version = $3, state = $4, last_event_at = $5::date, snapshot = $6::text::json, machine_version = $7
  WHERE id = $1 AND version = $2
  RETURNING id
), logged AS (
  INSERT INTO permit_case_events (case_id, seq, type, at, payload)
  SELECT moved.id, e.seq, e.type, e.at, e.payload::json
  FROM moved, unnest($8::int[], $9::text[], $10::date[], $11::text[]) AS e (seq, type, at, payload)
), indexed AS (
  INSERT INTO permit_case_deadlines (case_id, deadline_id, due, opens, procedure_id, state, version)
  SELECT moved.id, d.deadline_id, d.due, d.opens, $12, $4, $3
  FROM moved, unnest($13::text[], $14::date[], $15::date[]) AS d (deadline_id, due, opens)
  ON CONFLICT (case_id, deadline_id) DO UPDATE SET due = EXCLUDED.due, opens = EXCLUDED.opens, procedure_id = EXCLUDED.procedure_id, state = EXCLUDED.state, version = EXCLUDED.version
), unindexed AS (
  DELETE FROM permit_case_deadlines AS old USING moved
  WHERE old.case_id = moved.id AND NOT (old.deadline_id = ANY($13::text[]))
)
SELECT count(*)::int AS moved FROM moved`;

/**
 * Write the rows of a case that was at `expectedVersion` and had the events
 * of `rows.events` appended. Returns false, writing nothing, when the case
 * is no longer at `expectedVersion` (another writer appended first).
 *
 * @example
 * ```ts
 * const written = await writeAppend(database, caseRows('case-1', next), 3);
 * if (!written) console.log('store.conflict: read again and retry');
 * ```
 */
export async function writeAppend(session: SqlSession, rows: CaseRows, expectedVersion: number): Promise<boolean> {
  const result = await session.query<{ moved: number }>(APPEND_SQL, [
    rows.id,
    expectedVersion,
    rows.version,
    rows.state,
    rows.lastEventAt,
    rows.snapshot,
    rows.machineVersion,
    rows.events.map((event) => event.seq),
    rows.events.map((event) => event.type),
    rows.events.map((event) => event.at),
    rows.events.map((event) => event.payload),
    rows.procedureId,
    rows.deadlines.map((deadline) => deadline.deadlineId),
    rows.deadlines.map((deadline) => deadline.due),
    rows.deadlines.map((deadline) => deadline.opens),
  ]);
  return result.rows[0]?.moved === 1;
}
