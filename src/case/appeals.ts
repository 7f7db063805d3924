/**
 * The appeal of a refusal before the administrative courts, as a reusable
 * fragment: a compound state any procedure can place where a refusal leads,
 * with its events, guards, actions and deadlines.
 *
 * appealWindowOpen → beforeTribunal → (judgment) → higherAppealWindowOpen →
 * beforeCourt → (judgment); a judgment that annuls or reforms the refusal
 * sends the case back for a new decision (a target the procedure names), any
 * other end makes the refusal final (`refusalFinal`, a final child state that
 * the kernel treats as the end of the case).
 *
 * Time limits are dates in `context.deadlines` (`appealToTribunal`,
 * `appealToCourt`) computed with `deadlineAfter` from the parameters in
 * `src/law/appeals.ts`; lapses are guarded `clock.advanced` transitions.
 */
import { assign, type EventObject } from 'xstate';
import { z } from 'zod';
import { deadlineAfter, type IsoDate } from '../calendar';
import { appealLaw, type SourceRef } from '../law';
import { hasDeadlinePassed, isWithinDeadlineWindow, withDeadline, withoutDeadlines } from './context';
import { datedEvent } from './events';
import { denied, type RightsDeclaration } from './rights';
import type { CaseContext, DeadlineSpec, StateMeta, TransitionMeta } from './types';

const appealsSection = 'Appeals';
const tribunalSource: SourceRef = appealLaw.appealTribunalMonths.source;
const courtSource: SourceRef = appealLaw.appealCourtDays.source;
const dismissedSource: SourceRef = {
  file: '001_4e3fbcc1bbea5669.txt',
  section: appealsSection,
  quote: 'If the First instance Administrative Court rejects the appeal',
};

/**
 * What a judgment decided about the refusal: `annulled` or `reformed` (the
 * appeal succeeds) or `dismissed` (the appeal is rejected).
 *
 * @example
 * ```ts
 * const outcome: JudgmentOutcome = 'dismissed';
 * ```
 * @category Case API
 */
export type JudgmentOutcome = 'annulled' | 'reformed' | 'dismissed';

const judgmentOutcome = z.enum(['annulled', 'reformed', 'dismissed']);

/**
 * zod schemas of the appeal events, to spread into a procedure's
 * discriminated union of events. The date of each event is the day it
 * happened; for judgments, the day the judgment was notified.
 *
 * @example
 * ```ts
 * const schema = z.discriminatedUnion('type', [clockAdvancedEvent, ...appealEventSchemas]);
 * schema.parse({ type: 'tribunalAppeal.lodged', at: '2026-06-01' });
 * ```
 * @category Case API
 */
export const appealEventSchemas = [
  datedEvent('tribunalAppeal.lodged'),
  datedEvent('tribunal.judged', { outcome: judgmentOutcome }),
  datedEvent('courtAppeal.lodged'),
  datedEvent('court.judged', { outcome: judgmentOutcome }),
] as const;

/**
 * An appeal event.
 *
 * @example
 * ```ts
 * const event: AppealEvent = { type: 'tribunal.judged', at: '2026-09-01', outcome: 'dismissed' };
 * ```
 * @category Case API
 */
export type AppealEvent = z.output<(typeof appealEventSchemas)[number]>;

/**
 * Deadline specifications of the appeal fragment, to spread into a
 * procedure's `deadlines`.
 *
 * @example
 * ```ts
 * const deadlines = { ...myDeadlines, ...appealDeadlines };
 * appealDeadlines.appealToTribunal.actor; // 'applicant'
 * ```
 * @category Case API
 */
export const appealDeadlines = {
  appealToTribunal: {
    id: 'appealToTribunal',
    label: 'Lodge an appeal against the refusal before the administrative tribunal',
    actor: 'applicant',
    kind: 'timeLimit',
    parameter: appealLaw.appealTribunalMonths,
    source: tribunalSource,
    consequence: 'The refusal becomes final.',
    metBy: ['tribunalAppeal.lodged'],
  },
  appealToCourt: {
    id: 'appealToCourt',
    label: "Lodge an appeal against the tribunal's judgment before the administrative court",
    actor: 'applicant',
    kind: 'timeLimit',
    parameter: appealLaw.appealCourtDays,
    source: courtSource,
    consequence: 'The judgment dismissing the appeal, and so the refusal, becomes final.',
    metBy: ['courtAppeal.lodged'],
  },
} as const satisfies Record<string, DeadlineSpec>;

type DatedEvent = EventObject & { at: IsoDate };

function isSuccessfulJudgment(event: DatedEvent): boolean {
  const outcome = (event as { outcome?: unknown }).outcome;
  return outcome === 'annulled' || outcome === 'reformed';
}

/**
 * The guards the appeal fragment refers to, typed for a procedure's context
 * and events; spread them into `setup({ guards })`.
 *
 * @example
 * ```ts
 * setup({ guards: { ...appealGuards<MyContext, MyEvent>(), isMine: () => true } });
 * ```
 * @category Case API
 */
export function appealGuards<TContext extends CaseContext, TEvent extends DatedEvent>() {
  type Args = { context: TContext; event: TEvent };
  return {
    isWithinTribunalAppealPeriod: ({ context, event }: Args) => isWithinDeadlineWindow(context, 'appealToTribunal', event.at),
    isTribunalAppealPeriodOver: ({ context, event }: Args) => hasDeadlinePassed(context, 'appealToTribunal', event.at),
    isWithinCourtAppealPeriod: ({ context, event }: Args) => isWithinDeadlineWindow(context, 'appealToCourt', event.at),
    isCourtAppealPeriodOver: ({ context, event }: Args) => hasDeadlinePassed(context, 'appealToCourt', event.at),
    isAppealSuccessful: ({ event }: Args) => isSuccessfulJudgment(event),
  };
}

/**
 * The actions the appeal fragment refers to (all `assign`s on
 * `context.deadlines`), typed for a procedure's context and events; spread
 * them into `setup({ actions })`.
 *
 * @example
 * ```ts
 * setup({ actions: { ...appealActions<MyContext, MyEvent>(), ...myActions } });
 * ```
 * @category Case API
 */
export function appealActions<TContext extends CaseContext, TEvent extends DatedEvent>() {
  const patch = (build: (context: TContext, event: TEvent) => Pick<CaseContext, 'deadlines'>) =>
    assign<TContext, TEvent, undefined, TEvent, never>(({ context, event }) => build(context, event) as Partial<TContext>);
  return {
    openTribunalAppealPeriod: patch((context, event) => ({
      deadlines: withDeadline(context, 'appealToTribunal', { due: deadlineAfter(event.at, { months: appealLaw.appealTribunalMonths.value }) }),
    })),
    recordTribunalAppeal: patch((context) => ({ deadlines: withoutDeadlines(context, 'appealToTribunal') })),
    openCourtAppealPeriod: patch((context, event) => ({
      deadlines: withDeadline(context, 'appealToCourt', { due: deadlineAfter(event.at, { days: appealLaw.appealCourtDays.value }) }),
    })),
    recordCourtAppeal: patch((context) => ({ deadlines: withoutDeadlines(context, 'appealToCourt') })),
    closeAppealPeriods: patch((context) => ({ deadlines: withoutDeadlines(context, 'appealToTribunal', 'appealToCourt') })),
  };
}

/**
 * Where a successful appeal sends the case: an absolute target
 * (`#machineId.state`), the procedure's own actions to take on the way (for
 * example reopening a decision period), and why.
 *
 * @example
 * ```ts
 * const back: Reconsideration = {
 *   target: '#salariedWorker.awaitingDecision',
 *   actions: 'reopenDecisionPeriod',
 *   assumption: 'The page does not say what follows a successful appeal.',
 * };
 * ```
 * @category Case API
 */
export interface Reconsideration<TAction extends string = string> {
  target: `#${string}`;
  actions?: TAction | readonly TAction[];
  assumption?: string;
}

/**
 * Options of {@link appealableRefusal}.
 *
 * @example
 * ```ts
 * const options: AppealableRefusalOptions = {
 *   description: 'The temporary authorisation to stay was refused.',
 *   source: { file: '001_4e3fbcc1bbea5669.txt', section: 'Appeals', quote: 'Negative decisions related to authorisation to stay can be challenged' },
 *   reconsideration: { target: '#salariedWorker.awaitingDecision' },
 * };
 * ```
 * @category Case API
 */
export interface AppealableRefusalOptions<TAction extends string = string> {
  /** What was refused and what it means, for the compound state's description. */
  description: string;
  /** The sentence that makes this refusal appealable. */
  source: SourceRef;
  /** Why this refusal is read as appealable, where the page is not explicit. */
  assumption?: string;
  /** What the person is told once the refusal is final. */
  finalOutcome: string;
  reconsideration: Reconsideration<TAction>;
  /**
   * The rights while the refusal stands and is open to appeal (default:
   * both denied, citing `source`, with the assumption that a pending
   * appeal gives no right). A renewal refused while the permit still runs
   * keeps that permit: `granted({ afterValidity: denied(...) })`.
   */
  rights?: RightsDeclaration;
  /**
   * Transitions taken from any state of the refusal, the final one
   * included: the authority's acts that can still occur (an express
   * decision after a deemed rejection).
   */
  on?: Record<string, unknown>;
}

const noRightsAssumption =
  'The page does not say that an appeal lets the person stay or work while it is pending; no right is assumed.';

function toActionList<TAction extends string>(actions: TAction | readonly TAction[] | undefined): TAction[] {
  if (actions === undefined) return [];
  return typeof actions === 'string' ? [actions as TAction] : [...(actions as readonly TAction[])];
}

/**
 * The state config of a compound refusal state with its appeals. Place it
 * under the key of your choice (e.g. `refused`), reach it with the refusal
 * event (whose date is taken as the day of notification), and provide the
 * guards and actions of {@link appealGuards} and {@link appealActions}.
 *
 * @example
 * ```ts
 * states: {
 *   refused: appealableRefusal({
 *     description: 'The temporary authorisation to stay was refused.',
 *     source: law.appealTribunalMonths.source,
 *     finalOutcome: 'The refusal is final.',
 *     reconsideration: { target: '#salariedWorker.awaitingDecision', actions: 'reopenDecisionPeriod' },
 *   }),
 * }
 * ```
 * @category Case API
 */
export function appealableRefusal<const TAction extends string = never>(options: AppealableRefusalOptions<TAction>) {
  const back = options.reconsideration;
  const succeeded = (source: SourceRef) => ({
    guard: 'isAppealSuccessful',
    target: back.target,
    actions: ['closeAppealPeriods' as const, ...toActionList(back.actions)],
    meta: {
      source,
      description: 'The refusal was annulled or reformed: the case goes back for a new decision.',
      assumption:
        back.assumption ??
        'The page only describes what follows a rejected appeal; an annulled or reformed refusal is read as sending the application back for a new decision.',
    } satisfies TransitionMeta,
  }) as const;
  const refusedHere = denied({ source: options.source, assumption: noRightsAssumption });
  const compoundMeta: StateMeta = {
    description: options.description,
    phase: 'appeal',
    rights: options.rights ?? { reside: refusedHere, work: refusedHere },
    source: options.source,
    assumption: options.assumption ? `${options.assumption} ${noRightsAssumption}` : noRightsAssumption,
  };
  return {
    initial: 'appealWindowOpen',
    entry: 'openTribunalAppealPeriod',
    meta: compoundMeta,
    ...(options.on ? { on: options.on } : {}),
    states: {
      appealWindowOpen: {
        meta: { description: 'The refusal can be challenged before the administrative tribunal.', source: tribunalSource } satisfies Partial<StateMeta>,
        on: {
          'tribunalAppeal.lodged': {
            guard: 'isWithinTribunalAppealPeriod',
            target: 'beforeTribunal',
            actions: 'recordTribunalAppeal',
            meta: { source: tribunalSource } satisfies TransitionMeta,
          },
          'clock.advanced': {
            guard: 'isTribunalAppealPeriodOver',
            target: 'refusalFinal',
            actions: 'closeAppealPeriods',
            meta: { source: tribunalSource, description: 'No appeal was lodged in time.' } satisfies TransitionMeta,
          },
        },
      },
      beforeTribunal: {
        meta: { description: 'The appeal is pending before the administrative tribunal (first instance).', source: tribunalSource } satisfies Partial<StateMeta>,
        on: {
          'tribunal.judged': [
            succeeded(tribunalSource),
            {
              target: 'higherAppealWindowOpen',
              actions: 'openCourtAppealPeriod',
              meta: { source: dismissedSource } satisfies TransitionMeta,
            },
          ],
        },
      },
      higherAppealWindowOpen: {
        meta: { description: "The tribunal dismissed the appeal; its judgment can be appealed before the administrative court.", source: courtSource } satisfies Partial<StateMeta>,
        on: {
          'courtAppeal.lodged': {
            guard: 'isWithinCourtAppealPeriod',
            target: 'beforeCourt',
            actions: 'recordCourtAppeal',
            meta: { source: courtSource } satisfies TransitionMeta,
          },
          'clock.advanced': {
            guard: 'isCourtAppealPeriodOver',
            target: 'refusalFinal',
            actions: 'closeAppealPeriods',
            meta: { source: courtSource, description: 'No further appeal was lodged in time.' } satisfies TransitionMeta,
          },
        },
      },
      beforeCourt: {
        meta: { description: 'The further appeal is pending before the administrative court.', source: courtSource } satisfies Partial<StateMeta>,
        on: {
          'court.judged': [
            succeeded(courtSource),
            {
              target: 'refusalFinal',
              actions: 'closeAppealPeriods',
              meta: {
                source: courtSource,
                assumption: 'The page names no further remedy after the administrative court: its dismissal makes the refusal final.',
              } satisfies TransitionMeta,
            },
          ],
        },
      },
      refusalFinal: {
        // Final unless the procedure lets the authority still act (options.on): an express decision after a deemed rejection.
        ...(options.on ? {} : { type: 'final' as const }),
        meta: { description: 'The refusal is final: no appeal is pending or possible any more.', outcome: options.finalOutcome, source: tribunalSource } satisfies Partial<StateMeta>,
      },
    },
  } as const;
}
