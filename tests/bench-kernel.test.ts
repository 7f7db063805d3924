/**
 * The kernel's fast paths (issue 10) give exactly what the code they replaced
 * gave: integer calendar arithmetic against date-fns on `UTCDate`s, the
 * stay-cap search against its definition, one-pass transitions against
 * `getTransitionData` + `transition`, the snapshot and `caseAsOf` reuse
 * against fresh cases, `readPersisted` against `restore`, validation with
 * the compiled schemas against the procedures' own zod schemas, the
 * key-by-key fill of state snapshots against a fill over the defaults,
 * `status` and `deadlines` against their definitions, and remembered date
 * arithmetic against the calendar's. It also checks
 * the rule the kernel now relies on: a passed obligation never makes a
 * `clock.advanced` transition fire, in any registered machine.
 */
import { addDays as fnsAddDays, addMonths as fnsAddMonths, addWeeks as fnsAddWeeks, addYears as fnsAddYears, differenceInCalendarDays } from 'date-fns';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import type { AnyMachineSnapshot } from 'xstate';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  caseAsOf,
  describeDeadline,
  eventTypesFrom,
  isFinalStateValue,
  serializeState,
  stateMetaOf,
  statePath,
  type Breach,
  type CaseDeadline,
  type CaseStatus,
  type PersistedCaseState,
  addWeeks,
  addYears,
  apply,
  daysBetween,
  deadlines,
  exceedsStayCap,
  fromIsoDate,
  lastDayOfPeriod,
  latestEndWithinCap,
  listProcedures,
  readPersisted,
  restore,
  reviewPersisted,
  serialize,
  status,
  toIsoDate,
  validateEvent,
  type CaseEvent,
  type DatePeriod,
  type PermitCase,
  type PermitLifecycleError,
  type Procedure,
  answerRight,
} from '../src';
import { rememberedShift } from '../src/calendar/memo';
import { soonestFirst, sortSoonestFirst } from '../src/case/deadlines';
import { capEnd, seasonalStayCap } from '../machines/seasonal-worker/stay-cap';
import * as z from 'zod';
import { safeParseCompiled } from '../src/case/compiled-schema';
import { resolveSnapshot, runTransition, takeTransition, transitionsFor } from '../src/case/machine-runtime';
import { expandContext, stateDefaults } from '../src/persistence/defaults';
import { walkProcedure } from '../src/testing';
import { seasonalCase, toArrivalDeclared, toPermitValid } from './support/seasonal';
import type { IsoDate } from '../src';

/** The value, or the error's class and message: two implementations must agree on both. */
function outcome(run: () => unknown): string {
  try {
    return JSON.stringify(run());
  } catch (error) {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
}

const isoDate = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2999, 11, 31)), noInvalidDate: true }).map((date) => toIsoDate(date));

describe('calendar arithmetic on day numbers', () => {
  it('agrees with date-fns on UTCDate for days, weeks, months and years, refusals included', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -450_000, max: 450_000 }), fc.integer({ min: -14_000, max: 14_000 }), (date, days, months) => {
        expect(outcome(() => addDays(date, days))).toBe(outcome(() => toIsoDate(fnsAddDays(fromIsoDate(date), days))));
        expect(outcome(() => addWeeks(date, Math.trunc(days / 7)))).toBe(outcome(() => toIsoDate(fnsAddWeeks(fromIsoDate(date), Math.trunc(days / 7)))));
        expect(outcome(() => addMonths(date, months))).toBe(outcome(() => toIsoDate(fnsAddMonths(fromIsoDate(date), months))));
        expect(outcome(() => addYears(date, Math.trunc(months / 12)))).toBe(outcome(() => toIsoDate(fnsAddYears(fromIsoDate(date), Math.trunc(months / 12)))));
      }),
      { numRuns: 3_000 },
    );
  });

  it('counts days between two dates as date-fns does', () => {
    fc.assert(
      fc.property(isoDate, isoDate, (from, to) => {
        expect(daysBetween(from, to)).toBe(differenceInCalendarDays(fromIsoDate(to), fromIsoDate(from)));
      }),
      { numRuns: 3_000 },
    );
  });

  it('keeps the month-end rule, the leap days and the refusals of the edges', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addDays('2099-12-31', 1)).toBe('2100-01-01');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(outcome(() => addDays('2999-12-31', 1))).toBe('PermitLifecycleError: Year 3000 is outside the supported range 1900..2999');
    expect(outcome(() => addMonths('1900-01-15', -1))).toBe('PermitLifecycleError: Year 1899 is outside the supported range 1900..2999');
    expect(outcome(() => addDays('2026-01-01', 1e15))).toBe(outcome(() => toIsoDate(fnsAddDays(fromIsoDate('2026-01-01'), 1e15))));
    expect(outcome(() => addMonths('2026-01-01', 1e12))).toBe(outcome(() => toIsoDate(fnsAddMonths(fromIsoDate('2026-01-01'), 1e12))));
    expect(outcome(() => addDays('2026-02-30', 1))).toBe('PermitLifecycleError: Invalid IsoDate "2026-02-30": not a real calendar date');
    expect(outcome(() => addMonths('2026-01-01', 1.5))).toBe('PermitLifecycleError: months must be an integer, got 1.5');
  });
});

/** latestEndWithinCap as its documentation defines it: the latest end, tried one day at a time. */
function latestEndByDefinition(periods: readonly DatePeriod[], start: IsoDate, cap: { months: number; perMonths: number }): IsoDate | null {
  const upper = lastDayOfPeriod(start, { months: cap.months });
  for (let end = upper; end >= start; end = addDays(end, -1)) {
    if (!exceedsStayCap([...periods, { from: start, to: end }], cap)) return end;
  }
  return null;
}

/** A stay of 1 to 201 days starting in 2025 to mid-2027. */
const stay = fc
  .record({ from: fc.integer({ min: 0, max: 900 }), days: fc.integer({ min: 0, max: 200 }) })
  .map(({ from, days }) => ({ from: addDays('2025-01-01', from), to: addDays('2025-01-01', from + days) }));

describe('latestEndWithinCap', () => {

  it('finds the latest end its definition gives, for any stays and cap', () => {
    fc.assert(
      fc.property(
        fc.array(stay, { maxLength: 4 }),
        fc.integer({ min: 0, max: 1_000 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 12 }),
        (periods, startOffset, months, extra) => {
          const start = addDays('2025-01-01', startOffset);
          const cap = { months, perMonths: months + extra };
          expect(latestEndWithinCap(periods, start, cap)).toBe(latestEndByDefinition(periods, start, cap));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('measures windows that run past the last year of the calendar instead of refusing them (found by the reliability fuzzer)', () => {
    const cap = { months: 5, perMonths: 12 };
    // 22 July to 22 December 2999 is 153 days; the 12-month window from 22 July ends in 3000, where no stay can be.
    expect(exceedsStayCap([{ from: '2999-07-22', to: '2999-12-21' }], cap)).toBe(false);
    expect(exceedsStayCap([{ from: '2999-07-22', to: '2999-12-22' }], cap)).toBe(true);
    expect(latestEndWithinCap([], '2999-07-22', cap)).toBe('2999-12-21');
  });

  it('still refuses a period that ends before it starts', () => {
    expect(outcome(() => latestEndWithinCap([{ from: '2026-03-01', to: '2026-02-01' }], '2026-04-01', { months: 5, perMonths: 12 }))).toBe(
      'PermitLifecycleError: Period 0 ends (2026-02-01) before it starts (2026-03-01)',
    );
  });
});

describe('the seasonal stay cap asked of a context (capEnd, which remembers its last answer)', () => {
  it('answers what the search over the granted stays answers, for any run of questions sharing stays, validities and days', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(stay, { maxLength: 3 }), { minLength: 1, maxLength: 3 }),
        fc.array(fc.option(stay, { nil: null }), { minLength: 1, maxLength: 3 }),
        fc.array(fc.record({ stays: fc.nat(), validity: fc.nat(), from: fc.constantFrom(0, 150, 400, 800) }), { minLength: 1, maxLength: 12 }),
        (staySets, validities, questions) => {
          for (const question of questions) {
            const context = { pastStays: staySets[question.stays % staySets.length]!, validity: validities[question.validity % validities.length]! };
            const from = addDays('2025-01-01', question.from);
            const granted = context.validity ? [...context.pastStays, context.validity] : [...context.pastStays];
            expect(capEnd(context, from)).toBe(latestEndWithinCap(granted, from, seasonalStayCap));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

interface WalkedCase {
  procedure: Procedure;
  current: PermitCase;
}

const walked: WalkedCase[] = [];

beforeAll(() => {
  for (const procedure of listProcedures()) {
    for (const graph of walkProcedure(procedure).graphs) for (const current of Object.values(graph.nodes)) walked.push({ procedure, current });
  }
});

function snapshotOf(procedure: Procedure, current: PermitCase, context = current.context): AnyMachineSnapshot {
  return resolveSnapshot(procedure.machine, current.state, context);
}

describe('one-pass transitions', () => {
  it('select the transitions getTransitionData selects and reach the snapshot transition reaches, for every walked case and event variant', () => {
    let taken = 0;
    for (const { procedure, current } of walked) {
      for (const variant of procedure.eventVariants(current.context)) {
        const event = validateEvent(procedure, variant);
        if (!event.ok) continue;
        const snapshot = snapshotOf(procedure, current);
        const fast = outcome(() => {
          const step = takeTransition(procedure.machine, snapshot, event.value);
          return step.transitions.length === 0 ? null : [step.transitions.map((transition) => transition.source.id), step.next.value, step.next.context];
        });
        const reference = outcome(() => {
          const transitions = transitionsFor(procedure.machine, snapshot, event.value);
          if (transitions.length === 0) return null;
          const next = runTransition(procedure.machine, snapshot, event.value);
          return [transitions.map((transition) => transition.source.id), next.value, next.context];
        });
        expect(fast).toBe(reference);
        if (fast !== 'null') taken += 1;
      }
    }
    expect(taken).toBeGreaterThan(1_000);
  });
});

describe('snapshots rebuilt from a state resolved once (resolveSnapshot)', () => {
  /** What a snapshot holds, functions and machine aside, nodes by id. */
  function shapeOf(snapshot: AnyMachineSnapshot): unknown {
    return {
      keys: Object.keys(snapshot).sort(),
      status: snapshot.status,
      value: snapshot.value,
      nodes: snapshot._nodes.map((node) => node.id),
      tags: [...snapshot.tags].sort(),
      children: snapshot.children,
      historyValue: snapshot.historyValue,
      output: snapshot.output,
      error: snapshot.error,
    };
  }

  it('are what machine.resolveState gives, and transition as it does, for every walked case and event variant', () => {
    let compared = 0;
    for (const { procedure, current } of walked) {
      const machine = procedure.machine;
      const reference = machine.resolveState({ value: current.state, context: current.context }) as AnyMachineSnapshot;
      const rebuilt = resolveSnapshot(machine, current.state, current.context);
      expect(shapeOf(rebuilt)).toEqual(shapeOf(reference));
      expect(rebuilt.context).toBe(current.context);
      expect(rebuilt.machine).toBe(machine);
      for (const variant of procedure.eventVariants(current.context)) {
        const event = validateEvent(procedure, variant);
        if (!event.ok) continue;
        const fromReference = outcome(() => { const next = runTransition(machine, reference, event.value); return [next.value, next.status, next.context]; });
        expect(outcome(() => { const next = runTransition(machine, rebuilt, event.value); return [next.value, next.status, next.context]; })).toBe(fromReference);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(1_000);
  });

  it('do not share children or history between two cases in the same state', () => {
    const { procedure, current } = walked[0]!;
    const first = resolveSnapshot(procedure.machine, current.state, current.context);
    const second = resolveSnapshot(procedure.machine, current.state, { ...current.context });
    expect(first.children).not.toBe(second.children);
    expect(first.historyValue).not.toBe(second.historyValue);
    expect(second.context).not.toBe(first.context);
  });

  it('share a frozen state value, which a case that holds it cannot change for the others', () => {
    const nested = walked.find(({ current }) => typeof current.state !== 'string');
    if (!nested) throw new Error('no walked case in a nested state');
    const { procedure, current } = nested;
    const rebuilt = resolveSnapshot(procedure.machine, current.state, current.context);
    expect(Object.isFrozen(rebuilt.value)).toBe(true);
    expect(() => Object.assign(rebuilt.value as object, { [Object.keys(rebuilt.value as object)[0]!]: 'elsewhere' })).toThrow(TypeError);
    expect(resolveSnapshot(procedure.machine, current.state, current.context).value).toEqual(procedure.machine.resolveState({ value: current.state, context: current.context }).value);
  });

  it('resolves a value the machine does not have as XState does', () => {
    const { procedure, current } = walked[0]!;
    const outcomeOf = (resolve: () => AnyMachineSnapshot): string => outcome(() => shapeOf(resolve()));
    for (const value of ['nowhere', { nowhere: 'atAll' }]) {
      expect(outcomeOf(() => resolveSnapshot(procedure.machine, value, current.context))).toBe(
        outcomeOf(() => procedure.machine.resolveState({ value, context: current.context }) as AnyMachineSnapshot),
      );
    }
  });
});

describe('obligations never gate a lapse (the kernel skips the clock while only obligations are overdue)', () => {
  it('a clock.advanced after an obligation passed, with no other deadline passed, takes no transition in any machine', () => {
    let checked = 0;
    for (const { procedure, current } of walked) {
      const open = Object.entries(current.context.deadlines);
      for (const [id, entry] of open) {
        if (procedure.deadlines[id]?.kind !== 'obligation') continue;
        const dayAfter = addDays(entry.due, 1);
        const at = dayAfter > current.context.lastEventAt ? dayAfter : current.context.lastEventAt;
        const otherPassed = open.some(([other, otherEntry]) => procedure.deadlines[other]?.kind !== 'obligation' && otherEntry.due < at);
        if (otherPassed) continue;
        const clock: CaseEvent = { type: 'clock.advanced', at };
        expect(transitionsFor(procedure.machine, snapshotOf(procedure, current), clock).map((transition) => transition.source.id)).toEqual([]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('a clock.advanced before any deadline that is not an obligation has passed takes no transition in any machine (so advanceClock asks again only then)', () => {
    let checked = 0;
    for (const { procedure, current } of walked) {
      const lapsing = Object.entries(current.context.deadlines).filter(([id]) => procedure.deadlines[id]?.kind !== 'obligation');
      const earliest = lapsing.map(([, entry]) => entry.due).sort()[0];
      // The latest day on which nothing has passed yet: the earliest such due date itself (a lapse comes after it), or far ahead.
      const at = earliest ?? addDays(current.context.lastEventAt, 3 * 365);
      if (at < current.context.lastEventAt) continue;
      const clock: CaseEvent = { type: 'clock.advanced', at };
      expect(transitionsFor(procedure.machine, snapshotOf(procedure, current), clock).map((transition) => transition.source.id)).toEqual([]);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('status still reports the overdue obligation as a breach', () => {
    const declared = seasonalCase(toArrivalDeclared);
    const due = declared.context.deadlines.residencePermitApplication?.due;
    expect(due).toBeDefined();
    const later = status(declared, addDays(due!, 1));
    expect(later.state).toBe('arrivalDeclared');
    expect(later.breaches).toContainEqual({ deadline: 'residencePermitApplication', due, metOn: null });
  });
});

describe('reuse of snapshots and of caseAsOf answers', () => {
  const fresh = (current: PermitCase): PermitCase => JSON.parse(JSON.stringify(current)) as PermitCase;

  it('applying events to older cases, to copies and to edited cases gives what a fresh case gives', () => {
    const base = seasonalCase(toPermitValid.slice(0, 8));
    const next = toPermitValid[8]!;
    const other = { type: 'permit.revoked', at: next.at, ground: 'employerBankruptOrInactive' };
    const first = apply(base, next);
    const second = apply(base, other); // base is no longer the case produced last
    const third = apply(base, next);
    expect(first).toEqual(apply(fresh(base), next));
    expect(second).toEqual(apply(fresh(base), other));
    expect(third).toEqual(first);
    const edited: PermitCase = { ...base, context: { ...base.context, deadlines: {} } };
    expect(apply(edited, next)).toEqual(apply(fresh(edited), next));
  });

  it('reading a case on several days in turn gives what fresh reads give', () => {
    const current = seasonalCase(toPermitValid);
    const days: IsoDate[] = ['2026-06-03', '2026-08-01', '2026-06-10', '2026-08-01', '2027-01-01'];
    const answers = days.map((day) => [status(current, day), deadlines(current, day)]);
    expect(answers).toEqual(days.map((day) => [status(fresh(current), day), deadlines(fresh(current), day)]));
    expect(answers[1]![0]).toMatchObject({ state: 'expired' });
    expect(answers[2]![0]).toMatchObject({ state: 'residencePermitValid' });
  });
});

describe('readPersisted', () => {
  it('reads every walked case as restore does', () => {
    const perState = new Map<string, WalkedCase>();
    for (const entry of walked) perState.set(`${entry.procedure.id}:${JSON.stringify(entry.current.state)}`, entry);
    expect(perState.size).toBeGreaterThan(50);
    for (const { current } of perState.values()) {
      const json = serialize(current);
      const read = readPersisted(json);
      const restored = restore(json);
      if (!read.ok || !restored.ok) throw new Error(`${json.slice(0, 120)}: not read`);
      expect(read.value).toEqual(restored.value);
      expect(readPersisted(JSON.parse(json))).toEqual(read);
    }
  });

  it('refuses what restore refuses in the envelope, with the same codes', () => {
    const good = JSON.parse(serialize(seasonalCase(toPermitValid))) as Record<string, unknown>;
    const context = good.context as Record<string, unknown>;
    const damaged: unknown[] = [
      '{ not json',
      '[]',
      { ...good, format: 'other' },
      { ...good, schemaVersion: 99 },
      { ...good, procedureId: 'astronaut' },
      { ...good, machineVersion: '2.0.0' },
      { ...good, machineVersion: 'latest' },
      { ...good, state: 'nowhere' },
      { ...good, state: { residencePermitValid: 'inside' } },
      { ...good, context: { ...context, lastEventAt: '2026-02-30' } },
      { ...good, context: { ...context, deadlines: { validityEnd: { due: 'soon' } } } },
      { ...good, events: 'none' },
    ];
    for (const input of damaged) {
      const read = readPersisted(input);
      const restored = restore(input);
      expect(read.ok, JSON.stringify(input).slice(0, 100)).toBe(false);
      expect(restored.ok).toBe(false);
      if (!read.ok && !restored.ok) expect(read.error.code).toBe(restored.error.code);
    }
  });

  it('migrates an older schema version, as restore does', () => {
    const v1 = readFileSync(new URL('./fixtures/seasonal-worker-snapshot-v1.json', import.meta.url), 'utf8');
    const read = readPersisted(v1);
    const restored = restore(v1);
    if (!read.ok || !restored.ok) throw new Error('the version-1 fixture was refused');
    expect(read.value).toEqual(restored.value);
  });

  it('trusts the context it is given: an edited snapshot is read as written, where restore refuses it', () => {
    const good = JSON.parse(serialize(seasonalCase(toPermitValid))) as { context: Record<string, unknown> };
    const edited = { ...good, context: { ...good.context, binding: { employer: 'Someone Else SA' } } };
    const read = readPersisted(edited);
    expect(read.ok && read.value.context.binding).toEqual({ employer: 'Someone Else SA' });
    expect(restore(edited).ok).toBe(false);
  });
});

/** A parse result as data: the output with its key order, or the issues (code, path, message) in order. */
function parseOutcome(result: z.ZodSafeParseResult<unknown>): string {
  const plain = (value: unknown): unknown =>
    typeof value === 'bigint' ? `${value}n` : value === undefined ? '<undefined>' : Number.isNaN(value) ? '<NaN>' : value;
  if (result.success) return `ok ${JSON.stringify(result.data, (_key, value: unknown) => plain(value))}`;
  return `refused ${JSON.stringify(result.error.issues.map((issue) => ({ code: issue.code, path: issue.path.map(String), message: issue.message })))}`;
}

describe('validation with compiled schemas', () => {
  it('runs compiled code with the installed zod (otherwise the comparisons below compare zod with itself)', () => {
    expect(typeof (z as { compile?: unknown }).compile).toBe('function');
  });

  it('gives the data and the issues the procedures\' own schemas give, for every walked event variant, valid or damaged', () => {
    let accepted = 0;
    let refused = 0;
    const compare = (schema: z.ZodType, input: unknown): void => {
      const fast = parseOutcome(safeParseCompiled(schema, input));
      expect(fast).toBe(parseOutcome(schema.safeParse(input)));
      if (fast.startsWith('ok')) accepted += 1;
      else refused += 1;
    };
    const seen = new Set<string>();
    for (const { procedure, current } of walked) {
      for (const variant of procedure.eventVariants(current.context)) {
        const key = `${procedure.id} ${JSON.stringify(variant)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const event = variant as Record<string, unknown>;
        compare(procedure.eventSchema, event);
        compare(procedure.eventSchema, { ...event, at: '2026-02-30' });
        compare(procedure.eventSchema, { ...event, unexpected: true });
        compare(procedure.eventSchema, { ...event, type: `${event.type}.typo` });
        for (const field of Object.keys(event)) {
          const { [field]: _dropped, ...rest } = event;
          compare(procedure.eventSchema, rest);
          compare(procedure.eventSchema, { ...event, [field]: 42 });
          if (typeof event[field] === 'string') compare(procedure.eventSchema, { ...event, [field]: `  ${event[field] as string}  ` });
        }
      }
      for (const facts of procedure.factVariants) compare(procedure.factsSchema, facts);
    }
    expect(accepted).toBeGreaterThan(300);
    expect(refused).toBeGreaterThan(1_000);
  });

  it('agrees with the schemas on random junk and random objects, for every procedure', () => {
    const procedures = listProcedures();
    const input = fc.oneof(
      fc.anything({ maxDepth: 2, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withSparseArray: true, withBoxedValues: true }),
      fc.record({ type: fc.constantFrom('clock.advanced', 'documents.supplied', 'application.submitted', 'renewal.applied', 'permit.revoked', 'nope'), at: fc.oneof(isoDate, fc.string({ maxLength: 11 })) }, { requiredKeys: ['type'] }),
    );
    fc.assert(
      fc.property(fc.nat({ max: procedures.length - 1 }), input, (index, value) => {
        const procedure = procedures[index]!;
        expect(parseOutcome(safeParseCompiled(procedure.eventSchema, value))).toBe(parseOutcome(procedure.eventSchema.safeParse(value)));
        expect(parseOutcome(safeParseCompiled(procedure.factsSchema, value))).toBe(parseOutcome(procedure.factsSchema.safeParse(value)));
      }),
      { numRuns: 2_000 },
    );
  });
});

/** The first fill of state snapshots: `Object.assign` of the stored context over the procedure's defaults. */
function expandByAssign(procedure: Procedure, stored: Record<string, unknown>, lastEventAt: string): Record<string, unknown> {
  const defaults = stateDefaults(procedure);
  const template: Record<string, unknown> = {};
  for (const key of defaults.contextKeys) {
    if (key === 'facts' || key === 'lastEventAt') template[key] = null;
    else if (Object.prototype.hasOwnProperty.call(defaults.context, key)) template[key] = defaults.context[key];
  }
  const facts: Record<string, unknown> = {};
  for (const key of defaults.factKeys) if (Object.prototype.hasOwnProperty.call(defaults.facts, key)) facts[key] = defaults.facts[key];
  const out: Record<string, unknown> = Object.assign({}, template, stored);
  out.facts = Object.assign({}, facts, stored.facts);
  out.lastEventAt = lastEventAt;
  for (const [key, value] of Object.entries(defaults.context)) {
    if (stored[key] === undefined) out[key] = Array.isArray(value) ? [] : value !== null && typeof value === 'object' ? {} : out[key];
  }
  return out;
}

describe('the key-by-key fill of state snapshots (expandContext)', () => {
  it('gives what a fill over the defaults gives, with the keys in the order of the case itself, for every walked case', () => {
    for (const { procedure, current } of walked) {
      const stored = JSON.parse(serializeState(current)) as PersistedCaseState;
      const filled = expandContext(procedure, stored.context, stored.lastEventAt);
      expect(filled).toStrictEqual(expandByAssign(procedure, stored.context, stored.lastEventAt));
      expect(JSON.stringify(filled)).toBe(JSON.stringify(current.context));
    }
  });

  it('gives what the fill over the defaults gives for contexts no state snapshot writes: extra keys, undefined entries, missing keys, odd facts', () => {
    let checked = 0;
    for (const { procedure, current } of walked.filter((_, index) => index % 7 === 0)) {
      const stored = JSON.parse(serializeState(current)) as PersistedCaseState;
      const context = stored.context;
      const facts = context.facts as Record<string, unknown>;
      const [firstFact] = Object.keys(facts);
      const { openedOn: _openedOn, ...withoutOpenedOn } = context;
      const odd: Record<string, unknown>[] = [
        { ...context, extra: { note: 'kept' } },
        { ...context, breaches: undefined, validity: undefined, documents: undefined },
        withoutOpenedOn,
        { ...context, lastEventAt: '1999-01-01' },
        { ...context, facts: { ...facts, notInSchema: true } },
        { ...context, facts: firstFact === undefined ? {} : { ...facts, [firstFact]: undefined } },
        { ...context, facts: undefined },
        { ...context, facts: 'text' },
        // Written by something else than serializeState: the keys in another order.
        Object.fromEntries(Object.entries(context).reverse()),
        { ...context, facts: Object.fromEntries(Object.entries(facts).reverse()) },
        { facts, ...Object.fromEntries(Object.entries(context).filter(([key]) => key !== 'facts')) },
      ];
      for (const variant of odd) {
        expect(expandContext(procedure, variant, stored.lastEventAt)).toStrictEqual(expandByAssign(procedure, variant, stored.lastEventAt));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});

/** `status` as it was first written: the merged meta, the breaches and events spread into new arrays. */
function statusByDefinition(procedure: Procedure, current: PermitCase, at: IsoDate): CaseStatus {
  const asOf = caseAsOf(current, at);
  if (!asOf.ok) throw asOf.error;
  const view = asOf.value;
  const meta = stateMetaOf(procedure.machine, view.state);
  const final = isFinalStateValue(procedure.machine, view.state);
  const entries = Object.entries(view.context.deadlines);
  const overdue: Breach[] = entries.filter(([id, entry]) => procedure.deadlines[id]?.kind === 'obligation' && at > entry.due).map(([id, entry]) => ({ deadline: id, due: entry.due, metOn: null }));
  const expiries = entries.filter(([id]) => procedure.deadlines[id]?.kind === 'expiry').map(([, entry]) => entry.due).sort();
  const heldUntil = expiries[0] ?? view.context.validity?.to ?? null;
  const reside = answerRight(meta.rights.reside, view.context, at, heldUntil, view.context.binding);
  const work = answerRight(meta.rights.work, view.context, at, heldUntil, view.context.binding);
  const holdsRight = reside.verdict === 'granted' || work.verdict === 'granted';
  return {
    procedureId: view.procedureId,
    asOf: at,
    state: statePath(view.state),
    phase: meta.phase,
    description: meta.description,
    final,
    outcome: meta.outcome ?? null,
    rights: { reside, work },
    boundTo: holdsRight ? view.context.binding : null,
    validUntil: holdsRight ? heldUntil : null,
    breaches: [...view.context.breaches, ...overdue],
    notices: procedure.notices ? procedure.notices(view.context as never, at) : [],
    allowedEvents: final ? [] : [...eventTypesFrom(procedure.machine, view.state)],
  };
}

function deadlinesByDefinition(procedure: Procedure, current: PermitCase, at: IsoDate): CaseDeadline[] {
  const asOf = caseAsOf(current, at);
  if (!asOf.ok) throw asOf.error;
  return Object.entries(asOf.value.context.deadlines)
    .map(([id, entry]) => describeDeadline(procedure, id, entry, at))
    .sort((a, b) => (a.due === b.due ? a.id.localeCompare(b.id) : a.due < b.due ? -1 : 1));
}

describe('status and deadlines', () => {
  it('give what their definitions give, for every walked case read on its last day, a year on and past every deadline', () => {
    for (const { procedure, current } of walked) {
      const last = current.context.lastEventAt;
      const latest = Object.values(current.context.deadlines).reduce((day, entry) => (entry.due > day ? entry.due : day), last);
      for (const day of [last, addDays(last, 365), addDays(latest, 1)]) {
        const read = status(current, day);
        expect(JSON.stringify(read)).toBe(JSON.stringify(statusByDefinition(procedure, current, day)));
        expect(JSON.stringify(deadlines(current, day))).toBe(JSON.stringify(deadlinesByDefinition(procedure, current, day)));
        // New arrays for every answer: a caller may change what it was given.
        const again = status(current, day);
        expect(again.breaches).not.toBe(read.breaches);
        expect(again.allowedEvents).not.toBe(read.allowedEvents);
      }
    }
  });
});

describe('the order of deadlines (sortSoonestFirst)', () => {
  it('is the order Array.prototype.sort gives with soonestFirst, ties and long lists included', () => {
    const deadline = fc.record({ due: fc.integer({ min: 0, max: 6 }), id: fc.constantFrom('a', 'b', 'B', 'validityEnd', 'decision', 'appeal') });
    fc.assert(
      fc.property(fc.array(deadline, { maxLength: 24 }), (drawn) => {
        const list = drawn.map(({ due, id }, index) => ({ ...describeDeadline(listProcedures()[0]!, id, { due: addDays('2026-01-01', due) }, '2026-01-01'), label: `#${index}` }));
        const expected = [...list].sort(soonestFirst).map((entry) => entry.label);
        const sorted = sortSoonestFirst(list);
        expect(sorted).toBe(list);
        expect(sorted.map((entry) => entry.label)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

/** What reviewPersisted replaces: readPersisted, then status and deadlines, their throws as results. */
function readThenAsk(input: unknown, day: IsoDate): { ok: boolean; value?: unknown; code?: string; message?: string; path?: readonly (string | number)[] } {
  const read = readPersisted(input);
  if (!read.ok) return { ok: false, code: read.error.code, message: read.error.message, path: read.error.path };
  try {
    return { ok: true, value: { case: read.value, status: status(read.value, day), deadlines: deadlines(read.value, day) } };
  } catch (error) {
    const typed = error as PermitLifecycleError;
    return { ok: false, code: typed.code, message: typed.message, path: typed.path };
  }
}

function reviewed(input: unknown, day: IsoDate): ReturnType<typeof readThenAsk> {
  const review = reviewPersisted(input, day);
  return review.ok ? { ok: true, value: review.value } : { ok: false, code: review.error.code, message: review.error.message, path: review.error.path };
}

describe('reviewPersisted', () => {
  it('gives what readPersisted, status and deadlines give, for every walked case in both snapshot forms, on its last day, a year on and past every deadline', () => {
    let lapsed = 0;
    for (const { current } of walked) {
      const last = current.context.lastEventAt;
      const latest = Object.values(current.context.deadlines).reduce((day, entry) => (entry.due > day ? entry.due : day), last);
      for (const text of [serialize(current), serializeState(current)]) {
        for (const day of [last, addDays(last, 365), addDays(latest, 1)]) {
          const expected = readThenAsk(JSON.parse(text), day);
          const review = reviewed(JSON.parse(text), day);
          expect(review.ok, `${text.slice(0, 120)} on ${day}`).toBe(true);
          // Key order included: a host may print or hash the answers.
          expect(JSON.stringify(review)).toBe(JSON.stringify(expected));
          expect(review).toEqual(expected);
          if ((expected.value as { status: CaseStatus }).status.state !== statePath(current.state)) lapsed += 1;
        }
        expect(JSON.stringify(reviewed(text, last))).toBe(JSON.stringify(readThenAsk(text, last)));
      }
    }
    // The cases where time changes the state (the review's second walk) are among them.
    expect(lapsed).toBeGreaterThan(100);
  });

  it('gives new arrays for every answer, as status and deadlines do', () => {
    const text = serialize(seasonalCase(toPermitValid));
    const day = addDays(seasonalCase(toPermitValid).context.lastEventAt, 30);
    const row = JSON.parse(text) as unknown;
    const first = reviewPersisted(row, day);
    const second = reviewPersisted(row, day);
    if (!first.ok || !second.ok) throw new Error('not read');
    expect(second.value.status.breaches).not.toBe(first.value.status.breaches);
    expect(second.value.status.allowedEvents).not.toBe(first.value.status.allowedEvents);
    expect(second.value.deadlines).not.toBe(first.value.deadlines);
  });

  it('refuses bad rows with the errors of readPersisted, and bad days with those of status, snapshot errors first', () => {
    const current = seasonalCase(toPermitValid);
    const last = current.context.lastEventAt;
    for (const text of [serialize(current), serializeState(current)]) {
      const good = JSON.parse(text) as Record<string, unknown>;
      const context = good.context as Record<string, unknown>;
      const damaged: unknown[] = [
        '{ not json',
        '[]',
        null,
        42,
        { ...good, format: 'other' },
        { ...good, format: undefined },
        { ...good, schemaVersion: 99 },
        { ...good, schemaVersion: 0 },
        { ...good, schemaVersion: '1' },
        { ...good, procedureId: 'astronaut' },
        { ...good, procedureId: '' },
        { ...good, procedureId: 7 },
        { ...good, machineVersion: '2.0.0' },
        { ...good, machineVersion: 'latest' },
        { ...good, state: 'nowhere' },
        { ...good, state: '' },
        { ...good, state: { residencePermitValid: 'inside' } },
        { ...good, state: ['residencePermitValid'] },
        { ...good, context: 'none' },
        { ...good, context: [] },
        { ...good, context: { ...context, openedOn: '2026-13-01' } },
        { ...good, context: { ...context, lastEventAt: '2026-02-30' } },
        { ...good, lastEventAt: '2026-02-30' },
        { ...good, lastEventAt: undefined },
        { ...good, eventCount: -1 },
        { ...good, eventCount: 1.5 },
        { ...good, context: { ...context, facts: 'none' } },
        { ...good, context: { ...context, facts: [] } },
        { ...good, context: { ...context, deadlines: null } },
        { ...good, context: { ...context, deadlines: [] } },
        { ...good, context: { ...context, deadlines: { validityEnd: { due: 'soon' } } } },
        { ...good, context: { ...context, deadlines: { validityEnd: { due: '2027-01-01', opens: '2026-02-30' } } } },
        { ...good, context: { ...context, deadlines: { validityEnd: '2027-01-01' } } },
        { ...good, context: { ...context, deadlines: { ...(context.deadlines as object), later: { due: 'soon' } } } },
        { ...good, events: 'none' },
        { ...good, events: undefined },
      ];
      for (const input of damaged) {
        for (const day of [addDays(last, 30), addDays(last, -1), 'soon' as IsoDate]) {
          const expected = readThenAsk(input, day);
          const review = reviewed(input, day);
          expect(review, `${JSON.stringify(input)?.slice(0, 160)} on ${day}`).toEqual(expected);
        }
      }
      const refusals = new Set<string>();
      for (const input of damaged) for (const day of [addDays(last, 30)]) {
        const review = reviewPersisted(input, day);
        if (!review.ok) refusals.add(review.error.code);
        else expect(readPersisted(input).ok).toBe(true);
      }
      expect([...refusals].sort()).toEqual(['snapshot.corrupt', 'snapshot.machineVersionUnsupported', 'snapshot.unknownProcedure', 'snapshot.unknownState', 'snapshot.unsupportedVersion']);
      for (const day of [addDays(last, -1), 'soon', '2026-02-30', ''] as IsoDate[]) {
        const review = reviewPersisted(good, day);
        expect(review.ok).toBe(false);
        if (!review.ok) expect(review.error.code).toBe('argument.invalid');
        expect(reviewed(good, day)).toEqual(readThenAsk(good, day));
      }
    }
  });

  it('reads an older schema version as readPersisted does, migrated', () => {
    const v1 = readFileSync(new URL('./fixtures/seasonal-worker-snapshot-v1.json', import.meta.url), 'utf8');
    const read = readPersisted(v1);
    if (!read.ok) throw new Error('the version-1 fixture was refused');
    for (const day of [read.value.context.lastEventAt, addDays(read.value.context.lastEventAt, 400)]) {
      expect(JSON.stringify(reviewed(v1, day))).toBe(JSON.stringify(readThenAsk(v1, day)));
    }
  });
});

describe('rememberedShift', () => {
  it('answers what the shift answers, refusals included, whatever the order of dates and amounts', () => {
    const yearsLater = rememberedShift(addYears);
    const monthsLater = rememberedShift(addMonths);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(isoDate, fc.constantFrom<IsoDate>('2026-02-30', 'soon' as IsoDate, '2999-12-31')), fc.integer({ min: -3, max: 6 })), { minLength: 1, maxLength: 40 }), (calls) => {
        for (const [date, amount] of [...calls, ...calls]) {
          expect(outcome(() => yearsLater(date, amount))).toBe(outcome(() => addYears(date, amount)));
          expect(outcome(() => monthsLater(date, amount * 5))).toBe(outcome(() => addMonths(date, amount * 5)));
        }
      }),
      { numRuns: 300 },
    );
  });
});
