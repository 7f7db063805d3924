/**
 * The one SQL schema of the case store, as versioned migrations that the
 * store runs when it opens. Plain PostgreSQL, so the same statements run on
 * the embedded PGlite and on a PostgreSQL server.
 */
import { PermitLifecycleError } from '../errors';
import { backfillDueRows } from './due-rows';
import { toStateSnapshotRows } from './state-rows';
import type { SqlDatabase, SqlSession } from './types';
import { refusedArguments } from '../guard';

/**
 * One step of the schema: the version it brings the database to, its
 * statements, and optionally data work done in code after them (same transaction).
 *
 * @example
 * ```ts
 * const step: StoreMigration = { version: 3, name: 'example', statements: ['CREATE INDEX ...'] };
 * ```
 * @category Store
 */
export interface StoreMigration {
  version: number;
  name: string;
  statements: readonly string[];
  after?: (session: SqlSession) => Promise<void>;
}

/**
 * The table that records which migrations ran, and when.
 *
 * @example
 * ```ts
 * await database.query(`SELECT version, name FROM ${MIGRATIONS_TABLE} ORDER BY version`);
 * ```
 * @category Store
 */
export const MIGRATIONS_TABLE = 'permit_store_migrations';

/**
 * Any fixed 64-bit key works: it only has to be the same for every process
 * migrating the same database, so two stores opening at once run the steps once.
 */
const MIGRATION_LOCK_KEY = '7070657274696c63';

/**
 * The migrations of the store schema, in order. Never edit a released step:
 * add a new one.
 *
 * @example
 * ```ts
 * storeMigrations.map((step) => `${step.version} ${step.name}`);
 * ```
 * @category Store
 */
export const storeMigrations: readonly StoreMigration[] = [
  {
    version: 1,
    name: 'event log and snapshots',
    statements: [
      `CREATE TABLE permit_cases (
        id text PRIMARY KEY,
        procedure_id text NOT NULL,
        machine_version text NOT NULL,
        version integer NOT NULL CHECK (version >= 0),
        state text NOT NULL,
        last_event_at date NOT NULL,
        snapshot json NOT NULL
      )`,
      `CREATE TABLE permit_case_events (
        case_id text NOT NULL REFERENCES permit_cases (id) ON DELETE CASCADE,
        seq integer NOT NULL CHECK (seq >= 1),
        type text NOT NULL,
        at date NOT NULL,
        payload json NOT NULL,
        PRIMARY KEY (case_id, seq)
      )`,
    ],
  },
  {
    version: 2,
    name: 'due-date index',
    statements: [
      // procedure_id, state and version repeat the case row's, so the sweep reads this table alone.
      `CREATE TABLE permit_case_deadlines (
        case_id text NOT NULL REFERENCES permit_cases (id) ON DELETE CASCADE,
        deadline_id text NOT NULL,
        due date NOT NULL,
        opens date,
        procedure_id text NOT NULL,
        state text NOT NULL,
        version integer NOT NULL,
        PRIMARY KEY (case_id, deadline_id)
      )`,
      `CREATE INDEX permit_case_deadlines_due_idx ON permit_case_deadlines (due, case_id, deadline_id)`,
    ],
    // Cases stored before this step are indexed from their snapshots.
    after: backfillDueRows,
  },
  {
    version: 3,
    name: 'state snapshots in case rows',
    // The row's snapshot was rewritten whole, with the whole log, on every append: now only state and context.
    statements: [],
    after: async (session) => {
      await toStateSnapshotRows(session);
    },
  },
];

/**
 * The schema version this library writes and reads.
 *
 * @example
 * ```ts
 * console.log(`case store schema v${STORE_SCHEMA_VERSION}`);
 * ```
 * @category Store
 */
export const STORE_SCHEMA_VERSION = storeMigrations[storeMigrations.length - 1]?.version ?? 0;

/**
 * Bring a database up to `target` (default: {@link STORE_SCHEMA_VERSION}) in
 * one transaction, under an advisory lock. Returns the version reached.
 * Throws `store.schemaUnsupported` when the database is newer than this library.
 *
 * @example
 * ```ts
 * const version = await migrateStore(database); // 3
 * ```
 * @category Store
 */
export async function migrateStore(database: SqlDatabase, target: number = STORE_SCHEMA_VERSION): Promise<number> {
  try {
  return database.transaction(async (session) => {
    await session.query(`SELECT pg_advisory_xact_lock(x'${MIGRATION_LOCK_KEY}'::bigint)`);
    await session.query(
      `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const found = await session.query<{ version: number | null }>(`SELECT max(version) AS version FROM ${MIGRATIONS_TABLE}`);
    const current = found.rows[0]?.version ?? 0;
    if (current > STORE_SCHEMA_VERSION) {
      throw new PermitLifecycleError(
        'store.schemaUnsupported',
        `the case store was migrated to schema version ${current}, newer than this library supports (${STORE_SCHEMA_VERSION}); upgrade permit-lifecycles`,
        { details: { schemaVersion: current, supported: STORE_SCHEMA_VERSION } },
      );
    }
    for (const step of storeMigrations) {
      if (step.version <= current || step.version > target) continue;
      for (const statement of step.statements) await session.query(statement);
      if (step.after) await step.after(session);
      await session.query(`INSERT INTO ${MIGRATIONS_TABLE} (version, name) VALUES ($1, $2)`, [step.version, step.name]);
    }
    return Math.max(current, Math.min(target, STORE_SCHEMA_VERSION));
  });
  } catch (error) {
    throw refusedArguments('migrateStore', error);
  }
}
