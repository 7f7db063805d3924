/**
 * The case store on a PostgreSQL server, through `pg` (node-postgres), for
 * applications that outgrow one process: many writers, one database.
 *
 * Entry point `permit-lifecycles/store/pg`; `pg` is an optional peer dependency.
 *
 * @module permit-lifecycles/store/pg
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { listProcedures } from '../../machines/registry';
import { registeredProcedure, registerProcedures } from '../case/procedures';
import { fail, PermitLifecycleError, type Result } from '../errors';
import { copyText } from './copy-text';
import { openSqlCaseStore } from './sql-store';
import type { CaseStore, SqlDatabase, SqlSession } from './types';
import { refusedArguments } from '../guard';

export * from './public';

// The one side effect of this entry (declared in package.json's `sideEffects`): a process that imports
// only the store still knows the five bundled procedures, which the store needs to restore cases, describe
// their deadlines and record their lapses. Ids the host registered already are left as they are.
for (const procedure of listProcedures()) if (registeredProcedure(procedure.id) === undefined) registerProcedures(procedure);

/**
 * Options of {@link openPgCaseStore}: a connection string, or a pool you own.
 *
 * @example
 * ```ts
 * const options: PgStoreOptions = { connectionString: 'postgresql://app@127.0.0.1:5432/cases', max: 10 };
 * ```
 * @category Store
 */
export interface PgStoreOptions {
  connectionString?: string;
  /** Most connections the store's own pool opens (default 10). */
  max?: number;
  /** A pool to use instead; the store then leaves it open on `close`. */
  pool?: pg.Pool;
}

interface Queryable {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }>;
}

function sessionOf(client: Queryable): SqlSession {
  return {
    async query<TRow>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query(sql, [...params]);
      return { rows: result.rows as TRow[], rowCount: result.rowCount ?? result.rows.length };
    },
  };
}

/** `pg-copy-streams`' `from`: a query that is a writable stream of COPY data. */
type CopyFrom = (sql: string) => NodeJS.WritableStream & pg.Submittable;

let copyFromLoaded: Promise<CopyFrom | null> | undefined;

/** `pg-copy-streams`, an optional peer dependency, loaded once; null when it is not installed. */
function loadCopyFrom(): Promise<CopyFrom | null> {
  copyFromLoaded ??= import('pg-copy-streams').then(
    (module) => ((module as { from?: CopyFrom }).from ?? (module as unknown as { default?: { from?: CopyFrom } }).default?.from ?? null),
    () => null,
  );
  return copyFromLoaded;
}

/** Rows per chunk written to the COPY stream. */
const COPY_CHUNK_ROWS = 500;

async function copyRowsInto(client: pg.PoolClient, copyFrom: CopyFrom, table: string, columns: readonly string[], rows: readonly (readonly (string | number | null)[])[]): Promise<void> {
  if (rows.length === 0) return;
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  function* chunks(): Generator<string> {
    for (let from = 0; from < rows.length; from += COPY_CHUNK_ROWS) yield copyText(rows.slice(from, from + COPY_CHUNK_ROWS));
  }
  await pipeline(Readable.from(chunks()), stream);
}

/**
 * The store's query interface over a `pg` pool: each transaction runs on one
 * connection of the pool, between `BEGIN` and `COMMIT` (or `ROLLBACK`). A
 * connection that fails meanwhile (the server stops) fails the transaction
 * with `store.unavailable` and is dropped from the pool; it never crashes the
 * process. With `pg-copy-streams` installed, transactions also bulk-load with
 * `COPY ... FROM STDIN` (`importCases` uses it).
 *
 * @example
 * ```ts
 * const database = pgDatabase(new pg.Pool({ connectionString }), { owned: true });
 * ```
 * @category Store
 */
export function pgDatabase(pool: pg.Pool, options: { owned: boolean }): SqlDatabase {
  try {
  const session = sessionOf(pool);
  return {
    query: session.query,
    async transaction(work) {
      const client = await pool.connect();
      let broken: Error | undefined;
      // A client checked out of the pool has no 'error' listener (the pool's is for idle clients): when the
      // server dies mid-transaction, its 'error' event would kill the process. The failed query reports it.
      const onError = (error: Error): void => {
        broken = error;
      };
      client.on('error', onError);
      try {
        const copyFrom = await loadCopyFrom();
        const session: SqlSession = copyFrom === null ? sessionOf(client) : { ...sessionOf(client), copyRows: (table, columns, rows) => copyRowsInto(client, copyFrom, table, columns, rows) };
        await client.query('BEGIN');
        const result = await work(session);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch((rollbackError: Error) => {
          broken = rollbackError;
        });
        throw error;
      } finally {
        client.removeListener('error', onError);
        // A broken client is destroyed, not put back in the pool.
        client.release(broken);
      }
    },
    close: async () => {
      if (options.owned) await pool.end();
    },
  };
  } catch (error) {
    throw refusedArguments('pgDatabase', error);
  }
}

/**
 * Open (and migrate) a case store on a PostgreSQL server. Resolves to a typed
 * error, never rejects: `store.unavailable` when the server cannot be reached,
 * `store.schemaUnsupported` when a newer library migrated the database.
 *
 * @example
 * ```ts
 * import { openPgCaseStore } from 'permit-lifecycles/store/pg';
 * const opened = await openPgCaseStore({ connectionString: process.env.DATABASE_URL });
 * if (!opened.ok) throw opened.error;
 * const store = opened.value;
 * ```
 * @category Store
 */
export async function openPgCaseStore(options: PgStoreOptions): Promise<Result<CaseStore>> {
  try {
  if (!options?.pool && typeof options?.connectionString !== 'string') {
    return fail(new PermitLifecycleError('argument.invalid', 'give a connectionString or a pool', { path: ['connectionString'] }));
  }
  const pool = options.pool ?? new pg.Pool({ connectionString: options.connectionString, max: options.max ?? 10 });
  // An idle connection that drops emits 'error' on the pool; without a listener
  // Node would crash the process. The next query reports the failure instead.
  if (!options.pool) pool.on('error', () => undefined);
  const database = pgDatabase(pool, { owned: options.pool === undefined });
  const opened = await openSqlCaseStore(database);
  if (!opened.ok) await database.close().catch(() => undefined);
  return opened;
  } catch (error) {
    return fail(refusedArguments('openPgCaseStore', error));
  }
}
