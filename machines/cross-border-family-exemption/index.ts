/**
 * The cross-border family exemption procedure object: machine, schemas,
 * checklist, deadlines and graph-walk variants, as the kernel expects them.
 *
 * Entry point `permit-lifecycles/cross-border-family-exemption`: register it on the core to use it
 * without the other procedures.
 *
 * ```ts
 * import { registerProcedures } from 'permit-lifecycles/core';
 * import { crossBorderFamilyExemption } from 'permit-lifecycles/cross-border-family-exemption';
 *
 * registerProcedures(crossBorderFamilyExemption);
 * ```
 *
 * @module permit-lifecycles/cross-border-family-exemption
 */
import type { Procedure } from '../../src/case/types';
import { crossBorderFamilyExemptionDeadlines } from './deadlines';
import { crossBorderFamilyExemptionDocuments } from './documents';
import { crossBorderFamilyExemptionEventSchema } from './events';
import { crossBorderFamilyExemptionFactsSchema } from './facts';
import { crossBorderFamilyExemptionMachine } from './machine';
import { crossBorderFamilyExemptionNotices } from './notices';
import {
  crossBorderFamilyExemptionEventVariants,
  crossBorderFamilyExemptionInvariants,
  crossBorderFamilyExemptionPathFlags,
} from './variants';

export type { CrossBorderFamilyExemptionContext } from './context';
export { crossBorderFamilyExemptionDeadlines } from './deadlines';
export { crossBorderFamilyExemptionDocuments, crossBorderFamilyExemptionDocumentIds } from './documents';
export { crossBorderExemptionEndings, type CrossBorderExemptionEndingId, type CrossBorderExemptionEndingEvent } from './endings';
export { crossBorderFamilyExemptionEventSchema, type CrossBorderFamilyExemptionEvent } from './events';
export { crossBorderFamilyExemptionFactsSchema, meetsExemptionConditions, type CrossBorderFamilyExemptionFacts } from './facts';
export { crossBorderFamilyExemptionMachine } from './machine';

/** Facts of a person who meets every condition of the page: the base of the walked fact variants. */
const eligibleFacts = {
  relationship: 'spouse',
  familyMemberIsEuCitizen: true,
  familyMemberWorksInLuxembourg: true,
  livesWithFamilyMemberInAnotherMemberState: true,
};

/**
 * The cross-border family exemption procedure (seed `003_07cc08630c496fa1.txt`).
 *
 * @example
 * ```ts
 * import { crossBorderFamilyExemption, createCase } from 'permit-lifecycles';
 * const opened = createCase(crossBorderFamilyExemption, { at: '2026-01-05', facts: {
 *   relationship: 'spouse',
 *   familyMemberIsEuCitizen: true,
 *   familyMemberWorksInLuxembourg: true,
 *   livesWithFamilyMemberInAnotherMemberState: true,
 * } });
 * ```
 * @category Procedures
 */
export const crossBorderFamilyExemption = {
  id: 'crossBorderFamilyExemption',
  title: 'Work permit exemption for the third-country spouse, partner or child of an EU citizen working in Luxembourg, living in another member state',
  version: '1.3.0',
  seed: '003_07cc08630c496fa1.txt',
  machine: crossBorderFamilyExemptionMachine,
  eventSchema: crossBorderFamilyExemptionEventSchema,
  factsSchema: crossBorderFamilyExemptionFactsSchema,
  deadlines: crossBorderFamilyExemptionDeadlines,
  documents: crossBorderFamilyExemptionDocuments,
  eventVariants: crossBorderFamilyExemptionEventVariants,
  factVariants: [
    eligibleFacts,
    { ...eligibleFacts, relationship: 'child', applicationFiledBy: 'mandatedThirdParty', documentsInGermanFrenchOrEnglish: false },
    { ...eligibleFacts, familyMemberWorksInLuxembourg: false },
  ],
  pathFlags: crossBorderFamilyExemptionPathFlags,
  invariants: crossBorderFamilyExemptionInvariants,
  notices: crossBorderFamilyExemptionNotices,
} satisfies Procedure<typeof crossBorderFamilyExemptionMachine>;
