/**
 * Case store benchmark: how long it takes to find the cases due this week
 * among N stored cases (default 100,000), on the embedded back end (PGlite)
 * and on a PostgreSQL server, and the query plan that shows the due-date index
 * at work.
 *
 *   npm run bench:store                      # both back ends, 100,000 cases
 *   npm run bench:store -- --size 20000 --backend pglite --runs 10
 *   npm run bench:store -- --pg-url postgresql://user@127.0.0.1:5432/db   # an existing server (its permit_* tables are used)
 *
 * Without --pg-url a throwaway server is started on 127.0.0.1 (see
 * scripts/postgres-server.ts) and deleted afterwards.
 */
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { addDays, applyAll, createCase, runScenario, type IsoDate, type PermitCase } from '../src';
import { caseRows, insertCaseRows, LIST_DUE_SQL, openSqlCaseStore, type CaseRows, type SqlDatabase } from '../src/store';
import { pgDatabase } from '../src/store/pg';
import { pgliteDatabase } from '../src/store/pglite';
import { startPostgresServer } from './postgres-server';

interface Options {
  size: number;
  backends: ('pglite' | 'pg')[];
  runs: number;
  pgUrl: string | null;
  /** The Monday of "this week". */
  week: IsoDate;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { size: 100_000, backends: ['pglite', 'pg'], runs: 20, pgUrl: null, week: '2026-06-01' };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = argv[i + 1];
    const need = (): string => {
      if (value === undefined) throw new Error(`${flag} needs a value`);
      i += 1;
      return value;
    };
    if (flag === '--size') options.size = Number(need());
    else if (flag === '--runs') options.runs = Number(need());
    else if (flag === '--pg-url') options.pgUrl = need();
    else if (flag === '--week') options.week = need() as IsoDate; // checked where the week is read
    else if (flag === '--backend') {
      const backend = need();
      if (backend !== 'pglite' && backend !== 'pg' && backend !== 'both') throw new Error('--backend is pglite, pg or both');
      options.backends = backend === 'both' ? ['pglite', 'pg'] : [backend];
    } else throw new Error(`unknown option ${flag}`);
  }
  if (!Number.isInteger(options.size) || options.size < 1) throw new Error('--size must be a positive integer');
  if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error('--runs must be a positive integer');
  return options;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Every date in a JSON value moved by `days`. */
function shifted<T>(value: T, days: number): T {
  if (typeof value === 'string') return (ISO_DATE.test(value) ? addDays(value as IsoDate, days) : value) as T;
  if (Array.isArray(value)) return value.map((item) => shifted(item, days)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shifted(item, days)])) as T;
  return value;
}

/**
 * Up to `wanted` distinct real cases: the bundled scenario cut after each of
 * its events and moved across a year and a half (in a scrambled order, so a
 * small sample is spread out too), so states and due dates vary. Each case
 * goes through the case API; a cut the calendar refuses is skipped.
 */
function sampleCases(wanted: number): PermitCase[] {
  const run = runScenario(JSON.parse(readFileSync(new URL('../examples/scenarios/seasonal-worker-typical.json', import.meta.url), 'utf8')));
  if (!run.ok) throw run.error;
  const template = run.value.case;
  const shifts = Array.from({ length: 184 }, (_, index) => -200 + index * 3);
  // A fixed scramble (multiplying by a number prime to the length), not a random one: runs compare.
  const scrambled = shifts.map((_, index) => shifts[(index * 37) % shifts.length]!);
  const cases: PermitCase[] = [];
  for (const shift of scrambled) {
    if (cases.length >= wanted) break;
    const opened = createCase(template.procedureId, { at: addDays(template.context.openedOn, shift), facts: shifted(template.context.facts, shift) });
    if (!opened.ok) continue;
    for (let cut = 1; cut <= template.events.length; cut += 1) {
      const replayed = applyAll(opened.value, shifted(template.events.slice(0, cut), shift));
      if (replayed.ok) cases.push(replayed.value);
    }
  }
  return cases;
}

async function load(database: SqlDatabase, size: number, samples: readonly CaseRows[]): Promise<number> {
  const started = performance.now();
  const chunk = 2_000;
  for (let from = 0; from < size; from += chunk) {
    const batch: CaseRows[] = [];
    for (let index = from; index < Math.min(size, from + chunk); index += 1) {
      batch.push({ ...samples[index % samples.length]!, id: `bench-${String(index).padStart(7, '0')}` });
    }
    await database.transaction((session) => insertCaseRows(session, batch));
  }
  await database.query('ANALYZE');
  return performance.now() - started;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

interface Figures {
  backend: string;
  cases: number;
  deadlineRows: number;
  dueThisWeek: number;
  loadMs: number;
  sqlMedianMs: number;
  listDueMedianMs: number;
  listDueMinMs: number;
  usesIndex: boolean;
  plan: string;
}

async function measure(backend: string, database: SqlDatabase, options: Options, samples: readonly CaseRows[]): Promise<Figures> {
  const opened = await openSqlCaseStore(database);
  if (!opened.ok) throw opened.error;
  const store = opened.value;
  const existing = await database.query<{ n: number }>('SELECT count(*)::int AS n FROM permit_cases');
  if ((existing.rows[0]?.n ?? 0) > 0) throw new Error(`${backend}: the database already holds cases; give an empty one`);
  const loadMs = await load(database, options.size, samples);
  const before = addDays(options.week, 7);
  const params = [before, options.week, null];
  const plan = (await database.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${LIST_DUE_SQL}`, params)).rows.map((row) => row['QUERY PLAN']).join('\n');
  const sqlTimes: number[] = [];
  const apiTimes: number[] = [];
  let dueThisWeek = 0;
  for (let run = 0; run < options.runs + 1; run += 1) {
    let started = performance.now();
    await database.query(LIST_DUE_SQL, params);
    const sqlMs = performance.now() - started;
    started = performance.now();
    const due = await store.listDue({ from: options.week, before, asOf: options.week });
    const apiMs = performance.now() - started;
    if (!due.ok) throw due.error;
    dueThisWeek = due.value.length;
    if (run > 0) {
      sqlTimes.push(sqlMs);
      apiTimes.push(apiMs);
    }
  }
  const rows = await database.query<{ n: number }>('SELECT count(*)::int AS n FROM permit_case_deadlines');
  await store.close();
  return {
    backend,
    cases: options.size,
    deadlineRows: rows.rows[0]?.n ?? 0,
    dueThisWeek,
    loadMs,
    sqlMedianMs: median(sqlTimes),
    listDueMedianMs: median(apiTimes),
    listDueMinMs: Math.min(...apiTimes),
    usesIndex: plan.includes('permit_case_deadlines_due_idx'),
    plan,
  };
}

const round = (ms: number): string => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0));

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const samples = sampleCases(options.size).map((current, index) => caseRows(`sample-${index}`, current));
  console.log(`# case store benchmark: ${options.size} cases (${samples.length} distinct real cases, repeated), due in the week of ${options.week}, ${options.runs} runs\n`);
  const results: Figures[] = [];
  for (const backend of options.backends) {
    if (backend === 'pglite') {
      const db = await PGlite.create();
      results.push(await measure('PGlite (embedded, in memory)', pgliteDatabase(db, { owned: true }), options, samples));
    } else {
      const server = options.pgUrl ? null : await startPostgresServer();
      try {
        const pool = new pg.Pool({ connectionString: options.pgUrl ?? server!.connectionString, max: 4 });
        results.push(await measure('PostgreSQL server (pg)', pgDatabase(pool, { owned: true }), options, samples));
      } finally {
        await server?.stop();
      }
    }
  }
  console.log('| back end | cases | deadline rows | cases due this week | load | SQL query (median) | `listDue` (median) | `listDue` (best) | index used |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const r of results) {
    console.log(
      `| ${r.backend} | ${r.cases} | ${r.deadlineRows} | ${r.dueThisWeek} | ${(r.loadMs / 1000).toFixed(1)} s | ${round(r.sqlMedianMs)} ms | ${round(r.listDueMedianMs)} ms | ${round(r.listDueMinMs)} ms | ${r.usesIndex ? 'yes' : 'NO'} |`,
    );
  }
  for (const r of results) console.log(`\n## plan on ${r.backend}\n\n${r.plan}`);
  if (results.some((r) => !r.usesIndex)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(`bench-store failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});
