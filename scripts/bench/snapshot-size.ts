/**
 * Benchmark 3: the size of a typical persisted case of each procedure (the
 * final case of its `*-typical` scenario), and what makes it up.
 */
import { gzipSync } from 'node:zlib';
import { serialize, toPersisted } from '../../src';
import type { EventSequence } from './sequences';

/**
 * Bytes of one typical snapshot and of its parts.
 *
 * @example
 * ```ts
 * const [size]: SnapshotSize[] = snapshotSizes(scenarioSequences(directory));
 * size?.bytes;
 * ```
 */
export interface SnapshotSize {
  procedureId: string;
  scenario: string;
  events: number;
  /** UTF-8 bytes of `serialize(case)`: the goal is < 1024. */
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
 * snapshotSizes(scenarioSequences(directory)).map((size) => `${size.procedureId}: ${size.bytes} B`);
 * ```
 */
export function snapshotSizes(sequences: readonly EventSequence[]): SnapshotSize[] {
  return sequences
    .filter((sequence) => sequence.name.endsWith('-typical'))
    .map((sequence) => {
      const json = serialize(sequence.finalCase);
      const persisted = toPersisted(sequence.finalCase);
      const total = Buffer.byteLength(json, 'utf8');
      const eventLogBytes = bytes(persisted.events);
      const contextBytes = bytes(persisted.context);
      return {
        procedureId: sequence.procedure.id,
        scenario: sequence.name,
        events: persisted.events.length,
        bytes: total,
        eventLogBytes,
        contextBytes,
        factsBytes: bytes(persisted.context.facts),
        envelopeBytes: total - eventLogBytes - contextBytes,
        gzipBytes: gzipSync(json).length,
      };
    });
}
