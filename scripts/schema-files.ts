/**
 * The JSON Schema files generated from the zod schemas, by path relative to
 * the repository root, as the exact text written (so a test can compare).
 */
import { profileJsonSchema } from '../src/eligibility/profile';
import { scenarioJsonSchema } from '../src/scenario/json-schema';

/**
 * The generated schema files: path → file text.
 *
 * @example
 * ```ts
 * Object.keys(schemaFiles()); // ['docs/scenario.schema.json', 'docs/profile.schema.json']
 * ```
 */
export function schemaFiles(): Record<string, string> {
  return {
    'docs/scenario.schema.json': `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`,
    'docs/profile.schema.json': `${JSON.stringify(profileJsonSchema(), null, 2)}\n`,
  };
}
