/**
 * Helpers to write a procedure's event variants for graph walks: dates that
 * move forward from the case's last event and cross one deadline at a time.
 */
import { addDays, isAfter, type IsoDate } from '../calendar';
import type { CaseContext } from '../case/types';
import { refusedArguments } from '../guard';

/**
 * `clock.advanced` events dated the day after each open deadline (and on each
 * window's opening day), so that every lapse can be reached, sorted by date.
 *
 * @example
 * ```ts
 * clockVariants({ lastEventAt: '2026-01-01', deadlines: { decision: { due: '2026-04-01' } } });
 * // [{ type: 'clock.advanced', at: '2026-04-02' }]
 * ```
 * @category Testing
 */
export function clockVariants(context: Pick<CaseContext, 'lastEventAt' | 'deadlines'>): { type: 'clock.advanced'; at: IsoDate }[] {
  try {
  const dates = new Set<IsoDate>();
  for (const entry of Object.values(context.deadlines)) {
    const after = addDays(entry.due, 1);
    if (isAfter(after, context.lastEventAt)) dates.add(after);
    if (entry.opens && isAfter(entry.opens, context.lastEventAt)) dates.add(entry.opens);
  }
  return [...dates].sort().map((at) => ({ type: 'clock.advanced' as const, at }));
  } catch (error) {
    throw refusedArguments('clockVariants', error);
  }
}

/**
 * The date of the case's last event: events dated on it never let time pass.
 *
 * @example
 * ```ts
 * sameDay({ lastEventAt: '2026-01-01' }); // '2026-01-01'
 * ```
 * @category Testing
 */
export function sameDay(context: Pick<CaseContext, 'lastEventAt'>): IsoDate {
  try {
  return context.lastEventAt;
  } catch (error) {
    throw refusedArguments('sameDay', error);
  }
}

/**
 * The later of the case's last event and `date`: the earliest day an event
 * that must wait for `date` can be dated.
 *
 * @example
 * ```ts
 * notBefore({ lastEventAt: '2026-01-01' }, '2026-03-01'); // '2026-03-01'
 * ```
 * @category Testing
 */
export function notBefore(context: Pick<CaseContext, 'lastEventAt'>, date: IsoDate | undefined): IsoDate {
  try {
  return date && isAfter(date, context.lastEventAt) ? date : context.lastEventAt;
  } catch (error) {
    throw refusedArguments('notBefore', error);
  }
}
