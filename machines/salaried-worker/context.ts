/**
 * What a salaried-worker case remembers beyond the shared case context.
 */
import type { IsoDate } from '../../src/calendar';
import type { CaseContext } from '../../src/case/types';
import type { SalariedWorkerFacts } from './facts';

/**
 * One residence permit granted in the case: its validity and whether it was a
 * renewal limited because the holder had not worked or was unemployed.
 *
 * @example
 * ```ts
 * const first: SalariedPermit = { from: '2026-06-02', to: '2027-06-01', withoutWork: false };
 * ```
 * @category Procedures
 */
export interface SalariedPermit {
  from: IsoDate;
  to: IsoDate;
  withoutWork: boolean;
}

/**
 * The context of the salaried-worker machine.
 *
 * @example
 * ```ts
 * const renewed = (context: SalariedWorkerContext) => context.permits.length > 1;
 * ```
 * @category Procedures
 */
export interface SalariedWorkerContext extends CaseContext<SalariedWorkerFacts> {
  /** The employer named in the application, then the one the worker last started with. */
  employer: string | null;
  submittedOn: IsoDate | null;
  visaHeld: boolean;
  /** The day the type D visa was applied for, when recorded. */
  visaAppliedOn: IsoDate | null;
  enteredOn: IsoDate | null;
  arrivalDeclaredOn: IsoDate | null;
  medicalCertificateOn: IsoDate | null;
  /** Permits granted, oldest first; the last one is the current or latest. */
  permits: SalariedPermit[];
  /** First day of the current uninterrupted legal residence, for long-term residence. */
  legalResidenceSince: IsoDate | null;
  /** Whether profession or sector was changed before the first renewal. */
  employmentChanged: boolean;
  /** A change of profession or sector awaiting the ministry's answer. */
  pendingChange: { profession: string; sector: string; employer: string | null } | null;
  /** Last day of the passport an application event stated (a renewed passport); absent: the facts' `passportExpiresOn`. */
  passportExpiresOn?: IsoDate;
  /** A renewal application awaiting decision, with the facts that limit its duration. */
  pendingRenewal: { appliedOn: IsoDate; withoutWork: boolean } | null;
}
