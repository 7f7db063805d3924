/**
 * The naive way to sweep stored cases, for comparison: restore an XState
 * actor per case from its persisted state and context (a full snapshot's
 * context as stored; a state snapshot's with what it leaves out filled back
 * from the procedure's defaults, so that the actor gets the same context as
 * the library), send it the day's
 * `clock.advanced`, and read from the actor's snapshot the facts the
 * library's `status` and `deadlines` give.
 */
import { createActor, type AnyMachineSnapshot } from 'xstate';
import { answerRight, getProcedure, statePath, STATE_SNAPSHOT_FORMAT, type CaseContext, type PersistedCase, type PersistedCaseState, type Procedure, type RightVerdict, type StateMeta } from '../../src';
import { stateDefaults } from '../../src/persistence/defaults';
import type { IsoDate } from '../../src';

/**
 * What a sweep needs of one case, whichever way it was read.
 *
 * @example
 * ```ts
 * const view: SweepView = readWithActor(JSON.parse(serializeState(someCase)), '2027-06-01');
 * view.deadlines.map((deadline) => deadline.due);
 * ```
 */
export interface SweepView {
  state: string;
  reside: RightVerdict;
  work: RightVerdict;
  validUntil: string | null;
  breaches: number;
  deadlines: { id: string; label: string; due: string; state: 'upcoming' | 'open' | 'overdue' }[];
}

/** Enough to stop a machine whose clock transitions would loop (as the kernel does). */
const MAX_CLOCK_STEPS = 32;

function mergedMeta(snapshot: AnyMachineSnapshot): StateMeta {
  let merged: Partial<StateMeta> = {};
  for (const node of snapshot._nodes) if (node.meta) merged = { ...merged, ...(node.meta as Partial<StateMeta>) };
  return merged as StateMeta;
}

/**
 * The context of a state snapshot with what it leaves out put back: the
 * procedure's empty initial entries and fact defaults, and `lastEventAt`.
 * Plain object spreads over defaults looked up once per procedure.
 *
 * @example
 * ```ts
 * filledContext(seasonalWorker, JSON.parse(serializeState(someCase))).breaches; // []
 * ```
 */
export function filledContext(procedure: Procedure, persisted: PersistedCaseState): Record<string, unknown> {
  const defaults = stateDefaults(procedure);
  const stored = persisted.context;
  return {
    ...structuredDefaults(defaults.context),
    ...stored,
    lastEventAt: persisted.lastEventAt,
    facts: { ...defaults.facts, ...(stored.facts as Record<string, unknown>) },
  };
}

/** Fresh empty arrays and maps for each case (an actor's context must not share them). */
function structuredDefaults(defaults: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in defaults) {
    const value = defaults[key];
    out[key] = Array.isArray(value) ? [] : value !== null && typeof value === 'object' ? {} : value;
  }
  return out;
}

/** A machine actor's persisted snapshot, in the shape `actor.getPersistedSnapshot()` gives for these machines (no children, no history). */
function persistedActorSnapshot(value: unknown, context: unknown): never {
  return { status: 'active', output: undefined, error: undefined, value, historyValue: {}, context, children: {} } as never;
}

/**
 * Restore an actor for a persisted case (a full snapshot or a state
 * snapshot), let time pass up to `at`, and read the sweep's facts from it.
 *
 * @example
 * ```ts
 * readWithActor(JSON.parse(serialize(someCase)), '2027-06-01').state;
 * readWithActor(JSON.parse(serializeState(someCase)), '2027-06-01').state;
 * ```
 */
export function readWithActor(persisted: PersistedCase | PersistedCaseState, at: string): SweepView {
  const procedure = getProcedure(persisted.procedureId);
  if (!procedure) throw new Error(`unknown procedure ${persisted.procedureId}`);
  const machine = procedure.machine;
  const stored = persisted.format === STATE_SNAPSHOT_FORMAT ? filledContext(procedure, persisted) : persisted.context;
  // What XState's own persistence stores (`actor.getPersistedSnapshot()`) and `createActor` restores, as a host
  // storing actors would; no `machine.resolveState` first, which `createActor` would only redo. The status is
  // 'active' for every row: the stored one would be 'done' in a final state, where no event moves the actor.
  const actor = createActor(machine, { snapshot: persistedActorSnapshot(persisted.state, stored) });
  actor.start();
  for (let step = 0; step < MAX_CLOCK_STEPS; step += 1) {
    const before = statePath(actor.getSnapshot().value);
    actor.send({ type: 'clock.advanced', at });
    if (statePath(actor.getSnapshot().value) === before) break;
  }
  const snapshot = actor.getSnapshot() as AnyMachineSnapshot;
  actor.stop();
  const context = snapshot.context as { deadlines: Record<string, { due: string; opens?: string }>; breaches: unknown[]; validity: { to: string } | null };
  const { rights } = mergedMeta(snapshot);
  const entries = Object.entries(context.deadlines);
  let validUntil: string | null = null;
  let overdueObligations = 0;
  for (const [id, entry] of entries) {
    const kind = procedure.deadlines[id]?.kind;
    if (kind === 'expiry' && (validUntil === null || entry.due < validUntil)) validUntil = entry.due;
    if (kind === 'obligation' && at > entry.due) overdueObligations += 1;
  }
  const heldUntil = validUntil ?? context.validity?.to ?? null;
  const reside = answerRight(rights.reside, snapshot.context as CaseContext, at as IsoDate, heldUntil as IsoDate | null, null).verdict;
  const work = answerRight(rights.work, snapshot.context as CaseContext, at as IsoDate, heldUntil as IsoDate | null, null).verdict;
  const holdsRight = reside === 'granted' || work === 'granted';
  return {
    state: statePath(snapshot.value),
    reside,
    work,
    validUntil: holdsRight ? heldUntil : null,
    breaches: context.breaches.length + overdueObligations,
    deadlines: entries
      .map(([id, entry]) => ({
        id,
        label: procedure.deadlines[id]?.label ?? id,
        due: entry.due,
        state: at > entry.due ? ('overdue' as const) : entry.opens !== undefined && at < entry.opens ? ('upcoming' as const) : ('open' as const),
      }))
      .sort((a, b) => (a.due === b.due ? a.id.localeCompare(b.id) : a.due < b.due ? -1 : 1)),
  };
}
