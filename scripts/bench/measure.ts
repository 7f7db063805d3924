/**
 * Timing helpers: tinybench runs the tasks of one comparison one after the
 * other in each round, and the ratio of their median times is taken per round
 * and then over rounds, so that both sides of a ratio see the same machine
 * load (the figures that matter on a busy machine are the ratios). Time is
 * the process's CPU time (user + system), not the wall clock: on a machine
 * shared with other work, the wall clock also counts the time spent waiting
 * for a core.
 */
import { Bench } from 'tinybench';

/**
 * Milliseconds of CPU time this process has used.
 *
 * @example
 * ```ts
 * const started = cpuNow();
 * work();
 * const cpuMs = cpuNow() - started;
 * ```
 */
export function cpuNow(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/**
 * Median of a non-empty list.
 *
 * @example
 * ```ts
 * median([3, 1, 2]); // 2
 * ```
 */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * One side of a comparison: a name and a synchronous task.
 *
 * @example
 * ```ts
 * const task: ComparedTask = { name: 'apply', run: () => replay() };
 * ```
 */
export interface ComparedTask {
  name: string;
  run: () => void;
}

/**
 * Median milliseconds per run of each task, per round, in the order given.
 *
 * @example
 * ```ts
 * const comparison: Comparison = compare(tasks, { rounds: 3, time: 500, minIterations: 8 });
 * comparison.medianMs; // one figure per task
 * ```
 */
export interface Comparison {
  /** rounds[r][t]: the median time of task t in round r, in ms. */
  rounds: number[][];
  /** Median over rounds of each task's median time, in ms. */
  medianMs: number[];
}

/**
 * Run the tasks with tinybench in `rounds` rounds of `time` ms each (at least
 * `minIterations` runs per task and round) and collect their median times.
 * `warmup: false` for tasks too long to repeat (warm them up beforehand).
 *
 * @example
 * ```ts
 * const comparison = compare([{ name: 'a', run: a }, { name: 'b', run: b }], { rounds: 3, time: 500, minIterations: 8 });
 * ```
 */
export function compare(tasks: readonly ComparedTask[], options: { rounds: number; time: number; minIterations: number; warmup?: boolean }): Comparison {
  const rounds: number[][] = [];
  for (let round = 0; round < options.rounds; round += 1) {
    const bench = new Bench({ now: cpuNow, time: options.time, iterations: options.minIterations, warmup: options.warmup ?? true, warmupTime: Math.min(250, options.time), warmupIterations: 2, throws: true });
    // Alternate the order, so that neither side always runs first in a round.
    const ordered = round % 2 === 0 ? tasks : [...tasks].reverse();
    for (const task of ordered) bench.add(task.name, task.run);
    bench.runSync();
    rounds.push(
      tasks.map((task) => {
        const result = bench.getTask(task.name)?.result;
        if (!result || !('latency' in result)) throw new Error(`benchmark task "${task.name}" produced no result`);
        return result.latency.p50;
      }),
    );
  }
  return { rounds, medianMs: tasks.map((_, index) => median(rounds.map((times) => times[index]!))) };
}

/**
 * Median over rounds of the per-round ratio `times[numerator] / times[denominator]`.
 *
 * @example
 * ```ts
 * medianRatio(comparison, 1, 0); // how many times longer task 1 took than task 0
 * ```
 */
export function medianRatio(comparison: Comparison, numerator: number, denominator: number): number {
  return median(comparison.rounds.map((times) => times[numerator]! / times[denominator]!));
}
