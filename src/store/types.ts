/**
 * The case store contract: an event log and a snapshot per case, with
 * optimistic concurrency on the case version, and an index of due dates for
 * the daily sweep. Two adapters implement it over the same SQL schema:
 * `permit-lifecycles/store/pglite` (embedded) and `permit-lifecycles/store/pg`
 * (a PostgreSQL server).
 */
import type { IsoDate } from '../calendar';
import type { CaseDeadline } from '../case/deadlines';
import type { PermitCase, ProcedureId } from '../case/types';
import type { Result } from '../errors';

/**
 * A case as stored: its id, its version (the number of events in its log) and
 * the case itself. Read without `verify`, the case comes from the state
 * snapshot of its row: `events` is empty and `earlierEventCount` counts them
 * (`status`, `deadlines`, `apply` and `serializeState` need nothing more);
 * read with `verify: true`, it holds its whole log. After an append, it holds
 * the events just appended.
 *
 * @example
 * ```ts
 * const stored: StoredCase = (await store.read('case-42')).value!;
 * console.log(stored.version, status(stored.case).state);
 * ```
 * @category Store
 */
export interface StoredCase {
  id: string;
  /** The number of events in the case's log; the next append must expect it. */
  version: number;
  case: PermitCase;
}

/**
 * Options of {@link CaseStore.append}.
 *
 * @example
 * ```ts
 * const options: AppendOptions = { expectedVersion: 3 };
 * ```
 * @category Store
 */
export interface AppendOptions {
  /** The version the caller read; the append is refused with `store.conflict` if another writer moved it. */
  expectedVersion: number;
}

/**
 * Options of {@link CaseStore.read}.
 *
 * @example
 * ```ts
 * await store.read('case-42', { verify: true });
 * ```
 * @category Store
 */
export interface ReadOptions {
  /**
   * Also load the stored event rows, replay them and check the snapshot
   * against them (`restore(snapshot, { events })`): the case returned then
   * holds its whole log, as `explain` and `serialize` need. Costs time in
   * proportion to the case's history; without it a read does not.
   */
  verify?: boolean;
}

/**
 * The question of {@link CaseStore.listDue}: which cases have a deadline due
 * before a day.
 *
 * @example
 * ```ts
 * const thisWeek: DueQuery = { from: '2026-06-01', before: '2026-06-08', asOf: '2026-06-01' };
 * ```
 * @category Store
 */
export interface DueQuery {
  /** Deadlines whose last day is strictly before this day. */
  before: IsoDate;
  /** And on or after this day (default: no lower bound, so overdue deadlines are included). */
  from?: IsoDate;
  /** The day the deadlines' `state` (`upcoming`, `open`, `overdue`) is read for; default `before`. */
  asOf?: IsoDate;
  /** Only cases of this procedure. */
  procedureId?: ProcedureId | string;
}

/**
 * A case with deadlines due in the window asked for, soonest first.
 *
 * @example
 * ```ts
 * for (const due of (await store.listDue({ before: '2026-06-08' })).value ?? []) {
 *   console.log(due.caseId, due.deadlines.map((d) => `${d.label} by ${d.due}`));
 * }
 * ```
 * @category Store
 */
export interface DueCase {
  caseId: string;
  procedureId: string;
  /** The state stored with the snapshot, as a dotted path. */
  state: string;
  version: number;
  /** The deadlines of the case due before the day asked for, soonest first. */
  deadlines: CaseDeadline[];
}

/**
 * A place to keep cases: an append-only event log plus a snapshot per case,
 * written together in one transaction.
 *
 * Every method resolves to a `Result`; none rejects for bad input, a version
 * conflict or a database failure. Codes: `argument.invalid`, `event.*`
 * (the case API refused an event), `store.conflict` (another writer got there
 * first: read again and retry), `store.notFound`, `store.corrupt` (stored rows
 * do not verify), `store.schemaUnsupported` (the database was migrated by a
 * newer library), `store.unavailable` (the database failed).
 *
 * @example
 * ```ts
 * import { openPgliteCaseStore } from 'permit-lifecycles/store/pglite';
 * const store = await openPgliteCaseStore();
 * const opened = createCase('seasonalWorker', { at: '2026-01-12', facts: { visaRequired: true } });
 * if (opened.ok) await store.create('case-1', opened.value);
 * const appended = await store.append('case-1', [{ type: 'vacancy.declared', at: '2026-01-12' }], { expectedVersion: 0 });
 * if (!appended.ok && appended.error.code === 'store.conflict') console.log('someone else wrote first: read and retry');
 * await store.close();
 * ```
 * @category Store
 */
export interface CaseStore {
  /**
   * Store a new case under an id (with the events it already has). The case is
   * verified by replaying its events first. `store.conflict` if the id exists.
   */
  create(id: string, current: PermitCase): Promise<Result<StoredCase>>;
  /**
   * Validate events with the case API and append them to the case's log, with
   * the new snapshot, in one transaction, if the case is still at
   * `expectedVersion`. All or nothing.
   */
  append(id: string, events: readonly unknown[], options: AppendOptions): Promise<Result<StoredCase>>;
  /**
   * Read a case back from the state snapshot of its row, as the store wrote
   * it, without its events; with `verify: true`, with its whole log, replayed
   * and checked.
   */
  read(id: string, options?: ReadOptions): Promise<Result<StoredCase>>;
  /**
   * Load many existing cases at once, from an iterable, an async iterable or
   * an object-mode stream of {@link ImportItem}s, each verified as `create`
   * verifies a case. Written in batches, each in its own transaction, with
   * `COPY` on a PostgreSQL server (when `pg-copy-streams` is installed) and
   * multi-row inserts otherwise. Resumable: an id already stored with the
   * same content is skipped; with other content the import stops with
   * `store.conflict`. A refused item stops it too (`argument.invalid`,
   * `store.invalidId`); every item before the one refused is stored, and
   * the error's `details` say how far it got.
   */
  importCases(source: ImportSource, options?: ImportOptions): Promise<Result<ImportReport>>;
  /** The cases with a deadline due before a day, through the due-date index. */
  listDue(query: DueQuery): Promise<Result<DueCase[]>>;
  /** The ids of every stored case, sorted. */
  listIds(): Promise<Result<string[]>>;
  /** The schema version of the database, after the store's migrations ran. */
  schemaVersion(): Promise<Result<number>>;
  /** Release the connection (or the embedded database). */
  close(): Promise<void>;
}

/**
 * The result of one query: the rows, and how many rows a write touched.
 *
 * @example
 * ```ts
 * const result: SqlResult<{ id: string }> = { rows: [{ id: 'case-1' }], rowCount: 1 };
 * ```
 * @category Store
 */
export interface SqlResult<TRow> {
  rows: TRow[];
  rowCount: number;
}

/**
 * The tiny query interface the shared store logic runs on: one parameterised
 * statement at a time (`$1`, `$2`, ...).
 *
 * @example
 * ```ts
 * const session: SqlSession = { query: async (sql, params) => ({ rows: [], rowCount: 0 }) };
 * ```
 * @category Store
 */
export interface SqlSession {
  query<TRow = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<SqlResult<TRow>>;
  /**
   * Bulk-load rows into a table with `COPY ... FROM STDIN`, when the driver
   * can (the `pg` adapter's transactions, with `pg-copy-streams` installed).
   * Values are strings, numbers or null. Without it the store uses
   * multi-row inserts.
   */
  copyRows?(table: string, columns: readonly string[], rows: readonly (readonly (string | number | null)[])[]): Promise<void>;
}

/**
 * A database the store can open: queries, transactions (committed when the
 * callback resolves, rolled back when it throws) and closing. Each adapter
 * builds one over its driver.
 *
 * @example
 * ```ts
 * const store = await openSqlCaseStore(database); // database: SqlDatabase from an adapter
 * ```
 * @category Store
 */
export interface SqlDatabase extends SqlSession {
  transaction<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * One case to import: a case (as `create` takes it) or a snapshot (a full
 * snapshot from `serialize`, or a state snapshot from `serializeState` with
 * the events kept beside it), under its id.
 *
 * @example
 * ```ts
 * const items: ImportItem[] = [{ id: 'case-1', case: someCase }, { id: 'case-2', snapshot: serialize(otherCase) }];
 * ```
 * @category Store
 */
export type ImportItem = { id: string; case: PermitCase } | { id: string; snapshot: unknown; events?: readonly unknown[] };

/**
 * Where {@link CaseStore.importCases} reads from: an array or any iterable,
 * an async iterable, or a Node.js object-mode `Readable` (which is one).
 *
 * @example
 * ```ts
 * async function* fromFile(): AsyncGenerator<ImportItem> { yield { id: 'case-1', snapshot: line }; }
 * const source: ImportSource = fromFile();
 * ```
 * @category Store
 */
export type ImportSource = Iterable<ImportItem> | AsyncIterable<ImportItem>;

/**
 * How far an import got.
 *
 * @example
 * ```ts
 * const progress: ImportProgress = { read: 2000, imported: 1500, skipped: 500 };
 * ```
 * @category Store
 */
export interface ImportProgress {
  /** Items taken from the source and written or skipped. */
  read: number;
  /** Cases stored by this import. */
  imported: number;
  /** Cases already stored with the same content (an import resumed), left as they were. */
  skipped: number;
}

/**
 * What an import did, and how it wrote.
 *
 * @example
 * ```ts
 * const report: ImportReport = { read: 100000, imported: 100000, skipped: 0, method: 'copy' };
 * ```
 * @category Store
 */
export interface ImportReport extends ImportProgress {
  /** `copy` (PostgreSQL `COPY ... FROM STDIN`) or `insert` (multi-row `INSERT`). */
  method: 'copy' | 'insert';
}

/**
 * Options of {@link CaseStore.importCases}.
 *
 * @example
 * ```ts
 * const options: ImportOptions = { onProgress: ({ imported }) => console.log(imported), batchSize: 1000 };
 * ```
 * @category Store
 */
export interface ImportOptions {
  /** Called after each batch is committed. */
  onProgress?: (progress: ImportProgress) => void;
  /** Cases written per transaction (default 1,000; 1 to 10,000). */
  batchSize?: number;
}
