import { assign, setup } from 'xstate';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { addDays, apply, denied, createCase, deadlines, listProcedures, recordLapses, registerProcedures, status, statePath, type CaseContext, type PermitCase, type Procedure } from '../src';
import { walkProcedure } from '../src/testing';
import { deepFreeze } from './support/deep-freeze';
import { deepestCasePerState } from './support/sample-cases';
import type { IsoDate } from '../src';

/** What a recorded lapse must change. */
function fingerprint(current: PermitCase): string {
  return JSON.stringify([current.state, current.context.deadlines, current.context.breaches]);
}

/** The case's last event day, the day after each open deadline's last day, and a day long after. */
function daysToAsk(current: PermitCase): IsoDate[] {
  const last = current.context.lastEventAt;
  const afterDeadlines = Object.values(current.context.deadlines).map((entry) => addDays(entry.due, 1));
  return [...new Set([last, ...afterDeadlines.filter((day) => day >= last), addDays(last, 400)])];
}

const walked: PermitCase[] = [];

/**
 * A host's procedure whose clock transition, without leaving its state,
 * closes a deadline or records a breach: the bundled machines have no such
 * lapse, and one must be recorded all the same.
 */
function lapseInPlaceProcedure(lapse: 'closesDeadline' | 'recordsBreach'): Procedure {
  const source = { file: '000_8062ab018996c2b5.txt', section: 'test', quote: 'test' } as const;
  const machine = setup({
    types: {} as { context: CaseContext; events: { type: 'clock.advanced'; at: IsoDate }; input: { at: IsoDate; facts: Record<string, unknown> } },
  }).createMachine({
    id: lapse,
    initial: 'open',
    context: ({ input }) => ({ facts: input.facts, openedOn: input.at, lastEventAt: input.at, deadlines: { reply: { due: addDays(input.at, 10) } }, breaches: [], documents: [], validity: null, binding: null }),
    states: {
      open: {
        meta: { phase: 'test', description: 'Open', rights: { reside: denied({ assumption: 'A test procedure.' }), work: denied({ assumption: 'A test procedure.' }) } },
        on: {
          'clock.advanced': {
            guard: ({ context, event }) => context.deadlines.reply !== undefined && event.at > context.deadlines.reply.due && context.breaches.length === 0,
            actions:
              lapse === 'closesDeadline'
                ? assign({ deadlines: () => ({}) })
                : assign({ breaches: ({ context }) => [{ deadline: 'reply', due: context.deadlines.reply!.due, metOn: null }] }),
          },
        },
      },
    },
  });
  return {
    id: lapse,
    title: `A lapse that ${lapse === 'closesDeadline' ? 'closes a deadline' : 'records a breach'} in place`,
    version: '1.0.0',
    seed: source.file,
    machine,
    eventSchema: z.object({ type: z.literal('clock.advanced'), at: z.string() }),
    factsSchema: z.object({}),
    deadlines: { reply: { id: 'reply', label: 'Reply', actor: 'authority', kind: 'decisionPeriod', source, consequence: 'The reply window closes.' } },
    documents: {},
    eventVariants: () => [],
    factVariants: [{}],
    pathFlags: () => ({}),
  } as unknown as Procedure;
}

beforeAll(() => {
  for (const procedure of listProcedures()) for (const graph of walkProcedure(procedure).graphs) walked.push(...Object.values(graph.nodes));
});

describe('recordLapses', () => {
  it('records a clock event exactly when it changes the state, the deadlines or the breaches, on every walked case', () => {
    let recorded = 0;
    let unchanged = 0;
    for (const current of walked) {
      for (const day of daysToAsk(current)) {
        const advanced = apply(current, { type: 'clock.advanced', at: day });
        const answer = recordLapses(current, day);
        expect(advanced.ok).toBe(true);
        expect(answer.ok).toBe(true);
        if (!advanced.ok || !answer.ok) continue;
        if (fingerprint(advanced.value) === fingerprint(current)) {
          expect(answer.value).toBe(current);
          unchanged += 1;
        } else {
          expect(answer.value).toEqual(advanced.value);
          expect(answer.value.events.at(-1)).toEqual({ type: 'clock.advanced', at: day });
          recorded += 1;
        }
      }
    }
    // Both answers occur, so neither branch goes untested.
    expect(recorded).toBeGreaterThan(50);
    expect(unchanged).toBeGreaterThan(50);
  });

  it('applied every day, appends only the lapses and ends where reading the last day ends', () => {
    const cases = listProcedures().flatMap((procedure) => deepestCasePerState(procedure).slice(0, 12));
    let lapses = 0;
    for (const original of cases) {
      const start = original.context.lastEventAt;
      const lastDay = addDays(start, 730);
      let current = original;
      for (let day = addDays(start, 1); day <= lastDay; day = addDays(day, 1)) {
        const answer = recordLapses(current, day);
        expect(answer.ok).toBe(true);
        if (!answer.ok) break;
        if (answer.value !== current) {
          // Each appended event is one clock event that changed what a lapse changes.
          expect(answer.value.events.length).toBe(current.events.length + 1);
          expect(fingerprint(answer.value)).not.toBe(fingerprint(current));
          lapses += 1;
        }
        current = answer.value;
      }
      const read = status(original, lastDay);
      const kept = status(current, lastDay);
      expect(statePath(current.state)).toBe(read.state);
      expect(kept).toEqual(read);
      expect(deadlines(current, lastDay)).toEqual(deadlines(original, lastDay));
    }
    expect(lapses).toBeGreaterThan(0);
  });

  it.each(['closesDeadline', 'recordsBreach'] as const)('records a lapse that %s without a change of state, and nothing on the days before it', (lapse) => {
    const procedure = lapseInPlaceProcedure(lapse);
    registerProcedures(...listProcedures(), procedure);
    const opened = createCase(procedure, { at: '2026-03-02', facts: {} });
    if (!opened.ok) throw opened.error;
    const due = opened.value.context.deadlines.reply!.due;
    expect(recordLapses(opened.value, due)).toEqual({ ok: true, value: opened.value });
    const after = recordLapses(opened.value, addDays(due, 1));
    if (!after.ok) throw after.error;
    expect(after.value.state).toBe(opened.value.state);
    expect(after.value.context.deadlines).toEqual(lapse === 'closesDeadline' ? {} : opened.value.context.deadlines);
    expect(after.value.context.breaches).toHaveLength(lapse === 'closesDeadline' ? 0 : 1);
    expect(after.value.events).toEqual([{ type: 'clock.advanced', at: addDays(due, 1) }]);
    // The next day nothing lapses: nothing is appended.
    expect(recordLapses(after.value, addDays(due, 2))).toEqual({ ok: true, value: after.value });
  });

  it('refuses what apply refuses, with its codes, and changes nothing', () => {
    const current = deepFreeze(walked.find((candidate) => candidate.events.length > 2)!);
    const before = JSON.stringify(current);
    const notADate = recordLapses(current, 'tomorrow' as IsoDate);
    expect(notADate.ok).toBe(false);
    if (!notADate.ok) expect(notADate.error.code).toBe('event.invalid');
    const earlier = recordLapses(current, addDays(current.context.lastEventAt, -1));
    expect(earlier.ok).toBe(false);
    if (!earlier.ok) expect(earlier.error.code).toBe('event.outOfOrder');
    expect(JSON.stringify(current)).toBe(before);
  });
});
