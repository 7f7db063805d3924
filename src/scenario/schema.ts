/**
 * The scenario file format: a procedure, the opening date and facts, and the
 * dated events to apply. Validated with zod; a JSON Schema is generated from
 * the same definition for editors.
 */
import { z } from 'zod';
import { isoDateSchema } from '../calendar';

/**
 * zod schema of a scenario file.
 *
 * @example
 * ```ts
 * scenarioSchema.parse({ procedure: 'seasonalWorker', openedOn: '2026-01-05', events: [] });
 * ```
 */
export const scenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  /** Procedure id, e.g. `seasonalWorker`. */
  procedure: z.string().min(1),
  title: z.string().max(200).optional(),
  description: z.string().max(2000).optional(),
  /** The day the case is opened. */
  openedOn: isoDateSchema,
  /** Facts known when the case is opened; validated by the procedure. */
  facts: z.record(z.string(), z.unknown()).default({}),
  /** Dated events, in order; each is validated by the procedure. */
  events: z.array(z.looseObject({ type: z.string().min(1), at: isoDateSchema })).default([]),
  /** Read the status and deadlines on this day after the events (default: the last event's day). */
  readOn: isoDateSchema.optional(),
  /** What a test expects at the end: the state and, optionally, key dates. */
  expect: z
    .strictObject({
      state: z.string().min(1),
      validUntil: isoDateSchema.nullable().optional(),
      deadlines: z.record(z.string(), isoDateSchema).optional(),
    })
    .optional(),
});

/**
 * A parsed scenario.
 *
 * @example
 * ```ts
 * const scenario: Scenario = scenarioSchema.parse(JSON.parse(text));
 * ```
 */
export type Scenario = z.output<typeof scenarioSchema>;

/**
 * The JSON Schema of scenario files, generated from {@link scenarioSchema}.
 *
 * @example
 * ```ts
 * writeFileSync('scenario.schema.json', JSON.stringify(scenarioJsonSchema(), null, 2));
 * ```
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
