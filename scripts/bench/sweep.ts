/**
 * Benchmark 2: the daily status sweep over many persisted cases of mixed
 * procedures and states, in both forms a store may hold: full snapshots
 * (`serialize`, with the event log: what the case store writes) and state
 * snapshots (`serializeState`, for a store that keeps the events apart).
 * The library reads each row with `reviewPersisted` (`readPersisted`, then
 * `status` and `deadlines` on the sweep day, in one pass), no actor started; the naive approach
 * restores an XState actor per case from the same rows.
 */
import { addDays, applyAll, createCase, daysBetween, recordLapses, reviewPersisted, serialize, serializeState, statePath, type PermitCase, type PersistedCase, type PersistedCaseState } from '../../src';
import { compareInterleaved, medianRatio } from './measure';
import { readWithActor, type SweepView } from './naive-read';
import type { IsoDate } from '../../src';

/**
 * The sweep over one form of persisted case: its speed against the naive
 * restore from the same rows, and its memory.
 *
 * @example
 * ```ts
 * const state: SweepFormResult = benchSweep(pool, options).forms[1]!;
 * `${state.form}: ${state.speedup.toFixed(1)}x`;
 * ```
 */
export interface SweepFormResult {
  /** `full`: `serialize` (with the event log); `state`: `serializeState`. */
  form: 'full' | 'state';
  libraryMs: number;
  naiveMs: number;
  libraryCasesPerSecond: number;
  naiveCasesPerSecond: number;
  /** How many times faster the library's sweep is: the goal is >= 10. */
  speedup: number;
  /** Heap held by the persisted cases (parsed snapshot objects), per case. */
  bytesPerPersistedCase: number;
  /** Average length of a persisted case as JSON. */
  jsonBytesPerCase: number;
  /** The library and the naive restore agreed on every distinct case of this form (state, rights, validity, breaches, deadlines). */
  agree: boolean;
}

/**
 * The figures of the sweep, for both forms.
 *
 * @example
 * ```ts
 * const result: SweepResult = benchSweep(pool, { size: 100_000, sweepDay: '2027-06-01', rounds: 5 });
 * result.forms.map((form) => `${form.form}: ${form.speedup.toFixed(1)}x`);
 * ```
 */
export interface SweepResult {
  cases: number;
  /** Distinct cases the persisted ones repeat (as deep copies). */
  distinctCases: number;
  procedures: Record<string, number>;
  states: number;
  /** Cases whose lapses fire on the sweep day. */
  lapsing: number;
  /** Full snapshots first, then state snapshots. */
  forms: SweepFormResult[];
  /** Every form agreed with the naive restore, and the library read both forms of every case alike. */
  agree: boolean;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Every date in a JSON value moved by `days`.
 *
 * @example
 * ```ts
 * shifted({ at: '2026-01-12', note: 'x' }, 3); // { at: '2026-01-15', note: 'x' }
 * ```
 */
export function shifted<T>(value: T, days: number): T {
  if (typeof value === 'string') return (ISO_DATE.test(value) ? addDays(value as IsoDate, days) : value) as T;
  if (Array.isArray(value)) return value.map((item) => shifted(item, days)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shifted(item, days)])) as T;
  return value;
}

/** How long before the sweep day each distinct case had its last event: today, this week, this quarter, last year. */
const QUIET_DAYS = [0, 1, 3, 7, 14, 30, 60, 90, 180, 365];

/**
 * The case as a store swept daily holds it on the eve of `day`: yesterday's
 * sweep appended a `clock.advanced` when a lapse fired (it changed the state,
 * the open deadlines or the breaches), as `recordLapses` and `sweepDue` do.
 */
function sweptUntilYesterday(current: PermitCase, day: IsoDate): PermitCase {
  const yesterday = addDays(day, -1);
  if (current.context.lastEventAt >= yesterday) return current;
  const swept = recordLapses(current, yesterday);
  return swept.ok ? swept.value : current;
}

/**
 * Distinct real cases for the sweep: each base case (walk nodes, scenario
 * prefixes) replayed through the case API with its dates moved so that its
 * last event falls a varying number of days before the sweep day, then swept
 * up to the eve of the sweep day. Bases are taken round-robin across
 * procedures so that even a small pool is mixed.
 *
 * @example
 * ```ts
 * const pool = sweepPool(walkedCases, '2027-06-01', 100_000);
 * ```
 */
export function sweepPool(bases: readonly PermitCase[], sweepDay: IsoDate, wanted: number, variantsPerBase = 2): PermitCase[] {
  const byProcedure = new Map<string, PermitCase[]>();
  for (const base of bases) byProcedure.set(base.procedureId, [...(byProcedure.get(base.procedureId) ?? []), base]);
  const queues = [...byProcedure.values()];
  const ordered: PermitCase[] = [];
  for (let index = 0; ordered.length < bases.length; index += 1) for (const queue of queues) if (index < queue.length) ordered.push(queue[index]!);
  const pool: PermitCase[] = [];
  for (const [index, base] of ordered.entries()) {
    for (let variant = 0; variant < variantsPerBase && pool.length < wanted; variant += 1) {
      const quiet = QUIET_DAYS[(index * variantsPerBase + variant) % QUIET_DAYS.length]!;
      const shift = daysBetween(base.context.lastEventAt, sweepDay) - quiet;
      const opened = createCase(base.procedureId, { at: addDays(base.context.openedOn, shift), facts: shifted(base.context.facts, shift) });
      if (!opened.ok) continue;
      const replayed = applyAll(opened.value, shifted(base.events, shift));
      if (replayed.ok) pool.push(sweptUntilYesterday(replayed.value, sweepDay));
    }
    if (pool.length >= wanted) break;
  }
  return pool;
}

/**
 * Read a persisted case with the library and compute what the sweep needs:
 * `reviewPersisted`, what a host's sweep calls for each row (the answers of
 * `readPersisted` followed by the full `status` and `deadlines`, in one pass).
 *
 * @example
 * ```ts
 * readWithLibrary(JSON.parse(serialize(someCase)), '2027-06-01').deadlines;
 * readWithLibrary(JSON.parse(serializeState(someCase)), '2027-06-01').deadlines;
 * ```
 */
export function readWithLibrary(persisted: unknown, at: IsoDate): SweepView {
  const review = reviewPersisted(persisted, at);
  if (!review.ok) throw review.error;
  const today = review.value.status;
  return {
    state: today.state,
    reside: today.rights.reside.verdict,
    work: today.rights.work.verdict,
    validUntil: today.validUntil,
    breaches: today.breaches.length,
    deadlines: review.value.deadlines.map((deadline) => ({ id: deadline.id, label: deadline.label, due: deadline.due, state: deadline.state })),
  };
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('the sweep benchmark measures memory: run it with --expose-gc (npm run bench does)');
  gc();
  gc();
}

/** Below this many parsed copies the heap figure is lost in the collector's noise (a tiny smoke run measured it as 0 or less). */
const MEMORY_SAMPLE_MIN = 20_000;

/** Heap held per case by `size` parsed copies of the texts (each its own object graph, as rows from a database would be), measured on at least {@link MEMORY_SAMPLE_MIN} copies. */
function parsedCopies<T>(texts: readonly string[], size: number): { copies: T[]; bytesPerCase: number } {
  const sample = Math.max(size, MEMORY_SAMPLE_MIN);
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const copies = Array.from({ length: sample }, (_, index) => JSON.parse(texts[index % texts.length]!) as T);
  collectGarbage();
  const bytesPerCase = (process.memoryUsage().heapUsed - heapBefore) / sample;
  return { copies: copies.length === size ? copies : copies.slice(0, size), bytesPerCase };
}

/** How many slices the sweep's cases are cut into: the two sides alternate slice by slice. */
const SWEEP_SLICES = 20;

/** `rows` cut into at most `count` contiguous slices of near-equal length (none empty). */
function sliceRows<T>(rows: readonly T[], count: number): T[][] {
  const slices = Math.max(1, Math.min(count, rows.length));
  return Array.from({ length: slices }, (_, index) => rows.slice(Math.floor((index * rows.length) / slices), Math.floor(((index + 1) * rows.length) / slices)));
}

/** Sweep `size` parsed copies of one form's texts both ways; `views` collects the library's answer per distinct case. */
function benchForm(form: SweepFormResult['form'], texts: readonly string[], options: { size: number; sweepDay: IsoDate; rounds: number }, views: string[]): SweepFormResult {
  const { copies: persisted, bytesPerCase } = parsedCopies<PersistedCase | PersistedCaseState>(texts, options.size);
  const at = options.sweepDay;
  // Reading every distinct case both ways checks that they agree, and warms both up.
  let agree = true;
  for (const text of texts) {
    const library = JSON.stringify(readWithLibrary(JSON.parse(text), at));
    if (library !== JSON.stringify(readWithActor(JSON.parse(text) as PersistedCase | PersistedCaseState, at))) agree = false;
    views.push(library);
  }
  let sink = 0;
  const slices = sliceRows(persisted, SWEEP_SLICES);
  // Each side's k-th run sweeps slice k: the two runs of one interleaving sweep the same rows.
  let libraryRuns = 0;
  let naiveRuns = 0;
  const comparison = compareInterleaved(
    [
      { name: `sweep (${form}): reviewPersisted`, run: () => slices[libraryRuns++ % slices.length]!.forEach((stored) => (sink += readWithLibrary(stored, at).deadlines.length)) },
      { name: `sweep (${form}): an actor restored per case`, run: () => slices[naiveRuns++ % slices.length]!.forEach((stored) => (sink += readWithActor(stored, at).deadlines.length)) },
    ],
    { rounds: options.rounds, time: 0, minIterations: slices.length },
  );
  if (sink < 0) throw new Error('unreachable');
  // CPU time of one whole pass over the cases: all the slices timed, over the passes they make.
  const passes = comparison.rounds.length / slices.length;
  const libraryMs = comparison.rounds.reduce((sum, times) => sum + times[0]!, 0) / passes;
  const naiveMs = comparison.rounds.reduce((sum, times) => sum + times[1]!, 0) / passes;
  return {
    form,
    libraryMs,
    naiveMs,
    libraryCasesPerSecond: (options.size / libraryMs) * 1000,
    naiveCasesPerSecond: (options.size / naiveMs) * 1000,
    speedup: medianRatio(comparison, 1, 0),
    bytesPerPersistedCase: bytesPerCase,
    jsonBytesPerCase: texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0) / texts.length,
    agree,
  };
}

/**
 * Sweep `size` persisted copies of the pool both ways, as full snapshots and
 * then as state snapshots, and report speed, memory and agreement. Each form
 * is measured on its own copies, which are dropped before the next form.
 *
 * @example
 * ```ts
 * benchSweep(sweepPool(walkedCases, '2027-06-01', 2000), { size: 2000, sweepDay: '2027-06-01', rounds: 3 }).forms[0]!.bytesPerPersistedCase;
 * ```
 */
export function benchSweep(pool: readonly PermitCase[], options: { size: number; sweepDay: IsoDate; rounds: number }): SweepResult {
  const fullViews: string[] = [];
  const stateViews: string[] = [];
  const full = benchForm('full', pool.map((current) => serialize(current)), options, fullViews);
  const state = benchForm('state', pool.map((current) => serializeState(current)), options, stateViews);
  const sameAcrossForms = fullViews.every((view, index) => view === stateViews[index]);
  const lapsing = pool.filter((current, index) => (JSON.parse(fullViews[index]!) as SweepView).state !== statePath(current.state)).length;
  const procedures: Record<string, number> = {};
  for (const current of pool) procedures[current.procedureId] = (procedures[current.procedureId] ?? 0) + 1;
  return {
    cases: options.size,
    distinctCases: pool.length,
    procedures,
    states: new Set(pool.map((current) => `${current.procedureId}:${statePath(current.state)}`)).size,
    lapsing,
    forms: [full, state],
    agree: full.agree && state.agree && sameAcrossForms,
  };
}
