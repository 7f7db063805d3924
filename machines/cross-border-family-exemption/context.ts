/**
 * What a cross-border family exemption case remembers beyond the shared case context.
 */
import type { IsoDate } from '../../src/calendar';
import type { CaseContext } from '../../src/case/types';
import type { CrossBorderExemptionEndingId } from './endings';
import type { CrossBorderFamilyExemptionFacts } from './facts';

/**
 * The context of the cross-border family exemption machine.
 *
 * @example
 * ```ts
 * const granted = (context: CrossBorderFamilyExemptionContext) => context.grantedOn !== null;
 * ```
 * @category Procedures
 */
export interface CrossBorderFamilyExemptionContext extends CaseContext<CrossBorderFamilyExemptionFacts> {
  vacancyDeclaredOn: IsoDate | null;
  submittedOn: IsoDate | null;
  grantedOn: IsoDate | null;
  workStartedOn: IsoDate | null;
  /** Last day of the passport an application event stated (a renewed passport); absent: the facts' `passportExpiresOn`. */
  passportExpiresOn?: IsoDate;
  /** Set when a granted exemption ends, with the reason. */
  ending: { reason: CrossBorderExemptionEndingId; on: IsoDate } | null;
}
