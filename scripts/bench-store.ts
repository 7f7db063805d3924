/**
 * `npm run bench:store`: the case store at scale, on the embedded back end
 * (PGlite) and on a PostgreSQL server.
 *
 * 1. bulk import of N real cases (default 100,000) with `store.importCases`;
 * 2. the daily question on them, `listDue` (cases due this week), and the
 *    query plan that shows the due-date index at work;
 * 3. an append to a case of 50,000 events against one to a case of 100;
 * 4. (PostgreSQL) appends per second by 8 writer processes, on cases of
 *    their own and on 20 hot cases, with retries and lost updates counted.
 *
 *   npm run bench:store                      # both back ends, the sizes above
 *   npm run bench:store -- --size 20000 --backend pglite --runs 10
 *   npm run bench:store -- --size 500 --append-events 1000 --seconds 2 --json
 *   npm run bench:store -- --pg-url postgresql://user@127.0.0.1:5432/db   # an existing, empty server database
 *
 * Without --pg-url a throwaway server is started on 127.0.0.1 (see
 * scripts/postgres-server.ts) and deleted afterwards. Progress goes to
 * stderr, the report (Markdown tables, or JSON with --json) to stdout. Exit
 * codes: 0 done (whether or not the goals are met: a benchmark is not a
 * test), 1 a correctness check failed (cases missing after the import, a lost
 * update, the index unused), 2 bad arguments or a failure.
 */
import { cpus } from 'node:os';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { pgDatabase } from '../src/store/pg';
import { pgliteDatabase } from '../src/store/pglite';
import { benchBackend, type BackendFigures } from './bench-store/import-due';
import { parseStoreBenchArgs, type StoreBenchOptions } from './bench-store/options';
import { sampleCases } from './bench-store/samples';
import { benchWriters, type WritersFigures } from './bench-store/writers';
import { startPostgresServer } from './postgres-server';

interface StoreBenchReport {
  machine: { cpu: string; cores: number; node: string; load: number[] };
  options: Omit<StoreBenchOptions, 'json'>;
  distinctSamples: number;
  backends: BackendFigures[];
  writers: WritersFigures[];
  /** Whether every correctness check held. */
  correct: boolean;
}

const round = (value: number): string => (value < 10 ? value.toFixed(2) : value.toFixed(0));

function markdown(report: StoreBenchReport): string {
  const lines: string[] = [];
  const { options } = report;
  lines.push(`# Case store benchmark`, '');
  lines.push(`${report.machine.cpu}, ${report.machine.cores} cores, Node ${report.machine.node}, load average at the start ${report.machine.load.map((n) => n.toFixed(1)).join(' ')}.`, '');
  lines.push(`## Bulk import (\`importCases\`), ${options.size} cases (${report.distinctSamples} distinct real cases, repeated)`, '');
  lines.push('| back end | goal | method | time | cases/s | stored |', '|---|---:|---|---:|---:|---:|');
  for (const b of report.backends) {
    const goal = b.backend.startsWith('PGlite') ? '≥ 1,000/s' : '≥ 5,000/s';
    lines.push(`| ${b.backend} | ${goal} | ${b.importMethod} | ${(b.importMs / 1000).toFixed(1)} s | ${b.importCasesPerSecond.toFixed(0)} | ${b.counted} |`);
  }
  lines.push('', `## Cases due this week (\`listDue\`), week of ${options.week}, ${options.runs} runs`, '');
  lines.push('| back end | cases | deadline rows | due this week | SQL (median) | `listDue` (median) | `listDue` (best) | index used |', '|---|---:|---:|---:|---:|---:|---:|---|');
  for (const b of report.backends) {
    lines.push(`| ${b.backend} | ${b.cases} | ${b.deadlineRows} | ${b.dueThisWeek} | ${round(b.sqlMedianMs)} ms | ${round(b.listDueMedianMs)} ms | ${round(b.listDueMinMs)} ms | ${b.usesIndex ? 'yes' : 'NO'} |`);
  }
  lines.push('', `## Append cost as a case's history grows, ${options.appends} appends of one event to each case, interleaved`, '');
  lines.push(`| back end | goal | ${options.appendSmall} events (median) | ${options.appendEvents} events (median) | ratio |`, '|---|---:|---:|---:|---:|');
  for (const b of report.backends) lines.push(`| ${b.backend} | ≤ 2× | ${round(b.append.smallMs)} ms | ${round(b.append.largeMs)} ms | ${b.append.ratio.toFixed(2)}× |`);
  if (report.writers.length > 0) {
    lines.push('', `## Concurrent writers on PostgreSQL, ${options.writers} processes, ${options.seconds} s each run`, '');
    lines.push('| cases | goal | appends/s | appends | retries | given up | lost updates |', '|---|---:|---:|---:|---:|---:|---:|');
    for (const w of report.writers) {
      const what = w.mode === 'distinct' ? `distinct (${w.cases}, ${w.cases / w.writers} per writer)` : `${w.cases} hot cases shared`;
      lines.push(`| ${what} | ${w.mode === 'distinct' ? '≥ 1,000/s' : '—'}, 0 lost | ${w.appendsPerSecond.toFixed(0)} | ${w.appends} | ${w.retries} | ${w.failures} | ${w.lostUpdates} |`);
    }
  }
  for (const b of report.backends) lines.push('', `### Plan of \`listDue\` on ${b.backend}`, '', '```', b.plan, '```');
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const options = parseStoreBenchArgs(process.argv.slice(2));
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  const samples = sampleCases(options.size);
  const backends: BackendFigures[] = [];
  const writers: WritersFigures[] = [];
  const load = (await import('node:os')).loadavg();
  for (const backend of options.backends) {
    if (backend === 'pglite') {
      const db = await PGlite.create();
      backends.push(await benchBackend('PGlite (embedded, in memory)', pgliteDatabase(db, { owned: true }), options, samples, log));
      continue;
    }
    const server = options.pgUrl ? null : await startPostgresServer();
    try {
      const connectionString = options.pgUrl ?? server!.connectionString;
      const pool = new pg.Pool({ connectionString, max: 4 });
      backends.push(await benchBackend('PostgreSQL server (pg)', pgDatabase(pool, { owned: true }), options, samples, log));
      const database = pgDatabase(new pg.Pool({ connectionString, max: 2 }), { owned: true });
      try {
        for (const mode of ['distinct', 'hot'] as const) {
          log(`PostgreSQL: ${options.writers} writers on ${mode} cases for ${options.seconds} s ...`);
          writers.push(await benchWriters(database, connectionString, { mode, writers: options.writers, cases: mode === 'hot' ? options.hotCases : 4, seconds: options.seconds }));
        }
      } finally {
        await database.close();
      }
    } finally {
      await server?.stop();
    }
  }
  const correct = backends.every((b) => b.usesIndex && b.counted === b.cases && b.imported === b.cases) && writers.every((w) => w.lostUpdates === 0 && w.failures === 0);
  const { json, ...shown } = options;
  const report: StoreBenchReport = { machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version, load }, options: shown, distinctSamples: samples.length, backends, writers, correct };
  process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : markdown(report));
  if (!correct) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench-store failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
