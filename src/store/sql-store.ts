/**
 * The case store over any PostgreSQL reached through the tiny query interface
 * of `./types`: the adapters only supply `query`, `transaction` and `close`.
 *
 * Writes validate with the case API first, then put the event rows, the
 * snapshot and the due dates in one transaction, guarded by the case version.
 */
import { z } from 'zod';
import { isoDateSchema, type IsoDate } from '../calendar';
import { describeDeadline, type CaseDeadline } from '../case/deadlines';
import { applyAll, resolveProcedure } from '../case/engine';
import { statePath } from '../case/machine-runtime';
import type { PermitCase, Procedure } from '../case/types';
import { fail, fromZodError, ok, PermitLifecycleError, type Result } from '../errors';
import { restore, serialize, toPersisted } from '../persistence/snapshot';
import { checkedCaseId } from './case-id';
import { dueRowsOf, insertDueRows, type DueRow, type IndexedDueRow } from './due-rows';
import { migrateStore } from './schema';
import type { AppendOptions, CaseStore, DueCase, DueQuery, ReadOptions, SqlDatabase, SqlSession, StoredCase } from './types';

/** A procedure id in a query: the same rules as a case id (PostgreSQL text holds no NUL). */
const procedureIdSchema = z.string().min(1).max(200).regex(/^[^\u0000-\u001f\u007f-\u009f\ud800-\udfff]*$/, 'expected no control character and no surrogate');
const expectedVersionSchema = z.number().int().min(0);
const eventsSchema = z.array(z.unknown()).min(1, 'nothing to append');

/** PostgreSQL's code for a unique violation: a concurrent writer took the same row. */
const UNIQUE_VIOLATION = '23505';

/**
 * The rows that represent one case in the store's tables.
 *
 * @example
 * ```ts
 * const rows = caseRows('case-1', someCase);
 * rows.events.length === someCase.events.length; // true
 * ```
 * @category Store
 */
export interface CaseRows {
  id: string;
  procedureId: string;
  machineVersion: string;
  version: number;
  state: string;
  lastEventAt: IsoDate;
  snapshot: string;
  events: { seq: number; type: string; at: IsoDate; payload: string }[];
  /** The due-date index rows (see `dueRowsOf`). */
  deadlines: DueRow[];
}

/**
 * The rows of a case: one case row (with its snapshot), one row per event
 * (numbered from 1) and one row per open deadline.
 *
 * @example
 * ```ts
 * caseRows('case-1', someCase).deadlines.map((row) => row.due);
 * ```
 * @category Store
 */
export function caseRows(id: string, current: PermitCase): CaseRows {
  return {
    id,
    procedureId: current.procedureId,
    machineVersion: current.machineVersion,
    version: current.events.length,
    state: statePath(current.state),
    lastEventAt: current.context.lastEventAt,
    snapshot: serialize(current),
    events: current.events.map((event, index) => ({ seq: index + 1, type: event.type, at: event.at, payload: JSON.stringify(event) })),
    deadlines: dueRowsOf(current),
  };
}

function indexRowsOf(rows: CaseRows): IndexedDueRow[] {
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
 * @category Store
 */
export async function insertCaseRows(session: SqlSession, batch: readonly CaseRows[]): Promise<number> {
  if (batch.length === 0) return 0;
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
  return fresh.size;
}

async function insertEventRows(session: SqlSession, rows: { caseId: string; seq: number; type: string; at: IsoDate; payload: string }[]): Promise<void> {
  if (rows.length === 0) return;
  await session.query(
    `INSERT INTO permit_case_events (case_id, seq, type, at, payload)
     SELECT e.case_id, e.seq, e.type, e.at, e.payload::json
     FROM unnest($1::text[], $2::int[], $3::text[], $4::date[], $5::text[]) AS e (case_id, seq, type, at, payload)`,
    [rows.map((row) => row.caseId), rows.map((row) => row.seq), rows.map((row) => row.type), rows.map((row) => row.at), rows.map((row) => row.payload)],
  );
}

/** Thrown inside a transaction to roll it back and answer with a typed error. */
class Refusal extends Error {
  constructor(readonly error: PermitLifecycleError) {
    super(error.message);
  }
}

function conflict(id: string, expectedVersion: number | null, actualVersion: number | null): PermitLifecycleError {
  const message =
    expectedVersion === null
      ? `case "${id}" already exists`
      : `case "${id}" is at version ${actualVersion ?? 'unknown'}, not ${expectedVersion}: another writer appended first; read it again and retry`;
  return new PermitLifecycleError('store.conflict', message, { path: ['expectedVersion'], details: { id, expectedVersion, actualVersion } });
}

function notFound(id: string): PermitLifecycleError {
  return new PermitLifecycleError('store.notFound', `no case "${id}" in the store`, { path: ['id'], details: { id } });
}

/**
 * Turn anything a database call threw into a typed error: our own refusals as
 * they are, a unique violation as a conflict, the rest as `store.unavailable`
 * (message only: no stack reaches the caller).
 */
function asStoreError(error: unknown, onUniqueViolation?: () => PermitLifecycleError): PermitLifecycleError {
  if (error instanceof Refusal) return error.error;
  if (error instanceof PermitLifecycleError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === UNIQUE_VIOLATION && onUniqueViolation) return onUniqueViolation();
  const message = error instanceof Error ? error.message : String(error);
  return new PermitLifecycleError('store.unavailable', `the case store failed: ${message}`, { details: { code: typeof code === 'string' ? code : null } });
}

function invalidArgument<T>(schema: z.ZodType<T>, value: unknown, what: string, path: string): Result<T> {
  const parsed = schema.safeParse(value);
  return parsed.success ? ok(parsed.data) : fail(fromZodError('argument.invalid', parsed.error, what, [path]));
}

/** Stands in for a procedure this library no longer has: deadlines are then described by their id only. */
const unknownProcedure = { deadlines: {}, seed: '' } as unknown as Procedure;

/**
 * The due-date query behind `listDue`: a range scan of the due-date index, in
 * its order, on one table (`$1` before, `$2` from or null, `$3` procedure id
 * or null). Exported so the benchmark can EXPLAIN exactly what the store runs.
 *
 * @example
 * ```ts
 * await database.query(`EXPLAIN ${LIST_DUE_SQL}`, ['2026-06-08', '2026-06-01', null]);
 * ```
 * @category Store
 */
export const LIST_DUE_SQL = `SELECT d.case_id, d.deadline_id, to_char(d.due, 'YYYY-MM-DD') AS due, to_char(d.opens, 'YYYY-MM-DD') AS opens,
       d.procedure_id, d.state, d.version
FROM permit_case_deadlines d
WHERE d.due < $1::date AND ($2::date IS NULL OR d.due >= $2::date) AND ($3::text IS NULL OR d.procedure_id = $3::text)
ORDER BY d.due, d.case_id, d.deadline_id`;

interface DueQueryRow {
  case_id: string;
  deadline_id: string;
  due: IsoDate;
  opens: IsoDate | null;
  procedure_id: string;
  state: string;
  version: number;
}

function groupDue(rows: readonly DueQueryRow[], asOf: IsoDate): DueCase[] {
  const byCase = new Map<string, DueCase>();
  const procedures = new Map<string, Procedure>();
  for (const row of rows) {
    let procedure = procedures.get(row.procedure_id);
    if (!procedure) {
      const found = resolveProcedure(row.procedure_id);
      procedure = found.ok ? found.value : unknownProcedure;
      procedures.set(row.procedure_id, procedure);
    }
    let entry = byCase.get(row.case_id);
    if (!entry) {
      entry = { caseId: row.case_id, procedureId: row.procedure_id, state: row.state, version: row.version, deadlines: [] };
      byCase.set(row.case_id, entry);
    }
    const deadline: CaseDeadline = describeDeadline(procedure, row.deadline_id, row.opens === null ? { due: row.due } : { due: row.due, opens: row.opens }, asOf);
    entry.deadlines.push(deadline);
  }
  return [...byCase.values()];
}

/**
 * Build the case store over a database that is already migrated. Prefer
 * {@link openSqlCaseStore}, which migrates first.
 *
 * @example
 * ```ts
 * const store = sqlCaseStore(database);
 * ```
 * @category Store
 */
export function sqlCaseStore(database: SqlDatabase): CaseStore {
  async function loadRow(session: SqlSession, id: string): Promise<{ version: number; snapshot: unknown } | null> {
    const found = await session.query<{ version: number; snapshot: unknown }>('SELECT version, snapshot FROM permit_cases WHERE id = $1', [id]);
    return found.rows[0] ?? null;
  }

  function restored(id: string, row: { version: number; snapshot: unknown }): Result<StoredCase> {
    const back = restore(row.snapshot);
    if (!back.ok) {
      return fail(new PermitLifecycleError('store.corrupt', `stored snapshot of case "${id}" does not restore: ${back.error.message}`, { path: ['id'], details: { id, cause: back.error.toJSON() } }));
    }
    if (back.value.events.length !== row.version) {
      return fail(new PermitLifecycleError('store.corrupt', `case "${id}" is at version ${row.version} but its snapshot holds ${back.value.events.length} events`, { path: ['id'], details: { id } }));
    }
    return ok({ id, version: row.version, case: back.value });
  }

  async function read(id: string, options: ReadOptions = {}): Promise<Result<StoredCase>> {
    const checkedId = checkedCaseId(id);
    if (!checkedId.ok) return checkedId;
    try {
      const row = await loadRow(database, checkedId.value);
      if (!row) return fail(notFound(checkedId.value));
      const stored = restored(checkedId.value, row);
      if (!stored.ok || !options.verify) return stored;
      const events = await database.query<{ payload: unknown }>('SELECT payload FROM permit_case_events WHERE case_id = $1 ORDER BY seq', [checkedId.value]);
      const logged = JSON.stringify(events.rows.map((event) => event.payload));
      if (logged !== JSON.stringify(stored.value.case.events)) {
        return fail(new PermitLifecycleError('store.corrupt', `the snapshot of case "${id}" does not match its ${events.rows.length} stored events`, { path: ['id'], details: { id } }));
      }
      return stored;
    } catch (error) {
      return fail(asStoreError(error));
    }
  }

  async function create(id: string, current: PermitCase): Promise<Result<StoredCase>> {
    const checkedId = checkedCaseId(id);
    if (!checkedId.ok) return checkedId;
    let verified: Result<PermitCase>;
    try {
      verified = restore(toPersisted(current));
    } catch (error) {
      verified = fail(error instanceof PermitLifecycleError ? error : new PermitLifecycleError('snapshot.corrupt', 'not a case'));
    }
    if (!verified.ok) {
      return fail(new PermitLifecycleError('argument.invalid', `case "${id}" does not verify against its own events: ${verified.error.message}`, { path: ['case', ...verified.error.path], details: { cause: verified.error.toJSON() } }));
    }
    const rows = caseRows(checkedId.value, verified.value);
    try {
      await database.transaction(async (session) => {
        if ((await insertCaseRows(session, [rows])) === 0) throw new Refusal(conflict(rows.id, null, null));
      });
      return ok({ id: rows.id, version: rows.version, case: verified.value });
    } catch (error) {
      return fail(asStoreError(error, () => conflict(rows.id, null, null)));
    }
  }

  async function append(id: string, events: readonly unknown[], options: AppendOptions): Promise<Result<StoredCase>> {
    const checkedId = checkedCaseId(id);
    if (!checkedId.ok) return checkedId;
    const checkedEvents = invalidArgument(eventsSchema, events, 'events', 'events');
    if (!checkedEvents.ok) return checkedEvents;
    const expected = invalidArgument(expectedVersionSchema, options?.expectedVersion, 'expected version', 'expectedVersion');
    if (!expected.ok) return expected;
    const expectedVersion = expected.value;
    try {
      const row = await loadRow(database, checkedId.value);
      if (!row) return fail(notFound(checkedId.value));
      if (row.version !== expectedVersion) return fail(conflict(checkedId.value, expectedVersion, row.version));
      const current = restored(checkedId.value, row);
      if (!current.ok) return current;
      const next = applyAll(current.value.case, checkedEvents.value);
      if (!next.ok) return fail(new PermitLifecycleError(next.error.code, next.error.message, { path: ['events', ...next.error.path], details: next.error.details }));
      const rows = caseRows(checkedId.value, next.value);
      await database.transaction(async (session) => {
        const moved = await session.query(
          `UPDATE permit_cases SET version = $3, state = $4, last_event_at = $5::date, snapshot = $6::text::json, machine_version = $7
           WHERE id = $1 AND version = $2`,
          [rows.id, expectedVersion, rows.version, rows.state, rows.lastEventAt, rows.snapshot, rows.machineVersion],
        );
        if (moved.rowCount !== 1) throw new Refusal(conflict(rows.id, expectedVersion, null));
        await insertEventRows(session, rows.events.slice(expectedVersion).map((event) => ({ caseId: rows.id, ...event })));
        await session.query('DELETE FROM permit_case_deadlines WHERE case_id = $1', [rows.id]);
        await insertDueRows(session, indexRowsOf(rows));
      });
      return ok({ id: rows.id, version: rows.version, case: next.value });
    } catch (error) {
      return fail(asStoreError(error, () => conflict(checkedId.value, expectedVersion, null)));
    }
  }

  async function listDue(query: DueQuery): Promise<Result<DueCase[]>> {
    const before = invalidArgument(isoDateSchema, query?.before, 'date', 'before');
    if (!before.ok) return before;
    const asOf = invalidArgument(isoDateSchema, query.asOf ?? before.value, 'date', 'asOf');
    if (!asOf.ok) return asOf;
    const from = query.from === undefined ? ok(undefined) : invalidArgument(isoDateSchema, query.from, 'date', 'from');
    if (!from.ok) return from;
    const procedureId = query.procedureId === undefined ? ok(undefined) : invalidArgument(procedureIdSchema, query.procedureId, 'procedure id', 'procedureId');
    if (!procedureId.ok) return procedureId;
    try {
      const found = await database.query<DueQueryRow>(LIST_DUE_SQL, [before.value, from.value ?? null, procedureId.value ?? null]);
      return ok(groupDue(found.rows, asOf.value));
    } catch (error) {
      return fail(asStoreError(error));
    }
  }

  async function listIds(): Promise<Result<string[]>> {
    try {
      const found = await database.query<{ id: string }>('SELECT id FROM permit_cases ORDER BY id');
      return ok(found.rows.map((row) => row.id));
    } catch (error) {
      return fail(asStoreError(error));
    }
  }

  async function schemaVersion(): Promise<Result<number>> {
    try {
      const found = await database.query<{ version: number | null }>('SELECT max(version) AS version FROM permit_store_migrations');
      return ok(found.rows[0]?.version ?? 0);
    } catch (error) {
      return fail(asStoreError(error));
    }
  }

  return { create, append, read, listDue, listIds, schemaVersion, close: () => database.close() };
}

/**
 * Run the store's migrations on a database, then build the case store over it.
 * A database migrated by a newer library gives `store.schemaUnsupported`.
 *
 * @example
 * ```ts
 * const opened = await openSqlCaseStore(database);
 * if (!opened.ok) throw opened.error;
 * const store = opened.value;
 * ```
 * @category Store
 */
export async function openSqlCaseStore(database: SqlDatabase): Promise<Result<CaseStore>> {
  try {
    await migrateStore(database);
    return ok(sqlCaseStore(database));
  } catch (error) {
    return fail(asStoreError(error, () => new PermitLifecycleError('store.unavailable', 'another process migrated the store at the same time; open it again')));
  }
}
