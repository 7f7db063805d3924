/**
 * The parameters table: every legal figure once, with its source and, where
 * known, its legal basis. Machines read figures from here, never inline.
 */
import { seasonalWorkerLaw } from './seasonal-worker';
import { salariedWorkerLaw } from './salaried-worker';
import { appealLaw } from './appeals';
import { ancillaryWorkPermitLaw } from './ancillary-work-permit';
import { crossBorderFamilyExemptionLaw } from './cross-border-family-exemption';
import { protectionApplicantWorkPermitLaw } from './protection-applicant-work-permit';
import type { LegalParameter } from './types';
import { refusedArguments } from '../guard';

export * from './types';
export * from './pages';
export { crossBorderFamilyExemptionLaw } from './cross-border-family-exemption';
export { protectionApplicantWorkPermitLaw } from './protection-applicant-work-permit';
export { seasonalWorkerLaw } from './seasonal-worker';
export { salariedWorkerLaw } from './salaried-worker';
export { appealLaw } from './appeals';
export { ancillaryWorkPermitLaw } from './ancillary-work-permit';

/**
 * The whole table, merged across procedures (ids are unique across it).
 *
 * @example
 * ```ts
 * law.seasonalStayMaxMonths.value; // 5
 * ```
 * @category Law
 */
export const law = {
  ...crossBorderFamilyExemptionLaw,
  ...protectionApplicantWorkPermitLaw,
  ...seasonalWorkerLaw,
  ...salariedWorkerLaw,
  ...appealLaw,
  ...ancillaryWorkPermitLaw,
} as const;

/**
 * Every parameter row, sorted by id, for reports and the quote test.
 *
 * @example
 * ```ts
 * allParameters().map((row) => row.id);
 * ```
 * @category Law
 */
export function allParameters(): LegalParameter[] {
  try {
  return Object.values(law as Record<string, LegalParameter>).sort((a, b) => a.id.localeCompare(b.id));
  } catch (error) {
    throw refusedArguments('allParameters', error);
  }
}
