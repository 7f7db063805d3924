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
export { fulfilObligation, hasDeadlinePassed, initialCaseContext, isWithinDeadlineWindow, withDeadline, withDocuments, withoutDeadlines } from './case/context';
export { missingItems, requiredItems } from './case/checklist';
export { personSchema, type Person } from './case/person';
export { appealableRefusal, appealActions, appealDeadlines, appealEventSchemas, appealGuards } from './case/appeals';
export { decisionPeriod, type DecisionPeriodOptions, type DeemedRejection } from './case/decision';
export { documentStepActions, employerNotificationSteps } from './case/steps';
export type { AppealableRefusalOptions, AppealEvent, JudgmentOutcome, Reconsideration } from './case/appeals';
export { toMermaid, toDot, toSvg, casePath, eventActor, EVENT_ACTOR_LEGEND, machinePage, machineGraph } from './diagram';
export type { CasePath, DiagramOptions, DiagramState, DiagramTransition, DotOptions, EventActor, MachineGraph, PageDiagram, PathStep, SvgOptions } from './diagram';
export { inspectorSanitizers, sanitizeContext, sanitizeEvent, type InspectorSanitizers } from './inspect';
export * from './data';
export * from '../machines';
export * from './scenario';
export * from './eligibility';
export * from './report';
// The store's code ships in `permit-lifecycles/store/pglite` and `/store/pg`; only its types are here.
export type { AppendOptions, CaseStore, CaseUpdate, DueCase, DueQuery, ReadOptions, SqlDatabase, SqlResult, SqlSession, StoredCase, StoreMigration, SweepLapse, SweepOptions, SweepReport } from './store';

// The one side effect of this entry (declared in package.json's `sideEffects`):
// the bundled procedures are known by id to createCase, apply, restore and the rest.
registerProcedures(...listProcedures());
