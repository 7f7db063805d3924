/**
 * The valid passport several pages require with an application ("a copy of
 * their valid passport"): its last day comes from the facts, or from the
 * latest application event that states one (a renewed passport), and the copy
 * of a passport that has expired by the day of the application does not count.
 */
import { isBefore, type IsoDate } from '../calendar';

/** The id every checklist gives the passport copy. */
const PASSPORT_COPY = 'passportCopy';

/**
 * The last day of the passport the case knows: the one an application event
 * stated last, else the facts', else `null`.
 *
 * @example
 * ```ts
 * passportExpiry({ facts: { passportExpiresOn: '2027-01-31' } }); // '2027-01-31'
 * ```
 */
export function passportExpiry(context: { facts: { passportExpiresOn?: IsoDate | undefined }; passportExpiresOn?: IsoDate | undefined }): IsoDate | null {
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
 * withoutExpiredPassport('2026-02-09', '2026-02-10', ['passportCopy', 'housingProof']); // ['housingProof']
 * ```
 */
export function withoutExpiredPassport(expiry: IsoDate | null, at: IsoDate, supplied: string[]): string[] {
  return expiry !== null && isBefore(expiry, at) ? supplied.filter((id) => id !== PASSPORT_COPY) : supplied;
}
