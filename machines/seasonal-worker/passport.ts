/**
 * The passport a seasonal worker's applications need: "a copy of their valid
 * passport". The kernel's passport rules (`src/case/passport.ts`), with this
 * page's passport copy.
 */
import type { IsoDate } from '../../src/calendar';
import { withoutExpiredPassport } from '../../src/case/passport';
import type { SeasonalWorkerContext } from './context';

export { passportExpiry, passportUpdate } from '../../src/case/passport';

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
  return withoutExpiredPassport(context, at, supplied, ['passportCopy']);
}
