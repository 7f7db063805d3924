/**
 * What the examples share: reading the scenario file they are given (JSON or
 * YAML, validated), and knowing whether a file runs as a script or is imported
 * (the tests import the examples' `main` and read what they print).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { scenarioSchema, type Scenario } from 'permit-lifecycles';

/**
 * The scenario the examples use when none is given.
 *
 * @example
 * ```ts
 * readScenario(DEFAULT_SCENARIO).procedure; // 'seasonalWorker'
 * ```
 */
export const DEFAULT_SCENARIO = fileURLToPath(new URL('./scenarios/seasonal-worker-typical.json', import.meta.url));

/**
 * Read and validate a scenario file; throws an `Error` naming the file and the problem.
 *
 * @example
 * ```ts
 * const scenario = readScenario(process.argv[2]);
 * ```
 */
export function readScenario(file: string = DEFAULT_SCENARIO): Scenario {
  const text = readFileSync(file, 'utf8');
  const raw: unknown = /\.ya?ml$/i.test(file) ? parseYaml(text) : JSON.parse(text);
  const parsed = scenarioSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${file}: not a scenario: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}

/**
 * Whether the module with this `import.meta.url` was started as a script (`tsx examples/x.ts`).
 *
 * @example
 * ```ts
 * if (isMainModule(import.meta.url)) process.exitCode = main(process.argv.slice(2));
 * ```
 */
export function isMainModule(moduleUrl: string): boolean {
  const script = process.argv[1];
  return script !== undefined && pathToFileURL(resolve(script)).href === moduleUrl;
}
