/**
 * The shared event log (src/case/event-log.ts): `apply` appends in place to
 * the newest case and copies for a fork, and `events` stays a real array.
 * These tests fail if a later `apply` can change what an earlier case reads,
 * if a refused event leaves a trace, or if `events` stops behaving as a
 * plain array for JSON, structuredClone, spreading and assignment. Also the
 * one-pass canonical JSON and streamed checksum, against the former ones.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apply, applyAll, createCase, restore, serialize, type PermitCase } from '../src';
import { canonicalJson, snapshotChecksum } from '../src/persistence/checksum';
import { deepFreeze } from './support/deep-freeze';

function opened(): PermitCase {
  const made = createCase('seasonalWorker', { at: '2026-01-12', facts: { visaRequired: true } });
  if (!made.ok) throw made.error;
  return made.value;
}

function applied(current: PermitCase, event: unknown): PermitCase {
  const next = apply(current, event);
  if (!next.ok) throw next.error;
  return next.value;
}

const declared = { type: 'vacancy.declared', at: '2026-01-12' as const };
const clock = (at: string) => ({ type: 'clock.advanced', at });

describe('the shared event log', () => {
  it('gives two independent cases when two events are applied to the same case', () => {
    const base = applied(opened(), declared);
    const baseJson = JSON.stringify(base);
    const left = applied(base, clock('2026-01-20'));
    const right = applied(base, clock('2026-02-03'));
    const leftOfLeft = applied(left, clock('2026-01-25'));
    expect(base.events).toEqual([declared]);
    expect(left.events.map((event) => event.at)).toEqual(['2026-01-12', '2026-01-20']);
    expect(right.events.map((event) => event.at)).toEqual(['2026-01-12', '2026-02-03']);
    expect(leftOfLeft.events.map((event) => event.at)).toEqual(['2026-01-12', '2026-01-20', '2026-01-25']);
    // And again from the same forks, in the other order.
    const rightAgain = applied(right, clock('2026-03-01'));
    const leftAgain = applied(left, clock('2026-01-21'));
    expect(rightAgain.events.map((event) => event.at)).toEqual(['2026-01-12', '2026-02-03', '2026-03-01']);
    expect(leftAgain.events.map((event) => event.at)).toEqual(['2026-01-12', '2026-01-20', '2026-01-21']);
    expect(leftOfLeft.events.map((event) => event.at)).toEqual(['2026-01-12', '2026-01-20', '2026-01-25']);
    expect(JSON.stringify(base)).toBe(baseJson);
  });

  it('keeps what an earlier case reads, whether it was read before or after later events were applied', () => {
    let current = opened();
    const cases: PermitCase[] = [current];
    const readEarly: string[] = [];
    const events = [declared, clock('2026-01-20'), clock('2026-02-03'), { type: 'ademCertificate.issued', at: '2026-02-05' }];
    for (const event of events) {
      readEarly.push(JSON.stringify(current.events));
      current = applied(current, event);
      cases.push(current);
    }
    cases.forEach((each, index) => {
      expect(each.events).toHaveLength(index);
      expect(each.events.map((event) => event.type)).toEqual(events.slice(0, index).map((event) => event.type));
      if (index < readEarly.length) expect(JSON.stringify(each.events)).toBe(readEarly[index]);
    });
  });

  it('leaves no trace of a refused event: the next accepted one is the only one appended', () => {
    const base = applied(opened(), declared);
    for (const refused of [{ type: 'visa.issued', at: '2026-01-20' }, clock('2025-01-01'), { type: 'nonsense', at: '2026-01-20' }]) {
      const outcome = apply(base, refused);
      expect(outcome.ok).toBe(false);
      expect(base.events).toEqual([declared]);
    }
    const next = applied(base, clock('2026-01-20'));
    expect(next.events).toEqual([declared, clock('2026-01-20')]);
    const fork = applied(base, clock('2026-01-21'));
    expect(fork.events).toEqual([declared, clock('2026-01-21')]);
  });

  it('keeps events a plain array for JSON, structuredClone, spreading and Array.isArray', () => {
    const current = applied(applied(opened(), declared), clock('2026-01-20'));
    const expected = [declared, clock('2026-01-20')];
    expect(Array.isArray(current.events)).toBe(true);
    expect(Object.getPrototypeOf(current.events)).toBe(Array.prototype);
    expect(current.events).toBe(current.events);
    expect(Object.keys(current)).toEqual(['procedureId', 'machineVersion', 'state', 'context', 'events']);
    const json = JSON.parse(JSON.stringify(current)) as PermitCase;
    expect(json.events).toEqual(expected);
    const cloned = structuredClone(current);
    expect(cloned.events).toEqual(expected);
    expect(cloned).toEqual(json);
    const spread = { ...current };
    expect(Object.getOwnPropertyDescriptor(spread, 'events')?.value).toEqual(expected);
    // A case rebuilt from JSON or a spread applies as before, and the original is unchanged.
    expect(applied(json, clock('2026-01-22')).events).toHaveLength(3);
    expect(applied(spread, clock('2026-01-22')).events).toHaveLength(3);
    expect(current.events).toEqual(expected);
  });

  it('replaces events when a host assigns them, and applies to what was assigned', () => {
    const current = applied(applied(opened(), declared), clock('2026-01-20'));
    const replaced = [declared];
    current.events = replaced;
    expect(current.events).toBe(replaced);
    expect(applied(current, clock('2026-01-25')).events).toEqual([declared, clock('2026-01-25')]);
  });

  it('keeps a copy made from the property descriptors apart from the case it was copied from', () => {
    const current = applied(applied(opened(), declared), clock('2026-01-20'));
    const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(current)) as PermitCase;
    expect(copy.events).toEqual(current.events);
    const fromCopy = applied(copy, clock('2026-01-21'));
    const fromCurrent = applied(current, clock('2026-01-22'));
    expect(fromCopy.events.map((event) => event.at)).toEqual(['2026-01-12', '2026-01-20', '2026-01-21']);
    expect(fromCurrent.events.map((event) => event.at)).toEqual(['2026-01-12', '2026-01-20', '2026-01-22']);
    expect(copy.events).toHaveLength(2);
  });

  it('applies to a deep-frozen case, twice, without touching it', () => {
    const current = deepFreeze(applied(applied(opened(), declared), clock('2026-01-20')));
    const first = applied(current, clock('2026-01-21'));
    const second = applied(current, clock('2026-01-22'));
    expect(first.events.at(-1)).toEqual(clock('2026-01-21'));
    expect(second.events.at(-1)).toEqual(clock('2026-01-22'));
    expect(current.events).toHaveLength(2);
  });

  it('restores to a case that shares nothing with the snapshot it came from, and applies on', () => {
    const current = applied(applied(opened(), declared), clock('2026-01-20'));
    const back = restore(serialize(current));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.value).toEqual(JSON.parse(JSON.stringify(current)));
    const on = applied(back.value, clock('2026-01-30'));
    const fork = applyAll(back.value, [clock('2026-01-31')]);
    expect(fork.ok && fork.value.events.at(-1)).toEqual(clock('2026-01-31'));
    expect(on.events.at(-1)).toEqual(clock('2026-01-30'));
    expect(back.value.events).toHaveLength(2);
  });
});

/** The former canonical JSON: JSON.stringify with a replacer that copies every plain object with its keys sorted. */
function referenceCanonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    const prototype = Object.getPrototypeOf(inner);
    if (prototype !== Object.prototype && prototype !== null) return inner;
    const sorted: Record<string, unknown> = Object.create(null);
    for (const key of Object.keys(inner).sort()) {
      Object.defineProperty(sorted, key, { value: (inner as Record<string, unknown>)[key], enumerable: true, writable: true, configurable: true });
    }
    return sorted;
  });
}

/** The former checksum: CRC-32 of the TextEncoder bytes of the whole canonical text. */
function referenceChecksum(body: Record<string, unknown>): string {
  const { checksum: _ignored, ...rest } = body;
  let crc = 0xffffffff;
  for (const byte of new TextEncoder().encode(referenceCanonicalJson(rest))) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return `crc32:${((crc ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0')}`;
}

describe('canonical JSON and the checksum, written in one pass', () => {
  const keys = fc.oneof(fc.string(), fc.constantFrom('__proto__', '0', '1', '10', '2', '01', '-1', '4294967294', '4294967295', 'a', 'B', 'é', '\ud800', '\udc00x'));
  const values = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom(undefined, Number.NaN, Number.POSITIVE_INFINITY, -0, 1e21, 5e-7, '\ud83d\ude00', 'lone \ud800 surrogate', new Date(0), () => 1),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(keys, tie('value'), { maxKeys: 5 }),
    ),
  })).value;

  it('gives exactly the text of the former replacer', () => {
    fc.assert(fc.property(values, (value) => {
          expect(canonicalJson(value)).toBe(referenceCanonicalJson(value));
        }), { numRuns: 2000 });
  });

  it('gives exactly the former checksum', () => {
    fc.assert(fc.property(fc.dictionary(keys, values, { maxKeys: 6 }), (body) => {
          expect(snapshotChecksum(body)).toBe(referenceChecksum(body));
        }), { numRuns: 1000 });
  });

  it('gives the checksum a real snapshot carries', () => {
    const json = serialize(applied(applied(opened(), declared), { type: 'clock.advanced', at: '2026-02-03' }));
    const body = JSON.parse(json) as Record<string, unknown>;
    expect(snapshotChecksum(body)).toBe(body.checksum);
    expect(referenceChecksum(body)).toBe(body.checksum);
  });
});
