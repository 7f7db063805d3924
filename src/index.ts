/**
 * permit-lifecycles: Luxembourg work and residence procedures for
 * third-country nationals as XState v5 machines, with a pure, dated case API.
 *
 * @module permit-lifecycles
 */
import { listProcedures } from '../machines/registry';
import { registerProcedures } from './case/procedures';

export * from './core';
export * from './law';
export { personSchema, type Person } from './case/person';
export { toMermaid, toDot, toSvg, casePath, eventActor, EVENT_ACTOR_LEGEND, machinePage, machineGraph } from './diagram';
export type { CasePath, DiagramOptions, DiagramState, DiagramTransition, DotOptions, EventActor, MachineGraph, MachinePageOptions, PageDiagram, PathStep, SvgOptions } from './diagram';
export type { DeemedRejection } from './case/decision';
export { inspectorSanitizers, sanitizeContext, sanitizeEvent, type InspectorSanitizers } from './inspect';
export * from './data';
export * from '../machines';
export * from './scenario';
export * from './eligibility';
export * from './report';
// The store's code ships in `permit-lifecycles/store/pglite` and `/store/pg`; only its types are here.
export type { AppendOptions, CaseStore, CaseUpdate, DueCase, DueQuery, ImportItem, ImportOptions, ImportProgress, ImportReport, ImportSource, ReadOptions, SqlDatabase, SqlResult, SqlSession, StoredCase, StoreMigration, SweepLapse, SweepOptions, SweepReport } from './store';

// The one side effect of this entry (declared in package.json's `sideEffects`):
// the bundled procedures are known by id to createCase, apply, restore and the rest.
registerProcedures(...listProcedures());
