/**
 * Recording lapses without growing the event log for nothing: what a daily
 * sweep over one's own store appends to each case.
 */
import type { IsoDate } from '../calendar';
import { ok, type Result } from '../errors';
import { apply } from './engine';
import type { PermitCase } from './types';
import { refusedArguments } from '../guard';
import { fail } from '../errors';

/** What a lapse changes that a sweep must keep: the state, the open deadlines, the breaches. */
function lapseFingerprint(current: PermitCase): string {
  return JSON.stringify([current.state, current.context.deadlines, current.context.breaches]);
}

/**
 * The case with the lapses that have happened by `at` recorded in its log:
 * `apply(current, { type: 'clock.advanced', at })` when that event changes
 * the state, the open deadlines or the breaches, and `current` itself when it
 * would only move the date of the last event. A `clock.advanced` applied
 * every day, lapse or not, grows the log by one event a day; this appends
 * one only on the days something lapses (the case store's `sweepDue` does the
 * same). Compare the answer with `current` to know whether to write it back.
 *
 * `status`, `deadlines` and `reviewPersisted` already take lapses into
 * account on the day they are asked for without changing the case; record
 * them when the log must show them (an audit, a later `explain`).
 *
 * Refusals are `apply`'s, and leave nothing changed: `event.invalid` for a
 * day that is not a date, `event.outOfOrder` for a day before the case's
 * last event.
 *
 * @example
 * ```ts
 * const recorded = recordLapses(current, '2026-06-01');
 * if (recorded.ok && recorded.value !== current) await db.save(caseId, serialize(recorded.value));
 * ```
 * @category Case API
 */
export function recordLapses(current: PermitCase, at: IsoDate): Result<PermitCase> {
  try {
  const advanced = apply(current, { type: 'clock.advanced', at });
  if (!advanced.ok) return advanced;
  return ok(lapseFingerprint(advanced.value) === lapseFingerprint(current) ? current : advanced.value);
  } catch (error) {
    return fail(refusedArguments('recordLapses', error));
  }
}
