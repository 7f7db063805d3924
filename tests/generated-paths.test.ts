import { describe, expect, it } from 'vitest';
import { listProcedures } from '../src';
import { formatCoverage, testProcedure, type ProcedureTestRun } from '../src/testing';

const runs = new Map<string, ProcedureTestRun>();
for (const procedure of listProcedures()) runs.set(procedure.id, testProcedure(procedure));

describe.each(listProcedures().map((procedure) => [procedure.id, procedure] as const))('generated paths of %s', (id) => {
  const run = runs.get(id)!;

  it('generates paths from the graph', () => {
    expect(run.paths.length).toBeGreaterThan(10);
  });

  it.each(run.replays.map((replay) => [replay.path.name, replay] as const))('%s', (_name, replay) => {
    expect(replay.violations).toEqual([]);
  });

  it('covers 100% of states and transitions', () => {
    console.log(formatCoverage([run.coverage]));
    expect(run.coverage.states.missing).toEqual([]);
    expect(run.coverage.transitions.missing).toEqual([]);
    expect(run.coverage.states.covered).toBe(run.coverage.states.total);
    expect(run.coverage.transitions.covered).toBe(run.coverage.transitions.total);
  });
});
