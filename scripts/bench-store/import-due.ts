/**
 * Bulk import (`store.importCases`) of N real cases, then the daily
 * question on them: which cases are due this week (`listDue`), and the
 * query plan that shows the due-date index at work.
 */
import { addDays, type PermitCase } from '../../src';
import { LIST_DUE_SQL, openSqlCaseStore, type ImportItem, type SqlDatabase } from '../../src/store';
import { median } from '../bench/measure';
import { benchAppend, type AppendFigures } from './append';
import type { StoreBenchOptions } from './options';

/**
 * Everything measured on one back end.
 *
 * @example
 * ```ts
 * const figures: BackendFigures = await benchBackend('PGlite', database, options, samples, log);
 * figures.importCasesPerSecond;
 * ```
 */
export interface BackendFigures {
  backend: string;
  cases: number;
  /** How importCases wrote: `copy` or `insert`. */
  importMethod: string;
  importMs: number;
  importCasesPerSecond: number;
  /** Cases the import reported as stored, and cases counted in the table afterwards. */
  imported: number;
  counted: number;
  deadlineRows: number;
  dueThisWeek: number;
  sqlMedianMs: number;
  listDueMedianMs: number;
  listDueMinMs: number;
  usesIndex: boolean;
  plan: string;
  append: AppendFigures;
}

function* items(size: number, samples: readonly PermitCase[]): Generator<ImportItem> {
  for (let index = 0; index < size; index += 1) yield { id: `bench-${String(index).padStart(7, '0')}`, case: samples[index % samples.length]! };
}

/**
 * Run the import, `listDue` and append benchmarks on an empty database.
 *
 * @example
 * ```ts
 * await benchBackend('PGlite (embedded, in memory)', pgliteDatabase(db, { owned: true }), options, sampleCases(1000), console.error);
 * ```
 */
export async function benchBackend(backend: string, database: SqlDatabase, options: StoreBenchOptions, samples: readonly PermitCase[], log: (line: string) => void): Promise<BackendFigures> {
  const opened = await openSqlCaseStore(database);
  if (!opened.ok) throw opened.error;
  const store = opened.value;
  const existing = await database.query<{ n: number }>('SELECT count(*)::int AS n FROM permit_cases');
  if ((existing.rows[0]?.n ?? 0) > 0) throw new Error(`${backend}: the database already holds cases; give an empty one`);
  log(`${backend}: importing ${options.size} cases ...`);
  const started = performance.now();
  const imported = await store.importCases(items(options.size, samples), {
    onProgress: ({ imported: count }) => {
      if (count % 20_000 < 1_000) log(`  ${count} cases`);
    },
  });
  const importMs = performance.now() - started;
  if (!imported.ok) throw imported.error;
  await database.query('ANALYZE');
  const counted = (await database.query<{ n: number }>('SELECT count(*)::int AS n FROM permit_cases')).rows[0]?.n ?? 0;
  log(`${backend}: listDue ...`);
  const before = addDays(options.week, 7);
  const params = [before, options.week, null];
  const plan = (await database.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${LIST_DUE_SQL}`, params)).rows.map((row) => row['QUERY PLAN']).join('\n');
  const sqlTimes: number[] = [];
  const apiTimes: number[] = [];
  let dueThisWeek = 0;
  for (let run = 0; run < options.runs + 1; run += 1) {
    let at = performance.now();
    await database.query(LIST_DUE_SQL, params);
    const sqlMs = performance.now() - at;
    at = performance.now();
    const due = await store.listDue({ from: options.week, before, asOf: options.week });
    const apiMs = performance.now() - at;
    if (!due.ok) throw due.error;
    dueThisWeek = due.value.length;
    if (run > 0) {
      sqlTimes.push(sqlMs);
      apiTimes.push(apiMs);
    }
  }
  const deadlineRows = (await database.query<{ n: number }>('SELECT count(*)::int AS n FROM permit_case_deadlines')).rows[0]?.n ?? 0;
  log(`${backend}: appends to a case of ${options.appendSmall} and one of ${options.appendEvents} events ...`);
  const append = await benchAppend(store, options);
  await store.close();
  return {
    backend,
    cases: options.size,
    importMethod: imported.value.method,
    importMs,
    importCasesPerSecond: options.size / (importMs / 1000),
    imported: imported.value.imported,
    counted,
    deadlineRows,
    dueThisWeek,
    sqlMedianMs: median(sqlTimes),
    listDueMedianMs: median(apiTimes),
    listDueMinMs: Math.min(...apiTimes),
    usesIndex: plan.includes('permit_case_deadlines_due_idx'),
    plan,
    append,
  };
}
