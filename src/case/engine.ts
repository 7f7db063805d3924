/**
 * Opening a case and applying dated events to it: validation first, then the
 * passage of time up to the event's date, then the event. Pure: the same case
 * and event always give the same result, and a refused event changes nothing.
 */
import type { AnyMachineSnapshot, AnyStateMachine, AnyTransitionDefinition } from 'xstate';
import type { z } from 'zod';
import { DateOutOfRangeError, isBefore, isIsoDate, isoDateSchema, type IsoDate } from '../calendar';
import { fail, fromZodError, ok, PermitLifecycleError, type Result } from '../errors';
import { safeParseCompiled } from './compiled-schema';
import { registeredProcedure, registeredProcedures } from './procedures';
import { earliestDue, markFactsParsed } from './context';
import { eventTypesFrom, guardName, transitionIdOf, initialSnapshot, resolveSnapshot, statePath, stateInfo, takeTransition } from './machine-runtime';
import type { SourceRef } from '../law';
import type { Breach, CaseContext, CaseEvent, PermitCase, Procedure, ProcedureId } from './types';
import type { CreateCaseOptions, EventFor, UntypedCreateCaseOptions } from './typed';
import { appendedCase, emptyLogCase, heldEventCount, revisedCase } from './event-log';
import { inputLimitRefusal, limitExceeded, limits } from './limits';
import { refusedArguments } from '../guard';

/** Enough to stop a machine whose clock transitions would loop forever. */
const MAX_CLOCK_STEPS = 32;

/** The last reading day {@link caseAsOf} found valid: a sweep reads every case on the same day. */
let lastValidDay: IsoDate | null = null;

/**
 * The last answer of {@link caseAsOf} that took a transition attempt: `status`
 * and `deadlines` of one case on one day ask the same question in turn (a
 * sweep does, for every case). Matched by identity, like {@link lastSnapshot}.
 */
let lastAsOf: { of: PermitCase; context: CaseContext; state: PermitCase['state']; at: IsoDate; view: PermitCase } | null = null;

/**
 * The machine snapshot of the case the engine produced last, so that applying
 * the next event to that case (a replay, a scenario, a host applying events
 * one after another) does not rebuild it with `machine.resolveState`: a
 * profile of replays showed that rebuild on every event. One entry, matched
 * by the identity of the case's context and state value, so any other case
 * (restored, assembled by hand, edited, older) misses and is resolved as
 * before. (A `WeakMap` of every case cost about as much, in insertions and
 * garbage collection, as the rebuilds it saved.)
 */
let lastSnapshot: AnyMachineSnapshot | null = null;

function rememberSnapshot(snapshot: AnyMachineSnapshot): void {
  lastSnapshot = snapshot;
}

function snapshotOf(machine: AnyStateMachine, current: PermitCase): AnyMachineSnapshot {
  const cached = lastSnapshot;
  if (cached !== null && cached.context === current.context && cached.value === current.state && cached.machine === machine) return cached;
  return resolveSnapshot(machine, current.state, current.context);
}

/**
 * Throws `argument.invalid` unless the case holds its whole event log: a case
 * read from a state snapshot holds none of its earlier events
 * (`earlierEventCount`), and `what` (a full snapshot, an explanation) needs
 * them all.
 *
 * @example
 * ```ts
 * requireWholeLog(someCase, 'serialize'); // returns for a case built with createCase and apply
 * ```
 * @category Case API
 */
export function requireWholeLog(current: PermitCase, what: string): void {
  const earlier = current.earlierEventCount;
  if (earlier === undefined || earlier === 0) return;
  throw new PermitLifecycleError(
    'argument.invalid',
    `${what} needs the whole event log, and this case holds only the events applied since it was read from a state snapshot (${String(earlier)} earlier events are not in it): read it with restore(snapshot, { events }) first`,
    { path: ['earlierEventCount'], details: { earlierEventCount: earlier } },
  );
}

/** The typed refusal of a date argument that is not an {@link IsoDate}, described by zod. */
function invalidDate(at: unknown, what: string): PermitLifecycleError {
  const parsed = isoDateSchema.safeParse(at);
  return parsed.success ? new PermitLifecycleError('argument.invalid', `invalid ${what}`, { path: ['at'] }) : fromZodError('argument.invalid', parsed.error, what, ['at']);
}

/**
 * Find a registered procedure by id (see {@link registerProcedures}), or
 * check that a procedure object is the one registered under its id, with a
 * typed error (`procedure.unknown`) otherwise.
 *
 * @example
 * ```ts
 * const found = resolveProcedure('seasonalWorker');
 * if (found.ok) console.log(found.value.title);
 * ```
 * @category Case API
 */
export function resolveProcedure(procedure: ProcedureId | Procedure | string): Result<Procedure> {
  try {
  if (typeof procedure !== 'string') {
    // A case stores only its procedure's id: an unregistered object would be lost at the next event.
    if (registeredProcedure(procedure.id) === procedure) return ok(procedure);
    return fail(unknownProcedure(procedure.id, 'the procedure object passed is not the one registered with this id; call registerProcedures(procedure) first'));
  }
  const found = registeredProcedure(procedure);
  return found ? ok(found) : fail(unknownProcedure(procedure));
  } catch (error) {
    return fail(refusedArguments('resolveProcedure', error));
  }
}

/** The entry each bundled procedure ships in, and the name it is exported under (ids only: the core imports no procedure). */
const BUNDLED_ENTRIES: Readonly<Record<ProcedureId, string>> = {
  seasonalWorker: 'seasonal-worker',
  salariedWorker: 'salaried-worker',
  ancillaryWorkPermit: 'ancillary-work-permit',
  crossBorderFamilyExemption: 'cross-border-family-exemption',
  protectionApplicantWorkPermit: 'protection-applicant-work-permit',
};

function unknownProcedure(procedure: string, reason?: string): PermitLifecycleError {
  const known = registeredProcedures().map((registered) => registered.id);
  const entry = Object.hasOwn(BUNDLED_ENTRIES, procedure) ? BUNDLED_ENTRIES[procedure as ProcedureId] : undefined;
  const toRegister = entry
    ? `it is bundled but not registered: import { ${procedure} } from 'permit-lifecycles/${entry}' and call registerProcedures(${procedure}) (or import 'permit-lifecycles', which registers all five)`
    : 'register a procedure of your own with registerProcedures(procedure) before createCase or restore';
  const hint = reason ?? (known.length === 0 ? `no procedure is registered; ${toRegister}` : `known: ${known.join(', ')}; ${toRegister}`);
  return new PermitLifecycleError('procedure.unknown', `unknown procedure "${procedure}"; ${hint}`, { details: { procedure, known } });
}

/**
 * Open a case of a procedure on a date, with validated facts. Returns a
 * {@link Result}: a refusal (`procedure.unknown`, `facts.invalid`,
 * `argument.invalid`, `limit.exceeded`) is returned, never thrown.
 *
 * Typed: with a bundled procedure's id (or object), the facts are that
 * procedure's facts (defaults may be left out) and the case is a
 * `PermitCase<'seasonalWorker'>`, which `apply` and `status` know. A misspelt
 * id does not compile. An id held in a `string` (read from a database or a
 * form) takes any facts and date, all checked at run time.
 *
 * @example
 * ```ts
 * const opened = createCase('seasonalWorker', { at: '2026-01-05', facts: { visaRequired: true } });
 * if (!opened.ok) throw opened.error;
 * opened.value.state; // 'vacancyToBeDeclared'
 *
 * const fromForm: string = 'seasonalWorker';
 * createCase(fromForm, { at: '2026-01-05' }); // a PermitCase of any procedure, checked at run time
 * ```
 * @category Case API
 */
export function createCase<P extends ProcedureId>(procedure: P | (Procedure & { id: P }), options: CreateCaseOptions<P>): Result<PermitCase<P>>;
export function createCase<S extends string>(procedure: string extends S ? S : Procedure, options: UntypedCreateCaseOptions): Result<PermitCase>;
export function createCase(procedure: Procedure | string, options: UntypedCreateCaseOptions): Result<PermitCase> {
  try {
  const found = resolveProcedure(procedure);
  if (!found.ok) return found;
  const definition = found.value;
  const at = options?.at;
  // isIsoDate agrees with isoDateSchema and costs far less; zod runs only to describe a bad date.
  if (!isIsoDate(at)) return fail(invalidDate(at, 'opening date'));
  const oversized = inputLimitRefusal(options.facts, false, ['facts']);
  if (oversized !== null) return fail(oversized);
  const facts = safeParseCompiled(definition.factsSchema, options.facts ?? {});
  if (!facts.success) return fail(fromZodError('facts.invalid', facts.error, 'facts', ['facts']));
  const onOpening = definition.factsOnOpening?.(facts.data, at) ?? [];
  if (onOpening.length > 0) return fail(fromZodError('facts.invalid', { issues: onOpening }, 'facts', ['facts']));
  if (typeof facts.data === 'object' && facts.data !== null) markFactsParsed(facts.data);
  let snapshot: AnyMachineSnapshot;
  try {
    // Lapses already due on the opening day (a permit from the facts that has ended) fire at once.
    snapshot = advanceClock(definition, initialSnapshot(definition.machine, { at, facts: facts.data }), at, null);
  } catch (error) {
    if (DateOutOfRangeError.describes(error)) return fail(outOfCalendar('argument.invalid', at, error));
    throw error;
  }
  rememberSnapshot(snapshot);
  return ok(
    emptyLogCase({
      procedureId: definition.id,
      machineVersion: definition.version,
      state: snapshot.value,
      context: snapshot.context as CaseContext,
    }),
  );
  } catch (error) {
    return fail(refusedArguments('createCase', error));
  }
}

/**
 * One step the machine took while applying an event: the implicit passage of
 * time (`clock.advanced`) or the event itself.
 *
 * @example
 * ```ts
 * const step: AppliedStep = { event: { type: 'clock.advanced', at: '2026-04-06' }, from: 'awaitingDecision', to: 'deemedRejected', implicit: true };
 * ```
 * @category Case API
 */
export interface AppliedStep {
  event: CaseEvent;
  from: string;
  to: string;
  /** True for the clock steps the kernel inserted before a dated event. */
  implicit: boolean;
  /** Stable id of the transition taken: `<state node id>#<event type>#<index>`. */
  transitionId: string;
  guard?: string;
  transitionMeta?: Record<string, unknown>;
}

/**
 * The result of applying an event: the new case and the steps taken.
 *
 * @example
 * ```ts
 * const outcome: AppliedEvent = { case: next, steps: [] };
 * ```
 * @category Case API
 */
export interface AppliedEvent<P extends ProcedureId = ProcedureId> {
  case: PermitCase<P>;
  steps: AppliedStep[];
}

/**
 * A step the machine took, kept as snapshots: `apply` needs only the last
 * one, and the readable {@link AppliedStep} (state paths, transition id,
 * guard name) is built only when `applyWithSteps` is asked for it.
 */
interface TakenStep {
  event: CaseEvent;
  before: AnyMachineSnapshot;
  next: AnyMachineSnapshot;
  transition: AnyTransitionDefinition;
  implicit: boolean;
}

/**
 * Take one transition: the snapshot reached, or `null` when the event is
 * refused. The step is kept in `record` only when a caller asked for the
 * steps (`applyWithSteps`); `apply` passes `null` and allocates none.
 */
function takeStep(procedure: Procedure, snapshot: AnyMachineSnapshot, event: CaseEvent, implicit: boolean, record: TakenStep[] | null): AnyMachineSnapshot | null {
  const taken = takeTransition(procedure.machine, snapshot, event);
  const transition = taken.transitions[0];
  if (!transition) return null;
  const next = keepUnmetObligations(procedure, snapshot, taken.next, event.at);
  if (record !== null) record.push({ event, before: snapshot, next, transition, implicit });
  return next;
}

/**
 * The snapshot reached, with a breach recorded for every obligation that the
 * step closed while it was overdue and unmet: a case that lapses, is refused
 * or ends keeps the obligations it missed (DESIGN.md: breaches survive the
 * case's closing), whatever the machine's own action did with the deadline.
 * An obligation met late has its breach already (`fulfilObligation`).
 */
function keepUnmetObligations(procedure: Procedure, before: AnyMachineSnapshot, next: AnyMachineSnapshot, at: IsoDate): AnyMachineSnapshot {
  const open = (before.context as CaseContext).deadlines;
  const after = next.context as CaseContext;
  let missed: Breach[] | null = null;
  for (const id of Object.keys(open)) {
    const due = open[id]!.due;
    // Checked dates compare as strings: YYYY-MM-DD sorts as the days it names.
    if (!(due < at) || procedure.deadlines[id]?.kind !== 'obligation' || after.deadlines[id]?.due === due) continue;
    if (after.breaches.some((breach) => breach.deadline === id && breach.due === due)) continue;
    (missed ??= []).push({ deadline: id, due, metOn: null });
  }
  if (missed === null) return next;
  const context = { ...after, breaches: [...after.breaches, ...missed] };
  return { ...next, context } as AnyMachineSnapshot;
}

function describeStep({ event, before, next, transition, implicit }: TakenStep): AppliedStep {
  const guard = transition.guard;
  return {
    event,
    from: statePath(before.value),
    to: statePath(next.value),
    implicit,
    transitionId: transitionIdOf(transition),
    ...(guard ? { guard: guardName(guard) } : {}),
    ...(transition.meta ? { transitionMeta: transition.meta as Record<string, unknown> } : {}),
  };
}

/**
 * Let time pass up to `at`: fire every `clock.advanced` transition whose date
 * has passed, one after another (a permit can expire, then a stay cap run out).
 */
function advanceClock(procedure: Procedure, snapshot: AnyMachineSnapshot, at: IsoDate, record: TakenStep[] | null): AnyMachineSnapshot {
  let current = snapshot;
  for (let i = 0; i < MAX_CLOCK_STEPS && mayLapse(procedure, current.context as CaseContext, current.value, at); i += 1) {
    const next = takeStep(procedure, current, { type: 'clock.advanced', at }, true, record);
    if (next === null) break;
    const changed = statePath(current.value) !== statePath(next.value);
    current = next;
    if (!changed) break;
  }
  return current;
}

/**
 * Whether a `clock.advanced` on `at` can take a transition: only after a
 * deadline that is not an obligation has passed, in a state with clock
 * transitions (every date a clock guard reads is a deadline, a rule
 * tests/bench-kernel.test.ts checks for every machine). Asked again after
 * each lapse, so that a case that has lapsed into a state with nothing due
 * is not put through another transition attempt.
 */
function mayLapse(procedure: Procedure, context: CaseContext, state: PermitCase['state'], at: IsoDate): boolean {
  const due = earliestDue(context, procedure.deadlines);
  // Every caller has checked `at`, and the case's dates are checked where they enter: YYYY-MM-DD strings sort as the days they name.
  return due !== null && due < at && stateInfo(procedure.machine, state).handlesClock;
}

/**
 * The snapshot reached, with `lastEventAt` set to the event's date. A context
 * that XState's `assign` has just created belongs to no case yet and is
 * updated in place (copying it, and the snapshot around it, on every event
 * showed in the profile); the previous case's context is never touched.
 */
function withLastEventAt(snapshot: AnyMachineSnapshot, previous: CaseContext, at: IsoDate): AnyMachineSnapshot {
  const context = snapshot.context as CaseContext;
  if (context.lastEventAt === at) return snapshot;
  if (context !== previous) {
    context.lastEventAt = at;
    return snapshot;
  }
  return { ...snapshot, context: { ...context, lastEventAt: at } };
}

/**
 * Validate an event against the procedure's schema, without applying it.
 *
 * @example
 * ```ts
 * const parsed = validateEvent(seasonalWorker, { type: 'visa.issued', at: '2026-03-01' });
 * ```
 * @category Case API
 */
export function validateEvent(procedure: Procedure, event: unknown): Result<CaseEvent> {
  try {
  const parsed = safeParseCompiled(procedure.eventSchema, event);
  if (!parsed.success) return eventRefused(procedure, parsed.error);
  return ok(parsed.data as CaseEvent);
  } catch (error) {
    return fail(refusedArguments('validateEvent', error));
  }
}

function eventRefused(procedure: Procedure, error: z.ZodError): Result<never> {
  return fail(fromZodError('event.invalid', error, `${procedure.id} event`));
}

/**
 * Apply a dated event to a case and also report the steps taken. The event is
 * validated first; time then passes up to its date (lapses fire); then the
 * event must be allowed in the state reached. On any refusal the original case
 * is returned untouched inside the error result.
 *
 * @example
 * ```ts
 * const outcome = applyWithSteps(opened, { type: 'vacancy.declared', at: '2026-01-05' });
 * if (outcome.ok) outcome.value.steps.map((step) => step.to);
 * ```
 * @category Case API
 */
export function applyWithSteps<P extends ProcedureId>(current: PermitCase<P>, event: EventFor<P>): Result<AppliedEvent<P>>;
export function applyWithSteps(current: PermitCase, event: unknown): Result<AppliedEvent> {
  try {
  const steps: TakenStep[] = [];
  const outcome = applyEvent(current, event, steps);
  return outcome.ok ? ok({ case: outcome.value, steps: steps.map(describeStep) }) : outcome;
  } catch (error) {
    return fail(refusedArguments('applyWithSteps', error));
  }
}

/**
 * {@link applyWithSteps}, keeping the steps taken in `record` when one is
 * given. The hot path of a replay: no intermediate result objects.
 */
function applyEvent(current: PermitCase, event: unknown, record: TakenStep[] | null): Result<PermitCase> {
  const procedure = registeredProcedure(current.procedureId);
  if (procedure === undefined) return resolveProcedure(current.procedureId) as Result<never>;
  // Before zod, which would copy an oversized input first.
  const oversized = inputLimitRefusal(event, true);
  if (oversized !== null) return fail(oversized);
  const { maxEventsPerCase } = limits();
  const count = heldEventCount(current) + (current.earlierEventCount ?? 0);
  if (count >= maxEventsPerCase) return fail(limitExceeded('maxEventsPerCase', maxEventsPerCase, count + 1, ['events'], 'the number of events of the case'));
  const parsed = safeParseCompiled(procedure.eventSchema, event);
  if (!parsed.success) return eventRefused(procedure, parsed.error);
  const dated = parsed.data as CaseEvent;
  const lastAt = current.context.lastEventAt;
  if (isBefore(dated.at, lastAt)) {
    return fail(
      new PermitLifecycleError('event.outOfOrder', `event dated ${dated.at} is earlier than the case's last event (${lastAt})`, {
        path: ['at'],
        details: { at: dated.at, lastEventAt: lastAt },
      }),
    );
  }
  try {
    return transitionCase(procedure, current, dated, record);
  } catch (error) {
    if (DateOutOfRangeError.describes(error)) return fail(outOfCalendar('event.invalid', dated.at, error));
    throw error;
  }
}

/**
 * The typed refusal for a date that leads the machine's own date arithmetic
 * (a deadline, a validity, a look-back) outside the calendar's supported years.
 */
function outOfCalendar(code: 'event.invalid' | 'argument.invalid', at: IsoDate, error: unknown): PermitLifecycleError {
  const reason = error instanceof Error ? error.message.split('\n').at(-1) : String(error);
  return new PermitLifecycleError(code, `the dates that follow from ${at} fall outside the years the calendar supports (${reason})`, {
    path: ['at'],
    details: { at },
  });
}

/** Let time pass up to a validated, in-order event and apply it (may throw `DateOutOfRangeError`). */
function transitionCase(procedure: Procedure, current: PermitCase, dated: CaseEvent, record: TakenStep[] | null): Result<PermitCase> {
  const machine = procedure.machine;
  const start = snapshotOf(machine, current);
  const advanced = advanceClock(procedure, start, dated.at, record);
  let final = advanced;
  if (dated.type !== 'clock.advanced') {
    const problems = procedure.eventInCase?.(dated, advanced.context as CaseContext, statePath(advanced.value)) ?? [];
    if (problems.length > 0) return fail(fromZodError('event.invalid', { issues: problems }, `${procedure.id} event`));
    const next = takeStep(procedure, advanced, dated, false, record);
    if (next === null) {
      const state = statePath(advanced.value);
      const allowed = eventTypesFrom(machine, advanced.value).filter((type) => type !== 'clock.advanced');
      // A clock step always yields a new snapshot: the same object means time changed nothing.
      const lapsed = advanced !== start ? ` (on ${dated.at} the case had moved to "${state}")` : '';
      const cited = lapseBehindRefusal(procedure, current, start, advanced, dated);
      const because = cited ? `; the page: "${cited.source.quote}" (${cited.source.file}, ${cited.source.section})` : '';
      return fail(
        new PermitLifecycleError(
          'event.notAllowed',
          `"${dated.type}" is not allowed in state "${state}"${lapsed}` +
            (allowed.includes(dated.type) ? ': its conditions are not met' : `; allowed now: ${allowed.join(', ') || 'nothing (final state)'}`) +
            because,
          { path: ['type'], details: { state, event: dated.type, allowed, ...(cited ? { lapsed: cited } : {}) } },
        ),
      );
    }
    final = next;
  }
  const recorded = withLastEventAt(final, current.context, dated.at);
  const context = recorded.context as CaseContext;
  rememberSnapshot(recorded);
  // The log is shared with `current`, not copied (see event-log.ts): `current` still reads exactly as before.
  const fields = { procedureId: current.procedureId, machineVersion: current.machineVersion, state: final.value, context };
  return ok(appendedCase(current, current.earlierEventCount === undefined ? fields : { ...fields, earlierEventCount: current.earlierEventCount }, dated));
}

/**
 * What had lapsed when an event was refused, with the page's sentence: a
 * time limit or window the event would have met, passed before its date (an
 * appeal lodged after the time limit), or else the lapse that time brought about
 * on the way to its date (an authorisation expired). `null` when time
 * changed nothing that explains the refusal.
 */
function lapseBehindRefusal(
  procedure: Procedure,
  current: PermitCase,
  start: AnyMachineSnapshot,
  advanced: AnyMachineSnapshot,
  dated: CaseEvent,
): { deadline: string | null; due: IsoDate | null; source: SourceRef } | null {
  const open = current.context.deadlines;
  for (const id of Object.keys(open)) {
    const spec = procedure.deadlines[id];
    // An obligation past due is a breach, never a lapse: only a time limit or window that the event would have met explains a refusal.
    if (spec?.kind !== 'obligation' && spec?.metBy?.includes(dated.type) && open[id]!.due < dated.at) return { deadline: id, due: open[id]!.due, source: spec.source };
  }
  if (advanced === start) return null;
  const steps: TakenStep[] = [];
  advanceClock(procedure, start, dated.at, steps);
  for (let i = steps.length - 1; i >= 0; i -= 1) {
    const source = (steps[i]!.transition.meta as { source?: SourceRef } | undefined)?.source;
    if (source) return { deadline: null, due: null, source };
  }
  return null;
}

/**
 * Apply a dated event to a case. Returns the new case, or a typed error and
 * leaves the case unchanged (`event.invalid`, `event.outOfOrder`,
 * `event.notAllowed`, `argument.invalid` when `current` is not a case): a
 * {@link Result}, never a throw.
 *
 * Typed: for a `PermitCase<'seasonalWorker'>` (from `createCase('seasonalWorker', ...)`)
 * the event must be a seasonal-worker event, so a misspelt type, a missing
 * field or another procedure's event does not compile. For a case of any
 * procedure (from `restore`), any value is accepted and checked at run time.
 *
 * @example
 * ```ts
 * const next = apply(opened, { type: 'vacancy.declared', at: '2026-01-05' });
 * if (!next.ok) console.error(next.error.code, next.error.message);
 * ```
 * @category Case API
 */
export function apply<P extends ProcedureId>(current: PermitCase<P>, event: EventFor<P>): Result<PermitCase<P>>;
export function apply(current: PermitCase, event: unknown): Result<PermitCase> {
  try {
  return applyEvent(current, event, null);
  } catch (error) {
    return fail(refusedArguments('apply', error));
  }
}

/**
 * Apply several events in order; stops at the first refusal and says which.
 *
 * @example
 * ```ts
 * const replayed = applyAll(opened, [{ type: 'vacancy.declared', at: '2026-01-05' }]);
 * ```
 * @category Case API
 */
export function applyAll<P extends ProcedureId>(current: PermitCase<P>, events: readonly EventFor<P>[]): Result<PermitCase<P>>;
export function applyAll(current: PermitCase, events: readonly unknown[]): Result<PermitCase> {
  try {
  let acc = current;
  for (const [index, event] of events.entries()) {
    const next = apply(acc, event);
    if (!next.ok) {
      const error = next.error;
      return fail(
        new PermitLifecycleError(error.code, `event ${index}: ${error.message}`, {
          path: [index, ...error.path],
          details: { ...error.details, eventIndex: index },
        }),
      );
    }
    acc = next.value;
  }
  return ok(acc);
  } catch (error) {
    return fail(refusedArguments('applyAll', error));
  }
}

/**
 * Why a case whose last event is dated `lastEventAt` cannot be read as of
 * `at` (`argument.invalid`: not a date, or earlier), or `null` when it can.
 * Once this is `null`, `at` and the case's checked dates compare as strings.
 *
 * @example
 * ```ts
 * readingDayRefusal('2026-06-01', '2026-05-01'); // null
 * readingDayRefusal('2026-04-01', '2026-05-01')?.code; // 'argument.invalid'
 * ```
 * @category Case API
 */
export function readingDayRefusal(at: IsoDate, lastEventAt: IsoDate): PermitLifecycleError | null {
  // isIsoDate agrees with isoDateSchema and costs far less; zod runs only to describe a bad date.
  // A sweep reads every case on the same day: that day is checked once.
  if (at !== lastValidDay && !isIsoDate(at)) return invalidDate(at, 'date');
  // Plain string comparisons from here: YYYY-MM-DD strings sort as the days they name.
  lastValidDay = at;
  if (at < lastEventAt) {
    return new PermitLifecycleError('argument.invalid', `cannot read the case as of ${at}: its last event is dated ${lastEventAt}`, { path: ['at'] });
  }
  return null;
}

/**
 * The case as it stands on `at` when nothing but time happens: lapses that
 * have occurred by then are applied; nothing is recorded in the event list.
 * Used by the read functions so that they answer "as of" a day.
 *
 * @example
 * ```ts
 * const later = caseAsOf(current, '2026-09-01');
 * ```
 * @category Case API
 */
export function caseAsOf(current: PermitCase, at: IsoDate | undefined): Result<PermitCase> {
  try {
  if (at === undefined) return ok(current);
  const memo = lastAsOf;
  if (memo !== null && memo.at === at && memo.of === current && memo.context === current.context && memo.state === current.state) return ok(memo.view);
  const refused = readingDayRefusal(at, current.context.lastEventAt);
  if (refused !== null) return fail(refused);
  const found = resolveProcedure(current.procedureId);
  if (!found.ok) {
    // An unknown procedure matters only once time could change the case.
    const due = earliestDue(current.context);
    return due === null || !(due < at) ? ok(current) : found;
  }
  // Nothing has passed that a clock transition reads, or a state where time changes nothing: no snapshot needed (an overdue obligation stays a breach).
  if (!mayLapse(found.value, current.context, current.state, at)) return ok(current);
  const machine = found.value.machine;
  try {
    const advanced = advanceClock(found.value, snapshotOf(machine, current), at, null);
    rememberSnapshot(advanced);
    const view: PermitCase = advanced.value === current.state && advanced.context === current.context ? current : revisedCase(current, { state: advanced.value, context: advanced.context as CaseContext });
    lastAsOf = { of: current, context: current.context, state: current.state, at, view };
    return ok(view);
  } catch (error) {
    if (DateOutOfRangeError.describes(error)) return fail(outOfCalendar('argument.invalid', at, error));
    throw error;
  }
  } catch (error) {
    return fail(refusedArguments('caseAsOf', error));
  }
}
