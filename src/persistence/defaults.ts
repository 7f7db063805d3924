/**
 * What a state snapshot may leave out because the procedure itself supplies
 * it: context entries that still hold the empty value they start with (null,
 * false, 0, [] or {}), and facts that equal the default of the procedure's
 * facts schema (the value `createCase` fills in when the host gives none).
 * Both tables depend on the procedure alone and are computed once.
 */
import { z } from 'zod';
import { initialSnapshot } from '../case/machine-runtime';
import type { Procedure } from '../case/types';
import { PermitLifecycleError } from '../errors';

/**
 * The defaults of one procedure, with the key order of its initial context
 * and of its facts schema (so that a filled-back context lists its keys as
 * the machine does).
 *
 * @example
 * ```ts
 * const defaults: StateDefaults = stateDefaults(seasonalWorker);
 * defaults.context.breaches; // []
 * ```
 * @category Persistence
 */
export interface StateDefaults {
  /** Context keys in the machine's order; `facts` and `lastEventAt` included, for their place. */
  contextKeys: readonly string[];
  /** Context entries that start empty and are left out while they still are. */
  context: Readonly<Record<string, unknown>>;
  /** Fact keys in the facts schema's order. */
  factKeys: readonly string[];
  /** Facts with a primitive schema default, left out while they equal it. */
  facts: Readonly<Record<string, string | number | boolean | null>>;
}

/** Context keys that never go through the empty-value rule: `facts` has its own, `lastEventAt` is written beside the context. */
const NOT_DEFAULTED = new Set(['facts', 'openedOn', 'lastEventAt']);

const has = (record: object, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);

function isEmptyValue(value: unknown): boolean {
  if (value === null || value === false || value === 0) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && value !== undefined && Object.getPrototypeOf(value) === Object.prototype && Object.keys(value).length === 0;
}

/** Whether two values that may be empty values are the same one (`0` and `-0` are). */
function sameEmpty(value: unknown, empty: unknown): boolean {
  if (empty === null || typeof empty !== 'object') return value === empty;
  if (Array.isArray(empty)) return Array.isArray(value) && value.length === 0;
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype && Object.keys(value).length === 0;
}

/**
 * The primitive defaults of a facts schema's top-level keys. A schema that is
 * not a plain object schema has none, which only means nothing is left out.
 */
function factDefaults(schema: Procedure['factsSchema']): { keys: string[]; defaults: Record<string, string | number | boolean | null> } {
  if (!(schema instanceof z.ZodObject)) return { keys: [], defaults: {} };
  const defaults: Record<string, string | number | boolean | null> = {};
  const shape = schema.shape as Record<string, z.ZodType>;
  for (const [key, field] of Object.entries(shape)) {
    if (!(field instanceof z.ZodDefault)) continue;
    const value: unknown = field.def.defaultValue;
    if (value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) defaults[key] = value;
  }
  return { keys: Object.keys(shape), defaults };
}

/**
 * A context key is left out only when it starts with the same empty value
 * whatever the facts: the initial context of every fact set the procedure
 * walks its graph from is compared.
 */
function contextDefaults(procedure: Procedure): { keys: string[]; defaults: Record<string, unknown> } {
  const variants = procedure.factVariants.length > 0 ? procedure.factVariants : [{}];
  const contexts = variants.map((facts) => initialSnapshot(procedure.machine, { at: '2026-01-01', facts: procedure.factsSchema.parse(facts) }).context as Record<string, unknown>);
  const first = contexts[0]!;
  const defaults: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(first)) {
    if (NOT_DEFAULTED.has(key) || !isEmptyValue(value)) continue;
    if (contexts.every((context) => has(context, key) && sameEmpty(context[key], value))) defaults[key] = value;
  }
  return { keys: Object.keys(first), defaults };
}

const byProcedure = new WeakMap<Procedure, StateDefaults>();

/**
 * The {@link StateDefaults} of a procedure, computed once.
 *
 * @example
 * ```ts
 * Object.keys(stateDefaults(seasonalWorker).facts); // ['visaRequired', 'holdsEuFamilyResidencePermit', ...]
 * ```
 * @category Persistence
 */
export function stateDefaults(procedure: Procedure): StateDefaults {
  let found = byProcedure.get(procedure);
  if (!found) {
    const context = contextDefaults(procedure);
    const facts = factDefaults(procedure.factsSchema);
    found = { contextKeys: context.keys, context: context.defaults, factKeys: facts.keys, facts: facts.defaults };
    byProcedure.set(procedure, found);
  }
  return found;
}

function missing(what: string, key: string): PermitLifecycleError {
  return new PermitLifecycleError('argument.invalid', `the case has no ${what} "${key}": it was not built by the case API, so its state snapshot could not be read back`, {
    path: what === 'fact' ? ['context', 'facts', key] : ['context', key],
  });
}

/**
 * The context as a state snapshot writes it: without `lastEventAt` (written
 * beside it), without the entries that still hold their initial empty value,
 * and with facts that equal their schema default left out. Throws
 * `argument.invalid` for a context that lacks one of those keys (a context
 * the case API built always has them), since leaving it out would read back
 * as the default.
 *
 * @example
 * ```ts
 * compactContext(seasonalWorker, opened.context).breaches; // undefined: still []
 * ```
 * @category Persistence
 */
export function compactContext(procedure: Procedure, context: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const defaults = stateDefaults(procedure);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(context)) {
    if (key === 'lastEventAt') continue;
    const value = context[key];
    if (key === 'facts') out.facts = compactFacts(defaults, value as Record<string, unknown>);
    else if (!has(defaults.context, key) || !sameEmpty(value, defaults.context[key])) out[key] = value;
  }
  for (const key of Object.keys(defaults.context)) if (!has(context, key)) throw missing('context entry', key);
  return out;
}

function compactFacts(defaults: StateDefaults, facts: Record<string, unknown>): Record<string, unknown> {
  if (facts === null || typeof facts !== 'object') return facts;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(facts)) if (!has(defaults.facts, key) || facts[key] !== defaults.facts[key]) out[key] = facts[key];
  for (const key of Object.keys(defaults.facts)) if (!has(facts, key)) throw missing('fact', key);
  return out;
}

/** What {@link expandContext} puts at a context key when the stored context has no value there. */
const enum Fill {
  /** Not left out by a state snapshot: copied when present. */
  None,
  /** A primitive empty value (`null`, `false`, `0`). */
  Value,
  /** `[]`, new for each case. */
  Array,
  /** `{}`, new for each case. */
  Object,
  Facts,
  LastEventAt,
}

/**
 * {@link StateDefaults} ready for the read path of a sweep: every context key
 * in the machine's order with what fills it, and every fact key in the
 * schema's order, so that a filled-back context is built key by key in the
 * order the machine gives its keys (every case of a procedure then gets the
 * same object layout, which the readers after it benefit from).
 */
interface ExpandPlan {
  keys: readonly string[];
  fills: readonly Fill[];
  values: readonly unknown[];
  /** Every key of `keys`, for telling extra stored keys apart. */
  known: Readonly<Record<string, true>>;
  factKeys: readonly string[];
  /** Every key of `factKeys`. */
  knownFacts: Readonly<Record<string, true>>;
  factDefaults: Readonly<Record<string, unknown>>;
}

const plans = new WeakMap<Procedure, ExpandPlan>();

function expandPlan(procedure: Procedure): ExpandPlan {
  let plan = plans.get(procedure);
  if (plan) return plan;
  const defaults = stateDefaults(procedure);
  const fills: Fill[] = [];
  const values: unknown[] = [];
  const known: Record<string, true> = Object.create(null) as Record<string, true>;
  for (const key of defaults.contextKeys) {
    known[key] = true;
    const value = has(defaults.context, key) ? defaults.context[key] : undefined;
    values.push(value);
    if (key === 'facts') fills.push(Fill.Facts);
    else if (key === 'lastEventAt') fills.push(Fill.LastEventAt);
    else if (!has(defaults.context, key)) fills.push(Fill.None);
    else fills.push(Array.isArray(value) ? Fill.Array : value !== null && typeof value === 'object' ? Fill.Object : Fill.Value);
  }
  const knownFacts: Record<string, true> = Object.create(null) as Record<string, true>;
  for (const key of defaults.factKeys) knownFacts[key] = true;
  const factDefaults: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(defaults.facts)) factDefaults[key] = defaults.facts[key];
  plan = { keys: defaults.contextKeys, fills, values, known, factKeys: defaults.factKeys, knownFacts, factDefaults };
  plans.set(procedure, plan);
  return plan;
}

/** The number of enumerable keys, without allocating. */
function keyCount(record: object): number {
  let count = 0;
  for (const _ in record) count += 1;
  return count;
}

/**
 * The inverse of {@link compactContext}: a new context with `lastEventAt`,
 * the omitted empty entries and the omitted facts filled back, its keys in
 * the machine's order (extra stored keys after them). The stored objects
 * inside are shared, not copied; only the context and facts objects are new,
 * and so is every filled-back `[]` or `{}`. A stored `lastEventAt` is
 * ignored: the snapshot's own (beside the context) is the one.
 *
 * @example
 * ```ts
 * expandContext(seasonalWorker, stored.context, stored.lastEventAt).breaches; // []
 * ```
 * @category Persistence
 */
export function expandContext(procedure: Procedure, stored: Readonly<Record<string, unknown>>, lastEventAt: string): Record<string, unknown> {
  const plan = expandPlan(procedure);
  const { keys } = plan;
  const out: Record<string, unknown> = {};
  // Fastest path: the stored keys as `for...in` gives them (only the ones
  // written, read without looking up the absent ones: a profile showed those
  // lookups as half of the fill), merged with the machine's order. A state
  // snapshot writes its keys in that order; any other order, extra key or
  // entry set to undefined goes to the paths below.
  let index = 0;
  for (const key in stored) {
    while (index < keys.length && keys[index] !== key) fillAbsent(plan, out, index++, lastEventAt);
    const value = stored[key];
    if (index === keys.length || value === undefined) return expandContextByLookup(plan, stored, lastEventAt);
    out[key] = filledPresent(plan, index, value, lastEventAt);
    index += 1;
  }
  while (index < keys.length) fillAbsent(plan, out, index++, lastEventAt);
  return out;
}

/** What {@link expandContext} puts at the plan's key `index` when the stored context has `value` there. */
function filledPresent(plan: ExpandPlan, index: number, value: unknown, lastEventAt: string): unknown {
  const fill = plan.fills[index];
  return fill === Fill.Facts ? expandFacts(plan, value) : fill === Fill.LastEventAt ? lastEventAt : value;
}

/** What {@link expandContext} puts at the plan's key `index` when the stored context has none. */
function fillAbsent(plan: ExpandPlan, out: Record<string, unknown>, index: number, lastEventAt: string): void {
  const key = plan.keys[index]!;
  switch (plan.fills[index]) {
    case Fill.None:
      break;
    case Fill.Facts:
      out[key] = expandFacts(plan, undefined);
      break;
    case Fill.LastEventAt:
      out[key] = lastEventAt;
      break;
    case Fill.Array:
      out[key] = [];
      break;
    case Fill.Object:
      out[key] = {};
      break;
    default:
      out[key] = plan.values[index];
  }
}

/** {@link expandContext} by one lookup in the row per key of the plan, whatever the stored order. */
function expandContextByLookup(plan: ExpandPlan, stored: Readonly<Record<string, unknown>>, lastEventAt: string): Record<string, unknown> {
  const keys = plan.keys;
  const out: Record<string, unknown> = {};
  // Fast path: one lookup per key. It counts the stored keys it met; any
  // other stored key (extra, or present with the value undefined) sends the
  // case to the exact path below.
  let met = 0;
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index]!;
    const value = stored[key];
    if (value === undefined) fillAbsent(plan, out, index, lastEventAt);
    else {
      met += 1;
      out[key] = filledPresent(plan, index, value, lastEventAt);
    }
  }
  return met === keyCount(stored) ? out : expandContextExactly(plan, stored, lastEventAt);
}

/** {@link expandContext} for contexts with extra keys or keys set to `undefined`: what `Object.assign` over the defaults gave, in the same key order. */
function expandContextExactly(plan: ExpandPlan, stored: Readonly<Record<string, unknown>>, lastEventAt: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  plan.keys.forEach((key, index) => {
    const fill = plan.fills[index];
    const present = has(stored, key);
    if (fill === Fill.Facts) out[key] = expandFacts(plan, stored[key]);
    else if (fill === Fill.LastEventAt) out[key] = lastEventAt;
    else if (fill === Fill.None) {
      if (present) out[key] = stored[key];
    } else if (fill === Fill.Value) out[key] = present ? stored[key] : plan.values[index];
    else out[key] = stored[key] !== undefined ? stored[key] : fill === Fill.Array ? [] : {};
  });
  for (const key of Object.keys(stored)) if (!(key in plan.known)) out[key] = stored[key];
  return out;
}

function expandFacts(plan: ExpandPlan, stored: unknown): Record<string, unknown> {
  if (stored === null || typeof stored !== 'object') return Object.assign({}, plan.factDefaults, stored);
  const facts = stored as Record<string, unknown>;
  const factKeys = plan.factKeys;
  const out: Record<string, unknown> = {};
  // As in expandContext: the stored facts in their order, merged with the schema's; anything else goes to the lookups below.
  let index = 0;
  for (const key in facts) {
    while (index < factKeys.length && factKeys[index] !== key) defaultFact(plan, out, factKeys[index++]!);
    const value = facts[key];
    if (index === factKeys.length || value === undefined) return expandFactsByLookup(plan, facts);
    out[key] = value;
    index += 1;
  }
  while (index < factKeys.length) defaultFact(plan, out, factKeys[index++]!);
  return out;
}

/** A fact the stored facts leave out: its schema default, when it has one. */
function defaultFact(plan: ExpandPlan, out: Record<string, unknown>, key: string): void {
  if (key in plan.factDefaults) out[key] = plan.factDefaults[key];
}

function expandFactsByLookup(plan: ExpandPlan, facts: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let met = 0;
  for (const key of plan.factKeys) {
    const value = facts[key];
    if (value !== undefined) {
      met += 1;
      out[key] = value;
    } else defaultFact(plan, out, key);
  }
  if (met === keyCount(facts)) return out;
  const exact: Record<string, unknown> = {};
  for (const key of plan.factKeys) {
    if (has(facts, key)) exact[key] = facts[key];
    else defaultFact(plan, exact, key);
  }
  for (const key of Object.keys(facts)) if (!(key in plan.knownFacts)) exact[key] = facts[key];
  return exact;
}
