/**
 * Steps that several procedures share, built once: the documents a person
 * supplies for the current step, and the employer's duty to notify the
 * start of work (DESIGN.md, "Once, in the kernel").
 */
import { assign, type EventObject } from 'xstate';
import type { IsoDate } from '../calendar';
import type { SourceRef } from '../law';
import { withDocuments } from './context';
import type { CaseContext, TransitionMeta } from './types';

/**
 * The action that records the documents an event brings (`documents.supplied`,
 * or an application filed with its documents), merged with those already
 * supplied for the step, without duplicates,
 * typed for a procedure's context and events; spread it into
 * `setup({ actions })` and name it `recordDocuments`.
 *
 * @example
 * ```ts
 * setup({ actions: { ...documentStepActions<MyContext, MyEvent>(), ...myActions } });
 * ```
 * @category Case API
 */
export function documentStepActions<TContext extends CaseContext, TEvent extends EventObject & { at: IsoDate }>() {
  return {
    recordDocuments: assign<TContext, TEvent, undefined, TEvent, never>(({ context, event }) => {
      const supplied = (event as { documents?: readonly string[] }).documents;
      return { documents: withDocuments(context.documents, supplied) } as Partial<TContext>;
    }),
  };
}

/**
 * The transitions of the employer's duties once work may start: the start
 * of work (recorded once, with the breaches of the checks the employer owes
 * at that moment) and its notification to the ministry, which meets the
 * notification deadline. The guard and action names are the machine's own.
 *
 * @example
 * ```ts
 * const duties = employerNotificationSteps({ startGuard: 'hasNotStartedWork', source: law.seasonalEmployerNotificationWorkingDays.source });
 * states: { residencePermitValid: { on: { ...duties } } };
 * ```
 * @category Case API
 */
export function employerNotificationSteps<const TStartGuard extends string>(options: { startGuard: TStartGuard; source: SourceRef; notifiedSource?: SourceRef; startAssumption?: string }) {
  const startMeta: TransitionMeta = options.startAssumption === undefined ? { source: options.source } : { source: options.source, assumption: options.startAssumption };
  return {
    'work.started': { guard: options.startGuard, actions: 'recordWorkStart', meta: startMeta },
    'workStart.notified': {
      guard: 'isEmployerNotificationOpen',
      actions: 'recordEmployerNotification',
      meta: { source: options.notifiedSource ?? options.source } satisfies TransitionMeta,
    },
  } as const;
}
