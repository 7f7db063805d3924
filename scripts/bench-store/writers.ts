/**
 * Concurrency on a PostgreSQL server: W writer processes append for a fixed
 * time, each to cases of its own (distinct) or all to the same few cases
 * (hot). Afterwards every case's event rows are counted against the appends
 * the writers reported: an append reported and not stored, or stored twice,
 * is a lost update (must be 0).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { SqlDatabase } from '../../src/store';
import { openSqlCaseStore } from '../../src/store';
import { longCase } from './samples';

/**
 * The figures of one concurrency run.
 *
 * @example
 * ```ts
 * const run: WritersFigures = { mode: 'hot', writers: 8, cases: 20, seconds: 20, appends: 4000, appendsPerSecond: 200, retries: 900, failures: 0, lostUpdates: 0 };
 * ```
 */
export interface WritersFigures {
  mode: 'distinct' | 'hot';
  writers: number;
  cases: number;
  seconds: number;
  /** Appends the writers reported as stored. */
  appends: number;
  appendsPerSecond: number;
  /** Appends tried again after a `store.conflict`. */
  retries: number;
  /** Appends given up (any refusal). */
  failures: number;
  /** Cases whose stored events differ from the appends reported: their difference, summed. Must be 0. */
  lostUpdates: number;
}

interface WriterOutput {
  appended: Record<string, number>;
  retries: number;
  failures: string[];
  elapsedMs: number;
}

const writerScript = fileURLToPath(new URL('./writer.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

function startWriter(connectionString: string, writer: number, seconds: number, ids: readonly string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', writerScript, connectionString, String(writer), String(seconds), ids.join(',')], {
    cwd: repoRoot,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.startsWith('READY\n')) resolve();
    });
    child.on('exit', () => reject(new Error(`writer ${writer} exited before it was ready: ${stderr}`)));
  });
  const done = new Promise<WriterOutput>((resolve, reject) => {
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`writer ${writer} failed (exit ${code}): ${stderr}`));
      else resolve(JSON.parse(stdout.slice('READY\n'.length)) as WriterOutput);
    });
  });
  ready.catch(() => undefined);
  return { ready, done, go: () => child.stdin.write('GO\n') };
}

/**
 * One concurrency run on a migrated database (cases are imported first, at
 * a base version of 4 events).
 *
 * @example
 * ```ts
 * const hot = await benchWriters(database, connectionString, { mode: 'hot', writers: 8, cases: 20, seconds: 20 });
 * ```
 */
export async function benchWriters(database: SqlDatabase, connectionString: string, run: { mode: 'distinct' | 'hot'; writers: number; cases: number; seconds: number }): Promise<WritersFigures> {
  const opened = await openSqlCaseStore({ ...database, close: async () => undefined });
  if (!opened.ok) throw opened.error;
  const base = longCase(4);
  const idsOf = (writer: number): string[] =>
    run.mode === 'hot' ? Array.from({ length: run.cases }, (_, index) => `hot-${index}`) : Array.from({ length: run.cases }, (_, index) => `writer-${writer}-${index}`);
  const allIds = [...new Set(Array.from({ length: run.writers }, (_, writer) => idsOf(writer)).flat())];
  const imported = await opened.value.importCases(allIds.map((id) => ({ id, case: base })));
  if (!imported.ok) throw imported.error;
  const writers = Array.from({ length: run.writers }, (_, writer) => startWriter(connectionString, writer, run.seconds, idsOf(writer)));
  await Promise.all(writers.map((writer) => writer.ready));
  for (const writer of writers) writer.go();
  const outputs = await Promise.all(writers.map((writer) => writer.done));
  const reported = new Map<string, number>();
  for (const output of outputs) for (const [id, count] of Object.entries(output.appended)) reported.set(id, (reported.get(id) ?? 0) + count);
  const stored = await database.query<{ id: string; version: number; events: number; last: number }>(
    `SELECT c.id, c.version, count(e.seq)::int AS events, coalesce(max(e.seq), 0)::int AS last
     FROM permit_cases c LEFT JOIN permit_case_events e ON e.case_id = c.id
     WHERE c.id = ANY($1::text[]) GROUP BY c.id, c.version`,
    [allIds],
  );
  let lostUpdates = 0;
  for (const row of stored.rows) {
    const expected = base.events.length + (reported.get(row.id) ?? 0);
    lostUpdates += Math.abs(expected - row.version) + Math.abs(row.events - row.version) + Math.abs(row.last - row.version);
  }
  lostUpdates += allIds.length - stored.rows.length;
  const appends = outputs.reduce((sum, output) => sum + Object.values(output.appended).reduce((a, b) => a + b, 0), 0);
  const seconds = Math.max(...outputs.map((output) => output.elapsedMs)) / 1000;
  return {
    mode: run.mode,
    writers: run.writers,
    cases: allIds.length,
    seconds,
    appends,
    appendsPerSecond: appends / seconds,
    retries: outputs.reduce((sum, output) => sum + output.retries, 0),
    failures: outputs.reduce((sum, output) => sum + output.failures.length, 0),
    lostUpdates,
  };
}
