/**
 * `npm run bench`: the issue-10 benchmarks in one run on one machine.
 *
 * 1. `apply` (validation + transition) against a raw XState actor receiving
 *    the same events (bundled scenarios, generated test paths);
 * 2. a daily status sweep over persisted cases of mixed procedures and
 *    states (`reviewPersisted`: `readPersisted` + `status` + `deadlines` in
 *    one pass) against restoring an
 *    actor per case, over full snapshots and over state snapshots, with the
 *    heap held per persisted case;
 * 3. the snapshot size of a typical case of each procedure;
 * 4. path generation for all machines;
 * 5. the cost per event as a case's log grows (`apply`, `serialize` and
 *    `restore` of a case of 100,000 events against one of 10,000).
 *
 *   npm run bench                                   # the sizes (100,000 cases)
 *   npm run bench -- --size 2000 --time 200 --rounds 3 --json
 *
 * Prints Markdown tables (or JSON with --json). Exit codes: 0 done (whether
 * or not the goals are met: benchmarks are not tests), 1 the two sweeps
 * disagreed on some case, 2 bad arguments or a failure.
 */
import { listProcedures, type PermitCase } from '../src';
import { WALK_START_DATE } from '../src/testing';
import { benchApply } from './bench/apply';
import { benchLogGrowth } from './bench/log-growth';
import { parseBenchArgs } from './bench/options';
import { generateAllPaths } from './bench/paths';
import { formatReport, machineInfo, summarize, type BenchReport } from './bench/report';
import { pathSequences, scenarioSequences } from './bench/sequences';
import { snapshotSizes } from './bench/snapshot-size';
import { benchSweep, sweepPool } from './bench/sweep';

function log(options: { json: boolean }, message: string): void {
  // Progress goes to stderr so that stdout stays the report (or JSON).
  if (!options.json) process.stderr.write(`${message}\n`);
}

function main(): void {
  const options = parseBenchArgs(process.argv.slice(2));
  log(options, `permit-lifecycles benchmarks (${listProcedures().length} procedures)`);

  log(options, '4. path generation ...');
  const { result: paths, generated } = generateAllPaths();

  const scenarios = scenarioSequences(new URL('../examples/scenarios/', import.meta.url));
  log(options, '3. snapshot sizes ...');
  const snapshots = snapshotSizes(scenarios);

  log(options, '1. apply vs raw actor ...');
  const generatedSequences = generated.flatMap((entry) => pathSequences(entry.procedure, entry.paths, WALK_START_DATE));
  const apply = [
    benchApply('bundled scenarios', scenarios, options),
    benchApply('generated test paths', generatedSequences, options),
  ];

  log(options, '2. daily sweep ...');
  const bases: PermitCase[] = [
    ...generated.flatMap((entry) => entry.walk.graphs.flatMap((graph) => Object.values(graph.nodes))),
    ...scenarios.flatMap((sequence) => sequence.prefixes),
  ];
  const pool = sweepPool(bases, options.sweepDay, options.size);
  const sweep = benchSweep(pool, options);

  log(options, '5. cost per event as the log grows ...');
  const logGrowth = benchLogGrowth(options);

  const { json, ...shown } = options;
  const report: BenchReport = { machine: machineInfo(), options: shown, summary: summarize(apply, sweep, snapshots, paths, logGrowth), apply, sweep, snapshots, paths, logGrowth };
  process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  if (!sweep.agree) {
    process.stderr.write('the library and the naive sweep disagree on some case: the comparison is void\n');
    process.exitCode = 1;
  }
}

try {
  main();
} catch (error) {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
