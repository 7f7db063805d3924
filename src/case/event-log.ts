/**
 * The event log of the cases the engine makes, shared so that `apply` costs
 * the same at the 100,000th event as at the first.
 *
 * Copying the log on every event (`[...current.events, dated]`) made a
 * replay quadratic: 10,000 events took 0.1 s, 20,000 took 8.6 s (each copy
 * past about 16,000 entries is a large object, and every one of them costs
 * a major collection). Instead, the cases of one line of history share one
 * append-only array, and each knows how many of its entries are its own.
 * Appending to the newest case pushes in place; appending to an older one
 * (a fork: two events applied to the same case) copies its part first, so
 * that neither case ever sees the other's event.
 *
 * `PermitCase.events` stays a real, plain array for users: an enumerable
 * property whose getter makes the case's own copy the first time it is read
 * and returns that same array afterwards, so `JSON.stringify`,
 * `structuredClone`, spreading, deep equality and `Array.isArray` behave as
 * they did with a data property. Assigning to it replaces it with a data
 * property, as before. The shared array itself is never handed out.
 */
import type { CaseEvent, PermitCase } from './types';

/** The shared array, how many of its entries belong to one case, and that case's own copy once read. */
interface LogSpan {
  readonly items: CaseEvent[];
  readonly length: number;
  /** The case the span was made for: a copy of the case made any other way (a descriptor copy) reads it but never appends in place. */
  readonly owner: object;
  held: CaseEvent[] | undefined;
  /** Set when a host assigns `events`: the engine then reads the assigned array. */
  detached: boolean;
}

/**
 * The key of a case's span. Non-enumerable, so JSON, structuredClone,
 * spreading and deep equality never see it; its value is a function, which
 * deep freezes (a test helper's, immer's) leave alone, so the shared array
 * is never frozen. (A WeakMap of the cases cost 3 µs a case in a tight
 * loop, and an accessor written in the object literal 1 µs: together about a
 * fifth of an `apply`; this costs about 0.25 µs.)
 */
const SPAN = Symbol('permit-lifecycles.eventLog');

type SpanRef = () => LogSpan;

/** The fields of a case besides its events. */
type CaseFields = Omit<PermitCase, 'events'>;

function spanRefOf(current: PermitCase): SpanRef | undefined {
  const ref = (current as unknown as Record<symbol, unknown>)[SPAN];
  return typeof ref === 'function' ? (ref as SpanRef) : undefined;
}

/** The span `current` owns and still reads its events from, if any. */
function ownSpan(current: PermitCase): LogSpan | undefined {
  const span = spanRefOf(current)?.();
  return span !== undefined && span.owner === current && !span.detached ? span : undefined;
}

function readEvents(this: PermitCase): CaseEvent[] {
  const span = spanRefOf(this)!();
  span.held ??= span.items.slice(0, span.length);
  return span.held;
}

function writeEvents(this: PermitCase, value: CaseEvent[]): void {
  const span = spanRefOf(this)?.();
  // As assigning a data property would: the case now holds what was written (a frozen case refuses, as before).
  Object.defineProperty(this, 'events', { value, writable: true, enumerable: true, configurable: true });
  if (span !== undefined && span.owner === this) span.detached = true;
}

/**
 * A case whose `events` are the first `length` entries of `items`, read
 * lazily (see the module's comment). `items` must only ever be appended to.
 */
function caseWithSpan(fields: CaseFields, items: CaseEvent[], length: number): PermitCase {
  const made = { procedureId: fields.procedureId, machineVersion: fields.machineVersion, state: fields.state, context: fields.context } as PermitCase;
  Object.defineProperty(made, 'events', { get: readEvents, set: writeEvents, enumerable: true, configurable: true });
  if (fields.earlierEventCount !== undefined) made.earlierEventCount = fields.earlierEventCount;
  const span: LogSpan = { items, length, owner: made, held: undefined, detached: false };
  Object.defineProperty(made, SPAN, { value: () => span });
  return made;
}

/**
 * A new case with `fields` and, as its log, `current`'s events followed by
 * `event`. Constant time when `current` is the newest case of its log;
 * otherwise `current`'s events are copied once, into a log of its own.
 * `current` reads exactly as before.
 *
 * @example
 * ```ts
 * const next = appendedCase(current, { ...fieldsOf(current), state: 'visaIssued' }, { type: 'visa.issued', at: '2026-03-01' });
 * ```
 * @category Case API
 */
export function appendedCase(current: PermitCase, fields: CaseFields, event: CaseEvent): PermitCase {
  const span = ownSpan(current);
  let items: CaseEvent[];
  if (span !== undefined && span.length === span.items.length) {
    items = span.items;
  } else {
    // A fork, or a case the engine did not make (parsed, spread, assembled by hand): its events are copied once.
    items = span !== undefined ? span.items.slice(0, span.length) : current.events.slice();
  }
  items.push(event);
  return caseWithSpan(fields, items, items.length);
}

/**
 * A new case with no events.
 *
 * @example
 * ```ts
 * const opened = emptyLogCase({ procedureId: 'seasonalWorker', machineVersion: '1.0.0', state, context });
 * opened.events; // []
 * ```
 * @category Case API
 */
export function emptyLogCase(fields: CaseFields): PermitCase {
  return caseWithSpan(fields, [], 0);
}

/**
 * `current` with some fields changed and the same events, sharing its log
 * when it has one (a spread would copy the whole log to read it).
 *
 * @example
 * ```ts
 * const view = revisedCase(current, { state: 'expired', context: lapsedContext });
 * ```
 * @category Case API
 */
export function revisedCase(current: PermitCase, changes: Partial<CaseFields>): PermitCase {
  const span = ownSpan(current);
  if (span === undefined) return { ...current, ...changes };
  const fields: CaseFields = {
    procedureId: changes.procedureId ?? current.procedureId,
    machineVersion: changes.machineVersion ?? current.machineVersion,
    state: changes.state ?? current.state,
    context: changes.context ?? current.context,
  };
  const earlier = 'earlierEventCount' in changes ? changes.earlierEventCount : current.earlierEventCount;
  if (earlier !== undefined) fields.earlierEventCount = earlier;
  return caseWithSpan(fields, span.items, span.length);
}

/**
 * How many events a case holds, without copying them.
 *
 * @example
 * ```ts
 * heldEventCount(current) === current.events.length; // true
 * ```
 * @category Case API
 */
export function heldEventCount(current: PermitCase): number {
  const span = ownSpan(current);
  return span !== undefined ? span.length : current.events.length;
}
