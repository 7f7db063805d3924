import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, apply, caseAsOf, listProcedures, type PermitCase } from '../src';
import { deadlineAgreementProblems, lostBreaches } from '../src/testing';
import { deepestCasePerState } from './support/sample-cases';

// The generated path replays (tests/generated-paths.test.ts) check these on every step; here fast-check
// reads the walked cases of every machine on random later days, when lapses have moved them on.
describe.each(listProcedures().map((procedure) => [procedure.id, procedure] as const))('deadlines and apply agree for %s', (_id, procedure) => {
  const cases: PermitCase[] = deepestCasePerState(procedure);

  it('on any later day, every open deadline can be met on its due day, and no breach is lost', () => {
    expect(cases.length).toBeGreaterThan(3);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: cases.length - 1 }), fc.integer({ min: 0, max: 800 }), (index, days) => {
        const current = cases[index]!;
        const day = addDays(current.context.lastEventAt, days);
        const advanced = apply(current, { type: 'clock.advanced', at: day });
        expect(advanced.ok).toBe(true);
        if (!advanced.ok) return;
        expect(lostBreaches(current, advanced.value)).toEqual([]);
        expect(deadlineAgreementProblems(procedure, advanced.value)).toEqual([]);
        const view = caseAsOf(current, day);
        expect(view.ok).toBe(true);
        if (view.ok) expect(deadlineAgreementProblems(procedure, view.value)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
