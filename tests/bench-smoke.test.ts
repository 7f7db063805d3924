/**
 * `npm run bench` (scripts/bench.ts) runs once at a tiny size, in a child
 * process, so that it cannot rot. Benchmarks are not timed tests: this checks
 * that every row is produced with positive, finite figures and that the two
 * ways of sweeping agree, never how fast anything is.
 */
import { describe, expect, it } from 'vitest';
import { runNodeScript } from './support/run-node';
import { listProcedures } from '../src';

const runBench = (args: string[]) => runNodeScript('scripts/bench.ts', args, ['--expose-gc']);

const positive = (value: unknown): boolean => typeof value === 'number' && Number.isFinite(value) && value > 0;

interface Report {
  machine: { cpu: string; cores: number; node: string };
  summary: { benchmark: string; value: number; goal: string; met: boolean }[];
  apply: { workload: string; sequences: number; events: number; applyEventsPerSecond: number; actorEventsPerSecond: number; ratio: number }[];
  sweep: { cases: number; distinctCases: number; states: number; procedures: Record<string, number>; agree: boolean; forms: (Record<string, unknown> & { form: string; agree: boolean; jsonBytesPerCase: number })[] };
  snapshots: { procedureId: string; bytes: number; eventLogBytes: number; contextBytes: number; envelopeBytes: number; gzipBytes: number; stateBytes: number; stateContextBytes: number; stateEnvelopeBytes: number }[];
  paths: { procedures: { procedureId: string; nodes: number; edges: number; paths: number; ms: number }[]; totalMs: number };
  logGrowth: { smallEvents: number; largeEvents: number; largeSnapshotBytes: number; rows: { operation: string; smallMs: number; largeMs: number; ratio: number }[] };
}

describe('npm run bench at a tiny size', () => {
  it('produces every row with positive figures, as JSON', async () => {
    const run = await runBench(['--size', '60', '--time', '5', '--rounds', '1', '--log-events', '1000', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    const ids = listProcedures().map((procedure) => procedure.id).sort();

    expect(report.machine.cores).toBeGreaterThan(0);
    expect(report.machine.node).toBe(process.version);
    expect(report.summary.map((row) => row.benchmark.split(' ')[0])).toEqual(['1.', '1.', '2.', '2.', '3.', '4.', '5.', '5.', '5.']);
    expect(report.summary.filter((row) => row.benchmark.startsWith('2.')).map((row) => /full snapshots|state snapshots/.exec(row.benchmark)?.[0])).toEqual(['full snapshots', 'state snapshots']);
    for (const row of report.summary) expect(positive(row.value), row.benchmark).toBe(true);

    expect(report.apply.map((result) => result.workload)).toEqual(['bundled scenarios', 'generated test paths']);
    for (const result of report.apply) {
      for (const figure of [result.sequences, result.events, result.applyEventsPerSecond, result.actorEventsPerSecond, result.ratio]) expect(positive(figure), result.workload).toBe(true);
    }

    expect(report.sweep.cases).toBe(60);
    expect(report.sweep.agree).toBe(true);
    expect(Object.keys(report.sweep.procedures).sort()).toEqual(ids);
    expect(positive(report.sweep.distinctCases) && positive(report.sweep.states)).toBe(true);
    expect(report.sweep.forms.map((form) => form.form)).toEqual(['full', 'state']);
    for (const form of report.sweep.forms) {
      expect(form.agree, form.form).toBe(true);
      for (const key of ['libraryMs', 'naiveMs', 'libraryCasesPerSecond', 'naiveCasesPerSecond', 'speedup', 'bytesPerPersistedCase', 'jsonBytesPerCase']) expect(positive(form[key]), `${form.form} ${key}`).toBe(true);
    }
    const [full, state] = report.sweep.forms;
    expect(state!.jsonBytesPerCase).toBeLessThan(full!.jsonBytesPerCase);

    expect(report.snapshots.map((size) => size.procedureId).sort()).toEqual(ids);
    for (const size of report.snapshots) {
      for (const figure of [size.bytes, size.eventLogBytes, size.contextBytes, size.envelopeBytes, size.gzipBytes]) expect(positive(figure), size.procedureId).toBe(true);
      expect(size.eventLogBytes + size.contextBytes + size.envelopeBytes).toBe(size.bytes);
      expect(size.stateContextBytes + size.stateEnvelopeBytes).toBe(size.stateBytes);
      expect(size.stateBytes).toBeLessThan(size.bytes);
    }

    expect(report.paths.procedures.map((entry) => entry.procedureId).sort()).toEqual(ids);
    for (const entry of report.paths.procedures) for (const figure of [entry.nodes, entry.edges, entry.paths, entry.ms]) expect(positive(figure), entry.procedureId).toBe(true);
    expect(positive(report.paths.totalMs)).toBe(true);

    expect(report.logGrowth.largeEvents).toBe(1000);
    expect(report.logGrowth.smallEvents).toBe(100);
    expect(positive(report.logGrowth.largeSnapshotBytes)).toBe(true);
    expect(report.logGrowth.rows.map((row) => row.operation)).toEqual(['apply', 'serialize', 'restore']);
    for (const row of report.logGrowth.rows) for (const figure of [row.smallMs, row.largeMs, row.ratio]) expect(positive(figure), row.operation).toBe(true);
  }, 300_000);

  it('prints the Markdown tables without --json, and refuses an unknown option', async () => {
    const tables = await runBench(['--size', '20', '--time', '5', '--rounds', '1', '--log-events', '100']);
    expect(tables.code).toBe(0);
    for (const heading of ['## Goals', '## 1. apply', '## 2. Daily status sweep', '## 3. Snapshot size', '## 4. Path generation', '## 5. Cost per event as the log grows']) expect(tables.stdout).toContain(heading);
    const refused = await runBench(['--fast']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^bench failed: unknown option --fast/);
  }, 300_000);
});
