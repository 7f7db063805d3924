/**
 * Date arithmetic with its answers kept, for readers that ask the same
 * question of many cases (a daily sweep computes "five years after this
 * date" or "six months after today" for every case it reads).
 */
import type { IsoDate } from './iso-date';

/** Enough for the distinct dates of a large sweep; past it, the answers start over (the memory stays bounded). */
const CAPACITY = 4096;

/**
 * `shift` (such as `addYears` or `addMonths`) with its answers kept per date,
 * for one amount at a time (a call with another amount starts over, so a
 * changed legal figure is never answered from before). Only answers are
 * kept: a refusal (an invalid date, a date beyond the calendar) is thrown
 * again on every call, as by `shift` itself. The answers are strings, so
 * nothing shared can be changed by a caller.
 *
 * @example
 * ```ts
 * const yearsLater = rememberedShift(addYears);
 * yearsLater('2026-06-02', 5); // '2031-06-02', computed
 * yearsLater('2026-06-02', 5); // '2031-06-02', remembered
 * ```
 * @category Calendar
 */
export function rememberedShift(shift: (date: IsoDate, amount: number) => IsoDate): (date: IsoDate, amount: number) => IsoDate {
  const answers = new Map<IsoDate, IsoDate>();
  let amountKept: number | null = null;
  return (date, amount) => {
    if (amount !== amountKept) {
      answers.clear();
      amountKept = amount;
    }
    const known = answers.get(date);
    if (known !== undefined) return known;
    const answer = shift(date, amount);
    if (answers.size >= CAPACITY) answers.clear();
    answers.set(date, answer);
    return answer;
  };
}
