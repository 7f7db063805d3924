/**
 * The command line of `npm run bench:store` (scripts/bench-store.ts).
 */
import { isoDate, type IsoDate } from '../../src';

/**
 * What `bench:store` runs, and at which sizes.
 *
 * @example
 * ```ts
 * const options = parseStoreBenchArgs(['--size', '2000', '--json']);
 * ```
 */
export interface StoreBenchOptions {
  /** Cases imported (and swept by `listDue`) per back end. */
  size: number;
  backends: ('pglite' | 'pg')[];
  /** `listDue` runs measured. */
  runs: number;
  pgUrl: string | null;
  /** The Monday of "this week". */
  week: IsoDate;
  /** Events of the long case of the append benchmark (the short one has `appendSmall`). */
  appendEvents: number;
  appendSmall: number;
  /** Appends measured to each of the two cases. */
  appends: number;
  /** Writer processes of the concurrency benchmark (PostgreSQL only). */
  writers: number;
  /** Seconds each concurrency run lasts. */
  seconds: number;
  /** Cases all writers share in the hot-cases run. */
  hotCases: number;
  json: boolean;
}

function integer(flag: string, text: string, min: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) throw new Error(`${flag} must be an integer of at least ${min}`);
  return value;
}

/**
 * Parse the arguments of `bench:store`; throws on an unknown or bad one.
 *
 * @example
 * ```ts
 * parseStoreBenchArgs(['--backend', 'pglite']).backends; // ['pglite']
 * ```
 */
export function parseStoreBenchArgs(argv: readonly string[]): StoreBenchOptions {
  const options: StoreBenchOptions = {
    size: 100_000,
    backends: ['pglite', 'pg'],
    runs: 20,
    pgUrl: null,
    week: '2026-06-01',
    appendEvents: 50_000,
    appendSmall: 100,
    appends: 40,
    writers: 8,
    seconds: 20,
    hotCases: 20,
    json: false,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i]!;
    const need = (): string => {
      const value = argv[i + 1];
      if (value === undefined) throw new Error(`${flag} needs a value`);
      i += 1;
      return value;
    };
    if (flag === '--size') options.size = integer(flag, need(), 1);
    else if (flag === '--runs') options.runs = integer(flag, need(), 1);
    else if (flag === '--pg-url') options.pgUrl = need();
    else if (flag === '--week') options.week = isoDate(need());
    else if (flag === '--append-events') options.appendEvents = integer(flag, need(), 10);
    else if (flag === '--append-small') options.appendSmall = integer(flag, need(), 4);
    else if (flag === '--appends') options.appends = integer(flag, need(), 1);
    else if (flag === '--writers') options.writers = integer(flag, need(), 1);
    else if (flag === '--seconds') options.seconds = integer(flag, need(), 1);
    else if (flag === '--hot-cases') options.hotCases = integer(flag, need(), 1);
    else if (flag === '--json') options.json = true;
    else if (flag === '--backend') {
      const backend = need();
      if (backend !== 'pglite' && backend !== 'pg' && backend !== 'both') throw new Error('--backend is pglite, pg or both');
      options.backends = backend === 'both' ? ['pglite', 'pg'] : [backend];
    } else throw new Error(`unknown option ${flag}`);
  }
  return options;
}
