/**
 * The data step of schema version 3: case rows that held a full snapshot
 * (state, context and the whole event log, rewritten on every append) now
 * hold a state snapshot, whose size does not grow with the case's history.
 * The events were already in `permit_case_events`.
 */
import { eventCountOf, serializeState, STATE_SNAPSHOT_FORMAT } from '../persistence/state-snapshot';
import { readPersisted } from '../persistence/read';
import type { SqlSession } from './types';

/** Rows read and rewritten per statement: bounded memory whatever the size of the store. */
const PAGE = 500;

/**
 * Rewrite every case row that holds a full snapshot as a state snapshot, a
 * page of rows at a time, in the caller's transaction. Snapshots are read as
 * the store wrote them, without replaying their events (as `readPersisted`
 * does). A row that does not read, or whose snapshot's log does not have
 * the row's number of events, is left as it is: reading that case reports it
 * as `store.corrupt`, as before. Returns how many rows were rewritten.
 *
 * @example
 * ```ts
 * await database.transaction((session) => toStateSnapshotRows(session));
 * ```
 */
export async function toStateSnapshotRows(session: SqlSession): Promise<number> {
  let after = '';
  let rewritten = 0;
  for (;;) {
    const page = await session.query<{ id: string; version: number; snapshot: unknown }>(
      `SELECT id, version, snapshot FROM permit_cases WHERE id > $1 ORDER BY id LIMIT ${PAGE}`,
      [after],
    );
    if (page.rows.length === 0) return rewritten;
    after = page.rows[page.rows.length - 1]!.id;
    const ids: string[] = [];
    const snapshots: string[] = [];
    for (const row of page.rows) {
      const snapshot = typeof row.snapshot === 'string' ? safeParse(row.snapshot) : row.snapshot;
      if ((snapshot as { format?: unknown } | null)?.format === STATE_SNAPSHOT_FORMAT) continue;
      const read = readPersisted(snapshot);
      if (!read.ok || eventCountOf(read.value) !== row.version) continue;
      try {
        snapshots.push(serializeState(read.value));
        ids.push(row.id);
      } catch {
        // A context its procedure would not give (a case assembled by hand): left as it is, reported when read.
      }
    }
    if (ids.length === 0) continue;
    await session.query(
      `UPDATE permit_cases AS c SET snapshot = u.snapshot::json FROM unnest($1::text[], $2::text[]) AS u (id, snapshot) WHERE c.id = u.id`,
      [ids, snapshots],
    );
    rewritten += ids.length;
  }
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
