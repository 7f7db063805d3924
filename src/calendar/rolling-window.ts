/**
 * Stays counted over rolling windows: "no more than 5 months over any 12
 * months" and the like.
 *
 * @module
 */
import { addDays, addMonths, daysBetween, epochDayMonthsLater, lastDayOfPeriod } from './arithmetic';
import { compareDates, epochDay, type IsoDate } from './iso-date';
import { refusedArguments } from '../guard';

/**
 * A run of consecutive days, both ends included, with `from <= to`.
 *
 * @example
 * ```ts
 * const summer: DatePeriod = { from: '2026-06-01', to: '2026-08-31' }; // 92 days
 * ```
 * @category Calendar
 */
export interface DatePeriod {
  from: IsoDate;
  to: IsoDate;
}

/** A period as day numbers (days since 1900-01-01), both ends included. */
interface Span {
  start: number;
  end: number;
}

const EPOCH: IsoDate = '1900-01-01';
const EPOCH_DAY = epochDay(EPOCH);

function dayNumber(date: IsoDate): number {
  return epochDay(date) - EPOCH_DAY;
}

function assertPeriod(period: DatePeriod, what: string): void {
  if (compareDates(period.from, period.to) > 0) {
    throw new RangeError(`${what} ends (${period.to}) before it starts (${period.from})`);
  }
}

function assertPositiveInteger(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new RangeError(`${what} must be a positive integer, got ${String(value)}`);
  }
}

/** Sorted, disjoint, non-adjacent spans covering exactly the union of `periods`. */
function union(periods: readonly DatePeriod[]): Span[] {
  return mergeSpans(
    periods.map((period, index) => {
      assertPeriod(period, `Period ${index}`);
      return { start: dayNumber(period.from), end: dayNumber(period.to) };
    }),
  );
}

/** Sorted, disjoint, non-adjacent spans covering exactly the union of `spans` (which it may reorder). */
function mergeSpans(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.start <= last.end + 1) {
      last.end = Math.max(last.end, span.end);
    } else {
      merged.push({ ...span });
    }
  }
  return merged;
}

/** Days of [start, end] (day numbers, inclusive) covered by the merged spans. */
function coveredIn(merged: readonly Span[], start: number, end: number): number {
  let total = 0;
  for (const span of merged) {
    if (span.start > end) break;
    const overlap = Math.min(span.end, end) - Math.max(span.start, start) + 1;
    if (overlap > 0) total += overlap;
  }
  return total;
}

/**
 * Number of distinct days of `window` covered by at least one of `periods`
 * (overlapping periods count each day once). Throws a `PermitLifecycleError` (`argument.invalid`) for an
 * invalid date or a period that ends before it starts.
 *
 * @example
 * ```ts
 * daysCovered(
 *   [{ from: '2026-01-01', to: '2026-01-10' }, { from: '2026-01-06', to: '2026-01-20' }],
 *   { from: '2026-01-15', to: '2026-01-31' },
 * ); // 6 (15 to 20 January)
 * ```
 * @category Calendar
 */
export function daysCovered(periods: readonly DatePeriod[], window: DatePeriod): number {
  try {
  assertPeriod(window, 'The window');
  return coveredIn(union(periods), dayNumber(window.from), dayNumber(window.to));
  } catch (error) {
    throw refusedArguments('daysCovered', error);
  }
}

/**
 * The window starts worth trying for {@link maxDaysInAnyWindow}.
 *
 * Write g(W) for the covered days of the window [W, E(W)], with
 * E(W) = lastDayOfPeriod(W, { months }). E never decreases as W moves later.
 *
 * - A window starting on an uncovered day W covers no more than the window
 *   starting on the first covered day W* after it: both see the same covered
 *   days from W* on, and E(W*) >= E(W). That W* begins a run of the union, so
 *   it is some period's `from`.
 * - Inside a run of covered days, moving the start one day later loses the
 *   (covered) first day and gains E(W) - E(W - 1) days at the end. Within a
 *   month that gain is 0 or 1, so g does not increase. It can be up to 4 when
 *   W is the 1st of a month: the windows starting 28 February and 1 March 2026
 *   with months = 1 end on 27 and 31 March.
 *
 * So the periods' `from` days alone do NOT suffice for month windows: for a
 * stay from 20 February to 31 March 2026, the one-month window starting on
 * 20 February covers 28 days but the one starting on 1 March covers 31. The
 * periods' `from` days plus the first day of every month that falls inside a
 * run of covered days do suffice.
 */
function candidateStarts(periods: readonly DatePeriod[], merged: readonly Span[]): IsoDate[] {
  const starts = new Set<IsoDate>(periods.map((period) => period.from));
  for (const span of merged) {
    const runStart = addDays(EPOCH, span.start);
    let first = addMonths(`${runStart.slice(0, 7)}-01` as IsoDate, 1);
    while (dayNumber(first) <= span.end) {
      starts.add(first);
      first = addMonths(first, 1);
    }
  }
  return [...starts].sort(compareDates);
}

/**
 * The most days of the periods' union found inside any window of
 * `windowMonths` months, [W, lastDayOfPeriod(W, { months: windowMonths })],
 * and the earliest such window (`null` when there are no periods).
 *
 * Windows starting on a period's `from` are tried, and, because a one-month
 * window starting on the 1st of a month can be up to three days longer than
 * the one starting the day before, so are the 1sts of months inside the
 * periods (see the comment on the implementation).
 *
 * @example
 * ```ts
 * maxDaysInAnyWindow(
 *   [{ from: '2026-01-01', to: '2026-02-28' }, { from: '2026-06-01', to: '2026-07-31' }],
 *   12,
 * ); // { days: 120, window: { from: '2026-01-01', to: '2026-12-31' } }
 * ```
 * @category Calendar
 */
export function maxDaysInAnyWindow(
  periods: readonly DatePeriod[],
  windowMonths: number,
): { days: number; window: DatePeriod | null } {
  try {
  assertPositiveInteger(windowMonths, 'windowMonths');
  const merged = union(periods);
  let best: { days: number; window: DatePeriod | null } = { days: 0, window: null };
  for (const from of candidateStarts(periods, merged)) {
    const to = lastDayOfPeriod(from, { months: windowMonths });
    const days = coveredIn(merged, dayNumber(from), dayNumber(to));
    if (best.window === null || days > best.days) best = { days, window: { from, to } };
  }
  return best;
  } catch (error) {
    throw refusedArguments('maxDaysInAnyWindow', error);
  }
}

function assertCap(cap: { months: number; perMonths: number }): void {
  assertPositiveInteger(cap.months, 'cap.months');
  assertPositiveInteger(cap.perMonths, 'cap.perMonths');
  if (cap.months > cap.perMonths) {
    throw new RangeError(`cap.months (${cap.months}) exceeds cap.perMonths (${cap.perMonths})`);
  }
}

/** The window a cap checks from one start: its day numbers and the days allowed in it. */
interface CapWindow {
  start: number;
  end: number;
  allowed: number;
}

/**
 * The cap's windows, one per distinct `from` day of the periods, computed
 * when first needed and then kept: a search that tests many candidate stays
 * with the same starts computes each window once. Window ends are day
 * numbers, not dates, so a window that runs past the calendar's last year
 * (a stay late in 2999) is measured rather than refused: no stay reaches it.
 */
function capWindows(froms: readonly IsoDate[], cap: { months: number; perMonths: number }): (index: number) => CapWindow {
  const windows: CapWindow[] = [];
  return (index) => {
    let window = windows[index];
    if (window === undefined) {
      const from = froms[index]!;
      const start = dayNumber(from);
      // [from, lastDayOfPeriod(from, { months })] has addMonths(from, months) - from days.
      const end = epochDayMonthsLater(from, cap.perMonths) - 1 - EPOCH_DAY;
      const allowed = epochDayMonthsLater(from, cap.months) - epochDay(from);
      window = { start, end, allowed };
      windows[index] = window;
    }
    return window;
  };
}

/** Whether the merged spans hold more days than allowed in one of the windows, tried in order. */
function exceedsIn(merged: readonly Span[], count: number, windowAt: (index: number) => CapWindow): boolean {
  for (let index = 0; index < count; index += 1) {
    const window = windowAt(index);
    if (coveredIn(merged, window.start, window.end) > window.allowed) return true;
  }
  return false;
}

function exceeds(periods: readonly DatePeriod[], cap: { months: number; perMonths: number }): boolean {
  const merged = union(periods);
  const froms = [...new Set(periods.map((period) => period.from))];
  return exceedsIn(merged, froms.length, capWindows(froms, cap));
}

/**
 * Do the periods break a cap of "no more than `cap.months` months over any
 * `cap.perMonths` months"? True when, for some period's `from` day W, the
 * window [W, lastDayOfPeriod(W, { months: cap.perMonths })] holds more covered
 * days than [W, lastDayOfPeriod(W, { months: cap.months })] has days.
 *
 * Only windows starting on a period's `from` are tested. Because months differ
 * in length, a window starting elsewhere can hold a day or three more than
 * `cap.months` months counted from its own start without this returning true:
 * stays 1 January to 31 March 2026 and 1 November 2026 to 28 February 2027
 * pass a 5-in-12 cap (151 days in the window from 1 January, 151 allowed), yet
 * the window from 1 February 2026 holds 151 days where 5 months from 1
 * February are 150.
 *
 * Throws a `PermitLifecycleError` (`argument.invalid`) unless `0 < cap.months <= cap.perMonths` (integers).
 *
 * @example
 * ```ts
 * exceedsStayCap([{ from: '2026-04-01', to: '2026-08-31' }], { months: 5, perMonths: 12 }); // false
 * exceedsStayCap([{ from: '2026-04-01', to: '2026-09-01' }], { months: 5, perMonths: 12 }); // true
 * ```
 * @category Calendar
 */
export function exceedsStayCap(periods: readonly DatePeriod[], cap: { months: number; perMonths: number }): boolean {
  try {
  assertCap(cap);
  return exceeds(periods, cap);
  } catch (error) {
    throw refusedArguments('exceedsStayCap', error);
  }
}

/**
 * The latest `end` such that `periods` plus a stay `{ from: start, to: end }`
 * still passes {@link exceedsStayCap}; `null` when even a one-day stay on
 * `start` breaks the cap. Never later than
 * lastDayOfPeriod(start, { months: cap.months }).
 *
 * @example
 * ```ts
 * latestEndWithinCap([], '2026-04-01', { months: 5, perMonths: 12 }); // '2026-08-31'
 * latestEndWithinCap(
 *   [{ from: '2026-01-01', to: '2026-02-28' }, { from: '2026-06-01', to: '2026-07-31' }],
 *   '2026-09-01',
 *   { months: 5, perMonths: 12 },
 * ); // '2026-10-01' (120 + 31 days = 151, the days of January to May 2026)
 * ```
 * @category Calendar
 */
export function latestEndWithinCap(
  periods: readonly DatePeriod[],
  start: IsoDate,
  cap: { months: number; perMonths: number },
): IsoDate | null {
  try {
  assertCap(cap);
  const upper = lastDayOfPeriod(start, { months: cap.months });
  // Equivalent to exceeds([...periods, { from: start, to: addDays(start, offset) }], cap),
  // with what does not depend on `offset` (the periods' spans, the windows, what
  // the periods cover in each window) computed once, and no spans merged per try.
  const existing = union(periods);
  const froms = [...new Set([...periods.map((period) => period.from), start])];
  const windowAt = capWindows(froms, cap);
  const startDay = dayNumber(start);
  // Days the earlier stays cover in each window, which no candidate end changes.
  const coveredBefore: number[] = [];
  const breaks = (offset: number): boolean => {
    const end = startDay + offset;
    for (let index = 0; index < froms.length; index += 1) {
      const window = windowAt(index);
      const before = (coveredBefore[index] ??= coveredIn(existing, window.start, window.end));
      // The new stay adds the days of the window it covers that no earlier stay covers.
      const from = Math.max(startDay, window.start);
      const to = Math.min(end, window.end);
      const added = to < from ? 0 : to - from + 1 - coveredIn(existing, from, to);
      if (before + added > window.allowed) return true;
    }
    return false;
  };
  // Windows are anchored on the periods' `from` days, which do not depend on
  // `end`, and a later `end` can only add covered days to each of them: so
  // `breaks` is monotone in `end` and a binary search finds the threshold.
  if (breaks(0)) return null;
  const maxOffset = daysBetween(start, upper);
  if (!breaks(maxOffset)) return upper;
  let ok = 0;
  let bad = maxOffset;
  while (bad - ok > 1) {
    const mid = ok + Math.floor((bad - ok) / 2);
    if (breaks(mid)) bad = mid;
    else ok = mid;
  }
  return addDays(start, ok);
  } catch (error) {
    throw refusedArguments('latestEndWithinCap', error);
  }
}
