/**
 * The JSON Schema of scenario files, generated from the zod schemas: the
 * scenario envelope plus, for each registered procedure, its facts and event
 * schemas, so an editor can complete event types and fields.
 */
import { z } from 'zod';
import { listProcedures } from '../../machines/registry';
import { scenarioSchema } from './schema';
import { refusedArguments } from '../guard';

function scenarioOf(procedure: { id: string; title: string; factsSchema: z.ZodType; eventSchema: z.ZodType }) {
  return scenarioSchema.extend({
    procedure: z.literal(procedure.id).describe(procedure.title),
    facts: procedure.factsSchema.optional().describe(`Facts of a ${procedure.id} case, known when it is opened.`),
    events: z.array(procedure.eventSchema).optional().describe(`Dated ${procedure.id} events, in order.`),
  });
}

/**
 * The JSON Schema (draft 2020-12) of scenario files, generated from
 * {@link scenarioSchema} and every registered procedure's facts and event
 * schemas. `npm run schema` writes it to `docs/scenario.schema.json`.
 *
 * @example
 * ```ts
 * writeFileSync('scenario.schema.json', JSON.stringify(scenarioJsonSchema(), null, 2));
 * ```
 * @category Scenarios
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  try {
  const variants = listProcedures().map(scenarioOf);
  const [first, ...rest] = variants;
  const schema = first === undefined ? scenarioSchema : rest.length === 0 ? first : z.discriminatedUnion('procedure', [first, ...rest]);
  const generated = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...body } = generated;
  return {
    $schema,
    title: 'permit-lifecycles scenario',
    description: 'A case opened on a day with facts, then dated events; run it with `permit-lifecycles simulate <file>`.',
    ...body,
  };
  } catch (error) {
    throw refusedArguments('scenarioJsonSchema', error);
  }
}
