/**
 * The maximums the library accepts, in one place: past one of them the
 * answer is a typed `limit.exceeded` refusal (with the limit and the actual
 * figure), the case unchanged, never a hang or a snapshot of many megabytes.
 * The defaults are far above any real case (a typical case has 10 to 30
 * events, each with at most a dozen documents and strings of at most a few
 * hundred characters); a host can change them with {@link setLimits}.
 */
import { PermitLifecycleError } from '../errors';
import { refusedArguments } from '../guard';

/**
 * The maximums the case API and the snapshot readers accept.
 *
 * @example
 * ```ts
 * const strict: Limits = { ...DEFAULT_LIMITS, maxEventsPerCase: 1_000 };
 * ```
 * @category Case API
 */
export interface Limits {
  /** Events in one case, earlier ones not held included (`apply`, `restore`, `readPersisted`). */
  maxEventsPerCase: number;
  /** Entries in one array of an event, such as its `documents` (`apply`, and so `restore`). */
  maxDocumentsPerEvent: number;
  /** Characters of a snapshot given as JSON text (`restore`, `readPersisted`, `reviewPersisted`). */
  maxSnapshotLength: number;
  /** Characters of one string in an event or in the facts (`apply`, `createCase`). */
  maxStringLength: number;
}

/**
 * The default limits: 200,000 events a case (a case of 100,000 events is a
 * 6 MB snapshot), 1,000 entries in an event's array, 64 MiB of snapshot
 * text (64 × 1024 × 1024 characters), 10,000 characters a string.
 *
 * @example
 * ```ts
 * DEFAULT_LIMITS.maxDocumentsPerEvent; // 1000
 * ```
 * @category Case API
 */
export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxEventsPerCase: 200_000,
  maxDocumentsPerEvent: 1_000,
  maxSnapshotLength: 64 * 1024 * 1024,
  maxStringLength: 10_000,
});

let current: Readonly<Limits> = DEFAULT_LIMITS;

/**
 * The limits in force.
 *
 * @example
 * ```ts
 * limits().maxEventsPerCase; // 200000 unless changed with setLimits
 * ```
 * @category Case API
 */
export function limits(): Readonly<Limits> {
  try {
  return current;
  } catch (error) {
    throw refusedArguments('limits', error);
  }
}

/**
 * Change some limits for the whole process (the others keep their value)
 * and get the previous ones back, to restore them later. Each must be a
 * whole number, at least 1; anything else throws `argument.invalid` and
 * changes nothing. `setLimits(DEFAULT_LIMITS)` restores the defaults.
 *
 * @example
 * ```ts
 * const previous = setLimits({ maxEventsPerCase: 5_000 });
 * // ...
 * setLimits(previous);
 * ```
 * @category Case API
 */
export function setLimits(changes: Partial<Limits>): Readonly<Limits> {
  try {
  const next: Limits = { ...current };
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof Limits)[]) {
    if (!(key in changes) || changes[key] === undefined) continue;
    const value = changes[key];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
      throw new PermitLifecycleError('argument.invalid', `${key} must be a whole number, at least 1, got ${String(value)}`, { path: [key] });
    }
    next[key] = value;
  }
  const unknown = Object.keys(changes).filter((key) => !(key in DEFAULT_LIMITS));
  if (unknown.length > 0) {
    throw new PermitLifecycleError('argument.invalid', `unknown limit ${unknown.join(', ')}; known: ${Object.keys(DEFAULT_LIMITS).join(', ')}`, { path: [unknown[0]!] });
  }
  const previous = current;
  current = Object.freeze(next);
  return previous;
  } catch (error) {
    throw refusedArguments('setLimits', error);
  }
}

/**
 * The typed refusal for a figure past a limit.
 *
 * @example
 * ```ts
 * limitExceeded('maxEventsPerCase', 200_000, 200_001, ['events']).code; // 'limit.exceeded'
 * ```
 * @category Case API
 */
export function limitExceeded(name: keyof Limits, limit: number, actual: number, path: readonly (string | number)[], what?: string): PermitLifecycleError {
  return new PermitLifecycleError('limit.exceeded', `${what ?? name} is ${actual}, past the limit of ${limit} (${name}: see setLimits)`, {
    path,
    details: { limit, actual, name },
  });
}

/** How deep the input checks look: events are flat, facts one object deeper; zod refuses anything deeper. */
const MAX_CHECK_DEPTH = 8;

/**
 * The first string longer than `maxStringLength` in an event or facts as
 * given, or (with `arrays`) the first array longer than
 * `maxDocumentsPerEvent`, as a `limit.exceeded` refusal; `null` when there
 * is none. Runs before zod, so that an oversized input is refused before it
 * is copied. Looks only at plain objects and arrays, to a small depth, and
 * stops at the first array past the limit: its cost is bounded by the
 * limits, whatever the input.
 *
 * @example
 * ```ts
 * inputLimitRefusal({ type: 'documents.supplied', at: '2026-02-01', documents: ['passportCopy'] }, true); // null
 * ```
 * @category Case API
 */
export function inputLimitRefusal(input: unknown, arrays: boolean, pathPrefix: readonly (string | number)[] = []): PermitLifecycleError | null {
  return refusalIn(input, arrays, [...pathPrefix], 0);
}

/** {@link inputLimitRefusal} with the path so far, kept in one array (pushed and popped): the check runs on every event. */
function refusalIn(input: unknown, arrays: boolean, path: (string | number)[], depth: number): PermitLifecycleError | null {
  const { maxStringLength, maxDocumentsPerEvent } = current;
  if (typeof input === 'string') {
    return input.length > maxStringLength ? limitExceeded('maxStringLength', maxStringLength, input.length, [...path], 'a string') : null;
  }
  if (input === null || typeof input !== 'object' || depth >= MAX_CHECK_DEPTH) return null;
  if (Array.isArray(input)) {
    if (arrays && input.length > maxDocumentsPerEvent) return limitExceeded('maxDocumentsPerEvent', maxDocumentsPerEvent, input.length, [...path], 'an array of the event');
    // An array of the facts past that many entries is for its schema to refuse; only its first entries are looked at here.
    const end = Math.min(input.length, maxDocumentsPerEvent);
    for (let index = 0; index < end; index += 1) {
      path.push(index);
      const refused = refusalIn(input[index], arrays, path, depth + 1);
      path.pop();
      if (refused !== null) return refused;
    }
    return null;
  }
  const prototype = Object.getPrototypeOf(input);
  if (prototype !== Object.prototype && prototype !== null) return null;
  for (const key in input) {
    if (!Object.prototype.hasOwnProperty.call(input, key)) continue;
    path.push(key);
    const refused = refusalIn((input as Record<string, unknown>)[key], arrays, path, depth + 1);
    path.pop();
    if (refused !== null) return refused;
  }
  return null;
}
