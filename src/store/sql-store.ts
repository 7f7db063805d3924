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
import type { PermitCase, Procedure } from '../case/types';
import { fail, fromZodError, ok, PermitLifecycleError, type Result } from '../errors';
import { readPersisted } from '../persistence/read';
import { restore } from '../persistence/snapshot';
import { eventCountOf } from '../persistence/state-snapshot';
import { checkedCaseId } from './case-id';
import { writeAppend } from './append-rows';
import { caseRows, insertCaseRows } from './case-rows';
import { importCases } from './import';
import { verifiedCase } from './incoming';
import { migrateStore } from './schema';
import type { AppendOptions, CaseStore, DueCase, DueQuery, ReadOptions, SqlDatabase, SqlSession, StoredCase } from './types';
import { refusedArguments } from '../guard';

/** A procedure id in a query: the same rules as a case id (PostgreSQL text holds no NUL). */
const procedureIdSchema = z.string().min(1).max(200).regex(/^[^\u0000-\u001f\u007f-\u009f\ud800-\udfff]*$/, 'expected no control character and no surrogate');
const expectedVersionSchema = z.number().int().min(0);
const eventsSchema = z.array(z.unknown()).min(1, 'nothing to append');

/** PostgreSQL's code for a unique violation: a concurrent writer took the same row. */
const UNIQUE_VIOLATION = '23505';

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

  /** The stored case from its row: the state snapshot read as the store wrote it, without its events. */
  function fromRow(id: string, row: { version: number; snapshot: unknown }): Result<StoredCase> {
    const back = readPersisted(row.snapshot);
    if (!back.ok) {
      return fail(new PermitLifecycleError('store.corrupt', `stored snapshot of case "${id}" does not read: ${back.error.message}`, { path: ['id'], details: { id, cause: back.error.toJSON() } }));
    }
    const counted = eventCountOf(back.value);
    if (counted !== row.version) {
      return fail(new PermitLifecycleError('store.corrupt', `case "${id}" is at version ${row.version} but its snapshot counts ${counted} events`, { path: ['id'], details: { id } }));
    }
    return ok({ id, version: row.version, case: back.value });
  }

  /** The stored case with its whole log, replayed from the event rows and checked against the snapshot. */
  async function verifiedRow(id: string, row: { version: number; snapshot: unknown }): Promise<Result<StoredCase>> {
    const events = await database.query<{ payload: unknown }>('SELECT payload FROM permit_case_events WHERE case_id = $1 ORDER BY seq', [id]);
    const back = restore(row.snapshot, { events: events.rows.map((event) => event.payload) });
    if (!back.ok) {
      return fail(
        new PermitLifecycleError('store.corrupt', `the snapshot of case "${id}" does not match its ${events.rows.length} stored events: ${back.error.message}`, {
          path: ['id'],
          details: { id, cause: back.error.toJSON() },
        }),
      );
    }
    if (back.value.events.length !== row.version) {
      return fail(new PermitLifecycleError('store.corrupt', `case "${id}" is at version ${row.version} but has ${back.value.events.length} stored events`, { path: ['id'], details: { id } }));
    }
    return ok({ id, version: row.version, case: back.value });
  }

  async function read(id: string, options: ReadOptions = {}): Promise<Result<StoredCase>> {
    const checkedId = checkedCaseId(id);
    if (!checkedId.ok) return checkedId;
    try {
      const row = await loadRow(database, checkedId.value);
      if (!row) return fail(notFound(checkedId.value));
      return options.verify ? await verifiedRow(checkedId.value, row) : fromRow(checkedId.value, row);
    } catch (error) {
      return fail(asStoreError(error));
    }
  }

  async function create(id: string, current: PermitCase): Promise<Result<StoredCase>> {
    const checkedId = checkedCaseId(id);
    if (!checkedId.ok) return checkedId;
    const verified = verifiedCase(checkedId.value, current);
    if (!verified.ok) return verified;
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
      const current = fromRow(checkedId.value, row);
      if (!current.ok) return current;
      // The state snapshot is all apply needs: the cost of an append does not depend on how many events came before.
      const next = applyAll(current.value.case, checkedEvents.value);
      if (!next.ok) return fail(new PermitLifecycleError(next.error.code, next.error.message, { path: ['events', ...next.error.path], details: next.error.details }));
      const rows = caseRows(checkedId.value, next.value);
      if (!(await writeAppend(database, rows, expectedVersion))) return fail(conflict(rows.id, expectedVersion, null));
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

  return {
    create,
    append,
    read,
    importCases: (source, options) => importCases(database, source, options),
    listDue,
    listIds,
    schemaVersion,
    close: () => database.close(),
  };
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
  try {
    await migrateStore(database);
    return ok(sqlCaseStore(database));
  } catch (error) {
    return fail(asStoreError(error, () => new PermitLifecycleError('store.unavailable', 'another process migrated the store at the same time; open it again')));
  }
  } catch (error) {
    return fail(refusedArguments('openSqlCaseStore', error));
  }
}
