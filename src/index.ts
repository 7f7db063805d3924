/**
 * permit-lifecycles: Luxembourg work and residence procedures for
 * third-country nationals as XState v5 machines, with a pure, dated case API.
 *
 * @module
 */
export * from './errors';
export * from './calendar';
export * from './law';
export type {
  Binding,
  Breach,
  CaseContext,
  CaseEvent,
  DeadlineActor,
  DeadlineEntry,
  DeadlineKind,
  DeadlineSpec,
  DocumentCondition,
  DocumentItem,
  DocumentStep,
  Notice,
  PermitCase,
  Procedure,
  ProcedureId,
  Rights,
  StateMeta,
  TransitionMeta,
} from './case/types';
export { apply, applyAll, applyWithSteps, caseAsOf, createCase, resolveProcedure, validateEvent } from './case/engine';
export type { AppliedEvent, AppliedStep, CreateCaseOptions } from './case/engine';
export { status, type CaseStatus } from './case/status';
export { deadlines, describeDeadline, type CaseDeadline } from './case/deadlines';
export { missingDocuments, type DocumentChecklist } from './case/documents';
export { explain, type Explanation, type ExplanationStep } from './case/explain';
export { missingItems, requiredItems } from './case/checklist';
export { personSchema, type Person } from './case/person';
export { datedEvent, clockAdvancedEvent, documentsSuppliedEvent } from './case/events';
export {
  fulfilObligation,
  hasDeadlinePassed,
  initialCaseContext,
  isWithinDeadlineWindow,
  withDeadline,
  withDocuments,
  withoutDeadlines,
} from './case/context';
export { statePath, eventTypesFrom, isFinalStateValue, allStatePaths, allTransitions } from './case/machine-runtime';
export { stateMetaOf } from './case/meta';
export { appealableRefusal, appealActions, appealDeadlines, appealEventSchemas, appealGuards } from './case/appeals';
export type { AppealableRefusalOptions, AppealEvent, JudgmentOutcome, Reconsideration } from './case/appeals';
export { serialize, restore, toPersisted, SNAPSHOT_FORMAT, type PersistedCase } from './persistence/snapshot';
export { CURRENT_SCHEMA_VERSION } from './persistence/migrations';
export type { SnapshotWriter } from './persistence/snapshot';
export { readPersisted } from './persistence/read';
export { serializeState, toPersistedState, STATE_SNAPSHOT_FORMAT, CURRENT_STATE_SCHEMA_VERSION, type PersistedCaseState } from './persistence/state-snapshot';
export type { RestoreOptions } from './persistence/snapshot';
export { LIBRARY_NAME, LIBRARY_VERSION } from './version';
export * from './privacy';
export { toMermaid, toDot, machinePage, machineGraph, type DiagramState, type DiagramTransition, type MachineGraph } from './diagram';
export { inspectorSanitizers, sanitizeContext, sanitizeEvent, type InspectorSanitizers } from './inspect';
export * from './data';
export * from '../machines';
export * from './scenario';
export * from './eligibility';
// The store's code ships in `permit-lifecycles/store/pglite` and `/store/pg`; only its types are here.
export type { AppendOptions, CaseStore, CaseUpdate, DueCase, DueQuery, ReadOptions, SqlDatabase, SqlResult, SqlSession, StoredCase, StoreMigration, SweepLapse, SweepOptions, SweepReport } from './store';
