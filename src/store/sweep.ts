/**
 * The daily sweep over a case store: let time pass for the cases whose
 * deadlines have gone by (deemed rejections, expiries fire and are recorded),
 * then list what falls due in the coming days. Only the cases the due-date
 * index returns are read.
 */
import { z } from 'zod';
import { addDays, isoDateSchema, type IsoDate } from '../calendar';
import { recordLapses } from '../case/lapses';
import { statePath } from '../case/machine-runtime';
import type { PermitCase } from '../case/types';
import { fail, fromZodError, ok, type PermitLifecycleError, type Result } from '../errors';
import type { CaseStore, DueCase } from './types';
import { updateCase } from './update';
import { refusedArguments } from '../guard';

/**
 * Options of `sweepDue` (in `permit-lifecycles/store/pglite` and `/store/pg`).
 *
 * @example
 * ```ts
 * const options: SweepOptions = { at: '2026-06-01', horizonDays: 7 };
 * ```
 * @category Store
 */
export interface SweepOptions {
  /** The day of the sweep. The library never reads the clock: the host says which day it is. */
  at: IsoDate;
  /** How many days ahead (from `at`, included) to list what is due; default 7, a week. */
  horizonDays?: number;
}

/**
 * A case that time moved on during a sweep.
 *
 * @example
 * ```ts
 * const lapse: SweepLapse = { caseId: 'case-1', from: 'awaitingDecision', to: 'deemedRejected', version: 6 };
 * ```
 * @category Store
 */
export interface SweepLapse {
  caseId: string;
  from: string;
  to: string;
  version: number;
}

/**
 * What a sweep did and found.
 *
 * @example
 * ```ts
 * const report: SweepReport = (await sweepDue(store, { at: '2026-06-01' })).value!;
 * report.due.length;
 * ```
 * @category Store
 */
export interface SweepReport {
  at: IsoDate;
  /** The first day after the horizon: deadlines listed are due before it. */
  until: IsoDate;
  /** Cases whose lapses fired on `at` (a `clock.advanced` event was appended). */
  lapsed: SweepLapse[];
  /** Cases with a deadline due before `until`, soonest first, read after the lapses. */
  due: DueCase[];
  /** Cases the sweep could not move on, with the reason (left unchanged). */
  failed: { caseId: string; error: PermitLifecycleError }[];
}

const sweepOptionsSchema = z.strictObject({
  at: isoDateSchema,
  horizonDays: z.number().int().min(1).max(366).optional(),
});

/** The default horizon: a week ahead. */
const DEFAULT_HORIZON_DAYS = 7;

/** The clock event for `at` when `recordLapses` would record it (a lapse fires), else none. */
function clockEventIfLapsed(current: PermitCase, at: IsoDate): unknown[] {
  const recorded = recordLapses(current, at);
  return recorded.ok && recorded.value !== current ? [{ type: 'clock.advanced', at }] : [];
}

/**
 * Run the daily sweep for day `at`: every case with a deadline whose last day
 * is before `at` gets a `clock.advanced` event when a lapse fires (appended
 * with the optimistic retry of {@link updateCase}); then the cases with
 * deadlines due up to `horizonDays` ahead are listed.
 *
 * @example
 * ```ts
 * const swept = await sweepDue(store, { at: '2026-06-01' });
 * if (swept.ok) for (const due of swept.value.due) console.log(due.caseId, due.deadlines[0]?.label);
 * ```
 * @category Store
 */
export async function sweepDue(store: CaseStore, options: SweepOptions): Promise<Result<SweepReport>> {
  try {
  const parsed = sweepOptionsSchema.safeParse(options);
  if (!parsed.success) return fail(fromZodError('argument.invalid', parsed.error, 'sweep options'));
  const at = parsed.data.at;
  const until = addDays(at, parsed.data.horizonDays ?? DEFAULT_HORIZON_DAYS);
  const passed = await store.listDue({ before: at, asOf: at });
  if (!passed.ok) return passed;
  const lapsed: SweepLapse[] = [];
  const failed: SweepReport['failed'] = [];
  for (const candidate of passed.value) {
    let from = candidate.state;
    const outcome = await updateCase(store, candidate.caseId, (current) => {
      from = statePath(current.state);
      return clockEventIfLapsed(current, at);
    });
    if (!outcome.ok) failed.push({ caseId: candidate.caseId, error: outcome.error });
    else if (outcome.value.appended) {
      lapsed.push({ caseId: candidate.caseId, from, to: statePath(outcome.value.stored.case.state), version: outcome.value.stored.version });
    }
  }
  const due = await store.listDue({ before: until, asOf: at });
  if (!due.ok) return due;
  return ok({ at, until, lapsed, due: due.value, failed });
  } catch (error) {
    return fail(refusedArguments('sweepDue', error));
  }
}
