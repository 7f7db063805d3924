/**
 * The ancillary work permit procedure object: machine, schemas, checklists,
 * deadlines and graph-walk variants, as the kernel expects them.
 *
 * Entry point `permit-lifecycles/ancillary-work-permit`: register it on the core to use it
 * without the other procedures.
 *
 * ```ts
 * import { registerProcedures } from 'permit-lifecycles/core';
 * import { ancillaryWorkPermit } from 'permit-lifecycles/ancillary-work-permit';
 *
 * registerProcedures(ancillaryWorkPermit);
 * ```
 *
 * @module permit-lifecycles/ancillary-work-permit
 */
import type { Procedure } from '../../src/case/types';
import { ancillaryWorkPermitDeadlines } from './deadlines';
import { ancillaryWorkPermitDocuments } from './documents';
import { ancillaryWorkPermitEventSchema } from './events';
import { ancillaryWorkPermitFactsSchema } from './facts';
import { ancillaryWorkPermitMachine } from './machine';
import { ancillaryWorkPermitNotices } from './notices';
import { ancillaryWorkPermitEventInCase } from './validity';
import { ancillaryWorkPermitEventVariants, ancillaryWorkPermitInvariants, ancillaryWorkPermitPathFlags } from './variants';

export type { AncillaryWorkPermitContext, PendingRenewal } from './context';
export { ancillaryWorkPermitDeadlines } from './deadlines';
export { ancillaryWorkPermitDocuments, ancillaryWorkPermitDocumentIds, needsCriminalRecordExtract } from './documents';
export { ancillaryWorkPermitEventSchema, workProofSchema, type AncillaryWorkPermitEvent, type WorkProof } from './events';
export { ancillaryWorkPermitFactsSchema, type AncillaryWorkPermitFacts } from './facts';
export { ancillaryWorkPermitMachine } from './machine';
export { ancillaryWorkPermitNotices } from './notices';
export { ancillaryWorkPermitEventInCase, cappedValidity, expiresWithResidencePermit, firstValidity, isLimitedRenewal, maxValidityYears, renewalValidity } from './validity';

/**
 * The ancillary work permit procedure for holders of a "private reasons"
 * residence permit (seed `002_023e4c502a131ddc.txt`).
 *
 * @example
 * ```ts
 * import { ancillaryWorkPermit, createCase } from 'permit-lifecycles';
 * const opened = createCase(ancillaryWorkPermit, { at: '2026-01-12', facts: { residencePermitValidUntil: '2027-09-30' } });
 * ```
 * @category Procedures
 */
export const ancillaryWorkPermit = {
  id: 'ancillaryWorkPermit',
  title: 'Ancillary salaried activity for holders of a "private reasons" residence permit: work permit, biometrics, validity, renewal',
  version: '1.2.0',
  seed: '002_023e4c502a131ddc.txt',
  machine: ancillaryWorkPermitMachine,
  eventSchema: ancillaryWorkPermitEventSchema,
  factsSchema: ancillaryWorkPermitFactsSchema,
  eventInCase: ancillaryWorkPermitEventInCase,
  deadlines: ancillaryWorkPermitDeadlines,
  documents: ancillaryWorkPermitDocuments,
  eventVariants: ancillaryWorkPermitEventVariants,
  factVariants: [
    { residencePermitValidUntil: '2026-10-31', person: { birthDate: '2009-05-01' } },
    { residencePermitValidUntil: '2028-06-30', familyMemberOfResidentEuCitizen: true },
    { residencePermitValidUntil: '2028-06-30', employmentIsMainActivity: true },
    { residencePermitValidUntil: '2028-06-30', residencePermitCategory: 'other' },
  ],
  pathFlags: ancillaryWorkPermitPathFlags,
  invariants: ancillaryWorkPermitInvariants,
  notices: ancillaryWorkPermitNotices,
} satisfies Procedure<typeof ancillaryWorkPermitMachine>;
