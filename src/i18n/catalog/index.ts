/**
 * Every catalogue of procedure texts, merged into one table keyed by the English text.
 */
import { commonCatalog } from './common';
import { ancillaryWorkPermitAssumptions } from './assumptions-ancillary-work-permit';
import { commonAssumptionsCatalog } from './assumptions-common';
import { crossBorderFamilyExemptionAssumptions } from './assumptions-cross-border-family-exemption';
import { protectionApplicantWorkPermitAssumptions } from './assumptions-protection-applicant-work-permit';
import { salariedWorkerAssumptions } from './assumptions-salaried-worker';
import { seasonalWorkerAssumptions } from './assumptions-seasonal-worker';
import { ancillaryWorkPermitCatalog } from './ancillary-work-permit';
import { crossBorderFamilyExemptionCatalog } from './cross-border-family-exemption';
import { eligibilityCatalog } from './eligibility';
import { protectionApplicantWorkPermitCatalog } from './protection-applicant-work-permit';
import { rightsCatalog } from './rights';
import { salariedWorkerCatalog } from './salaried-worker';
import { seasonalWorkerCatalog } from './seasonal-worker';
import type { Catalog } from './types';

export type { Catalog, Translation } from './types';

/**
 * French and German versions of the texts of every bundled procedure, keyed by their English wording.
 *
 * @example
 * ```ts
 * CATALOG['The visa was refused.']?.de;
 * ```
 */
export const CATALOG: Catalog = {
  ...commonCatalog,
  ...seasonalWorkerCatalog,
  ...salariedWorkerCatalog,
  ...ancillaryWorkPermitCatalog,
  ...crossBorderFamilyExemptionCatalog,
  ...protectionApplicantWorkPermitCatalog,
  ...rightsCatalog,
  ...eligibilityCatalog,
  // The modelling assumptions of states, transitions, rights and legal parameters.
  ...commonAssumptionsCatalog,
  ...seasonalWorkerAssumptions,
  ...salariedWorkerAssumptions,
  ...ancillaryWorkPermitAssumptions,
  ...crossBorderFamilyExemptionAssumptions,
  ...protectionApplicantWorkPermitAssumptions,
};
