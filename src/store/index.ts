/**
 * The case store, without a database driver: the `CaseStore` contract, the
 * schema and its migrations, the shared SQL logic, the retrying update and the
 * daily sweep. The drivers live in their own entry points,
 * `permit-lifecycles/store/pglite` and `permit-lifecycles/store/pg`, so the
 * core stays free of dependencies.
 *
 * @module
 * @category Store
 */
export type { AppendOptions, CaseStore, DueCase, DueQuery, ImportItem, ImportOptions, ImportProgress, ImportReport, ImportSource, ReadOptions, SqlDatabase, SqlResult, SqlSession, StoredCase } from './types';
export { importCases } from './import';
export { copyText } from './copy-text';
export { migrateStore, storeMigrations, STORE_SCHEMA_VERSION, MIGRATIONS_TABLE, type StoreMigration } from './schema';
export { LIST_DUE_SQL, openSqlCaseStore, sqlCaseStore } from './sql-store';
export { caseRows, indexRowsOf, insertCaseRows, insertEventRows, insertNewCaseRows, type CaseRows, type EventRow } from './case-rows';
export { toStateSnapshotRows } from './state-rows';
export { verifiedCase, verifiedSnapshot } from './incoming';
export { backfillDueRows, dueRowsOf, insertDueRows, type DueRow, type IndexedDueRow } from './due-rows';
export { caseIdProblem, checkedCaseId, MAX_CASE_ID_LENGTH } from './case-id';
export { updateCase, type CaseUpdate } from './update';
export { sweepDue, type SweepLapse, type SweepOptions, type SweepReport } from './sweep';
