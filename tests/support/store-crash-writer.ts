/**
 * A writer process for the crash-safety tests: it appends batches of three
 * events to a few cases, forever, and pauses inside each append's transaction
 * (after the case row, the event rows and the index rows are written, before
 * COMMIT) after printing
 * `INTX <case> <version>`, so that the test can SIGKILL it exactly there.
 * After each commit it prints `DONE <case> <version>`.
 *
 * Usage: node --import tsx tests/support/store-crash-writer.ts pg <connection string>
 *        node --import tsx tests/support/store-crash-writer.ts pglite <data dir>
 */
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { openSqlCaseStore, type SqlDatabase } from '../../src/store';
import { pgDatabase } from '../../src/store/pg';
import { pgliteDatabase } from '../../src/store/pglite';
import { seasonalWorkerDocumentIds } from '../../machines/seasonal-worker/documents';
import { CRASH_BATCH_SIZE, CRASH_CASE_IDS } from './store-crash';
import { preparingCase } from './store-contract';

/**
 * The store writes an append as one statement (atomic on its own). Here that
 * statement runs inside an explicit transaction that pauses after it and
 * before COMMIT, so the kill lands when the rows are written but not committed.
 */
function pausingInsideAppends(database: SqlDatabase): SqlDatabase {
  return {
    ...database,
    query: (sql, params) =>
      sql.trimStart().startsWith('WITH moved')
        ? database.transaction(async (session) => {
            const result = await session.query(sql, params);
            process.stdout.write(`INTX ${String(params?.[0])} ${String(params?.[2])}\n`);
            await new Promise((resolve) => setTimeout(resolve, 150));
            return result as never;
          })
        : database.query(sql, params),
  };
}

async function main(): Promise<void> {
  const [backend, target] = process.argv.slice(2);
  if (!target || (backend !== 'pg' && backend !== 'pglite')) throw new Error('usage: store-crash-writer.ts pg|pglite <target>');
  const database = backend === 'pg' ? pgDatabase(new pg.Pool({ connectionString: target, max: 2 }), { owned: true }) : pgliteDatabase(await PGlite.create({ dataDir: target }), { owned: true });
  const opened = await openSqlCaseStore(pausingInsideAppends(database));
  if (!opened.ok) throw opened.error;
  const store = opened.value;
  for (const id of CRASH_CASE_IDS) await store.create(id, preparingCase());
  process.stdout.write('READY\n');
  for (let round = 0; ; round += 1) {
    for (const id of CRASH_CASE_IDS) {
      const read = await store.read(id);
      if (!read.ok) throw read.error;
      const documents = [seasonalWorkerDocumentIds[round % seasonalWorkerDocumentIds.length]!];
      const batch = Array.from({ length: CRASH_BATCH_SIZE }, () => ({ type: 'documents.supplied', at: '2026-02-06', documents }));
      const appended = await store.append(id, batch, { expectedVersion: read.value.version });
      if (!appended.ok) throw appended.error;
      process.stdout.write(`DONE ${id} ${appended.value.version}\n`);
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`writer failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
