/**
 * The case store embedded in the process: PostgreSQL compiled to WebAssembly
 * (`@electric-sql/pglite`), no server and no native build. In memory by
 * default, or kept in a directory.
 *
 * Entry point `permit-lifecycles/store/pglite`; `@electric-sql/pglite` is an
 * optional peer dependency.
 *
 * @module permit-lifecycles/store/pglite
 */
import { PGlite } from '@electric-sql/pglite';
import { listProcedures } from '../../machines/registry';
import { registeredProcedure, registerProcedures } from '../case/procedures';
import { fail, PermitLifecycleError, type Result } from '../errors';
import { openSqlCaseStore } from './sql-store';
import type { CaseStore, SqlDatabase, SqlSession } from './types';
import { refusedArguments } from '../guard';

export * from './public';

// The one side effect of this entry (declared in package.json's `sideEffects`): a process that imports
// only the store still knows the five bundled procedures, which the store needs to restore cases, describe
// their deadlines and record their lapses. Ids the host registered already are left as they are.
for (const procedure of listProcedures()) if (registeredProcedure(procedure.id) === undefined) registerProcedures(procedure);

/**
 * Options of {@link openPgliteCaseStore}.
 *
 * @example
 * ```ts
 * const options: PgliteStoreOptions = { dataDir: './cases-db' };
 * ```
 * @category Store
 */
export interface PgliteStoreOptions {
  /** Directory to keep the database in; in memory when absent. */
  dataDir?: string;
  /** An already open PGlite to use instead (the store then leaves it open on `close`). */
  database?: PGlite;
}

interface PgliteLike {
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[]; affectedRows?: number }>;
}

function sessionOf(client: PgliteLike): SqlSession {
  return {
    async query<TRow>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query<TRow>(sql, [...params]);
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
    },
  };
}

/**
 * The store's query interface over a PGlite instance.
 *
 * @example
 * ```ts
 * const database = pgliteDatabase(await PGlite.create(), { owned: true });
 * ```
 * @category Store
 */
export function pgliteDatabase(db: PGlite, options: { owned: boolean }): SqlDatabase {
  try {
  const session = sessionOf(db);
  return {
    query: session.query,
    transaction: (work) => db.transaction((tx) => work(sessionOf(tx))),
    close: async () => {
      if (options.owned && !db.closed) await db.close();
    },
  };
  } catch (error) {
    throw refusedArguments('pgliteDatabase', error);
  }
}

/**
 * Open (and migrate) a case store in an embedded PostgreSQL. Resolves to a
 * typed error, never rejects: `store.unavailable` when the database cannot be
 * opened, `store.schemaUnsupported` when a newer library migrated it.
 *
 * @example
 * ```ts
 * import { openPgliteCaseStore } from 'permit-lifecycles/store/pglite';
 * const opened = await openPgliteCaseStore({ dataDir: './cases-db' });
 * if (!opened.ok) throw opened.error;
 * const store = opened.value;
 * ```
 * @category Store
 */
export async function openPgliteCaseStore(options: PgliteStoreOptions = {}): Promise<Result<CaseStore>> {
  try {
  let db: PGlite;
  try {
    db = options.database ?? (await PGlite.create(options.dataDir === undefined ? {} : { dataDir: options.dataDir }));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return fail(new PermitLifecycleError('store.unavailable', `cannot open the embedded database: ${message}`, { path: ['dataDir'] }));
  }
  const database = pgliteDatabase(db, { owned: options.database === undefined });
  const opened = await openSqlCaseStore(database);
  if (!opened.ok) await database.close().catch(() => undefined);
  return opened;
  } catch (error) {
    return fail(refusedArguments('openPgliteCaseStore', error));
  }
}
