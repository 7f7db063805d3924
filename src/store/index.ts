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
export type { AppendOptions, CaseStore, DueCase, DueQuery, ReadOptions, SqlDatabase, SqlResult, SqlSession, StoredCase } from './types';
export { migrateStore, storeMigrations, STORE_SCHEMA_VERSION, MIGRATIONS_TABLE, type StoreMigration } from './schema';
export { caseRows, insertCaseRows, LIST_DUE_SQL, openSqlCaseStore, sqlCaseStore, type CaseRows } from './sql-store';
export { backfillDueRows, dueRowsOf, insertDueRows, type DueRow, type IndexedDueRow } from './due-rows';
export { caseIdProblem, checkedCaseId, MAX_CASE_ID_LENGTH } from './case-id';
export { updateCase, type CaseUpdate } from './update';
export { sweepDue, type SweepLapse, type SweepOptions, type SweepReport } from './sweep';
