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

/**
 * How {@link safeParseCompiled} parses with one schema: the compiled schema,
 * and for a discriminated union of objects its compiled members by tag.
 */
interface ParsePlan {
  whole: z.ZodType;
  discriminator: string | null;
  byTag: Map<unknown, z.ZodType> | null;
}

const plans = new WeakMap<z.ZodType, ParsePlan>();

/** The schema asked for last and its plan: `apply` asks for the same one event after event. */
let last: { schema: z.ZodType; plan: ParsePlan } | null = null;

function compileOnce(schema: z.ZodType): z.ZodType {
  const compile = (z as { compile?: (schema: z.ZodType) => z.ZodType }).compile;
  try {
    return typeof compile === 'function' ? compile(schema) : schema;
  } catch {
    // `z.compile` hands back a schema it cannot compile; this is for a zod that throws instead.
    return schema;
  }
}

/**
 * The members of a discriminated union by the literal value of their tag, or
 * `null` when the union is not made of objects with literal tags only (then
 * the whole union is parsed, as zod does). A tag claimed by two members is
 * left out, so that the union itself decides.
 */
function membersByTag(schema: z.ZodType): { discriminator: string; byTag: Map<unknown, z.ZodType> } | null {
  if (!(schema instanceof z.ZodDiscriminatedUnion)) return null;
  const discriminator = schema.def.discriminator;
  const byTag = new Map<unknown, z.ZodType>();
  const shared = new Set<unknown>();
  for (const option of schema.options as readonly z.ZodType[]) {
    const tag = option instanceof z.ZodObject ? (option.shape as Record<string, z.ZodType>)[discriminator] : undefined;
    if (!(tag instanceof z.ZodLiteral)) return null;
    for (const value of tag.values) {
      if (byTag.has(value)) shared.add(value);
      else byTag.set(value, compileOnce(option));
    }
  }
  for (const value of shared) byTag.delete(value);
  return { discriminator, byTag };
}

function planFor(schema: z.ZodType): ParsePlan {
  const recent = last;
  if (recent !== null && recent.schema === schema) return recent.plan;
  let plan = plans.get(schema);
  if (plan === undefined) {
    const members = membersByTag(schema);
    plan = { whole: compileOnce(schema), discriminator: members?.discriminator ?? null, byTag: members?.byTag ?? null };
    plans.set(schema, plan);
  }
  last = { schema, plan };
  return plan;
}

/**
 * `schema.safeParse(input)`, with the schema compiled once and kept as long
 * as it lives. The result is the one `schema.safeParse` gives: the same data
 * on success, the same issues on a refusal. A discriminated union goes
 * straight to the compiled member its tag names (zod's union does the same
 * lookup); whatever that member refuses, and any input without a known tag,
 * is parsed by the whole union, so refusals are described by the union.
 *
 * @example
 * ```ts
 * const parsed = safeParseCompiled(seasonalWorker.eventSchema, { type: 'visa.issued', at: '2026-03-01' });
 * parsed.success; // true, with the data seasonalWorker.eventSchema.safeParse gives
 * ```
 */
export function safeParseCompiled<T>(schema: z.ZodType<T>, input: unknown): z.ZodSafeParseResult<T> {
  const plan = planFor(schema);
  if (plan.byTag !== null && typeof input === 'object' && input !== null) {
    const member = plan.byTag.get((input as Record<string, unknown>)[plan.discriminator!]);
    if (member !== undefined) {
      const parsed = member.safeParse(input) as z.ZodSafeParseResult<T>;
      if (parsed.success) return parsed;
    }
  }
  return plan.whole.safeParse(input) as z.ZodSafeParseResult<T>;
}
