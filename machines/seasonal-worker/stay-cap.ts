/**
 * The seasonal worker's stay cap (at most `seasonalStayMaxMonths` months in
 * any window of `seasonalStayCapWindowMonths` months, both from the
 * parameters table), read from a case's context: the stays granted so far
 * and the latest end a new stay may have.
 */
import { latestEndWithinCap, type DatePeriod, type IsoDate } from '../../src/calendar';
import { seasonalWorkerLaw as law } from '../../src/law';
import type { SeasonalWorkerContext } from './context';

/**
 * The cap as the calendar's rolling-window functions take it, from the
 * parameters table.
 *
 * @example
 * ```ts
 * seasonalStayCap.months === seasonalWorkerLaw.seasonalStayMaxMonths.value; // true
 * ```
 * @category Procedures
 */
export const seasonalStayCap = Object.freeze({ months: law.seasonalStayMaxMonths.value, perMonths: law.seasonalStayCapWindowMonths.value });

/**
 * The stays a context has been granted: the past ones and the current validity.
 *
 * @example
 * ```ts
 * staysGranted({ ...context, pastStays: [], validity: { from: '2026-04-01', to: '2026-06-30' } }).length; // 1
 * ```
 * @category Procedures
 */
export function staysGranted(context: Pick<SeasonalWorkerContext, 'pastStays' | 'validity'>): DatePeriod[] {
  return context.validity ? [...context.pastStays, context.validity] : context.pastStays;
}

/**
 * The last question {@link capEnd} answered. A guard and the action of the
 * transition it lets through ask the same one (the lapse of a pending renewal
 * into a continued stay ran the search twice). Cases are immutable, so the
 * identity of the stays stands for their content.
 */
let lastCapEnd: { pastStays: readonly DatePeriod[]; validity: DatePeriod | null; from: IsoDate; end: IsoDate | null } | null = null;

/**
 * The latest end of a new stay starting on `from`, given the stays the
 * context has been granted; `null` when not even one day fits under the cap.
 *
 * @example
 * ```ts
 * capEnd({ pastStays: [], validity: null }, '2026-04-01'); // '2026-08-31'
 * ```
 * @category Procedures
 */
export function capEnd(context: Pick<SeasonalWorkerContext, 'pastStays' | 'validity'>, from: IsoDate): IsoDate | null {
  const { pastStays, validity } = context;
  const last = lastCapEnd;
  if (last !== null && last.pastStays === pastStays && last.validity === validity && last.from === from) return last.end;
  const end = latestEndWithinCap(staysGranted(context), from, seasonalStayCap);
  lastCapEnd = { pastStays, validity, from, end };
  return end;
}
