/**
 * The benchmark report: the machine it ran on, a summary of the issue's goals
 * (ratios and sizes measured in this one run), and the absolute figures, as
 * Markdown tables or JSON.
 */
import { cpus } from 'node:os';
import type { ApplyResult } from './apply';
import type { LogGrowthResult } from './log-growth';
import type { BenchOptions } from './options';
import type { PathsResult } from './paths';
import type { SnapshotSize } from './snapshot-size';
import type { SweepFormResult, SweepResult } from './sweep';

/**
 * One line of the summary: a goal of the issue and what this run measured.
 *
 * @example
 * ```ts
 * const row: SummaryRow = { benchmark: '4. path generation, all machines', value: 2.1, unit: 's', goal: '< 10 s', met: true };
 * ```
 */
export interface SummaryRow {
  benchmark: string;
  value: number;
  unit: 'ratio' | 'times faster' | 'bytes' | 's';
  goal: string;
  met: boolean;
}

/**
 * Everything one run measured.
 *
 * @example
 * ```ts
 * const report: BenchReport = JSON.parse(jsonOutput);
 * report.summary.filter((row) => !row.met);
 * ```
 */
export interface BenchReport {
  machine: { cpu: string; cores: number; node: string };
  options: Omit<BenchOptions, 'json'>;
  summary: SummaryRow[];
  apply: ApplyResult[];
  sweep: SweepResult;
  snapshots: SnapshotSize[];
  paths: PathsResult;
  logGrowth: LogGrowthResult;
}

/**
 * CPU model, logical cores and Node version of this machine.
 *
 * @example
 * ```ts
 * machineInfo().node; // process.version
 * ```
 */
export function machineInfo(): BenchReport['machine'] {
  const all = cpus();
  return { cpu: all[0]?.model.trim() ?? 'unknown', cores: all.length, node: process.version };
}

/**
 * The issue's four goals against this run's figures.
 *
 * @example
 * ```ts
 * summarize(apply, sweep, snapshots, paths).map((row) => `${row.benchmark}: ${row.met}`);
 * ```
 */
export function summarize(apply: readonly ApplyResult[], sweep: SweepResult, snapshots: readonly SnapshotSize[], paths: PathsResult, logGrowth: LogGrowthResult): SummaryRow[] {
  const largest = snapshots.reduce((found, size) => (size.stateBytes > found.stateBytes ? size : found), snapshots[0]!);
  return [
    ...apply.map((result) => ({ benchmark: `1. apply vs raw actor (${result.workload})`, value: result.ratio, unit: 'ratio' as const, goal: '>= 0.8', met: result.ratio >= 0.8 })),
    ...sweep.forms.map((form) => ({
      benchmark: `2. daily sweep of ${sweep.cases} persisted ${FORM_NAMES[form.form]} vs an actor per case`,
      value: form.speedup,
      unit: 'times faster' as const,
      goal: '>= 10',
      met: form.speedup >= 10,
    })),
    {
      benchmark: `3. state snapshot of a typical case, largest procedure (${largest.procedureId}; full snapshot with its event log: ${int(largest.bytes)} B)`,
      value: largest.stateBytes,
      unit: 'bytes',
      goal: '< 1024',
      met: largest.stateBytes < 1024,
    },
    { benchmark: '4. path generation, all machines', value: paths.totalMs / 1000, unit: 's', goal: '< 10 s', met: paths.totalMs < 10_000 },
    ...logGrowth.rows.map((row) => ({
      benchmark: `5. ${row.operation} of a case of ${int(logGrowth.largeEvents)} events vs ${int(logGrowth.smallEvents)} (10 is a flat cost per event)`,
      value: row.ratio,
      unit: 'ratio' as const,
      goal: '<= 12',
      met: row.ratio <= 12,
    })),
  ];
}

const FORM_NAMES: Record<SweepFormResult['form'], string> = {
  full: 'full snapshots (serialize, with the event log)',
  state: 'state snapshots (serializeState)',
};

const int = (value: number): string => Math.round(value).toLocaleString('en-US');
const fixed = (value: number, digits: number): string => value.toFixed(digits);

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const align = header.map((_, index) => (index === 0 ? '---' : '---:'));
  return [header, align, ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}

/**
 * The report as Markdown: summary first, then one table per benchmark.
 *
 * @example
 * ```ts
 * process.stdout.write(formatReport(report));
 * ```
 */
export function formatReport(report: BenchReport): string {
  const { machine, options, summary, apply, sweep, snapshots, paths, logGrowth } = report;
  const unitText = (row: SummaryRow): string =>
    row.unit === 'ratio' ? `${fixed(row.value, 2)}x` : row.unit === 'times faster' ? `${fixed(row.value, 1)}x faster` : row.unit === 'bytes' ? `${int(row.value)} B` : `${fixed(row.value, 2)} s`;
  return [
    `# permit-lifecycles benchmarks`,
    ``,
    `${machine.cpu}, ${machine.cores} logical cores, Node ${machine.node}; apply: ${options.rounds} round(s) of ${options.time} ms a side; sweep: ${options.rounds} pass(es) over the cases in slices; both sides interleaved; sweep day ${options.sweepDay}.`,
    `Ratios compare figures measured in this one run, side by side: they are the figures that matter; absolute figures depend on the machine and its load.`,
    ``,
    `## Goals`,
    ``,
    table(['benchmark', 'measured', 'goal', 'met'], summary.map((row) => [row.benchmark, unitText(row), row.goal, row.met ? 'yes' : 'no'])),
    ``,
    `## 1. apply (validation + transition) vs a raw XState actor`,
    ``,
    table(
      ['workload', 'sequences', 'events', 'apply events/s', 'raw actor events/s', 'ratio'],
      apply.map((result) => [result.workload, int(result.sequences), int(result.events), int(result.applyEventsPerSecond), int(result.actorEventsPerSecond), `${fixed(result.ratio, 2)}x`]),
    ),
    ``,
    `## 2. Daily status sweep over persisted cases`,
    ``,
    `${int(sweep.cases)} persisted cases repeating ${int(sweep.distinctCases)} distinct ones in ${int(sweep.states)} procedure:state pairs, ${int(sweep.lapsing)} of them lapsing on the sweep day; each form is swept by the library and by an actor restored per case from the same rows. Agree: ${sweep.agree ? 'yes' : 'NO'}.`,
    ``,
    table(
      ['form', 'library ms', 'naive ms', 'library cases/s', 'naive cases/s', 'speedup', 'heap bytes/case', 'JSON bytes/case', 'agree'],
      sweep.forms.map((form) => [
        FORM_NAMES[form.form],
        int(form.libraryMs),
        int(form.naiveMs),
        int(form.libraryCasesPerSecond),
        int(form.naiveCasesPerSecond),
        `${fixed(form.speedup, 1)}x`,
        int(form.bytesPerPersistedCase),
        int(form.jsonBytesPerCase),
        form.agree ? 'yes' : 'NO',
      ]),
    ),
    ``,
    `Distinct cases by procedure: ${Object.entries(sweep.procedures).map(([id, count]) => `${id} ${count}`).join(', ')}.`,
    ``,
    `## 3. Snapshot size of a typical case`,
    ``,
    `State snapshot (serializeState: what one's own store keeps, the events in their own table):`,
    ``,
    table(
      ['procedure', 'scenario', 'events', 'bytes', 'context', 'of which facts', 'envelope', 'gzip'],
      snapshots.map((size) => [size.procedureId, size.scenario, int(size.events), int(size.stateBytes), int(size.stateContextBytes), int(size.stateFactsBytes), int(size.stateEnvelopeBytes), int(size.stateGzipBytes)]),
    ),
    ``,
    `Full snapshot (serialize: with the event log, for export, audit and input from outside):`,
    ``,
    table(
      ['procedure', 'scenario', 'events', 'bytes', 'event log', 'context', 'of which facts', 'envelope', 'gzip'],
      snapshots.map((size) => [size.procedureId, size.scenario, int(size.events), int(size.bytes), int(size.eventLogBytes), int(size.contextBytes), int(size.factsBytes), int(size.envelopeBytes), int(size.gzipBytes)]),
    ),
    ``,
    `## 4. Path generation (walkProcedure + generatePaths)`,
    ``,
    table(
      ['procedure', 'nodes', 'edges', 'paths', 'ms'],
      [...paths.procedures.map((entry) => [entry.procedureId, int(entry.nodes), int(entry.edges), int(entry.paths), int(entry.ms)]), ['all machines', '', '', int(paths.procedures.reduce((sum, entry) => sum + entry.paths, 0)), int(paths.totalMs)]],
    ),
    ``,
    `## 5. Cost per event as the log grows`,
    ``,
    `One seasonal-worker case of ${int(logGrowth.largeEvents)} events (a ${int(logGrowth.largeSnapshotBytes)} B snapshot) against one of ${int(logGrowth.smallEvents)}, measured interleaved; \`apply\` replays the whole log from \`createCase\`.`,
    ``,
    table(
      ['operation', `${int(logGrowth.smallEvents)} events ms`, `${int(logGrowth.largeEvents)} events ms`, 'ratio'],
      logGrowth.rows.map((row) => [row.operation, fixed(row.smallMs, 1), fixed(row.largeMs, 1), `${fixed(row.ratio, 2)}x`]),
    ),
    ``,
  ].join('\n');
}
