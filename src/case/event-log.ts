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
 * `structuredClone`, spreading and `Array.isArray` behave as they did with
 * a data property. Assigning to it replaces it, as before. The shared array
 * itself is never handed out.
 */
import type { CaseEvent, PermitCase } from './types';

/** The shared array and how many of its entries belong to one case. */
interface LogSpan {
  readonly items: CaseEvent[];
  readonly length: number;
}

/** The span of every case the engine made, out of sight of `Reflect.ownKeys` (a deep freeze must not freeze the shared array). */
const spans = new WeakMap<object, LogSpan>();

/** The fields of a case besides its events. */
type CaseFields = Omit<PermitCase, 'events'>;

/**
 * A case whose `events` are the first `length` entries of `items`, read
 * lazily (see the module's comment). `items` must only ever be appended to.
 */
function caseWithSpan(fields: CaseFields, items: CaseEvent[], length: number): PermitCase {
  let held: CaseEvent[] | undefined;
  const made: PermitCase = {
    procedureId: fields.procedureId,
    machineVersion: fields.machineVersion,
    state: fields.state,
    context: fields.context,
    get events(): CaseEvent[] {
      held ??= items.slice(0, length);
      return held;
    },
    set events(value: CaseEvent[]) {
      // A host that replaces the log gets what it wrote; the engine then reads it from there.
      held = value;
      spans.delete(made);
    },
    ...(fields.earlierEventCount === undefined ? {} : { earlierEventCount: fields.earlierEventCount }),
  };
  spans.set(made, { items, length });
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
 */
export function appendedCase(current: PermitCase, fields: CaseFields, event: CaseEvent): PermitCase {
  const span = spans.get(current);
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
 */
export function revisedCase(current: PermitCase, changes: Partial<CaseFields>): PermitCase {
  const span = spans.get(current);
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
 */
export function heldEventCount(current: PermitCase): number {
  const span = spans.get(current);
  return span !== undefined ? span.length : current.events.length;
}
