/**
 * The oracle of the reliability fuzzer: runs one generated sequence against a
 * procedure through the public case API and throws a readable error at the
 * first broken promise (an untyped throw, a state outside the machine, a case
 * changed by a refused event, a broken invariant).
 */
import {
  apply,
  allStatePaths,
  createCase,
  deadlines,
  isFinalStateValue,
  missingDocuments,
  PermitLifecycleError,
  serialize,
  statePath,
  status,
  type PermitCase,
  type Procedure,
  type Result,
} from '../../src';
import { checkCaseInvariants, checkInvariantsWithoutReplay } from '../../src/testing';
import { deepFreeze } from './deep-freeze';
import { materialise, readDate, type Recipe, type Start } from './fuzz-events';
import type { IsoDate } from '../../src';

/** Counters of one procedure's fuzz session, for the report. */
export interface FuzzStats {
  runs: number;
  steps: number;
  accepted: number;
  refused: Record<string, number>;
  reads: number;
  readErrors: number;
  fullChecks: number;
  statesReached: Set<string>;
}

/** Empty counters. */
export function emptyStats(): FuzzStats {
  return { runs: 0, steps: 0, accepted: 0, refused: {}, reads: 0, readErrors: 0, fullChecks: 0, statesReached: new Set() };
}

/** What a fuzz session of one procedure shares between runs. */
export interface FuzzSession {
  procedure: Procedure;
  /** Cases reached by the graph walk: deep starting points. */
  nodes: readonly PermitCase[];
  statePaths: ReadonlySet<string>;
  /** Snapshots already put through the full (replaying) invariant check. */
  fullyChecked: Set<string>;
  /** States already put through it at least once. */
  fullyCheckedStates: Set<string>;
  /**
   * The full check replays the whole history (restore, explain), so it runs on
   * the first case of each state and on one case in `fullCheckEvery`, chosen by
   * a hash of its snapshot (the same case is always chosen, so a replayed seed
   * checks the same cases).
   */
  fullCheckEvery: number;
  stats: FuzzStats;
}

const EVENT_REFUSALS = new Set(['event.invalid', 'event.outOfOrder', 'event.notAllowed']);
const OPENING_REFUSALS = new Set(['argument.invalid', 'facts.invalid']);

class Violation extends Error {
  override readonly name = 'FuzzViolation';
}

function describeThrown(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}\n${error.stack?.split('\n').slice(1, 12).join('\n') ?? ''}`;
  return String(error);
}

function guarded<T>(what: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw new Violation(`${what} threw instead of returning a typed error: ${describeThrown(error)}`);
  }
}

function expectTypedRefusal(what: string, result: Result<unknown>, codes: ReadonlySet<string>): void {
  if (result.ok) return;
  if (!(result.error instanceof PermitLifecycleError)) throw new Violation(`${what} refused with something else than a PermitLifecycleError: ${String(result.error)}`);
  if (!codes.has(result.error.code)) throw new Violation(`${what} refused with unexpected code ${result.error.code}: ${result.error.message}`);
}

function checkStates(session: FuzzSession, current: PermitCase, when: string): void {
  const path = statePath(current.state);
  for (const region of path.split(',')) {
    if (!session.statePaths.has(region)) throw new Violation(`${when}: state "${path}" is not a state of ${session.procedure.id}`);
  }
  session.stats.statesReached.add(path);
}

function checkInvariants(session: FuzzSession, current: PermitCase, when: string): void {
  const cheap = guarded(`invariants ${when}`, () => checkInvariantsWithoutReplay(session.procedure, current));
  if (cheap.length > 0) throw new Violation(`${when}: ${cheap.join('; ')}`);
  const json = serialize(current);
  if (session.fullyChecked.has(json)) return;
  const state = statePath(current.state);
  const firstOfState = !session.fullyCheckedStates.has(state);
  if (!firstOfState && hashOf(json) % session.fullCheckEvery !== 0) return;
  session.fullyChecked.add(json);
  session.fullyCheckedStates.add(state);
  session.stats.fullChecks += 1;
  const full = guarded(`full invariants ${when}`, () => checkCaseInvariants(session.procedure, current));
  if (full.length > 0) throw new Violation(`${when}: ${full.join('; ')}`);
}

function openStart(session: FuzzSession, start: Start): PermitCase | null {
  const { procedure } = session;
  if (start.kind === 'node') return session.nodes[start.index % session.nodes.length]!;
  if (start.kind === 'opened') {
    const facts = procedure.factVariants[start.factsIndex % procedure.factVariants.length];
    const opened = guarded('createCase', () => createCase(procedure, { at: start.at as IsoDate, facts }));
    if (!opened.ok) throw new Violation(`createCase refused a valid date ${start.at} and fact variant: ${opened.error.message}`);
    return opened.value;
  }
  const junkOptions = guarded('createCase with junk options', () => createCase(procedure, start.facts as never));
  expectTypedRefusal('createCase with junk options', junkOptions, OPENING_REFUSALS);
  const opened = guarded('createCase with junk', () => createCase(procedure, { at: start.at as IsoDate, facts: start.facts }));
  expectTypedRefusal('createCase with junk', opened, OPENING_REFUSALS);
  return opened.ok ? opened.value : null;
}

function readOn(session: FuzzSession, current: PermitCase, at: IsoDate): void {
  session.stats.reads += 1;
  const readers: [string, () => unknown][] = [
    ['status', () => status(current, at)],
    ['deadlines', () => deadlines(current, at)],
    ['missingDocuments', () => missingDocuments(current)],
  ];
  for (const [name, read] of readers) {
    try {
      const answer = read();
      if (name === 'status') {
        const state = (answer as { state: string }).state;
        for (const region of state.split(',')) if (!session.statePaths.has(region)) throw new Violation(`status(${at}) answered a state "${state}" outside the machine`);
      }
    } catch (error) {
      if (error instanceof Violation) throw error;
      if (!(error instanceof PermitLifecycleError) || error.code !== 'argument.invalid') {
        throw new Violation(`${name}(case, ${JSON.stringify(at)}) threw something else than a typed argument.invalid: ${describeThrown(error)}`);
      }
      session.stats.readErrors += 1;
    }
  }
}

/**
 * Run one generated sequence: open or pick the start, then apply each recipe
 * and check every promise after every step. Throws a `FuzzViolation` at the
 * first broken one.
 */
export function runSequence(session: FuzzSession, start: Start, recipes: readonly Recipe[]): void {
  const { procedure, stats } = session;
  stats.runs += 1;
  const opened = openStart(session, start);
  if (opened === null) return;
  let current = deepFreeze(opened);
  checkStates(session, current, 'at the start');
  checkInvariants(session, current, 'at the start');
  for (const [index, step] of recipes.entries()) {
    stats.steps += 1;
    if (step.kind === 'read') {
      readOn(session, current, readDate(current, step) as IsoDate);
      continue;
    }
    const when = `step ${index} (${step.kind})`;
    const { input, mustRefuseWith } = guarded(`building ${when}`, () => materialise(procedure, current, step));
    const before = JSON.stringify(current);
    const result = guarded(`apply at ${when} of ${safeJson(input)}`, () => apply(current, input));
    if (JSON.stringify(current) !== before) throw new Violation(`${when}: apply changed the case it was given`);
    if (!result.ok) {
      expectTypedRefusal(`apply at ${when} of ${safeJson(input)}`, result, EVENT_REFUSALS);
      if (mustRefuseWith && !mustRefuseWith.includes(result.error.code)) {
        throw new Violation(`${when}: ${safeJson(input)} was refused with ${result.error.code}, expected ${mustRefuseWith.join(' or ')}`);
      }
      stats.refused[result.error.code] = (stats.refused[result.error.code] ?? 0) + 1;
      continue;
    }
    if (mustRefuseWith) throw new Violation(`${when}: ${safeJson(input)} was accepted, expected a refusal with ${mustRefuseWith.join(' or ')}`);
    const next = deepFreeze(result.value);
    if (isFinalStateValue(procedure.machine, current.state)) checkOnlyTimePassed(current, next, `${when}: final state ${statePath(current.state)} accepted ${safeJson(input)}`);
    stats.accepted += 1;
    if (next.events.length !== current.events.length + 1) throw new Violation(`${when}: the event log grew by ${next.events.length - current.events.length}, not 1`);
    if (next.context.lastEventAt !== next.events.at(-1)?.at) throw new Violation(`${when}: lastEventAt ${next.context.lastEventAt} is not the accepted event's date`);
    checkStates(session, next, `after ${when}`);
    checkInvariants(session, next, `after ${when} of ${safeJson(input)}`);
    current = next;
  }
}

/** A final state takes the host's clock events (time passes for closed cases too) and nothing else changes. */
function checkOnlyTimePassed(before: PermitCase, after: PermitCase, what: string): void {
  const event = after.events.at(-1);
  if (event?.type !== 'clock.advanced') throw new Violation(what);
  const same = JSON.stringify({ ...after, events: after.events.slice(0, -1), context: { ...after.context, lastEventAt: before.context.lastEventAt } });
  if (same !== JSON.stringify(before)) throw new Violation(`${what}, and it changed more than the date of the last event`);
}

function safeJson(value: unknown): string {
  try {
    const text = JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'bigint' ? `${inner}n` : inner));
    return text === undefined ? String(value) : text.length > 300 ? `${text.slice(0, 300)}…` : text;
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** FNV-1a hash of a string: a stable, content-based sample of cases. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** All state paths of a procedure's machine. */
export function statePathsOf(procedure: Procedure): Set<string> {
  return new Set(allStatePaths(procedure.machine));
}
