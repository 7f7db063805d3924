/**
 * The scenario file format: a procedure, the opening date and facts, and the
 * dated events to apply. Validated with zod; a JSON Schema is generated from
 * the same definition for editors.
 */
import { z } from 'zod';
import { isoDateSchema } from '../calendar';

const rightVerdictSchema = z.enum(['granted', 'denied', 'notDecidedHere', 'undetermined']);

/**
 * zod schema of a scenario file.
 *
 * @example
 * ```ts
 * scenarioSchema.parse({ procedure: 'seasonalWorker', openedOn: '2026-01-05', events: [] });
 * ```
 * @category Scenarios
 */
export const scenarioSchema = z.strictObject({
  $schema: z.string().optional().describe('Path or URL of this JSON Schema, for editors.'),
  procedure: z.string().min(1).describe('Procedure id, e.g. "seasonalWorker" (see `permit-lifecycles list`).'),
  title: z.string().max(200).optional().describe('A one-line title, printed above the timeline.'),
  description: z.string().max(2000).optional().describe('What the scenario shows.'),
  openedOn: isoDateSchema.describe('The day the case is opened (YYYY-MM-DD).'),
  facts: z.record(z.string(), z.unknown()).default({}).describe('Facts known when the case is opened; validated by the procedure.'),
  events: z
    .array(z.looseObject({ type: z.string().min(1), at: isoDateSchema }))
    .default([])
    .describe('Dated events, in order; each is validated by the procedure.'),
  readOn: isoDateSchema.optional().describe("Read the status and deadlines on this day after the events (default: the last event's day)."),
  expect: z
    .strictObject({
      state: z.string().min(1).describe('The state reached on the reading day, as a dotted path.'),
      validUntil: isoDateSchema.nullable().optional().describe('Last day of the right held on the reading day (null: none).'),
      reside: rightVerdictSchema.optional().describe('Who decides the right to reside on the reading day: granted, denied, notDecidedHere or undetermined.'),
      work: rightVerdictSchema.optional().describe('Who decides the right to work on the reading day: granted, denied, notDecidedHere or undetermined.'),
      deadlines: z.record(z.string(), isoDateSchema).optional().describe('Open deadlines on the reading day: id → due date.'),
    })
    .optional()
    .describe('What the scenario test expects at the end: the state and key dates.'),
});

/**
 * A parsed scenario.
 *
 * @example
 * ```ts
 * const scenario: Scenario = scenarioSchema.parse(JSON.parse(text));
 * ```
 * @category Scenarios
 */
export type Scenario = z.output<typeof scenarioSchema>;
