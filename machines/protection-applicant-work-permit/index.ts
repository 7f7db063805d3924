/**
 * The AOT procedure object for applicants for international protection:
 * machine, schemas, checklists, deadlines and graph-walk variants.
 *
 * Entry point `permit-lifecycles/protection-applicant-work-permit`: register it on the core to use it
 * without the other procedures.
 *
 * ```ts
 * import { registerProcedures } from 'permit-lifecycles/core';
 * import { protectionApplicantWorkPermit } from 'permit-lifecycles/protection-applicant-work-permit';
 *
 * registerProcedures(protectionApplicantWorkPermit);
 * ```
 *
 * @module permit-lifecycles/protection-applicant-work-permit
 */
import type { Procedure } from '../../src/case/types';
import { protectionApplicantWorkPermitDeadlines } from './deadlines';
import { protectionApplicantWorkPermitDocuments } from './documents';
import { protectionApplicantWorkPermitEventSchema } from './events';
import { protectionApplicantWorkPermitFactsSchema } from './facts';
import { protectionApplicantWorkPermitMachine } from './machine';
import { protectionApplicantWorkPermitNotices } from './notices';
import {
  protectionApplicantWorkPermitEventVariants,
  protectionApplicantWorkPermitInvariants,
  protectionApplicantWorkPermitPathFlags,
} from './variants';

export type { ProtectionApplicantWorkPermitContext } from './context';
export { protectionApplicantWorkPermitDeadlines } from './deadlines';
export { protectionApplicantWorkPermitDocuments, protectionApplicantWorkPermitDocumentIds } from './documents';
export { protectionApplicantWorkPermitEventSchema, type ProtectionApplicantWorkPermitEvent } from './events';
export { protectionApplicantWorkPermitFactsSchema, type ProtectionApplicantWorkPermitFacts } from './facts';
export {
  protectionAotEndings,
  protectionWithdrawalGroundIds,
  protectionWithdrawalGrounds,
  type ProtectionAotEndingId,
  type ProtectionWithdrawalGroundId,
} from './grounds';
export { protectionApplicantWorkPermitMachine } from './machine';
export { earliestAotApplicationOn } from './waiting-period';

/**
 * The temporary work permit (AOT) for applicants for international protection
 * (seed `000_8062ab018996c2b5.txt`).
 *
 * @example
 * ```ts
 * import { protectionApplicantWorkPermit, createCase } from 'permit-lifecycles';
 * const opened = createCase(protectionApplicantWorkPermit, {
 *   at: '2026-01-05',
 *   facts: { protectionApplicationSubmittedOn: '2025-12-01' },
 * });
 * ```
 * @category Procedures
 */
export const protectionApplicantWorkPermit = {
  id: 'protectionApplicantWorkPermit',
  title: 'Temporary work permit (AOT) for applicants for international protection, with the student-job exemption for unaccompanied minors',
  version: '1.1.0',
  seed: '000_8062ab018996c2b5.txt',
  machine: protectionApplicantWorkPermitMachine,
  eventSchema: protectionApplicantWorkPermitEventSchema,
  factsSchema: protectionApplicantWorkPermitFactsSchema,
  deadlines: protectionApplicantWorkPermitDeadlines,
  documents: protectionApplicantWorkPermitDocuments,
  eventVariants: protectionApplicantWorkPermitEventVariants,
  factVariants: [
    {},
    { unaccompaniedMinor: true, hasProfessionalQualifications: true },
    { delayCausedByApplicant: true },
    { protectionApplicationSubmittedOn: '2025-06-30' },
  ],
  pathFlags: protectionApplicantWorkPermitPathFlags,
  invariants: protectionApplicantWorkPermitInvariants,
  notices: protectionApplicantWorkPermitNotices,
} satisfies Procedure<typeof protectionApplicantWorkPermitMachine>;
