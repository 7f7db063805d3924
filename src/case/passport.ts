/**
 * The valid passport an application needs ("a copy of their valid
 * passport"), shared by the procedures whose pages ask for one. The last day
 * of the passport comes from the case's facts, or from the latest application
 * event that states one (a renewed passport); a copy of a passport that has
 * expired on the day of an application does not count as supplied.
 */
import { isBefore, type IsoDate } from '../calendar';

/** What a case knows about the passport: the facts' expiry, and the one a later application stated. */
interface PassportKnown {
  facts: { passportExpiresOn?: IsoDate | undefined };
  passportExpiresOn?: IsoDate | undefined;
}

/**
 * The last day of validity of the passport the case knows, or `null`.
 *
 * @example
 * ```ts
 * passportExpiry({ facts: { passportExpiresOn: '2027-01-31' } }); // '2027-01-31'
 * passportExpiry({ facts: { passportExpiresOn: '2027-01-31' }, passportExpiresOn: '2036-01-30' }); // '2036-01-30'
 * ```
 */
export function passportExpiry(context: PassportKnown): IsoDate | null {
  return context.passportExpiresOn ?? context.facts.passportExpiresOn ?? null;
}

/**
 * The context change an application event brings: the expiry of the passport
 * it states, if it states one.
 *
 * @example
 * ```ts
 * passportUpdate({ passportExpiresOn: '2031-05-01' }); // { passportExpiresOn: '2031-05-01' }
 * passportUpdate({}); // {}
 * ```
 */
export function passportUpdate(event: { passportExpiresOn?: IsoDate | undefined }): { passportExpiresOn?: IsoDate } {
  return event.passportExpiresOn === undefined ? {} : { passportExpiresOn: event.passportExpiresOn };
}

/**
 * The documents supplied on `at`, without the passport copies (`passportIds`)
 * when the passport had expired by then: the copy of an expired passport is
 * not the copy of a valid one.
 *
 * @example
 * ```ts
 * const context = { facts: { passportExpiresOn: '2026-02-09' } };
 * withoutExpiredPassport(context, '2026-02-10', ['passportCopy', 'birthCertificate'], ['passportCopy']); // ['birthCertificate']
 * withoutExpiredPassport(context, '2026-02-09', ['passportCopy'], ['passportCopy']); // ['passportCopy']
 * ```
 */
export function withoutExpiredPassport(context: PassportKnown, at: IsoDate, supplied: readonly string[], passportIds: readonly string[]): string[] {
  const expiry = passportExpiry(context);
  return expiry !== null && isBefore(expiry, at) ? supplied.filter((id) => !passportIds.includes(id)) : [...supplied];
}
