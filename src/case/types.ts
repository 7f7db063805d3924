import type { AnyStateMachine, StateValue } from 'xstate';
import type { z } from 'zod';
import type { DatePeriod, IsoDate } from '../calendar';
import type { LegalParameter, SeedFile, SourceRef } from '../law';
import type { RightsDeclaration } from './rights';

/**
 * Ids of the procedures this library models (one a seed page).
 *
 * @example
 * ```ts
 * const id: ProcedureId = 'seasonalWorker';
 * ```
 * @category Case API
 */
export type ProcedureId =
  | 'seasonalWorker'
  | 'salariedWorker'
  | 'ancillaryWorkPermit'
  | 'crossBorderFamilyExemption'
  | 'protectionApplicantWorkPermit';

/**
 * Who must act before a deadline.
 *
 * @example
 * ```ts
 * const actor: DeadlineActor = 'employer';
 * ```
 * @category Case API
 */
export type DeadlineActor = 'applicant' | 'employer' | 'authority' | 'court';

/**
 * What kind of date a deadline is, which decides what happens when it passes:
 * - `obligation`: someone must act; missing it is recorded as a breach;
 * - `timeLimit`: a right to act that lapses when unused (e.g. an appeal);
 * - `decisionPeriod`: the authority must answer; silence means rejection;
 * - `waitingPeriod`: a period that must run before a step becomes possible;
 * - `expiry`: a right (authorisation, permit) ends.
 *
 * @example
 * ```ts
 * const kind: DeadlineKind = 'obligation';
 * ```
 * @category Case API
 */
export type DeadlineKind = 'obligation' | 'timeLimit' | 'decisionPeriod' | 'waitingPeriod' | 'expiry';

/**
 * The static description of a deadline a procedure can open.
 *
 * @example
 * ```ts
 * const spec: DeadlineSpec = {
 *   id: 'arrivalDeclaration', label: 'Declare arrival to the commune', actor: 'applicant',
 *   kind: 'obligation', parameter: law.seasonalArrivalDeclarationDays,
 *   source: law.seasonalArrivalDeclarationDays.source, consequence: 'Recorded as a breach.',
 * };
 * ```
 * @category Case API
 */
export interface DeadlineSpec {
  id: string;
  label: string;
  actor: DeadlineActor;
  kind: DeadlineKind;
  /** The figure the date is computed from, when there is one. */
  parameter?: LegalParameter;
  source: SourceRef;
  /** What follows when the date passes. */
  consequence: string;
  /**
   * The event types that meet this deadline (an obligation fulfilled, a
   * window used, a decision taken): the tests check that each is accepted
   * on the due day, and `apply` cites this deadline's source when one of
   * them is refused after the deadline lapsed.
   */
  metBy?: readonly string[];
}

/**
 * An open deadline as stored in a case: only dates, so snapshots stay small.
 *
 * @example
 * ```ts
 * const entry: DeadlineEntry = { due: '2026-05-04', opens: '2026-03-04' };
 * ```
 * @category Case API
 */
export interface DeadlineEntry {
  /** Last day to act (or last day of validity, for an `expiry`). */
  due: IsoDate;
  /** First day on which the act is possible, for windows such as renewal. */
  opens?: IsoDate;
}

/**
 * An obligation that was met late or not at all.
 *
 * @example
 * ```ts
 * const breach: Breach = { deadline: 'arrivalDeclaration', due: '2026-05-04', metOn: '2026-05-06' };
 * ```
 * @category Case API
 */
export interface Breach {
  deadline: string;
  due: IsoDate;
  /** The day it was met late, or `null` while it is still unmet. */
  metOn: IsoDate | null;
}

/**
 * What the current right is tied to (one employer, one profession, one sector).
 *
 * @example
 * ```ts
 * const binding: Binding = { employer: 'Vineyard SARL', profession: '921', sector: 'agriculture' };
 * ```
 * @category Case API
 */
export interface Binding {
  employer?: string;
  profession?: string;
  sector?: string;
}

/**
 * The context every procedure's machine keeps, extended with its own fields.
 * Dates only, no timers: the case can be persisted for years.
 *
 * @example
 * ```ts
 * type SeasonalContext = CaseContext<SeasonalFacts> & { renewals: number };
 * ```
 * @category Case API
 */
export interface CaseContext<TFacts = Record<string, unknown>> {
  facts: TFacts;
  /** The day the case was opened. */
  openedOn: IsoDate;
  /** Date of the last event applied; earlier events are refused. */
  lastEventAt: IsoDate;
  deadlines: Record<string, DeadlineEntry>;
  breaches: Breach[];
  /** Ids of the documents supplied for the current step. */
  documents: string[];
  /** The validity of the right currently held, if any. */
  validity: DatePeriod | null;
  binding: Binding | null;
}

/**
 * What every state of a procedure machine declares in its `meta`, so that a
 * reviewer can read the machine against its page and `status` can answer.
 *
 * @example
 * ```ts
 * const meta: StateMeta = {
 *   description: 'Waiting for the ministry to decide', phase: 'authorisation',
 *   rights: { reside: denied({ source }), work: denied({ source }) },
 *   source: { file: '004_b06c98a76d7eb733.txt', section: 'Supporting documents to be included with the application',
 *             quote: 'Only complete applications will be processed' },
 * };
 * ```
 * @category Case API
 */
export interface StateMeta {
  description: string;
  /** A coarse stage of the procedure, for grouping in displays. */
  phase: string;
  /** Who decides the right to reside and the right to work in this state (see `granted`, `denied`, `notDecidedHere`, `undetermined`). */
  rights: RightsDeclaration;
  /** Id of the document checklist that applies while in this state. */
  documents?: string;
  source?: SourceRef;
  /** What was assumed where the page is silent, and why. */
  assumption?: string;
  /** For outcomes: a sentence telling the person what follows. */
  outcome?: string;
  /**
   * The right held here has no end date (the page gives none: it lasts while
   * its conditions hold), so `status(...).validUntil` may be `null`.
   */
  openEnded?: boolean;
}

/**
 * What a transition may declare in its `meta`.
 *
 * @example
 * ```ts
 * const meta: TransitionMeta = { source: law.seasonalDecisionPeriodMonths.source };
 * ```
 * @category Case API
 */
export interface TransitionMeta {
  source?: SourceRef;
  assumption?: string;
  description?: string;
}

/**
 * A condition that decides whether a document is required for a case.
 *
 * @example
 * ```ts
 * const onlyByEmployer: DocumentCondition = {
 *   description: 'only when the employer files the application',
 *   applies: (context) => context.filedBy === 'employer',
 * };
 * ```
 * @category Case API
 */
export interface DocumentCondition {
  description: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  applies: (context: any) => boolean;
}

/**
 * One required document of a step, with its source.
 *
 * @example
 * ```ts
 * const item: DocumentItem = { id: 'passportCopy', label: 'Copy of the valid passport, in its entirety', source };
 * ```
 * @category Case API
 */
export interface DocumentItem {
  id: string;
  label: string;
  source: SourceRef;
  condition?: DocumentCondition;
}

/**
 * The checklist of one step of a procedure.
 *
 * @example
 * ```ts
 * const step: DocumentStep = { id: 'residencePermitApplication', label: 'Residence permit application', items: [] };
 * ```
 * @category Case API
 */
export interface DocumentStep {
  id: string;
  label: string;
  items: DocumentItem[];
}

/**
 * Everything the kernel needs to know about one procedure.
 *
 * @example
 * ```ts
 * import { seasonalWorker } from 'permit-lifecycles';
 * seasonalWorker.id; // 'seasonalWorker'
 * ```
 * @category Case API
 */
export interface Procedure<TMachine extends AnyStateMachine = AnyStateMachine> {
  id: ProcedureId;
  title: string;
  /** Semver of the machine; stored in every snapshot. */
  version: string;
  seed: SeedFile;
  machine: TMachine;
  /** zod schema of every event the machine accepts (a discriminated union on `type`). */
  eventSchema: z.ZodType<{ type: string; at: IsoDate }>;
  /** zod schema of the facts given when a case is opened. */
  factsSchema: z.ZodType<Record<string, unknown>>;
  /**
   * Checks of the parsed facts against the day the case opens, which the
   * schema cannot see (an earlier stay must have ended before it): each
   * problem with its path inside the facts. `createCase` refuses the facts
   * with `facts.invalid` when one is found.
   */
  factsOnOpening?: (facts: Record<string, unknown>, openedOn: IsoDate) => { path: (string | number)[]; message: string }[];
  /**
   * Checks of a valid event against the case it meets, which the schema
   * cannot see (a date a decision must give in this state): each problem with
   * its path inside the event. Run once time has passed to the event's date;
   * `apply` refuses the event with `event.invalid` when one is found.
   */
  eventInCase?: (event: { type: string; at: IsoDate }, context: CaseContext<Record<string, unknown>>, state: string) => { path: (string | number)[]; message: string }[];
  deadlines: Record<string, DeadlineSpec>;
  documents: Record<string, DocumentStep>;
  /** Event variants for graph walks: one per guard branch, dated from the snapshot's context. */
  eventVariants: (context: CaseContext<Record<string, unknown>>) => { type: string; at: IsoDate }[];
  /** Fact sets to start graph walks from (each reaches different branches). */
  factVariants: Record<string, unknown>[];
  /** The boolean or small-number facts guards read: with the state value, a node of the walked graph. */
  pathFlags: (context: CaseContext<Record<string, unknown>>) => Record<string, boolean | number | string>;
  /** Legal invariants every reachable case must keep (e.g. a validity cap); returns the violations. */
  invariants?: (context: CaseContext<Record<string, unknown>>) => string[];
  /** Notices for the status: advice, compensation owed, a pointer to another procedure. */
  notices?: (context: CaseContext<Record<string, unknown>>, at: IsoDate) => Notice[];
}

/**
 * Something the person or the host should know that is neither a right nor a
 * deadline: advice from the page, money owed, another procedure that applies.
 *
 * @example
 * ```ts
 * const notice: Notice = { code: 'passportRenewalAdvised', message: 'Renew the passport before travelling', source };
 * ```
 * @category Case API
 */
export interface Notice {
  code: string;
  message: string;
  source: SourceRef;
}

/**
 * A case: one person's progress through one procedure, as plain JSON data.
 * Immutable: `apply` returns a new case.
 *
 * `P` is the procedure as far as TypeScript knows it: `createCase('seasonalWorker', ...)`
 * gives a `PermitCase<'seasonalWorker'>`, to which `apply` accepts only
 * seasonal-worker events and whose `status(...).state` is one of that
 * machine's state paths. A case read back from JSON (`restore`,
 * `readPersisted`) is a `PermitCase` of any procedure, checked at run time.
 *
 * @example
 * ```ts
 * const opened = createCase('seasonalWorker', { at: '2026-01-05', facts: { visaRequired: true } });
 * if (opened.ok) console.log(opened.value.state); // 'vacancyToBeDeclared': the employer declares the vacancy first
 * ```
 * @category Case API
 */
export interface PermitCase<P extends ProcedureId = ProcedureId> {
  procedureId: P;
  machineVersion: string;
  state: StateValue;
  context: CaseContext;
  /** The events applied so far, in order, as validated (after the {@link PermitCase.earlierEventCount | earlier ones} not held here, if any). */
  events: CaseEvent[];
  /**
   * How many events were applied before those in `events` and are not held
   * in this case: a case read from a state snapshot (`readPersisted`) holds
   * none of its log, only their count. Absent when `events` is the whole
   * log. `apply` keeps it; `serializeState` counts it in `eventCount`;
   * `serialize` and `explain`, which need the whole log, refuse such a case
   * (`argument.invalid`): read it with `restore(snapshot, { events })` first.
   */
  earlierEventCount?: number;
}

/**
 * A validated, dated event as stored in a case.
 *
 * @example
 * ```ts
 * const event: CaseEvent = { type: 'arrival.declared', at: '2026-05-02' };
 * ```
 * @category Case API
 */
export interface CaseEvent {
  type: string;
  at: IsoDate;
  [field: string]: unknown;
}
