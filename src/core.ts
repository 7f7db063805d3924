/**
 * permit-lifecycles/core: the case API without any procedure. Register the
 * procedures an application needs (each has its own entry, for example
 * `permit-lifecycles/seasonal-worker`), and only those are bundled:
 *
 * ```ts
 * import { registerProcedures, createCase, apply, status } from 'permit-lifecycles/core';
 * import { seasonalWorker } from 'permit-lifecycles/seasonal-worker';
 *
 * registerProcedures(seasonalWorker);
 * const opened = createCase('seasonalWorker', { at: '2026-01-05' });
 * ```
 *
 * The main entry, `permit-lifecycles`, is this plus every procedure
 * (registered), the diagrams, scenarios, eligibility and reference data.
 *
 * Errors, one style: a function that returns a `Result` never throws (a
 * refusal is `{ ok: false, error }`); every other function throws only a
 * `PermitLifecycleError` (see {@link PermitLifecycleError}).
 *
 * Types: `createCase('seasonalWorker', ...)` gives a
 * `PermitCase<'seasonalWorker'>`; `apply` then accepts only that procedure's
 * events and `status(...).state` is one of its state paths. Input known only
 * at run time (an id in a `string`, an `unknown` event, a case from
 * `restore`) goes through the same functions, checked at run time; to apply
 * an `unknown` event to a typed case, widen it: `apply<ProcedureId>(current, event)`.
 *
 * @module permit-lifecycles/core
 */
export { PermitLifecycleError, type PermitErrorCode, type Result } from './errors';
export {
  addDays,
  addMonths,
  addWeeks,
  addWorkingDays,
  addYears,
  compareDates,
  dayOfWeek,
  daysBetween,
  daysCovered,
  deadlineAfter,
  easterSunday,
  exceedsStayCap,
  fromIsoDate,
  isAfter,
  isBefore,
  isIsoDate,
  isLuxembourgLegalHoliday,
  isOnOrAfter,
  isOnOrBefore,
  isoDate,
  isoDateSchema,
  isWorkingDay,
  lastDayOfPeriod,
  latestEndWithinCap,
  luxembourgLegalHolidays,
  maxDate,
  maxDaysInAnyWindow,
  minDate,
  nextWorkingDayOnOrAfter,
  toIsoDate,
  type DatePeriod,
  type IsoDate,
  type LegalHoliday,
  type PeriodLength,
  type WorkingDayKind,
} from './calendar';
export type { LegalParameter, SourceRef, SeedFile } from './law';
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
  StateMeta,
  TransitionMeta,
} from './case/types';
export { registerProcedures, registeredProcedure, registeredProcedures } from './case/procedures';
export { apply, applyAll, applyWithSteps, caseAsOf, createCase, resolveProcedure, validateEvent } from './case/engine';
export type { AppliedEvent, AppliedStep } from './case/engine';
export type { MachineInput } from './case/context';
export type { BundledProcedures, CreateCaseOptions, DottedStatePath, EventFor, ProcedureEvent, ProcedureFacts, ProcedureState, UntypedCreateCaseOptions } from './case/typed';
export { recordLapses } from './case/lapses';
export { DEFAULT_LIMITS, limits, setLimits, type Limits } from './case/limits';
export { status, type CaseStatus } from './case/status';
export { granted, denied, notDecidedHere, undetermined, except, answerRight, hasReason } from './case/rights';
export type { RightAnswer, RightDeclaration, RightException, RightReason, RightsAnswer, RightsDeclaration, RightVerdict } from './case/rights';
export { deadlines, describeDeadline, type CaseDeadline } from './case/deadlines';
export { missingDocuments, type DocumentChecklist } from './case/documents';
export { explain, type Explanation, type ExplanationStep } from './case/explain';
export { serialize, restore, toPersisted, SNAPSHOT_FORMAT, type PersistedCase } from './persistence/snapshot';
export { CURRENT_SCHEMA_VERSION } from './persistence/migrations';
export type { SnapshotWriter } from './persistence/snapshot';
export { readPersisted } from './persistence/read';
export { reviewPersisted, type PersistedReview } from './persistence/review';
export { serializeState, toPersistedState, eventCountOf, STATE_SNAPSHOT_FORMAT, CURRENT_STATE_SCHEMA_VERSION, type PersistedCaseState } from './persistence/state-snapshot';
export type { RestoreOptions } from './persistence/snapshot';
export { MIN_SIGNING_KEY_BYTES, type SigningKey, type SerializeOptions, type VerifyOptions } from './persistence/signature';
export { LIBRARY_NAME, LIBRARY_VERSION } from './version';
export { statePath, eventTypesFrom, isFinalStateValue, allStatePaths, allTransitions } from './case/machine-runtime';
export { stateMetaOf } from './case/meta';
export * from './privacy';
