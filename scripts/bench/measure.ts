/**
 * Timing helpers: the two sides of a comparison run interleaved, one run of
 * each back to back, and the ratio is the median of the ratios of runs side
 * by side, so that both sides of a ratio see the same machine load (the
 * figures that matter on a busy machine are the ratios). Time is the
 * process's CPU time (user + system), not the wall clock: on a machine shared
 * with other work, the wall clock also counts the time spent waiting for a
 * core. (tinybench, which timed the sides in blocks of one task after the
 * other, gave ratios that spread over ±0.15 from run to run here; it cannot
 * interleave two tasks, nor can mitata.)
 */

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
 * The times of a comparison's runs, in the order the tasks were given.
 *
 * @example
 * ```ts
 * const comparison: Comparison = compareInterleaved(tasks, { rounds: 3, time: 500, minIterations: 8 });
 * comparison.medianMs; // one figure per task
 * ```
 */
export interface Comparison {
  /** rounds[r][t]: the time of task t's run in interleaving r, in ms. */
  rounds: number[][];
  /** Median over interleavings of each task's time, in ms. */
  medianMs: number[];
}

/**
 * Run the tasks interleaved, one run of each back to back, and time every
 * run: on a machine whose speed drifts with other work, two runs side by side
 * see the same conditions, where two one-second blocks one after the other
 * may not (single `npm run bench` ratios from {@link compare} spread over
 * ±0.15 at a steady load; interleaved ones within ±0.02). Each entry of
 * `rounds` is one such interleaving (the order alternates from one to the
 * next); the runs continue until each task has had `rounds × time` ms and at
 * least `rounds × minIterations` runs. The first runs, for at least
 * `min(250, time)` ms a task, warm up and are not timed.
 *
 * @example
 * ```ts
 * const comparison = compareInterleaved([{ name: 'a', run: a }, { name: 'b', run: b }], { rounds: 5, time: 1000, minIterations: 8 });
 * medianRatio(comparison, 1, 0); // the median over interleavings of b's time over a's
 * ```
 */
export function compareInterleaved(tasks: readonly ComparedTask[], options: { rounds: number; time: number; minIterations: number }): Comparison {
  const warmupUntil = cpuNow() + Math.min(250, options.time) * tasks.length;
  for (let warmups = 0; warmups < 2 || cpuNow() < warmupUntil; warmups += 1) for (const task of tasks) task.run();
  const rounds: number[][] = [];
  const budget = options.rounds * options.time * tasks.length;
  const started = cpuNow();
  while (rounds.length < options.rounds * options.minIterations || cpuNow() - started < budget) {
    const reversed = rounds.length % 2 === 1;
    const times = new Array<number>(tasks.length);
    for (let position = 0; position < tasks.length; position += 1) {
      const index = reversed ? tasks.length - 1 - position : position;
      const before = cpuNow();
      tasks[index]!.run();
      times[index] = cpuNow() - before;
    }
    rounds.push(times);
  }
  return { rounds, medianMs: tasks.map((_, index) => median(rounds.map((times) => times[index]!))) };
}

/**
 * Median over interleavings of the ratio `times[numerator] / times[denominator]`.
 *
 * @example
 * ```ts
 * medianRatio(comparison, 1, 0); // how many times longer task 1 took than task 0
 * ```
 */
export function medianRatio(comparison: Comparison, numerator: number, denominator: number): number {
  return median(comparison.rounds.map((times) => times[numerator]! / times[denominator]!));
}
