/**
 * What an ancillary work permit case remembers beyond the shared case context.
 */
import type { DatePeriod, IsoDate } from '../../src/calendar';
import type { Binding, CaseContext } from '../../src/case/types';
import type { WorkProof } from './events';
import type { AncillaryWorkPermitFacts } from './facts';

/**
 * A renewal application waiting for its decision.
 *
 * @example
 * ```ts
 * const pending: PendingRenewal = { appliedOn: '2027-02-01', workProof: 'wholeValidity', receivesUnemploymentBenefits: false };
 * ```
 * @category Procedures
 */
export interface PendingRenewal {
  appliedOn: IsoDate;
  workProof: WorkProof;
  receivesUnemploymentBenefits: boolean;
}

/**
 * The context of the ancillary work permit machine.
 *
 * @example
 * ```ts
 * const renewed = (context: AncillaryWorkPermitContext) => context.renewals > 0;
 * ```
 * @category Procedures
 */
export interface AncillaryWorkPermitContext extends CaseContext<AncillaryWorkPermitFacts> {
  /** Last day of the "private reasons" residence permit as currently known: from the facts, then from later events. */
  residencePermitValidUntil: IsoDate;
  vacancyDeclaredOn: IsoDate | null;
  submittedOn: IsoDate | null;
  /** The employer named in the application; the permit itself is valid whoever the employer is. */
  employer: string | null;
  /** Profession (ISCO-08 code) and sector the application asked for; the decision may set others. */
  requestedBinding: Binding | null;
  renewals: number;
  /** Whether the last renewal was limited to the shorter maximum (work not proved throughout, or unemployment benefits). */
  lastRenewalLimited: boolean;
  pendingRenewal: PendingRenewal | null;
  /** Set when the work permit expired while its renewal was pending and the residence permit expired with it. */
  residencePermitRenewalPending: boolean;
  /** Earlier validity periods of the work permit in this case. */
  pastValidities: DatePeriod[];
  /** First day of the current working relationship, when one was reported. */
  workStartedOn: IsoDate | null;
  /** Day the salaried activity became the person's main activity, when reported. */
  mainActivitySince: IsoDate | null;
  /** Day the residence permit card was reported lost, stolen or damaged, until it is replaced. */
  cardLostOn: IsoDate | null;
  /** Last day of the passport an application event stated (a renewed passport); absent: the facts' `passportExpiresOn`. */
  passportExpiresOn?: IsoDate;
}
