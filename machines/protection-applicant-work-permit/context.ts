/**
 * What a protection applicant's work permit (AOT) case remembers beyond the shared case context.
 */
import type { DatePeriod, IsoDate } from '../../src/calendar';
import type { CaseContext } from '../../src/case/types';
import type { ProtectionApplicantWorkPermitFacts } from './facts';
import type { ProtectionAotEndingId, ProtectionWithdrawalGroundId } from './grounds';

/**
 * The context of the AOT machine.
 *
 * @example
 * ```ts
 * const earliest = (context: ProtectionApplicantWorkPermitContext) => context.earliestApplicationOn;
 * ```
 * @category Procedures
 */
export interface ProtectionApplicantWorkPermitContext extends CaseContext<ProtectionApplicantWorkPermitFacts> {
  /** The day the protection application was submitted (a fact, or the opening day). */
  protectionAppliedOn: IsoDate;
  /** First day an AOT application may be filed with ADEM, computed by the calendar (`null` beyond its last supported year). */
  earliestApplicationOn: IsoDate | null;
  vacancyDeclaredOn: IsoDate | null;
  /** Set when a first-instance decision on the protection application is taken. */
  firstInstanceDecisionOn: IsoDate | null;
  /** How the permit was (or is being) obtained: the ADEM application, or the student-job exemption. */
  route: 'adem' | 'studentJobExemption' | null;
  submittedOn: IsoDate | null;
  /** Earlier validity periods of this permit, before renewals. */
  pastValidities: DatePeriod[];
  renewals: number;
  withdrawal: { ground: ProtectionWithdrawalGroundId; on: IsoDate } | null;
  /** Set when a granted permit stops being valid. */
  ending: { reason: ProtectionAotEndingId; on: IsoDate } | null;
  /** The day the employment contract ended automatically with the permit (expiry or withdrawal). */
  contractTerminatedOn: IsoDate | null;
}
