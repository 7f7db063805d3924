import { describe, expect, it } from 'vitest';
import { allStatePaths, hasReason, isFinalStateValue, listProcedures, stateMetaOf, type RightDeclaration } from '../src';
import { valueFromPath } from '../src/case/machine-runtime';

/** Every state of every machine with its merged meta. */
const states = listProcedures().flatMap((procedure) =>
  allStatePaths(procedure.machine).map((path) => {
    const value = valueFromPath(path);
    return { procedure: procedure.id, path, meta: stateMetaOf(procedure.machine, value), final: isFinalStateValue(procedure.machine, value) };
  }),
);

function reasonProblem(name: string, declared: RightDeclaration): string | null {
  if (!hasReason(declared)) return `the right to ${name} is ${declared.verdict} without the page's sentence or an assumption`;
  if (declared.verdict === 'notDecidedHere' && declared.governedBy.trim() === '') return `the right to ${name} is not decided here but names no title`;
  return null;
}

describe('every "no" has a reason', () => {
  it('finds the states of all five machines', () => {
    expect(new Set(states.map((state) => state.procedure)).size).toBe(5);
    expect(states.length).toBeGreaterThan(80);
  });

  it.each(states.filter((state) => state.final || state.meta.phase === 'closed').map((state) => [`${state.procedure}: ${state.path}`, state] as const))(
    'closed state %s carries its source sentence or an assumption',
    (_name, state) => {
      expect(Boolean(state.meta.source?.quote) || Boolean(state.meta.assumption)).toBe(true);
      expect(state.meta.rights.reside.verdict === 'granted' && state.final).toBe(false);
    },
  );

  it.each(states.map((state) => [`${state.procedure}: ${state.path}`, state] as const))('rights of %s say who decides, and why when not granted', (_name, state) => {
    const problems = [reasonProblem('reside', state.meta.rights.reside), reasonProblem('work', state.meta.rights.work)].filter(Boolean);
    expect(problems).toEqual([]);
  });

  it('tells a missing reason apart (the check can fail)', () => {
    expect(reasonProblem('work', { verdict: 'denied' })).toMatch(/without/);
    expect(reasonProblem('work', { verdict: 'undetermined', assumption: '' })).toMatch(/without/);
    expect(reasonProblem('reside', { verdict: 'notDecidedHere', governedBy: ' ', assumption: 'x' })).toMatch(/names no title/);
    expect(reasonProblem('reside', { verdict: 'granted', afterValidity: { verdict: 'denied' } })).toMatch(/without/);
  });
});
