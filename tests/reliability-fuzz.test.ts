/**
 * Reliability fuzzing of every registered procedure (issue 11): random
 * sequences of valid and invalid events, random dates and junk never throw,
 * never leave the machine, never change a case on a refusal and never break
 * an invariant. New procedures get these tests by being in the registry.
 *
 * Replay a failure with the seed (and path) printed in the error:
 *   FUZZ_SEED=<seed> FUZZ_PATH=<path> npx vitest run tests/reliability-fuzz.test.ts -t <procedureId>
 * FUZZ_RUNS overrides the number of runs per procedure (default 10,000).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listProcedures } from '../src';
import { walkProcedure } from '../src/testing';
import { deepFreeze } from './support/deep-freeze';
import { recipe, start } from './support/fuzz-events';
import { emptyStats, runSequence, statePathsOf, type FuzzSession } from './support/fuzz-oracle';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const PATH = process.env.FUZZ_PATH;
const MAX_STEPS = 6;
const FULL_CHECK_EVERY = Number(process.env.FUZZ_FULL_CHECK_EVERY ?? 10);

function replayHint(procedureId: string, details: { seed: number; counterexamplePath: string | null }): string {
  const path = details.counterexamplePath ? ` FUZZ_PATH=${details.counterexamplePath}` : '';
  return `\nReplay: FUZZ_SEED=${details.seed}${path} npx vitest run tests/reliability-fuzz.test.ts -t ${procedureId}`;
}

describe.each(listProcedures().map((procedure) => [procedure.id, procedure] as const))('fuzzing %s', (id, procedure) => {
  it(`survives ${RUNS} random sequences of valid, invalid and junk events`, { timeout: 600_000 }, () => {
    const walk = walkProcedure(procedure);
    const nodes = deepFreeze(walk.graphs.flatMap((graph) => Object.values(graph.nodes)));
    const session: FuzzSession = {
      procedure,
      nodes,
      statePaths: statePathsOf(procedure),
      fullyChecked: new Set(),
      fullyCheckedStates: new Set(),
      fullCheckEvery: FULL_CHECK_EVERY,
      stats: emptyStats(),
    };
    const started = performance.now();
    fc.assert(
      fc.property(start, fc.array(recipe, { minLength: 1, maxLength: MAX_STEPS }), (from, steps) => runSequence(session, from, steps)),
      {
        numRuns: RUNS,
        ...(SEED !== undefined ? { seed: SEED } : {}),
        ...(PATH !== undefined ? { path: PATH } : {}),
        reporter: (details) => {
          if (!details.failed) return;
          const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
          throw new Error(`${fc.defaultReportMessage(details)}\n${cause}${replayHint(id, details)}`);
        },
      },
    );
    const { stats } = session;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `${id}: ${stats.runs} runs (incl. shrinking), ${stats.steps} steps, ${stats.accepted} accepted, refused ${JSON.stringify(stats.refused)}, ` +
        `${stats.reads} reads (${stats.readErrors} typed refusals), ${stats.fullChecks} distinct cases fully checked, ` +
        `${stats.statesReached.size}/${session.statePaths.size} states reached, ${seconds} s`,
    );
    if (PATH === undefined) {
      expect(stats.runs).toBeGreaterThanOrEqual(RUNS);
      expect(stats.accepted).toBeGreaterThan(0);
    }
  });
});
