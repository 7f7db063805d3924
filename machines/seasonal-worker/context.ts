/**
 * What a seasonal-worker case remembers beyond the shared case context.
 */
import type { DatePeriod, IsoDate } from '../../src/calendar';
import type { CaseContext } from '../../src/case/types';
import type { RevocationGroundId, SeasonalActivityId } from './activities';
import type { SeasonalWorkerFacts } from './facts';

/**
 * The context of the seasonal-worker machine.
 *
 * @example
 * ```ts
 * const renewals = (context: SeasonalWorkerContext) => context.renewals;
 * ```
 * @category Procedures
 */
export interface SeasonalWorkerContext extends CaseContext<SeasonalWorkerFacts> {
  activity: SeasonalActivityId | null;
  submittedOn: IsoDate | null;
  visaHeld: boolean;
  enteredOn: IsoDate | null;
  arrivalDeclaredOn: IsoDate | null;
  medicalCertificateOn: IsoDate | null;
  workStartedOn: IsoDate | null;
  /** Earlier stays for the stay cap: the seasonal stays the facts list, then the earlier validity periods of this case. */
  pastStays: DatePeriod[];
  /** Last day of the passport an application event stated (a renewed passport); absent: the facts' `passportExpiresOn`. */
  passportExpiresOn?: IsoDate;
  renewals: number;
  /** Whether the worker has changed employer at a renewal. */
  employerChanged: boolean;
  renewalsAfterEmployerChange: number;
  /** Employer named on a pending renewal application. */
  pendingRenewalEmployer: string | null;
  /** Set when the authorisation or permit was revoked on an employer ground. */
  revocation: { ground: RevocationGroundId; on: IsoDate; employer: string | null } | null;
}
