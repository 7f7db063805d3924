/**
 * Pure helpers that machines use inside `assign` and guards to keep the
 * shared part of a case's context: deadlines, breaches, documents, validity.
 */
import type { z } from 'zod';
import { isAfter, isOnOrAfter, isOnOrBefore, type IsoDate } from '../calendar';
import type { CaseContext, DeadlineEntry, DeadlineSpec } from './types';

/**
 * The input of a procedure machine (`createActor(machine, { input })`): the
 * opening date and the facts as a person would give them, the *input* type
 * of the procedure's facts schema, so fields with a default may be left out.
 *
 * @example
 * ```ts
 * const input: MachineInput<typeof seasonalWorkerFactsSchema> = { at: '2026-01-05', facts: { visaRequired: true } };
 * createActor(seasonalWorkerMachine, { input }).start();
 * ```
 * @category Procedures
 */
export interface MachineInput<TFactsSchema extends z.ZodType> {
  at: IsoDate;
  facts?: z.input<TFactsSchema>;
}

/** Facts `createCase` has parsed already: the machine does not parse them again. */
const parsedFacts = new WeakSet<object>();

/**
 * Mark facts as parsed by their schema, so that {@link initialCaseContext}
 * takes them as they are.
 *
 * @example
 * ```ts
 * markFactsParsed(seasonalWorkerFactsSchema.parse({}));
 * ```
 */
export function markFactsParsed(facts: object): void {
  parsedFacts.add(facts);
}

/**
 * The context of a newly opened case. Given the procedure's facts schema,
 * the facts are parsed with it (defaults filled in; a `ZodError` is thrown
 * for facts it refuses), so a raw machine can be started with partial
 * facts; facts `createCase` has parsed already are taken as they are.
 *
 * @example
 * ```ts
 * const context = initialCaseContext({ at: '2026-01-05', facts: { visaRequired: true } });
 * context.lastEventAt; // '2026-01-05'
 * initialCaseContext({ at: '2026-01-05' }, seasonalWorkerFactsSchema).facts.visaRequired; // true (the default)
 * ```
 * @category Case API
 */
export function initialCaseContext<TFacts>(input: { at: IsoDate; facts: TFacts }): CaseContext<TFacts>;
export function initialCaseContext<TFactsSchema extends z.ZodType>(input: MachineInput<TFactsSchema>, factsSchema: TFactsSchema): CaseContext<z.output<TFactsSchema>>;
export function initialCaseContext(input: { at: IsoDate; facts?: unknown }, factsSchema?: z.ZodType): CaseContext<unknown> {
  const given = input.facts;
  const facts = factsSchema === undefined || (typeof given === 'object' && given !== null && parsedFacts.has(given)) ? given : factsSchema.parse(given ?? {});
  return {
    facts,
    openedOn: input.at,
    lastEventAt: input.at,
    deadlines: {},
    breaches: [],
    documents: [],
    validity: null,
    binding: null,
  };
}

/**
 * The deadlines map with one deadline opened (or replaced).
 *
 * @example
 * ```ts
 * assign(({ context, event }) => ({
 *   deadlines: withDeadline(context, 'arrivalDeclaration', { due: addDays(event.at, 3) }),
 * }));
 * ```
 * @category Case API
 */
export function withDeadline(
  context: Pick<CaseContext, 'deadlines'>,
  id: string,
  entry: DeadlineEntry,
): Record<string, DeadlineEntry> {
  return { ...context.deadlines, [id]: entry };
}

/**
 * The deadlines map without the given deadlines (met, replaced or moot).
 *
 * @example
 * ```ts
 * withoutDeadlines(context, 'decision', 'labourMarketTest');
 * ```
 * @category Case API
 */
export function withoutDeadlines(context: Pick<CaseContext, 'deadlines'>, ...ids: string[]): Record<string, DeadlineEntry> {
  const next = { ...context.deadlines };
  for (const id of ids) delete next[id];
  return next;
}

/**
 * Close an obligation met on `at`: its deadline is removed and, when it was met
 * after the due date, a breach is recorded (the pages give no other consequence).
 *
 * @example
 * ```ts
 * assign(({ context, event }) => fulfilObligation(context, 'arrivalDeclaration', event.at));
 * ```
 * @category Case API
 */
export function fulfilObligation(
  context: Pick<CaseContext, 'deadlines' | 'breaches'>,
  id: string,
  at: IsoDate,
): Pick<CaseContext, 'deadlines' | 'breaches'> {
  const entry = context.deadlines[id];
  if (!entry) return { deadlines: context.deadlines, breaches: context.breaches };
  const breaches = isAfter(at, entry.due) ? [...context.breaches, { deadline: id, due: entry.due, metOn: at }] : context.breaches;
  return { deadlines: withoutDeadlines(context, id), breaches };
}

/**
 * Whether the deadline `id` is open and its last day is before `at`.
 *
 * @example
 * ```ts
 * guards: { isDecisionPeriodOver: ({ context, event }) => hasDeadlinePassed(context, 'decision', event.at) }
 * ```
 * @category Case API
 */
export function hasDeadlinePassed(context: Pick<CaseContext, 'deadlines'>, id: string, at: IsoDate): boolean {
  const entry = context.deadlines[id];
  return entry !== undefined && isAfter(at, entry.due);
}

/**
 * Whether `at` falls inside the open window of deadline `id` (from `opens`, or
 * any time before, up to and including `due`).
 *
 * @example
 * ```ts
 * isWithinDeadlineWindow(context, 'renewalApplication', event.at);
 * ```
 * @category Case API
 */
export function isWithinDeadlineWindow(context: Pick<CaseContext, 'deadlines'>, id: string, at: IsoDate): boolean {
  const entry = context.deadlines[id];
  if (!entry) return false;
  return (entry.opens === undefined || isOnOrAfter(at, entry.opens)) && isOnOrBefore(at, entry.due);
}

/**
 * The documents supplied so far merged with those an event brings, without duplicates, sorted.
 *
 * @example
 * ```ts
 * withDocuments(['passportCopy'], ['contractCopy', 'passportCopy']); // ['contractCopy', 'passportCopy']
 * ```
 * @category Case API
 */
export function withDocuments(current: readonly string[], added: readonly string[] | undefined): string[] {
  if (!added || added.length === 0) return [...current];
  return [...new Set([...current, ...added])].sort();
}

/**
 * The earliest due date among the open deadlines, or `null`. The kernel uses it
 * to skip clock evaluation when nothing can have lapsed. Given the procedure's
 * deadline specifications, it leaves out obligations: an obligation that
 * passes is a breach, which `status` reports, never a lapse, so no
 * `clock.advanced` transition may depend on one (tests/bench-kernel.test.ts
 * checks every registered machine). Without this, a case with a breached
 * obligation had its clock guards evaluated on every later event and read.
 *
 * @example
 * ```ts
 * earliestDue({ deadlines: { a: { due: '2026-03-01' }, b: { due: '2026-02-01' } } }); // '2026-02-01'
 * earliestDue({ deadlines: { a: { due: '2026-03-01' }, b: { due: '2026-02-01' } } }, { b: { kind: 'obligation' } }); // '2026-03-01'
 * ```
 * @category Case API
 */
export function earliestDue(context: Pick<CaseContext, 'deadlines'>, specs?: Readonly<Record<string, Pick<DeadlineSpec, 'kind'>>>): IsoDate | null {
  let earliest: IsoDate | null = null;
  const open = context.deadlines;
  for (const id of Object.keys(open)) {
    if (specs?.[id]?.kind === 'obligation') continue;
    const due = open[id]!.due;
    if (earliest === null || due < earliest) earliest = due;
  }
  return earliest;
}
