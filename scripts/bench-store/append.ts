/**
 * The cost of an append as a case's history grows: one event appended to a
 * case of 50,000 events against one appended to a case of 100, interleaved
 * in the same run. The store reads the row's state snapshot, applies the
 * event and writes the new event row: nothing depends on the earlier events,
 * so the goal is a ratio of at most 2.
 */
import type { CaseStore } from '../../src/store';
import { median } from '../bench/measure';
import { APPEND_EVENT, longCase } from './samples';

/**
 * What the append benchmark measured on one back end.
 *
 * @example
 * ```ts
 * const figures: AppendFigures = { smallEvents: 100, largeEvents: 50000, appends: 40, smallMs: 2.1, largeMs: 2.3, ratio: 1.1 };
 * ```
 */
export interface AppendFigures {
  smallEvents: number;
  largeEvents: number;
  /** Appends measured per case. */
  appends: number;
  /** Median time of one append (`store.append`, one event) to the short case, ms. */
  smallMs: number;
  /** The same for the long case. */
  largeMs: number;
  /** Median over the interleaved pairs of long / short: the goal is at most 2. */
  ratio: number;
}

async function timedAppend(store: CaseStore, id: string, version: number): Promise<number> {
  const started = performance.now();
  const appended = await store.append(id, [APPEND_EVENT], { expectedVersion: version });
  const elapsed = performance.now() - started;
  if (!appended.ok) throw appended.error;
  if (appended.value.version !== version + 1) throw new Error(`append to ${id} reached version ${appended.value.version}, not ${version + 1}`);
  return elapsed;
}

/**
 * Import a short and a long case, then append to them in turn (which goes
 * first alternates), after a few unmeasured appends.
 *
 * @example
 * ```ts
 * const figures = await benchAppend(store, { appendSmall: 100, appendEvents: 50_000, appends: 40 });
 * ```
 */
export async function benchAppend(store: CaseStore, options: { appendSmall: number; appendEvents: number; appends: number }): Promise<AppendFigures> {
  const small = longCase(options.appendSmall);
  const large = longCase(options.appendEvents);
  const imported = await store.importCases([
    { id: 'append-small', case: small },
    { id: 'append-large', case: large },
  ]);
  if (!imported.ok) throw imported.error;
  let smallVersion = options.appendSmall;
  let largeVersion = options.appendEvents;
  const smallTimes: number[] = [];
  const largeTimes: number[] = [];
  const ratios: number[] = [];
  const warmUp = 3;
  for (let round = 0; round < options.appends + warmUp; round += 1) {
    let smallMs: number;
    let largeMs: number;
    if (round % 2 === 0) {
      smallMs = await timedAppend(store, 'append-small', smallVersion);
      largeMs = await timedAppend(store, 'append-large', largeVersion);
    } else {
      largeMs = await timedAppend(store, 'append-large', largeVersion);
      smallMs = await timedAppend(store, 'append-small', smallVersion);
    }
    smallVersion += 1;
    largeVersion += 1;
    if (round < warmUp) continue;
    smallTimes.push(smallMs);
    largeTimes.push(largeMs);
    ratios.push(largeMs / smallMs);
  }
  const verified = await store.read('append-large', { verify: true });
  if (!verified.ok) throw verified.error;
  if (verified.value.version !== largeVersion) throw new Error(`the long case has ${verified.value.version} events, not ${largeVersion}`);
  return { smallEvents: options.appendSmall, largeEvents: options.appendEvents, appends: options.appends, smallMs: median(smallTimes), largeMs: median(largeTimes), ratio: median(ratios) };
}
