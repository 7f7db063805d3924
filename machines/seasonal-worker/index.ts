/**
 * The seasonal-worker procedure object: machine, schemas, checklists,
 * deadlines and graph-walk variants, as the kernel expects them.
 *
 * Entry point `permit-lifecycles/seasonal-worker`: register it on the core to use it
 * without the other procedures.
 *
 * ```ts
 * import { registerProcedures } from 'permit-lifecycles/core';
 * import { seasonalWorker } from 'permit-lifecycles/seasonal-worker';
 *
 * registerProcedures(seasonalWorker);
 * ```
 *
 * @module permit-lifecycles/seasonal-worker
 */
import type { Procedure } from '../../src/case/types';
import { seasonalWorkerDeadlines } from './deadlines';
import { seasonalWorkerDocuments } from './documents';
import { seasonalWorkerEventSchema } from './events';
import { seasonalWorkerFactsOnOpening, seasonalWorkerFactsSchema } from './facts';
import { seasonalWorkerMachine } from './machine';
import { seasonalWorkerNotices } from './notices';
import { seasonalWorkerEventVariants, seasonalWorkerInvariants, seasonalWorkerPathFlags } from './variants';

export { seasonalActivities, seasonalActivityIds, revocationGrounds, revocationGroundIds } from './activities';
export type { SeasonalActivityId, RevocationGroundId } from './activities';
export type { SeasonalWorkerContext } from './context';
export { seasonalWorkerDeadlines } from './deadlines';
export { seasonalWorkerDocuments } from './documents';
export { seasonalWorkerEventSchema, type SeasonalWorkerEvent } from './events';
export { seasonalWorkerFactsOnOpening, seasonalWorkerFactsSchema, residesInLuxembourg, type SeasonalWorkerFacts } from './facts';
export { seasonalWorkerMachine } from './machine';

/**
 * The seasonal-worker procedure (seed `004_b06c98a76d7eb733.txt`).
 *
 * @example
 * ```ts
 * import { seasonalWorker, createCase } from 'permit-lifecycles';
 * const opened = createCase(seasonalWorker, { at: '2026-01-05', facts: { visaRequired: true } });
 * ```
 * @category Procedures
 */
export const seasonalWorker = {
  id: 'seasonalWorker',
  title: 'Seasonal worker: temporary authorisation to stay, visa, arrival, residence permit, renewal and revocation',
  version: '1.2.0',
  seed: '004_b06c98a76d7eb733.txt',
  machine: seasonalWorkerMachine,
  eventSchema: seasonalWorkerEventSchema,
  factsSchema: seasonalWorkerFactsSchema,
  factsOnOpening: seasonalWorkerFactsOnOpening,
  deadlines: seasonalWorkerDeadlines,
  documents: seasonalWorkerDocuments,
  eventVariants: seasonalWorkerEventVariants,
  factVariants: [
    { visaRequired: true },
    { visaRequired: false },
    { visaRequired: false, holdsLuxembourgResidencePermit: true, applicationFiledBy: 'employer' },
    { visaRequired: true, residesLegallyInLuxembourg: true },
  ],
  pathFlags: seasonalWorkerPathFlags,
  invariants: seasonalWorkerInvariants,
  notices: seasonalWorkerNotices,
} satisfies Procedure<typeof seasonalWorkerMachine>;
