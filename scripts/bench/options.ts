/**
 * Command-line options of `npm run bench` (scripts/bench.ts).
 */
import { isIsoDate, type IsoDate } from '../../src';

/**
 * What `npm run bench` measures and how long it spends on each measurement.
 *
 * @example
 * ```ts
 * const options: BenchOptions = parseBenchArgs(['--size', '2000', '--json']);
 * ```
 */
export interface BenchOptions {
  /** Persisted cases in the daily sweep (the size: 100,000). */
  size: number;
  /** Milliseconds of CPU time per side and round of benchmark 1 (the replays). */
  time: number;
  /** Rounds of benchmark 1 (each `time` ms a side) and passes over the cases of benchmark 2. */
  rounds: number;
  /** The day of the sweep (every case is shifted so that its last event is on or before it). */
  sweepDay: IsoDate;
  /** Events in the long case of benchmark 5 (the size: 100,000), compared with a case of a tenth of them. */
  logEvents: number;
  json: boolean;
}

/**
 * The sizes.
 *
 * @example
 * ```ts
 * DEFAULT_OPTIONS.size; // 100000
 * ```
 */
export const DEFAULT_OPTIONS: BenchOptions = { size: 100_000, time: 1_000, rounds: 5, sweepDay: '2027-06-01', logEvents: 100_000, json: false };

/**
 * The usage text printed with an unknown option.
 *
 * @example
 * ```ts
 * console.error(USAGE);
 * ```
 */
export const USAGE = `usage: npm run bench -- [--size N] [--time MS] [--rounds N] [--sweep-day YYYY-MM-DD] [--log-events N] [--json]
  --size N        persisted cases in the daily sweep (default ${DEFAULT_OPTIONS.size})
  --time MS       CPU time per side and round of the apply replays (default ${DEFAULT_OPTIONS.time})
  --rounds N      rounds of the apply replays, passes over the swept cases (default ${DEFAULT_OPTIONS.rounds});
                  both sides run interleaved and ratios are medians over runs side by side
  --sweep-day D   the day of the sweep (default ${DEFAULT_OPTIONS.sweepDay})
  --log-events N  events in the long case of the log-growth benchmark, against a tenth of them (default ${DEFAULT_OPTIONS.logEvents})
  --json          print the results as JSON instead of tables`;

function positiveInteger(flag: string, text: string | undefined): number {
  const value = Number(text);
  if (text === undefined || !Number.isSafeInteger(value) || value < 1) throw new Error(`${flag} needs a positive integer`);
  return value;
}

/**
 * Parse the arguments after `npm run bench --`; throws an `Error` with a readable message for bad input.
 *
 * @example
 * ```ts
 * parseBenchArgs(['--size', '2000', '--rounds', '3']).size; // 2000
 * ```
 */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const options = { ...DEFAULT_OPTIONS };
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index]!;
    const value = (): string | undefined => {
      index += 1;
      return argv[index];
    };
    if (flag === '--size') options.size = positiveInteger(flag, value());
    else if (flag === '--time') options.time = positiveInteger(flag, value());
    else if (flag === '--rounds') options.rounds = positiveInteger(flag, value());
    else if (flag === '--sweep-day') {
      const day = value();
      if (!isIsoDate(day)) throw new Error('--sweep-day needs a date as YYYY-MM-DD');
      options.sweepDay = day;
    } else if (flag === '--log-events') options.logEvents = positiveInteger(flag, value());
    else if (flag === '--json') options.json = true;
    else throw new Error(`unknown option ${flag}\n${USAGE}`);
  }
  return options;
}
