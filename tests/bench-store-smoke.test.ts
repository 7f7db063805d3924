/**
 * `npm run bench:store` (scripts/bench-store.ts) runs once at a tiny size,
 * in a child process, so that it cannot rot. A benchmark is not a timed
 * test: this checks that every figure is produced and that what the
 * benchmark writes is correct (every case imported, the due-date index used,
 * no lost update, no append given up), never how fast anything is.
 */
import { describe, expect, it } from 'vitest';
import { runNodeScript } from './support/run-node';

const runBench = (args: string[]) => runNodeScript('scripts/bench-store.ts', args, []);

const positive = (value: unknown): boolean => typeof value === 'number' && Number.isFinite(value) && value > 0;

interface Report {
  correct: boolean;
  distinctSamples: number;
  backends: (Record<string, number | string | boolean> & { backend: string; append: Record<string, number> })[];
  writers: (Record<string, number | string> & { mode: string })[];
}

describe('npm run bench:store at a tiny size', () => {
  it('imports, lists, appends and runs concurrent writers on both back ends, correctly, as JSON', async () => {
    const run = await runBench(['--size', '300', '--runs', '2', '--append-events', '400', '--append-small', '20', '--appends', '4', '--writers', '3', '--seconds', '1', '--hot-cases', '2', '--json']);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.correct).toBe(true);
    expect(report.distinctSamples).toBe(300);
    expect(report.backends.map((b) => [b.backend, b.importMethod])).toEqual([
      ['PGlite (embedded, in memory)', 'insert'],
      ['PostgreSQL server (pg)', 'copy'],
    ]);
    for (const b of report.backends) {
      expect([b.cases, b.imported, b.counted], b.backend).toEqual([300, 300, 300]);
      expect(b.usesIndex, b.backend).toBe(true);
      for (const key of ['importMs', 'importCasesPerSecond', 'deadlineRows', 'dueThisWeek', 'sqlMedianMs', 'listDueMedianMs']) expect(positive(b[key]), `${b.backend} ${key}`).toBe(true);
      expect([b.append.smallEvents, b.append.largeEvents, b.append.appends]).toEqual([20, 400, 4]);
      for (const key of ['smallMs', 'largeMs', 'ratio']) expect(positive(b.append[key]), `${b.backend} append ${key}`).toBe(true);
    }
    expect(report.writers.map((w) => [w.mode, w.writers, w.cases])).toEqual([
      ['distinct', 3, 12],
      ['hot', 3, 2],
    ]);
    for (const w of report.writers) {
      expect([w.lostUpdates, w.failures], w.mode).toEqual([0, 0]);
      expect(positive(w.appends) && positive(w.appendsPerSecond), w.mode).toBe(true);
    }
  }, 600_000);

  it('prints Markdown tables for one back end, and refuses an unknown option', async () => {
    const tables = await runBench(['--backend', 'pglite', '--size', '300', '--runs', '1', '--append-events', '100', '--append-small', '10', '--appends', '2']);
    expect(tables.code, tables.stderr).toBe(0);
    for (const heading of ['## Bulk import', '## Cases due this week', "## Append cost as a case's history grows"]) expect(tables.stdout).toContain(heading);
    expect(tables.stdout).not.toContain('## Concurrent writers');
    const refused = await runBench(['--fast']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^bench-store failed: unknown option --fast/);
  }, 300_000);
});
