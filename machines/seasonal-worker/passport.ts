/**
 * The passport a seasonal worker's applications need: "a copy of their valid
 * passport". Its last day of validity comes from the facts, or from the
 * latest application event that states one (a renewed passport).
 */
import type { IsoDate } from '../../src/calendar';
import { passportExpiry as knownExpiry, withoutExpiredPassport } from '../../src/case/passport';
import type { SeasonalWorkerContext } from './context';

export { passportUpdate } from '../../src/case/passport';

/**
 * The last day of validity of the passport the case knows, or `null`.
 *
 * @example
 * ```ts
 * passportExpiry(someCase.context as SeasonalWorkerContext); // '2027-01-31'
 * ```
 */
export function passportExpiry(context: Pick<SeasonalWorkerContext, 'facts' | 'passportExpiresOn'>): IsoDate | null {
  return knownExpiry(context);
}

/**
 * The documents supplied on `at`, without the passport copy when the passport
 * had expired by then: the copy of an expired passport is not the copy of a
 * valid one.
 *
 * @example
 * ```ts
 * validDocuments(context, '2026-02-10', ['passportCopy', 'housingProof']); // ['housingProof'] if the passport ended before 10 February
 * ```
 */
export function validDocuments(context: Pick<SeasonalWorkerContext, 'facts' | 'passportExpiresOn'>, at: IsoDate, supplied: string[]): string[] {
  return withoutExpiredPassport(knownExpiry(context), at, supplied);
}
