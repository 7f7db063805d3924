/**
 * Snapshots under damage (issue 11): truncated, bit-flipped, of another
 * procedure, of an unknown version, with extra or missing fields, or naming a
 * state the machine lacks, a snapshot gets a typed error and never a
 * partially restored case; any single-byte change either restores the
 * identical case or is refused. Runs for every registered procedure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listProcedures, PermitLifecycleError, restore, serialize, type PermitCase, type PermitErrorCode } from '../src';
import { deepFreeze } from './support/deep-freeze';
import { deepestCasePerState } from './support/sample-cases';

const SNAPSHOT_CODES: readonly PermitErrorCode[] = ['snapshot.corrupt', 'snapshot.unsupportedVersion', 'snapshot.unknownProcedure', 'snapshot.unknownState', 'snapshot.machineVersionUnsupported'];
const BYTE_CHANGE_RUNS = Number(process.env.SNAPSHOT_FUZZ_RUNS ?? 1_500);

type Snapshot = Record<string, unknown>;

/** The code of a refusal; fails the test when the input was accepted or the error is untyped. */
function refusal(input: unknown): PermitErrorCode {
  const restored = restore(input);
  if (restored.ok) throw new Error(`accepted: ${typeof input === 'string' ? input.slice(0, 200) : JSON.stringify(input).slice(0, 200)}`);
  expect(restored.error).toBeInstanceOf(PermitLifecycleError);
  expect(SNAPSHOT_CODES).toContain(restored.error.code);
  expect(restored).not.toHaveProperty('value');
  return restored.error.code;
}

function withoutKey(object: Snapshot, key: string): Snapshot {
  const { [key]: _dropped, ...rest } = object;
  return rest;
}

/** Decode bytes as UTF-8 the way a host reading a damaged file would (invalid sequences become U+FFFD). */
function decode(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}

describe.each(listProcedures().map((procedure) => [procedure.id, procedure] as const))('snapshots of %s', (id, procedure) => {
  const samples = deepestCasePerState(procedure);
  const longest = samples[0]!;
  const json = serialize(longest);
  // The exhaustive sweeps use the smallest sample that has a history: every byte is tried, so its size sets the cost.
  const smallest = serialize([...samples].reverse().find((current) => current.events.length > 0) ?? longest);
  const parsed = (): Snapshot => JSON.parse(json) as Snapshot;
  const otherProcedure = listProcedures().find((other) => other.id !== id);

  it('round-trips every sample byte for byte, and restores key-reordered copies (as a jsonb column returns them)', () => {
    for (const current of samples) {
      const text = serialize(current);
      const restored = restore(text);
      expect(restored.ok && serialize(restored.value)).toBe(text);
      const reordered = JSON.parse(text, (_key, value: unknown) =>
        value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
      ) as Snapshot;
      const again = restore(reordered);
      expect(again.ok && serialize(again.value)).toBe(text);
    }
  });

  it('refuses every truncation with snapshot.corrupt', () => {
    for (let length = 0; length < smallest.length; length += 1) expect(refusal(smallest.slice(0, length))).toBe('snapshot.corrupt');
  });

  it('refuses the snapshot with its lowest bit flipped at any byte', () => {
    const bytes = new TextEncoder().encode(smallest);
    for (let index = 0; index < bytes.length; index += 1) {
      const flipped = bytes.slice();
      flipped[index] = flipped[index]! ^ 1;
      refusal(decode(flipped));
    }
  });

  it(`restores the identical case or refuses, for ${BYTE_CHANGE_RUNS} random single-byte changes of its samples`, () => {
    const originals = samples.map((current) => ({ current, bytes: new TextEncoder().encode(serialize(current)) }));
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 255 }), (which, where, delta) => {
        const { current, bytes } = originals[which % originals.length]!;
        const changed = bytes.slice();
        const index = where % bytes.length;
        changed[index] = (changed[index]! + delta) % 256;
        const restored = restore(decode(changed));
        if (restored.ok) return serialize(restored.value) === serialize(current);
        return restored.error instanceof PermitLifecycleError && SNAPSHOT_CODES.includes(restored.error.code);
      }),
      { numRuns: BYTE_CHANGE_RUNS },
    );
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['an empty string', ''],
    ['the string "null"', 'null'],
    ['an array', [json]],
    ['a foreign object', { hello: 'world' }],
    ['a deeply nested state', json.replace(`"state":${JSON.stringify(longest.state)}`, `"state":${'{"a":'.repeat(100_000)}"b"${'}'.repeat(100_000)}`)],
  ])('refuses %s with a typed error', (_what, input) => {
    refusal(input);
  });

  it.each<[string, (snapshot: Snapshot) => unknown, PermitErrorCode[]]>([
    ['another procedure', (s) => ({ ...s, procedureId: otherProcedure?.id ?? 'none' }), ['snapshot.unknownState', 'snapshot.corrupt', 'snapshot.unknownProcedure']],
    ['an unknown procedure', (s) => ({ ...s, procedureId: 'workingHolidayMaker' }), ['snapshot.unknownProcedure']],
    ['a newer schema version', (s) => ({ ...s, schemaVersion: 3 }), ['snapshot.unsupportedVersion']],
    ['schema version 0', (s) => ({ ...s, schemaVersion: 0 }), ['snapshot.corrupt']],
    ['a fractional schema version', (s) => ({ ...s, schemaVersion: 1.5 }), ['snapshot.corrupt']],
    ['a schema version as text', (s) => ({ ...s, schemaVersion: '2' }), ['snapshot.corrupt']],
    ['another machine major version', (s) => ({ ...s, machineVersion: '99.0.0' }), ['snapshot.machineVersionUnsupported']],
    ['another machine minor version', (s) => ({ ...s, machineVersion: `${procedure.version.split('.')[0]}.99.0` }), ['snapshot.corrupt']],
    ['an unknown writer', (s) => ({ ...s, writtenBy: { library: 'someone-else', version: '1.0.0' } }), ['snapshot.corrupt']],
    ['an extra top-level field', (s) => ({ ...s, note: 'hello' }), ['snapshot.corrupt']],
    ['an extra context field', (s) => ({ ...s, context: { ...(s.context as Snapshot), mayWork: true } }), ['snapshot.corrupt']],
    ['an extra event field', (s) => ({ ...s, events: (s.events as Snapshot[]).map((event, index) => (index === 0 ? { ...event, note: 'x' } : event)) }), ['snapshot.corrupt']],
    ['a state name the machine lacks', (s) => ({ ...s, state: 'teleported' }), ['snapshot.unknownState']],
    ['a nested state the machine lacks', (s) => ({ ...s, state: { teleported: 'somewhere' } }), ['snapshot.unknownState']],
    ['an empty state', (s) => ({ ...s, state: '' }), ['snapshot.corrupt']],
    ['a state its events do not lead to', (s) => ({ ...s, state: samples.find((other) => JSON.stringify(other.state) !== JSON.stringify(longest.state))!.state }), ['snapshot.corrupt']],
    ['a changed fact', (s) => ({ ...s, context: { ...(s.context as Snapshot), facts: { ...((s.context as Snapshot).facts as Snapshot), person: { fullName: 'Someone Else' } } } }), ['snapshot.corrupt']],
    ['a dropped event', (s) => ({ ...s, events: (s.events as Snapshot[]).slice(0, -1) }), ['snapshot.corrupt']],
    ['reversed events', (s) => ({ ...s, events: [...(s.events as Snapshot[])].reverse() }), ['snapshot.corrupt']],
    ['a changed checksum', (s) => ({ ...s, checksum: 'crc32:00000000' }), ['snapshot.corrupt']],
  ])('refuses %s with a typed error', (_what, tamper, codes) => {
    expect(codes).toContain(refusal(deepFreeze(tamper(parsed()))));
  });

  it('refuses the snapshot without any one of its fields', () => {
    const snapshot = parsed();
    for (const key of Object.keys(snapshot)) expect(refusal(withoutKey(snapshot, key))).toBe('snapshot.corrupt');
    const context = snapshot.context as Snapshot;
    for (const key of Object.keys(context)) expect(refusal({ ...snapshot, context: withoutKey(context, key) })).toBe('snapshot.corrupt');
  });

  it('never changes the object it is given', () => {
    const snapshot = deepFreeze(parsed());
    const restored = restore(snapshot);
    expect(restored.ok).toBe(true);
    expect(JSON.stringify(snapshot)).toBe(json);
  });
});

describe('a restored case is a new case', () => {
  it('shares nothing mutable with the snapshot object', () => {
    const procedure = listProcedures()[0]!;
    const sample = deepestCasePerState(procedure)[0]!;
    const snapshot = JSON.parse(serialize(sample)) as Snapshot;
    const restored = restore(snapshot);
    if (!restored.ok) throw restored.error;
    (snapshot.context as Snapshot).lastEventAt = '2999-01-01';
    (snapshot.events as Snapshot[]).length = 0;
    expect(serialize(restored.value)).toBe(serialize(sample as PermitCase));
  });
});
