/**
 * Every scenario in examples/scenarios/ runs to the end it declares in its
 * `expect` block (state, rights, validity, open deadlines), and every
 * registered procedure has at least two scenarios (a typical path and a
 * refusal or lapse).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listProcedures, runScenario, scenarioSchema } from '../src';
import { readDataFile } from '../src/cli/input';

const folder = new URL('../examples/scenarios/', import.meta.url).pathname;
const files = readdirSync(folder)
  .filter((name) => /\.(json|ya?ml)$/.test(name))
  .sort();

function load(name: string): unknown {
  const read = readDataFile(join(folder, name));
  if (!read.ok) throw new Error(read.result.stderr);
  return read.value;
}

describe('bundled scenarios', () => {
  it('finds scenario files', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
  });

  it.each(files)('%s reaches what its expect block says', (name) => {
    const raw = load(name);
    const scenario = scenarioSchema.parse(raw);
    expect(scenario.expect, `${name} has no expect block`).toBeDefined();
    const expected = scenario.expect!;
    const run = runScenario(raw);
    if (!run.ok) throw new Error(`${name}: ${run.error.code} at ${run.error.path.join('.')}: ${run.error.message}`);
    const { status, deadlines } = run.value;
    expect(status.state).toBe(expected.state);
    if (expected.validUntil !== undefined) expect(status.validUntil).toBe(expected.validUntil);
    if (expected.reside !== undefined) expect(status.rights.reside.verdict).toBe(expected.reside);
    if (expected.work !== undefined) expect(status.rights.work.verdict).toBe(expected.work);
    if (expected.deadlines !== undefined) expect(Object.fromEntries(deadlines.map((d) => [d.id, d.due]))).toEqual(expected.deadlines);
  });

  it.each(files.filter((name) => name.endsWith('.json')))('%s points editors at the generated JSON Schema', (name) => {
    expect((load(name) as { $schema?: string }).$schema).toBe('../../docs/scenario.schema.json');
  });

  it.each(listProcedures().map((procedure) => procedure.id))('%s has at least two scenarios (a typical path and a refusal or lapse)', (id) => {
    const mine = files.filter((name) => (load(name) as { procedure?: string }).procedure === id);
    expect(mine.length, `scenarios for ${id}: ${mine.join(', ') || 'none'}`).toBeGreaterThanOrEqual(2);
  });
});
