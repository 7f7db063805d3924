/**
 * The passport a seasonal worker's applications need: "a copy of their valid
 * passport". Its last day of validity comes from the facts, or from the
 * latest application event that states one (a renewed passport).
 */
import { isBefore, type IsoDate } from '../../src/calendar';
import type { SeasonalWorkerContext } from './context';

/**
 * The last day of validity of the passport the case knows, or `null`.
 *
 * @example
 * ```ts
 * passportExpiry(someCase.context as SeasonalWorkerContext); // '2027-01-31'
 * ```
 */
export function passportExpiry(context: Pick<SeasonalWorkerContext, 'facts' | 'passportExpiresOn'>): IsoDate | null {
  return context.passportExpiresOn ?? context.facts.passportExpiresOn ?? null;
}

/**
 * The context change an application event brings: the expiry of the passport
 * it states, if it states one.
 *
 * @example
 * ```ts
 * passportUpdate({ passportExpiresOn: '2031-05-01' }); // { passportExpiresOn: '2031-05-01' }
 * ```
 */
export function passportUpdate(event: { passportExpiresOn?: IsoDate | undefined }): { passportExpiresOn?: IsoDate } {
  return event.passportExpiresOn === undefined ? {} : { passportExpiresOn: event.passportExpiresOn };
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
  const expiry = passportExpiry(context);
  return expiry !== null && isBefore(expiry, at) ? supplied.filter((id) => id !== 'passportCopy') : supplied;
}
