/**
 * Typed errors. Every refusal the library makes carries a stable `code`, a
 * human message and, where it applies, the `path` of the offending field, so a
 * host can show it next to the input that caused it.
 */

/**
 * The stable error codes of the library, grouped by what was refused.
 *
 * @example
 * ```ts
 * const code: PermitErrorCode = 'event.outOfOrder';
 * ```
 * @category Case API
 */
export type PermitErrorCode =
  | 'procedure.unknown'
  | 'facts.invalid'
  | 'event.invalid'
  | 'event.outOfOrder'
  | 'event.notAllowed'
  | 'snapshot.corrupt'
  | 'snapshot.unsupportedVersion'
  | 'snapshot.unknownProcedure'
  | 'snapshot.unknownState'
  | 'snapshot.machineVersionUnsupported'
  | 'snapshot.unsigned'
  | 'snapshot.signatureInvalid'
  | 'scenario.invalid'
  | 'profile.invalid'
  | 'argument.invalid'
  | 'limit.exceeded'
  | 'store.conflict'
  | 'store.notFound'
  | 'store.invalidId'
  | 'store.corrupt'
  | 'store.schemaUnsupported'
  | 'store.unavailable';

/**
 * The one error class of the library, and its one error style:
 *
 * - a function that returns a {@link Result} (`createCase`, `apply`,
 *   `applyAll`, `applyWithSteps`, `restore`, `readPersisted`,
 *   `reviewPersisted`, `recordLapses`, `runScenario`, the store's
 *   operations, ...) never throws and never rejects: every refusal, bad
 *   arguments included, is `{ ok: false, error }`;
 * - every other function (`status`, `deadlines`, `explain`, `serialize`,
 *   the calendar, the diagrams, ...) throws, or rejects with, a
 *   `PermitLifecycleError` and nothing else.
 *
 * Arguments a function cannot use at all (`null` where a case belongs, an
 * object whose getter throws, a malformed date) are `argument.invalid`, with
 * the original error as `cause`. A test calls every export of every entry
 * point with such arguments.
 *
 * @example
 * ```ts
 * const result = apply(someCase, { type: 'visa.issued', at: 'not a date' });
 * if (!result.ok) console.log(result.error.code, result.error.path); // 'event.invalid' ['at']
 *
 * try {
 *   status(JSON.parse('null'));
 * } catch (error) {
 *   if (error instanceof PermitLifecycleError) console.log(error.code); // 'argument.invalid'
 * }
 * ```
 * @category Case API
 */
export class PermitLifecycleError extends Error {
  override readonly name = 'PermitLifecycleError';
  /** Stable machine-readable code. */
  readonly code: PermitErrorCode;
  /** Path of the offending field inside the input, when there is one. */
  readonly path: readonly (string | number)[];
  /** Extra structured detail (allowed events, versions, ...). */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(
    code: PermitErrorCode,
    message: string,
    options: { path?: readonly (string | number)[]; details?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    // The error class itself never throws, whatever it is given: it is what every refusal becomes.
    const given = readOptions(options);
    super(typeof message === 'string' ? message : 'invalid arguments', given.cause === undefined ? undefined : { cause: given.cause });
    this.code = typeof code === 'string' ? code : 'argument.invalid';
    this.path = given.path;
    this.details = given.details;
  }

  /** A plain JSON form, for logs and the CLI's `--json` output. */
  toJSON(): { code: PermitErrorCode; message: string; path: readonly (string | number)[]; details: Readonly<Record<string, unknown>> } {
    return { code: this.code, message: this.message, path: this.path, details: this.details };
  }
}

function readOptions(options: unknown): { path: readonly (string | number)[]; details: Readonly<Record<string, unknown>>; cause?: unknown } {
  try {
    if (typeof options !== 'object' || options === null) return { path: [], details: {} };
    const { path, details, cause } = options as { path?: unknown; details?: unknown; cause?: unknown };
    return {
      path: Array.isArray(path) ? (path as (string | number)[]) : [],
      details: typeof details === 'object' && details !== null ? (details as Record<string, unknown>) : {},
      ...(cause === undefined ? {} : { cause }),
    };
  } catch {
    return { path: [], details: {} };
  }
}

/**
 * The result of an operation that can be refused: either a value or a typed error.
 *
 * @example
 * ```ts
 * const result: Result<number> = { ok: true, value: 1 };
 * if (result.ok) console.log(result.value);
 * ```
 * @category Case API
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: PermitLifecycleError };

/**
 * Wrap a value as a successful {@link Result}.
 *
 * @example
 * ```ts
 * ok(3); // { ok: true, value: 3 }
 * ```
 * @category Case API
 */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/**
 * Wrap an error as a failed {@link Result}.
 *
 * @example
 * ```ts
 * fail(new PermitLifecycleError('event.invalid', 'missing date', { path: ['at'] }));
 * ```
 * @category Case API
 */
export function fail<T = never>(error: PermitLifecycleError): Result<T> {
  return { ok: false, error };
}

/**
 * Turn a zod error into the library's typed error, keeping the first issue's path.
 *
 * @example
 * ```ts
 * const parsed = schema.safeParse(input);
 * if (!parsed.success) return fail(fromZodError('event.invalid', parsed.error, 'event'));
 * ```
 * @category Case API
 */
export function fromZodError(
  code: PermitErrorCode,
  error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] },
  what: string,
  pathPrefix: readonly (string | number)[] = [],
): PermitLifecycleError {
  const issues = error.issues.map((issue) => ({
    path: [...pathPrefix, ...issue.path.map((part) => (typeof part === 'number' ? part : String(part)))],
    message: issue.message,
  }));
  const first = issues[0];
  const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
  return new PermitLifecycleError(code, `invalid ${what}${where}: ${first?.message ?? 'unknown problem'}`, {
    path: first?.path ?? [...pathPrefix],
    details: { issues },
  });
}
