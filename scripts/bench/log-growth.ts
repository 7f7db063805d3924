/**
 * Benchmark 5: cost per event as a case's log grows. One case of N events
 * and one of N/10 (the sizes: 100,000 and 10,000), and for each of
 * `apply` over the whole log (from `createCase`), `serialize` and `restore`
 * the time of the large one over the small one, measured interleaved in the
 * same run. A flat cost per event gives 10; the goal is at most 12.
 */
import { apply, createCase, restore, serialize, type PermitCase } from '../../src';
import { compareInterleaved, medianRatio } from './measure';

/**
 * The figures of one operation at both sizes.
 *
 * @example
 * ```ts
 * const row: LogGrowthRow = { operation: 'apply', smallMs: 60, largeMs: 640, ratio: 10.7 };
 * ```
 */
export interface LogGrowthRow {
  operation: 'apply' | 'serialize' | 'restore';
  /** Median time for the case of `smallEvents` events, ms. */
  smallMs: number;
  /** Median time for the case of `largeEvents` events, ms. */
  largeMs: number;
  /** Median over interleaved runs of large / small: 10 is a flat cost per event; the goal is <= 12. */
  ratio: number;
}

/**
 * Everything benchmark 5 measured.
 *
 * @example
 * ```ts
 * const result: LogGrowthResult = benchLogGrowth({ logEvents: 100_000, rounds: 5, time: 1000 });
 * result.rows.map((row) => row.ratio);
 * ```
 */
export interface LogGrowthResult {
  smallEvents: number;
  largeEvents: number;
  /** Bytes of the large case's snapshot. */
  largeSnapshotBytes: number;
  rows: LogGrowthRow[];
}

const OPENED_ON = '2026-01-12';

/**
 * A seasonal-worker case's log of `count` events: the first steps of the
 * bundled typical scenario, then documents handed in again and again with
 * the clock advanced between them (every event validated and applied, none
 * refused).
 *
 * @example
 * ```ts
 * longLog(10).length; // 10
 * ```
 */
export function longLog(count: number): unknown[] {
  const events: unknown[] = [
    { type: 'vacancy.declared', at: OPENED_ON },
    { type: 'clock.advanced', at: '2026-02-03' },
    { type: 'ademCertificate.issued', at: '2026-02-05' },
  ].slice(0, count);
  for (let index = events.length; index < count; index += 1) {
    events.push(index % 2 === 1 ? { type: 'documents.supplied', at: '2026-02-09', documents: ['passportCopy'] } : { type: 'clock.advanced', at: '2026-02-09' });
  }
  return events;
}

function replay(events: readonly unknown[]): PermitCase {
  const opened = createCase('seasonalWorker' as string, { at: OPENED_ON, facts: { visaRequired: true } });
  if (!opened.ok) throw opened.error;
  let current = opened.value;
  for (const event of events) {
    const next = apply(current, event);
    if (!next.ok) throw next.error;
    current = next.value;
  }
  return current;
}

function restored(json: string): PermitCase {
  const back = restore(json);
  if (!back.ok) throw back.error;
  return back.value;
}

/**
 * Measure `apply`, `serialize` and `restore` on a case of `logEvents`
 * events and on one of a tenth of them, interleaved. Throws if a restored
 * case does not serialize to its snapshot again.
 *
 * @example
 * ```ts
 * benchLogGrowth({ logEvents: 1000, rounds: 1, time: 5 }).rows[0]!.operation; // 'apply'
 * ```
 */
export function benchLogGrowth(options: { logEvents: number; rounds: number; time: number }): LogGrowthResult {
  const largeEvents = Math.max(10, options.logEvents);
  const smallEvents = Math.round(largeEvents / 10);
  const small = longLog(smallEvents);
  const large = longLog(largeEvents);
  const smallCase = replay(small);
  const largeCase = replay(large);
  const smallJson = serialize(smallCase);
  const largeJson = serialize(largeCase);
  for (const json of [smallJson, largeJson]) if (serialize(restored(json)) !== json) throw new Error('a restored long case does not serialize to its snapshot again');
  const measure = { rounds: options.rounds, time: options.time, minIterations: 1 };
  const pairs: [LogGrowthRow['operation'], () => void, () => void][] = [
    ['apply', () => void replay(small), () => void replay(large)],
    // A case copies its share of the shared log once, on the first read of `events` (a slice, linear); the runs serialize the same case.
    ['serialize', () => void serialize(smallCase), () => void serialize(largeCase)],
    ['restore', () => void restored(smallJson), () => void restored(largeJson)],
  ];
  const rows = pairs.map(([operation, runSmall, runLarge]) => {
    const comparison = compareInterleaved(
      [
        { name: `${operation} ${smallEvents}`, run: runSmall },
        { name: `${operation} ${largeEvents}`, run: runLarge },
      ],
      measure,
    );
    return { operation, smallMs: comparison.medianMs[0]!, largeMs: comparison.medianMs[1]!, ratio: medianRatio(comparison, 1, 0) };
  });
  return { smallEvents, largeEvents, largeSnapshotBytes: Buffer.byteLength(largeJson), rows };
}
