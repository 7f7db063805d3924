/**
 * The deadline list and `apply` must agree (DESIGN.md, "Deadlines and
 * `apply` agree"): every open deadline can be met by its event on its due
 * day, the day after it is met late (a breach) or refused with the page's
 * sentence for what lapsed, and breaches are never lost.
 */
import { addDays, isAfter, type IsoDate } from '../calendar';
import { apply } from '../case/engine';
import { status } from '../case/status';
import type { CaseEvent, PermitCase, Procedure } from '../case/types';
import { refusedArguments } from '../guard';

function dayKey(breach: { deadline: string; due: IsoDate }): string {
  return `${breach.deadline}@${breach.due}`;
}

/** The procedure's variants of the events that meet a deadline, dated `at`. */
function meetingEvents(procedure: Procedure, current: PermitCase, metBy: readonly string[], at: IsoDate): CaseEvent[] {
  let variants: { type: string; at: IsoDate }[];
  try {
    variants = procedure.eventVariants(current.context);
  } catch {
    return [];
  }
  return variants.filter((variant) => metBy.includes(variant.type)).map((variant) => ({ ...variant, at }) as CaseEvent);
}

/**
 * What `apply` answers to the events that meet a deadline, dated `at`: one
 * accepted, or every one refused (with the first refusal).
 */
function tryMeeting(procedure: Procedure, current: PermitCase, metBy: readonly string[], at: IsoDate): { tried: number; accepted: boolean; refusal: ReturnType<typeof apply> | null } {
  const events = meetingEvents(procedure, current, metBy, at);
  let refusal: ReturnType<typeof apply> | null = null;
  for (const event of events) {
    const outcome = apply(current, event);
    if (outcome.ok) return { tried: events.length, accepted: true, refusal: null };
    refusal ??= outcome;
  }
  return { tried: events.length, accepted: false, refusal };
}

/**
 * The ways a case breaks the agreement between its open deadlines and
 * `apply`, for each deadline whose specification names the events that meet
 * it (`metBy`):
 * - dated on the due day (or the window's first day, or the case's last
 *   event day when later), one of those events is accepted, unless another
 *   lapse, cited by the refusal, has ended the case first;
 * - dated the day after, it is accepted (an obligation met late is then a
 *   breach) or refused with the page's sentence of what lapsed.
 * Returns one line per problem (empty when they agree).
 *
 * @example
 * ```ts
 * expect(deadlineAgreementProblems(seasonalWorker, someCase)).toEqual([]);
 * ```
 * @category Testing
 */
export function deadlineAgreementProblems(procedure: Procedure, current: PermitCase): string[] {
  try {
  const problems: string[] = [];
  const last = current.context.lastEventAt;
  for (const [id, entry] of Object.entries(current.context.deadlines)) {
    const spec = procedure.deadlines[id];
    if (!spec?.metBy || spec.metBy.length === 0) continue;
    const days = new Set<IsoDate>();
    if (entry.opens !== undefined && !isAfter(last, entry.opens)) days.add(entry.opens);
    days.add(isAfter(last, entry.due) ? last : entry.due);
    for (const day of days) {
      const onTime = tryMeeting(procedure, current, spec.metBy, day);
      if (onTime.tried === 0 || onTime.accepted) continue;
      const error = onTime.refusal?.ok === false ? onTime.refusal.error : null;
      const lapsed = error?.details.lapsed as { deadline: string | null } | undefined;
      if (!lapsed || lapsed.deadline === id) {
        problems.push(`deadline ${id} (due ${entry.due}) is open, but ${spec.metBy.join('/')} on ${day} is refused: ${error?.message ?? 'no variant'}`);
      }
    }
    if (isAfter(last, entry.due)) continue;
    const dayAfter = addDays(entry.due, 1);
    const late = tryMeeting(procedure, current, spec.metBy, dayAfter);
    if (late.tried === 0 || late.accepted) continue;
    const error = late.refusal?.ok === false ? late.refusal.error : null;
    if (!error?.details.lapsed) {
      problems.push(`deadline ${id} (due ${entry.due}): ${spec.metBy.join('/')} on ${dayAfter} is refused without citing what lapsed: ${error?.message ?? ''}`);
    }
  }
  return problems;
  } catch (error) {
    throw refusedArguments('deadlineAgreementProblems', error);
  }
}

/**
 * Breaches lost between a case and the next one: every breach `status`
 * showed for `previous` on the day of `next`'s last event (recorded, or an
 * obligation overdue on that day) must still be in `status(next)`, met late
 * or not, whatever state `next` is in (closed, lapsed, final).
 *
 * @example
 * ```ts
 * expect(lostBreaches(before, after)).toEqual([]);
 * ```
 * @category Testing
 */
export function lostBreaches(previous: PermitCase, next: PermitCase): string[] {
  try {
  const before = status(previous, next.context.lastEventAt).breaches;
  const after = new Set(status(next).breaches.map(dayKey));
  return before.filter((breach) => !after.has(dayKey(breach))).map((breach) => `breach ${dayKey(breach)} shown before ${next.context.lastEventAt} is lost after it`);
  } catch (error) {
    throw refusedArguments('lostBreaches', error);
  }
}
