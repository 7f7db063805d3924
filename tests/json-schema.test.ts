/**
 * The JSON Schemas in docs/ are what `npm run schema` generates from the zod
 * schemas now (so editors complete the current events and fields), and they
 * describe what the zod schemas accept.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listProcedures, profileJsonSchema, scenarioJsonSchema } from '../src';
import { schemaFiles } from '../scripts/schema-files';

const root = new URL('..', import.meta.url).pathname;

describe('generated JSON Schemas', () => {
  it.each(Object.entries(schemaFiles()))('%s equals a fresh generation (run `npm run schema` after changing a schema)', (path, text) => {
    expect(readFileSync(join(root, path), 'utf8')).toBe(text);
  });

  it('offers every registered procedure, with its own event types, in the scenario schema', () => {
    const schema = scenarioJsonSchema() as { oneOf?: { properties: { procedure: { const: string }; events: { items: { oneOf: { properties: { type: { const: string } } }[] } } } }[] };
    const variants = schema.oneOf ?? [schema as never];
    expect(variants.map((variant) => variant.properties.procedure.const).sort()).toEqual(listProcedures().map((procedure) => procedure.id).sort());
    for (const variant of variants) {
      const types = variant.properties.events.items.oneOf.map((event) => event.properties.type.const);
      expect(types).toContain('clock.advanced');
    }
  });

  it('marks dates with a pattern and the profile fields with descriptions', () => {
    const profile = profileJsonSchema() as { required: string[]; properties: Record<string, { pattern?: string; description?: string }> };
    expect(profile.required).toEqual(['asOf', 'nationality', 'livesIn', 'job']);
    expect(profile.properties.asOf?.pattern).toBe('^\\d{4}-\\d{2}-\\d{2}$');
    expect(profile.properties.nationality?.description).toContain('third');
  });
});
