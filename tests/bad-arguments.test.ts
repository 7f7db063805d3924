/**
 * Every export of every entry point, called with bad arguments, answers with
 * a typed `PermitLifecycleError`: returned inside a `Result` by the functions
 * that return one, thrown (or rejected with) by the others, never a raw
 * `TypeError` or `RangeError`. The exports are read from `dist/`, what a user
 * imports, so a function added to an entry later is called too.
 */
import { types } from 'node:util';
import { describe, expect, it } from 'vitest';

const ENTRIES = [
  'index',
  'core',
  'procedures/seasonal-worker',
  'procedures/salaried-worker',
  'procedures/ancillary-work-permit',
  'procedures/cross-border-family-exemption',
  'procedures/protection-applicant-work-permit',
  'testing',
  'store/pglite',
  'store/pg',
] as const;

const dist = (entry: string): string => new URL(`../dist/${entry}.js`, import.meta.url).href;

const boom = (): never => {
  throw new Error('a getter that throws');
};
/** An object whose every property read throws, as a hostile or broken host object would. */
const hostile = new Proxy({}, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom });
/** A case-shaped object whose fields throw when read. */
const throwingGetters = Object.defineProperties({}, Object.fromEntries(['procedureId', 'state', 'context', 'events', 'at', 'type', 'id', 'machine', 'facts'].map((key) => [key, { get: boom, enumerable: true }])));

const BAD: readonly [string, unknown][] = [
  ['null', null],
  ['{}', {}],
  ["'x'", 'x'],
  ['undefined', undefined],
  ['a throwing getter', throwingGetters],
  ['a proxy that throws', hostile],
];

type Outcome = { kind: 'returned'; value: unknown } | { kind: 'threw'; error: unknown };

async function call(fn: (...args: unknown[]) => unknown, isClass: boolean, args: unknown[]): Promise<Outcome> {
  try {
    const value = isClass ? new (fn as unknown as new (...a: unknown[]) => unknown)(...args) : fn(...args);
    // util.types.isPromise reads no property, so a returned proxy is not probed here
    return { kind: 'returned', value: types.isPromise(value) ? await value : value };
  } catch (error) {
    return { kind: 'threw', error };
  }
}

/** Close what a call opened (a store opened in memory with default options). */
async function release(value: unknown): Promise<void> {
  if (value === hostile || value === throwingGetters) return;
  const opened = value as { ok?: boolean; value?: { close?: () => Promise<void> } } | null;
  let close: (() => Promise<void>) | undefined;
  try {
    // a result may carry the hostile argument back (caseAsOf with no date hands the case back)
    if (opened?.ok === true && typeof opened.value?.close === 'function') close = opened.value.close.bind(opened.value);
  } catch {
    return;
  }
  if (close) await close();
}

describe('bad arguments', async () => {
  const { PermitLifecycleError } = (await import(dist('index'))) as typeof import('../src');
  const modules = await Promise.all(ENTRIES.map(async (entry) => [entry, (await import(dist(entry))) as Record<string, unknown>] as const));
  const functions = modules.flatMap(([entry, module]) =>
    Object.entries(module)
      .filter((pair): pair is [string, (...args: unknown[]) => unknown] => typeof pair[1] === 'function')
      .map(([name, fn]) => ({ entry, name, fn })),
  );

  /** Why an outcome is not a typed answer, or null when it is one. */
  function problem(outcome: Outcome): string | null {
    if (outcome.kind === 'threw') {
      return outcome.error instanceof PermitLifecycleError ? null : `threw ${(outcome.error as Error)?.name}: ${(outcome.error as Error)?.message}`;
    }
    // a function may hand its argument back (a sanitizer with nothing to remove): that is an answer
    if (outcome.value === hostile || outcome.value === throwingGetters) return null;
    const result = outcome.value as { ok?: unknown; error?: unknown } | null;
    if (result !== null && typeof result === 'object' && result.ok === false && !(result.error instanceof PermitLifecycleError)) {
      return `returned a failed result without a PermitLifecycleError: ${String(result.error)}`;
    }
    return null;
  }

  it('finds every entry point and its functions', () => {
    expect(modules).toHaveLength(ENTRIES.length);
    expect(functions.length).toBeGreaterThan(100);
    for (const [entry, module] of modules) expect(Object.keys(module).length, entry).toBeGreaterThan(0);
  });

  it.each(BAD)('every function answers %s with a typed error', async (_label, bad) => {
    const problems: string[] = [];
    for (const { entry, name, fn } of functions) {
      const isClass = /^class\b/.test(Function.prototype.toString.call(fn));
      const arity = Math.max(fn.length, 1);
      // the bad value everywhere, then in each position alone
      const calls = [Array.from({ length: arity }, () => bad), ...Array.from({ length: arity }, (_, index) => Array.from({ length: arity }, (__, at) => (at === index ? bad : undefined)))];
      for (const args of calls) {
        const outcome = await call(fn, isClass, args);
        const found = problem(outcome);
        if (found !== null) problems.push(`${entry} ${name}(${args.map((arg) => (arg === bad ? _label : 'undefined')).join(', ')}): ${found}`);
        if (outcome.kind === 'returned') await release(outcome.value);
      }
    }
    expect(problems).toEqual([]);
  }, 240_000);

  it('refuses a non-case where a case belongs in the style of each function', async () => {
    const api = (await import(dist('index'))) as typeof import('../src');
    const applied = api.apply(null as never, { type: 'clock.advanced', at: '2026-01-05' });
    expect(applied.ok || applied.error.code).toBe('argument.invalid');
    expect(() => api.status(null as never)).toThrow(PermitLifecycleError);
    expect(() => api.deadlines({} as never)).toThrow(PermitLifecycleError);
    expect(() => api.serialize('x' as never)).toThrow(PermitLifecycleError);
    expect(() => api.addDays('2999-12-31', 1)).toThrow(/outside the supported range/);
    const opened = api.createCase(hostile as never, hostile as never);
    expect(opened.ok || opened.error).toBeInstanceOf(PermitLifecycleError);
    const restored = api.restore(hostile);
    expect(restored.ok || restored.error).toBeInstanceOf(PermitLifecycleError);
  });
});
