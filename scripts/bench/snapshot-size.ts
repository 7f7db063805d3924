/**
 * Benchmark 3: the size of a typical persisted case of each procedure (the
 * final case of its `*-typical` scenario), and what makes it up, in both
 * forms: the state snapshot one's own store keeps (`serializeState`, the
 * events kept apart) and the full snapshot with its event log (`serialize`).
 */
import { gzipSync } from 'node:zlib';
import { serialize, serializeState, toPersisted, toPersistedState } from '../../src';
import type { EventSequence } from './sequences';

/**
 * Bytes of one typical snapshot and of its parts.
 *
 * @example
 * ```ts
 * const [size]: SnapshotSize[] = snapshotSizes(scenarioSequences(directory));
 * size?.stateBytes;
 * ```
 */
export interface SnapshotSize {
  procedureId: string;
  scenario: string;
  events: number;
  /** UTF-8 bytes of `serializeState(case)`: the goal is < 1024. */
  stateBytes: number;
  /** Of which the (compacted) context, facts included. */
  stateContextBytes: number;
  /** Of which the facts. */
  stateFactsBytes: number;
  /** Everything else: format, versions, procedure, state, event count and date, checksum, punctuation. */
  stateEnvelopeBytes: number;
  /** The state snapshot gzip-compressed. */
  stateGzipBytes: number;
  /** UTF-8 bytes of `serialize(case)`, the full snapshot with its event log. */
  bytes: number;
  /** Of which the event log (`events`). */
  eventLogBytes: number;
  /** Of which the context (`context`), facts included. */
  contextBytes: number;
  /** Of which the facts. */
  factsBytes: number;
  /** Everything else: format, versions, procedure, state, checksum, punctuation. */
  envelopeBytes: number;
  /** The snapshot gzip-compressed, for comparison (what a compressing store or transport would hold). */
  gzipBytes: number;
}

const bytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), 'utf8');

/**
 * Sizes of the final case of every `*-typical` scenario, one per procedure.
 *
 * @example
 * ```ts
 * snapshotSizes(scenarioSequences(directory)).map((size) => `${size.procedureId}: ${size.stateBytes} B (full: ${size.bytes} B)`);
 * ```
 */
export function snapshotSizes(sequences: readonly EventSequence[]): SnapshotSize[] {
  return sequences
    .filter((sequence) => sequence.name.endsWith('-typical'))
    .map((sequence) => {
      const stateJson = serializeState(sequence.finalCase);
      const state = toPersistedState(sequence.finalCase);
      const stateBytes = Buffer.byteLength(stateJson, 'utf8');
      const stateContextBytes = bytes(state.context);
      const json = serialize(sequence.finalCase);
      const persisted = toPersisted(sequence.finalCase);
      const total = Buffer.byteLength(json, 'utf8');
      const eventLogBytes = bytes(persisted.events);
      const contextBytes = bytes(persisted.context);
      return {
        procedureId: sequence.procedure.id,
        scenario: sequence.name,
        events: persisted.events.length,
        stateBytes,
        stateContextBytes,
        stateFactsBytes: bytes(state.context.facts),
        stateEnvelopeBytes: stateBytes - stateContextBytes,
        stateGzipBytes: gzipSync(stateJson).length,
        bytes: total,
        eventLogBytes,
        contextBytes,
        factsBytes: bytes(persisted.context.facts),
        envelopeBytes: total - eventLogBytes - contextBytes,
        gzipBytes: gzipSync(json).length,
      };
    });
}
