/**
 * The store's public API, re-exported by `permit-lifecycles/store/pglite` and
 * `permit-lifecycles/store/pg`: the `CaseStore` contract, opening a store on
 * any SQL database, the schema version, case ids, the retrying update and
 * the daily sweep. The SQL building blocks the drivers share stay internal
 * (`./index`).
 *
 * @module
 */
export type { AppendOptions, CaseStore, DueCase, DueQuery, ReadOptions, SqlDatabase, SqlResult, SqlSession, StoredCase } from './types';
export { migrateStore, STORE_SCHEMA_VERSION, type StoreMigration } from './schema';
export { openSqlCaseStore } from './sql-store';
export { checkedCaseId, MAX_CASE_ID_LENGTH } from './case-id';
export { updateCase, type CaseUpdate } from './update';
export { sweepDue, type SweepLapse, type SweepOptions, type SweepReport } from './sweep';
