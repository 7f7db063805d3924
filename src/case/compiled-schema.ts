/**
 * Validation on the case API's hot path with the procedures' own zod schemas,
 * compiled once with zod's `z.compile` (zod 4.5 and later). A compiled schema
 * is a clone of the same schema: it accepts and outputs exactly what the
 * original does, and on a refusal it runs the original parser, so the issues
 * (codes, messages, paths) are the original's. With an older zod, or where
 * code generation is not allowed (a strict Content Security Policy), the
 * original schema runs as it is.
 */
import * as z from 'zod';

const compiled = new WeakMap<z.ZodType, z.ZodType>();

/** The schema asked for last and its compiled copy: `apply` asks for the same one event after event. */
let last: { schema: z.ZodType; compiled: z.ZodType } | null = null;

function compileOnce(schema: z.ZodType): z.ZodType {
  const compile = (z as { compile?: (schema: z.ZodType) => z.ZodType }).compile;
  try {
    return typeof compile === 'function' ? compile(schema) : schema;
  } catch {
    // `z.compile` hands back a schema it cannot compile; this is for a zod that throws instead.
    return schema;
  }
}

function compiledCopy(schema: z.ZodType): z.ZodType {
  const recent = last;
  if (recent !== null && recent.schema === schema) return recent.compiled;
  let copy = compiled.get(schema);
  if (copy === undefined) {
    copy = compileOnce(schema);
    compiled.set(schema, copy);
  }
  last = { schema, compiled: copy };
  return copy;
}

/**
 * `schema.safeParse(input)`, with the schema compiled once and kept as long
 * as it lives. The result is the one `schema.safeParse` gives: the same data
 * on success, the same issues on a refusal. A discriminated union is compiled
 * whole, into one function that picks the member by its tag: compiling each
 * member apart and calling the one the tag names was slower between
 * transitions (about 0.06 of the apply benchmark's ratio on the bundled
 * scenarios: one call site calling a hundred different parsers).
 *
 * @example
 * ```ts
 * const parsed = safeParseCompiled(seasonalWorker.eventSchema, { type: 'visa.issued', at: '2026-03-01' });
 * parsed.success; // true, with the data seasonalWorker.eventSchema.safeParse gives
 * ```
 * @category Case API
 */
export function safeParseCompiled<T>(schema: z.ZodType<T>, input: unknown): z.ZodSafeParseResult<T> {
  return compiledCopy(schema).safeParse(input) as z.ZodSafeParseResult<T>;
}
