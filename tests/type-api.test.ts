/**
 * The typed API: tests/types/*.ts are compiled with tsc. Their
 * `@ts-expect-error` lines are the mistakes a user must not be able to
 * compile (a misspelt procedure or event, a date in the wrong shape, a
 * state the machine lacks, a missing field, another procedure's event);
 * tsc reports a directive that meets no error, so a regression in the types
 * fails this test.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { createCase, isoDate, PermitLifecycleError, salariedWorkerMachine, seasonalWorkerMachine } from '../src';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const fixture = new URL('./types/typed-api.ts', import.meta.url);

describe('the typed API', () => {
  it('the fixtures carry an expected error for each mistake the issue names', () => {
    const text = readFileSync(fixture, 'utf8');
    const expected = text.split('\n').filter((line) => line.trim().startsWith('// @ts-expect-error')).map((line) => line.trim());
    for (const mistake of ['misspelt procedure id', 'misspelt event type', 'wrong shape', 'state the machine does not have', 'without a required field', 'another procedure']) {
      expect(expected.some((line) => line.includes(mistake)), mistake).toBe(true);
    }
  });

  it('compiles the fixtures, and every @ts-expect-error meets its error', () => {
    const run = spawnSync(process.execPath, [tsc, '-p', new URL('./types/tsconfig.json', import.meta.url).pathname], { encoding: 'utf8' });
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 180_000);
});

describe('what the types promise holds at run time', () => {
  it('isoDate returns a real day and throws a typed error for anything else', () => {
    expect(isoDate('2026-01-12')).toBe('2026-01-12');
    for (const bad of ['12/01/2026', '2026-02-30', '', 'tomorrow', null, 20260112]) {
      let thrown: unknown;
      try {
        isoDate(bad as string);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(PermitLifecycleError);
      expect((thrown as PermitLifecycleError).code).toBe('argument.invalid');
    }
  });

  it('a raw machine started with partial facts fills in their defaults, as createCase does', () => {
    const actor = createActor(seasonalWorkerMachine, { input: { at: '2026-01-05', facts: { visaRequired: false } } }).start();
    const opened = createCase('seasonalWorker', { at: '2026-01-05', facts: { visaRequired: false } });
    if (!opened.ok) throw opened.error;
    expect(actor.getSnapshot().context.facts).toEqual(opened.value.context.facts);
    expect(actor.getSnapshot().context.facts.applicationFiledBy).toBe('applicant');
    const salaried = createActor(salariedWorkerMachine, { input: { at: '2026-01-05' } }).start();
    expect(salaried.getSnapshot().status).toBe('active');
    actor.stop();
    salaried.stop();
  });
});
