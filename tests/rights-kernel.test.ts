import { assign, setup } from 'xstate';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { addDays, answerRight, apply, createCase, denied, granted, registerProcedures, status, type CaseContext, type PermitCase, type Procedure } from '../src';
import { deadlineAgreementProblems, lostBreaches } from '../src/testing';
import type { IsoDate } from '../src';

const file = '004_b06c98a76d7eb733.txt' as const;
const replySource = { file, section: 'Declaration of arrival', quote: 'within 3 days of arrival in Luxembourg' };
const endSource = { file, section: 'Period of validity of the residence permit', quote: 'Residence permits for seasonal workers are valid for no more than 5 months over a total period of 12 months' };
const OPENED = '2026-03-02';

type Event = { type: 'clock.advanced'; at: string } | { type: 'reply.sent'; at: string };

/** A small procedure: a reply obligation (due after 10 days) inside a permit that ends after 20, then a running permit that ends on its own date. */
function kernelProbe(closeReplyOnEnd: boolean): Procedure {
  const machine = setup({
    types: {} as { context: CaseContext; events: Event; input: { at: IsoDate; facts: Record<string, unknown> } },
  }).createMachine({
    id: 'rightsKernelProbe',
    initial: 'open',
    context: ({ input }) => ({
      facts: input.facts,
      openedOn: input.at,
      lastEventAt: input.at,
      deadlines: { reply: { due: addDays(input.at, 10) }, permitEnd: { due: addDays(input.at, 20) } },
      breaches: [],
      documents: [],
      validity: { from: input.at, to: addDays(input.at, 20) },
      binding: { employer: 'Vineyard SARL' },
    }),
    states: {
      open: {
        meta: { phase: 'test', description: 'Open', rights: { reside: granted(), work: granted({ afterValidity: denied({ source: endSource }) }) } },
        on: {
          'reply.sent': { actions: assign(({ context }) => ({ deadlines: { permitEnd: context.deadlines.permitEnd! } })) },
          'clock.advanced': {
            guard: ({ context, event }) => context.deadlines.permitEnd !== undefined && event.at > context.deadlines.permitEnd.due,
            target: 'ended',
            actions: assign(({ context }) => ({ deadlines: closeReplyOnEnd ? {} : { ...context.deadlines, permitEnd: undefined as never } })),
            meta: { source: endSource },
          },
        },
      },
      ended: { type: 'final', meta: { phase: 'closed', description: 'Ended', source: endSource, rights: { reside: denied({ source: endSource }), work: denied({ source: endSource }) } } },
    },
  });
  return {
    id: 'rightsKernelProbe',
    title: 'A probe of the kernel rules',
    version: '1.0.0',
    seed: file,
    machine,
    eventSchema: z.discriminatedUnion('type', [z.object({ type: z.literal('clock.advanced'), at: z.string() }), z.object({ type: z.literal('reply.sent'), at: z.string() })]),
    factsSchema: z.object({}),
    deadlines: {
      reply: { id: 'reply', label: 'Reply', actor: 'applicant', kind: 'obligation', source: replySource, consequence: 'A breach.', metBy: ['reply.sent'] },
      permitEnd: { id: 'permitEnd', label: 'Permit ends', actor: 'authority', kind: 'expiry', source: endSource, consequence: 'The permit ends.' },
    },
    documents: {},
    eventVariants: (context: CaseContext) => [{ type: 'reply.sent', at: context.lastEventAt }],
    factVariants: [{}],
    pathFlags: () => ({}),
  } as unknown as Procedure;
}

let probe: Procedure;
let opened: PermitCase;

beforeAll(() => {
  probe = kernelProbe(true);
  registerProcedures(probe);
  const created = createCase(probe, { at: OPENED, facts: {} });
  if (!created.ok) throw created.error;
  opened = created.value;
});

describe('the kernel rules behind status', () => {
  it('keeps an overdue obligation as a breach when a lapse closes it', () => {
    const overdueDay = addDays(OPENED, 15);
    expect(status(opened, overdueDay).breaches).toEqual([{ deadline: 'reply', due: addDays(OPENED, 10), metOn: null }]);
    const afterEnd = apply(opened, { type: 'clock.advanced', at: addDays(OPENED, 21) });
    expect(afterEnd.ok && afterEnd.value.state).toBe('ended');
    if (!afterEnd.ok) return;
    expect(afterEnd.value.context.breaches).toEqual([{ deadline: 'reply', due: addDays(OPENED, 10), metOn: null }]);
    expect(status(opened, addDays(OPENED, 21)).breaches).toEqual(status(afterEnd.value).breaches);
    expect(lostBreaches(opened, afterEnd.value)).toEqual([]);
  });

  it('records no breach for an obligation closed before it was due', () => {
    const met = apply(opened, { type: 'reply.sent', at: addDays(OPENED, 3) });
    expect(met.ok && met.value.context.breaches).toEqual([]);
  });

  it('cites the page when an event is refused because the case lapsed first', () => {
    const late = apply(opened, { type: 'reply.sent', at: addDays(OPENED, 21) });
    expect(late.ok).toBe(false);
    if (late.ok) return;
    expect(late.error.code).toBe('event.notAllowed');
    expect(late.error.details.lapsed).toMatchObject({ source: endSource });
    expect(late.error.message).toContain(endSource.quote);
  });

  it('answers a granted right until its validity, then what follows', () => {
    const before = status(opened, addDays(OPENED, 5)).rights.work;
    expect(before).toMatchObject({ verdict: 'granted', until: addDays(OPENED, 20), boundTo: { employer: 'Vineyard SARL' } });
    // Read after the end without the lapse: the running right has ended, the state declares what follows.
    const view = { ...opened, context: { ...opened.context, deadlines: { reply: opened.context.deadlines.reply! } } };
    const after = status(view, addDays(OPENED, 25)).rights;
    expect(after.work).toMatchObject({ verdict: 'denied', source: endSource, until: null, boundTo: null });
    expect(after.reside.verdict).toBe('granted');
  });

  it('finds the deadline its event meets agreeing with apply', () => {
    expect(deadlineAgreementProblems(probe, opened)).toEqual([]);
  });
});

describe('a right granted while its validity runs', () => {
  it('falls back to what follows when the case records no validity (a case written by an older machine)', () => {
    const declared = granted({ afterValidity: denied({ source: endSource }) });
    const context = { ...opened.context, validity: null };
    expect(answerRight(declared, context, OPENED, null, null).verdict).toBe('denied');
    expect(answerRight(declared, context, OPENED, addDays(OPENED, 3), null).verdict).toBe('granted');
    expect(answerRight(granted(), context, OPENED, null, null).verdict).toBe('granted');
  });
});
