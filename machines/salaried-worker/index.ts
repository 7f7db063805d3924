/**
 * The salaried-worker procedure object: machine, schemas, checklists,
 * deadlines and graph-walk variants, as the kernel expects them.
 *
 * Entry point `permit-lifecycles/salaried-worker`: register it on the core to use it
 * without the other procedures.
 *
 * ```ts
 * import { registerProcedures } from 'permit-lifecycles/core';
 * import { salariedWorker } from 'permit-lifecycles/salaried-worker';
 *
 * registerProcedures(salariedWorker);
 * ```
 *
 * @module permit-lifecycles/salaried-worker
 */
import type { Procedure } from '../../src/case/types';
import { salariedWorkerDeadlines } from './deadlines';
import { salariedWorkerDocuments } from './documents';
import { salariedWorkerEventSchema } from './events';
import { salariedWorkerFactsSchema } from './facts';
import { salariedWorkerMachine } from './machine';
import { salariedWorkerNotices } from './notices';
import { salariedWorkerEventVariants, salariedWorkerInvariants, salariedWorkerPathFlags } from './variants';

export type { SalariedPermit, SalariedWorkerContext } from './context';
export { salariedWorkerDeadlines } from './deadlines';
export { salariedWorkerDocuments, salariedWorkerDocumentIds } from './documents';
export { salariedWorkerEventSchema, type SalariedWorkerEvent } from './events';
export { salariedWorkerFactsSchema, type SalariedWorkerFacts } from './facts';
export { salariedWorkerMachine } from './machine';
export { longTermResidenceEligibleFrom, salariedWorkerNotices } from './notices';
export { firstPermitLongestEnd, renewalWithoutWorkLongestEnd } from './validity';

/**
 * The salaried-worker procedure (seed `001_4e3fbcc1bbea5669.txt`).
 *
 * @example
 * ```ts
 * import { salariedWorker, createCase } from 'permit-lifecycles';
 * const opened = createCase(salariedWorker, { at: '2026-01-05', facts: { visaRequired: true } });
 * ```
 * @category Procedures
 */
export const salariedWorker = {
  id: 'salariedWorker',
  title: 'Salaried worker: labour-market test, temporary authorisation, visa, residence permit, change of employment, renewal, appeals',
  version: '1.2.0',
  seed: '001_4e3fbcc1bbea5669.txt',
  machine: salariedWorkerMachine,
  eventSchema: salariedWorkerEventSchema,
  factsSchema: salariedWorkerFactsSchema,
  deadlines: salariedWorkerDeadlines,
  documents: salariedWorkerDocuments,
  eventVariants: salariedWorkerEventVariants,
  factVariants: [
    { visaRequired: true },
    { visaRequired: false, longTermResidentInAnotherMemberState: true, representedByProxy: true, documentsInGermanFrenchOrEnglish: false },
    { visaRequired: true, holdsLuxembourgResidencePermit: true },
  ],
  pathFlags: salariedWorkerPathFlags,
  invariants: salariedWorkerInvariants,
  notices: salariedWorkerNotices,
} satisfies Procedure<typeof salariedWorkerMachine>;
