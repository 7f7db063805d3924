/**
 * Benchmark 1: `apply` (validation, the passage of time, the transition)
 * against a raw XState actor receiving the same events in the same run.
 */
import { createActor } from 'xstate';
import { apply, createCase, statePath, type PermitCase } from '../../src';
import { compareInterleaved, medianRatio } from './measure';
import type { EventSequence } from './sequences';

/**
 * The figures of one apply-versus-actor comparison.
 *
 * @example
 * ```ts
 * const result: ApplyResult = benchApply('bundled scenarios', sequences, { rounds: 5, time: 1000 });
 * result.ratio; // apply throughput / raw actor throughput
 * ```
 */
export interface ApplyResult {
  workload: string;
  sequences: number;
  /** Events per replay of the workload (as sent to `apply`). */
  events: number;
  applyEventsPerSecond: number;
  actorEventsPerSecond: number;
  /** `apply` throughput / raw actor throughput: the goal is >= 0.8. */
  ratio: number;
}

/** Open each case with `createCase` and apply its events one by one with `apply`. */
function replayWithApply(sequences: readonly EventSequence[]): void {
  for (const sequence of sequences) {
    const opened = createCase(sequence.procedure, { at: sequence.openedOn, facts: sequence.facts });
    if (!opened.ok) throw opened.error;
    let current: PermitCase = opened.value;
    for (const event of sequence.events) {
      const next = apply(current, event);
      if (!next.ok) throw next.error;
      current = next.value;
    }
  }
}

/** Start an actor per case and send it the events the machine took. */
function replayWithActor(sequences: readonly EventSequence[]): void {
  for (const sequence of sequences) {
    const actor = createActor(sequence.procedure.machine, { input: { at: sequence.openedOn, facts: sequence.parsedFacts } });
    actor.start();
    for (const event of sequence.machineEvents) actor.send(event);
    actor.stop();
  }
}

/** Both replays must end where the recording did, or the comparison would be meaningless. */
function checkSameOutcome(sequences: readonly EventSequence[]): void {
  for (const sequence of sequences) {
    const actor = createActor(sequence.procedure.machine, { input: { at: sequence.openedOn, facts: sequence.parsedFacts } });
    actor.start();
    for (const event of sequence.machineEvents) actor.send(event);
    const reached = statePath(actor.getSnapshot().value);
    actor.stop();
    if (reached !== sequence.finalState) throw new Error(`${sequence.name}: the raw actor ends in ${reached}, apply in ${sequence.finalState}`);
  }
}

/**
 * Replay the workload with `apply` and with raw actors, interleaved replay by
 * replay, and report throughputs and their ratio (the median of the ratios of
 * replays run side by side). Opening the case (`createCase` against
 * `createActor(...).start()`) is part of both replays.
 *
 * @example
 * ```ts
 * benchApply('bundled scenarios', scenarioSequences(new URL('../examples/scenarios/', import.meta.url)), { rounds: 5, time: 1000 }).ratio;
 * ```
 */
export function benchApply(workload: string, sequences: readonly EventSequence[], options: { rounds: number; time: number }): ApplyResult {
  checkSameOutcome(sequences);
  const events = sequences.reduce((sum, sequence) => sum + sequence.events.length, 0);
  const comparison = compareInterleaved(
    [
      { name: `apply (${workload})`, run: () => replayWithApply(sequences) },
      { name: `raw actor (${workload})`, run: () => replayWithActor(sequences) },
    ],
    { ...options, minIterations: 8 },
  );
  const [applyMs, actorMs] = comparison.medianMs as [number, number];
  return {
    workload,
    sequences: sequences.length,
    events,
    applyEventsPerSecond: (events / applyMs) * 1000,
    actorEventsPerSecond: (events / actorMs) * 1000,
    ratio: medianRatio(comparison, 1, 0),
  };
}
