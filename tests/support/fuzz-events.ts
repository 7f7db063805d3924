/**
 * fast-check recipes for the reliability fuzzer. A recipe does not depend on
 * the case: it is turned into a concrete input against the case it is applied
 * to (its event variants, its last date), so shrinking keeps its meaning and
 * every procedure in the registry gets the same generators for free.
 */
import fc from 'fast-check';
import { addDays, eventTypesFrom, isIsoDate, type CaseEvent, type PermitCase, type Procedure } from '../../src';
import { DateOutOfRangeError } from '../../src/calendar';
import type { IsoDate } from '../../src';

/** The last day the calendar supports: shifts past it are clamped onto it. */
const LAST_SUPPORTED_DAY = '2999-12-31';

/** How far a valid event is moved forward: mostly not at all, sometimes across years. */
const forwardShift = fc.oneof(
  { weight: 6, arbitrary: fc.constant(0) },
  { weight: 3, arbitrary: fc.constantFrom(1, 2, 3, 7, 8, 14, 21, 22, 28, 29, 30, 31, 59, 60, 61, 89, 90, 91, 92, 150, 151, 180, 365, 366, 731) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 400_000 }) },
);

/** Strings that are not supported dates, and a few random ones. */
export const badDate = fc.oneof(
  fc.constantFrom(
    '2026-02-30', '2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '26-01-01', '2026-1-1', '', ' 2026-01-05', '2026-01-05 ',
    '2026-01-05T00:00:00Z', '2026/01/05', '05/01/2026', '3000-01-01', '1899-12-31', '０２０２６-01-05', '2026-01-05\u0000', 'NaN', 'null',
  ),
  fc.string({ maxLength: 12 }).filter((text) => !isIsoDate(text)),
);

/** Values of the wrong type for any field. */
const wrongValue = fc.oneof(
  fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.string({ maxLength: 20 }),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }), fc.object({ maxDepth: 1 }), fc.constant(Number.NaN), fc.bigInt(),
);

/** Keys that could confuse an object walker. */
const awkwardKey = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'Type', 'at ', ''), fc.string({ maxLength: 10 }));

/** Anything at all: JSON, objects without prototype, Maps, dates, typed arrays, sparse arrays. */
const junk = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.anything({ maxDepth: 2, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true, withObjectString: true }),
);

/**
 * One thing to do to a case: apply some event (valid, shifted, broken or junk)
 * or read it on some day.
 */
export type Recipe =
  | { kind: 'allowed'; pick: number; shift: number }
  | { kind: 'anyVariant'; pick: number; shift: number }
  | { kind: 'earlier'; pick: number; by: number }
  | { kind: 'dropField'; pick: number; field: number }
  | { kind: 'wrongType'; pick: number; field: number; value: unknown }
  | { kind: 'badDate'; pick: number; field: number; date: string }
  | { kind: 'extraField'; pick: number; key: string; value: unknown }
  | { kind: 'unknownType'; type: string; shift: number }
  | { kind: 'junk'; value: unknown }
  | { kind: 'read'; shift: number; date: string | null };

const pick = fc.nat({ max: 10_000 });

/** Recipes, weighted so that about half the steps are valid events that move the case on. */
export const recipe: fc.Arbitrary<Recipe> = fc.oneof(
  { weight: 10, arbitrary: fc.record({ kind: fc.constant('allowed' as const), pick, shift: forwardShift }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('anyVariant' as const), pick, shift: forwardShift }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('earlier' as const), pick, by: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 50_000 })) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('dropField' as const), pick, field: fc.nat({ max: 20 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('wrongType' as const), pick, field: fc.nat({ max: 20 }), value: wrongValue }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('badDate' as const), pick, field: fc.nat({ max: 20 }), date: badDate }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('extraField' as const), pick, key: awkwardKey, value: wrongValue }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('unknownType' as const), type: fc.oneof(fc.constantFrom('clock.advance', 'visa.Issued', '', 'constructor', '__proto__'), fc.string({ maxLength: 20 })), shift: forwardShift }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('junk' as const), value: junk }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('read' as const), shift: forwardShift, date: fc.option(badDate, { freq: 4 }) }) },
);

function shiftDate(date: string, days: number): string {
  if (days === 0) return date;
  try {
    return addDays(date as IsoDate, days);
  } catch {
    return days > 0 ? LAST_SUPPORTED_DAY : '1900-01-01';
  }
}

/**
 * The procedure's event variants for a case. Variants are a graph-walk helper
 * that adds days to the case's dates; at the calendar's last supported year
 * that arithmetic can fail, and the fuzzer then falls back to clock events.
 */
function variantsOf(procedure: Procedure, current: PermitCase): CaseEvent[] {
  try {
    return procedure.eventVariants(current.context) as CaseEvent[];
  } catch (error) {
    if (DateOutOfRangeError.describes(error)) return [];
    throw error;
  }
}

function chooseVariant(procedure: Procedure, current: PermitCase, index: number, allowedOnly: boolean): CaseEvent | null {
  const variants = variantsOf(procedure, current);
  const allowed = allowedOnly ? new Set(eventTypesFrom(procedure.machine, current.state)) : null;
  const pool = allowed ? variants.filter((event) => allowed.has(event.type)) : variants;
  const chosen = pool.length > 0 ? pool[index % pool.length] : variants[index % Math.max(variants.length, 1)];
  return chosen ? { ...chosen } : null;
}

function withOwnKey(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

/**
 * The concrete input of an event recipe for a case. Beyond "a typed error or
 * a case", `mustRefuseWith` lists the codes it must be refused with, when it must.
 */
export interface MaterialisedEvent {
  input: unknown;
  mustRefuseWith: readonly string[] | null;
}

/**
 * Turn a recipe into the input to apply to `current`.
 */
export function materialise(procedure: Procedure, current: PermitCase, step: Exclude<Recipe, { kind: 'read' }>): MaterialisedEvent {
  const lastAt = current.context.lastEventAt;
  switch (step.kind) {
    case 'allowed':
    case 'anyVariant': {
      const event = chooseVariant(procedure, current, step.pick, step.kind === 'allowed');
      if (!event) return { input: { type: 'clock.advanced', at: shiftDate(lastAt, step.shift) }, mustRefuseWith: null };
      return { input: { ...event, at: shiftDate(event.at, step.shift) }, mustRefuseWith: null };
    }
    case 'earlier': {
      const event = chooseVariant(procedure, current, step.pick, false) ?? { type: 'clock.advanced', at: lastAt };
      const at = shiftDate(lastAt, -step.by);
      if (at === lastAt) return { input: event, mustRefuseWith: null };
      return { input: { ...event, at }, mustRefuseWith: ['event.outOfOrder'] };
    }
    case 'dropField': {
      const event = chooseVariant(procedure, current, step.pick, false) ?? { type: 'clock.advanced', at: lastAt };
      const keys = Object.keys(event);
      const key = keys[step.field % keys.length]!;
      const { [key]: _dropped, ...rest } = event;
      return { input: rest, mustRefuseWith: key === 'type' || key === 'at' ? ['event.invalid'] : null };
    }
    case 'wrongType': {
      const event = chooseVariant(procedure, current, step.pick, false) ?? { type: 'clock.advanced', at: lastAt };
      const keys = Object.keys(event);
      const key = keys[step.field % keys.length]!;
      const mustFail = (key === 'type' || key === 'at') && typeof step.value !== 'string';
      return { input: { ...event, [key]: step.value }, mustRefuseWith: mustFail ? ['event.invalid'] : null };
    }
    case 'badDate': {
      const event = chooseVariant(procedure, current, step.pick, false) ?? { type: 'clock.advanced', at: lastAt };
      const dateKeys = Object.keys(event).filter((key) => isIsoDate(event[key]));
      const key = dateKeys[step.field % Math.max(dateKeys.length, 1)] ?? 'at';
      return { input: { ...event, [key]: step.date }, mustRefuseWith: ['event.invalid'] };
    }
    case 'extraField': {
      const event = chooseVariant(procedure, current, step.pick, false) ?? { type: 'clock.advanced', at: lastAt };
      if (Object.prototype.hasOwnProperty.call(event, step.key)) return { input: event, mustRefuseWith: null };
      return { input: withOwnKey({ ...event }, step.key, step.value), mustRefuseWith: ['event.invalid'] };
    }
    case 'unknownType': {
      const known = variantsOf(procedure, current).some((event) => event.type === step.type);
      return { input: { type: step.type, at: shiftDate(lastAt, step.shift) }, mustRefuseWith: known ? null : ['event.invalid'] };
    }
    case 'junk':
      return { input: step.value, mustRefuseWith: null };
  }
}

/** The date a read recipe asks for: a bad string, or the case's last date moved forward. */
export function readDate(current: PermitCase, step: Extract<Recipe, { kind: 'read' }>): string {
  return step.date ?? shiftDate(current.context.lastEventAt, step.shift);
}

/** Where a fuzz run starts: a node of the walked graph, or a case opened on some day with some facts. */
export type Start =
  | { kind: 'node'; index: number }
  | { kind: 'opened'; factsIndex: number; at: string }
  | { kind: 'openedWithJunk'; facts: unknown; at: unknown };

const openingDate = fc.oneof(
  fc.constantFrom('1900-01-01', '1900-03-01', '2999-12-31', '2999-09-30', '2999-06-30', '2024-02-29', '2026-01-05', '2026-12-31'),
  fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2999, 11, 31)), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
);

/** Starts, weighted towards the graph's nodes (deep cases reached by valid paths). */
export const start: fc.Arbitrary<Start> = fc.oneof(
  { weight: 7, arbitrary: fc.record({ kind: fc.constant('node' as const), index: fc.nat({ max: 1_000_000 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('opened' as const), factsIndex: fc.nat({ max: 100 }), at: openingDate }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('openedWithJunk' as const), facts: junk, at: fc.oneof(openingDate, badDate, junk) }) },
);
