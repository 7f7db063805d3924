/**
 * The limits (src/case/limits.ts): for each, a figure at the limit is
 * accepted, one past it is refused with `limit.exceeded` (the limit and the
 * actual figure in `details`, the path of what is too large) and nothing
 * changes. The limits are lowered with setLimits so that the figures stay
 * small, and put back after each test.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  apply,
  createCase,
  DEFAULT_LIMITS,
  limits,
  PermitLifecycleError,
  readPersisted,
  restore,
  reviewPersisted,
  serialize,
  serializeState,
  setLimits,
  type PermitCase,
  type Result,
} from '../src';

afterEach(() => {
  setLimits(DEFAULT_LIMITS);
});

function value<T>(result: Result<T>): T {
  if (!result.ok) throw result.error;
  return result.value;
}

/** A seasonal-worker case in `preparingApplication`, after `count` (at least 3) events; documents.supplied is allowed there. */
function caseOf(count: number): PermitCase {
  let current = value(createCase('seasonalWorker' as string, { at: '2026-01-12', facts: { visaRequired: true } }));
  const events: unknown[] = [
    { type: 'vacancy.declared', at: '2026-01-12' },
    { type: 'clock.advanced', at: '2026-02-03' },
    { type: 'ademCertificate.issued', at: '2026-02-05' },
  ];
  while (events.length < count) events.push({ type: 'clock.advanced', at: '2026-02-06' });
  for (const event of events.slice(0, count)) current = value(apply(current, event));
  return current;
}

function expectLimit(result: Result<unknown>, name: string, limit: number, actual: number, path: readonly (string | number)[]): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error).toBeInstanceOf(PermitLifecycleError);
  expect(result.error.code).toBe('limit.exceeded');
  expect(result.error.details).toMatchObject({ limit, actual, name });
  expect(result.error.path).toEqual(path);
}

const supplied = (documents: string[]) => ({ type: 'documents.supplied', at: '2026-02-09', documents });

describe('limits', () => {
  it('has the documented defaults, and setLimits changes only what it is given and returns the previous limits', () => {
    expect(DEFAULT_LIMITS).toEqual({ maxEventsPerCase: 200_000, maxDocumentsPerEvent: 1_000, maxSnapshotLength: 64 * 1024 * 1024, maxStringLength: 10_000 });
    expect(limits()).toEqual(DEFAULT_LIMITS);
    const previous = setLimits({ maxEventsPerCase: 7 });
    expect(previous).toEqual(DEFAULT_LIMITS);
    expect(limits()).toEqual({ ...DEFAULT_LIMITS, maxEventsPerCase: 7 });
    setLimits(previous);
    expect(limits()).toEqual(DEFAULT_LIMITS);
  });

  it.each([[0], [-1], [1.5], [Number.NaN], [Number.POSITIVE_INFINITY], ['10']])('refuses a limit of %s with argument.invalid and changes nothing', (bad) => {
    expect(() => setLimits({ maxDocumentsPerEvent: 5, maxStringLength: bad as number })).toThrow(expect.objectContaining({ code: 'argument.invalid', path: ['maxStringLength'] }));
    expect(limits()).toEqual(DEFAULT_LIMITS);
  });

  it('refuses an unknown limit and changes nothing', () => {
    expect(() => setLimits({ maxEventsPerCase: 5, maxEvents: 3 } as never)).toThrow(expect.objectContaining({ code: 'argument.invalid', path: ['maxEvents'] }));
    expect(limits()).toEqual(DEFAULT_LIMITS);
  });

  describe('maxEventsPerCase', () => {
    it('applies up to the limit and refuses one more event, the case unchanged', () => {
      setLimits({ maxEventsPerCase: 5 });
      const four = caseOf(4);
      const five = value(apply(four, { type: 'clock.advanced', at: '2026-02-07' }));
      expect(five.events).toHaveLength(5);
      const before = JSON.stringify(five);
      expectLimit(apply(five, { type: 'clock.advanced', at: '2026-02-08' }), 'maxEventsPerCase', 5, 6, ['events']);
      expect(JSON.stringify(five)).toBe(before);
    });

    it('counts the earlier events a case read from a state snapshot does not hold', () => {
      const read = value(readPersisted(serializeState(caseOf(5))));
      expect(read.earlierEventCount).toBe(5);
      setLimits({ maxEventsPerCase: 6 });
      const six = value(apply(read, { type: 'clock.advanced', at: '2026-02-07' }));
      expectLimit(apply(six, { type: 'clock.advanced', at: '2026-02-08' }), 'maxEventsPerCase', 6, 7, ['events']);
    });

    it('restores and reads a snapshot at the limit and refuses one past it, in every reader', () => {
      const atLimit = caseOf(5);
      const past = caseOf(6);
      setLimits({ maxEventsPerCase: 5 });
      expect(value(restore(serialize(atLimit))).events).toHaveLength(5);
      expect(value(readPersisted(serialize(atLimit))).events).toHaveLength(5);
      expect(value(reviewPersisted(serialize(atLimit), '2026-03-01')).case.events).toHaveLength(5);
      expect(value(restore(serializeState(atLimit), { events: atLimit.events })).events).toHaveLength(5);
      expectLimit(restore(serialize(past)), 'maxEventsPerCase', 5, 6, ['events']);
      expectLimit(readPersisted(serialize(past)), 'maxEventsPerCase', 5, 6, ['events']);
      expectLimit(reviewPersisted(serialize(past), '2026-03-01'), 'maxEventsPerCase', 5, 6, ['events']);
      expectLimit(readPersisted(serializeState(past)), 'maxEventsPerCase', 5, 6, ['eventCount']);
      expectLimit(reviewPersisted(serializeState(past), '2026-03-01'), 'maxEventsPerCase', 5, 6, ['eventCount']);
      expectLimit(restore(serializeState(past), { events: past.events }), 'maxEventsPerCase', 5, 6, ['events']);
    });
  });

  describe('maxDocumentsPerEvent', () => {
    it('accepts an array at the limit and refuses one more entry, the case unchanged', () => {
      setLimits({ maxDocumentsPerEvent: 3 });
      const current = caseOf(3);
      const before = JSON.stringify(current);
      expect(value(apply(current, supplied(['passportCopy', 'housingProof', 'passportCopy']))).context.documents).toContain('housingProof');
      expectLimit(apply(current, supplied(['passportCopy', 'housingProof', 'passportCopy', 'housingProof'])), 'maxDocumentsPerEvent', 3, 4, ['documents']);
      expect(JSON.stringify(current)).toBe(before);
    });

    it('refuses an event with a million documents by default, before validating them', () => {
      const current = caseOf(3);
      const before = JSON.stringify(current);
      const million = new Array<string>(1_000_000).fill('passportCopy');
      expectLimit(apply(current, supplied(million)), 'maxDocumentsPerEvent', 1_000, 1_000_000, ['documents']);
      expect(JSON.stringify(current)).toBe(before);
    });

    it('refuses, in restore, a snapshot whose log holds an event past the limit', () => {
      const current = value(apply(caseOf(3), supplied(['passportCopy', 'housingProof', 'passportCopy', 'housingProof'])));
      setLimits({ maxDocumentsPerEvent: 3 });
      expectLimit(restore(serialize(current)), 'maxDocumentsPerEvent', 3, 4, ['events', 3, 'documents']);
    });
  });

  describe('maxSnapshotLength', () => {
    it('reads a snapshot of the limit and refuses one character more, in every reader', () => {
      const json = serialize(caseOf(4));
      setLimits({ maxSnapshotLength: json.length });
      expect(restore(json).ok).toBe(true);
      expect(readPersisted(json).ok).toBe(true);
      expect(reviewPersisted(json, '2026-03-01').ok).toBe(true);
      const longer = `${json} `;
      expectLimit(restore(longer), 'maxSnapshotLength', json.length, json.length + 1, []);
      expectLimit(readPersisted(longer), 'maxSnapshotLength', json.length, json.length + 1, []);
      expectLimit(reviewPersisted(longer, '2026-03-01'), 'maxSnapshotLength', json.length, json.length + 1, []);
    });
  });

  describe('maxStringLength', () => {
    it('accepts a string of an event at the limit and refuses one character more, the case unchanged', () => {
      const current = caseOf(3);
      setLimits({ maxStringLength: 18 }); // 'documents.supplied' is 18 characters
      const before = JSON.stringify(current);
      expect(apply(current, supplied(['passportCopy'])).ok).toBe(true);
      expectLimit(apply(current, supplied(['x'.repeat(19)])), 'maxStringLength', 18, 19, ['documents', 0]);
      expect(JSON.stringify(current)).toBe(before);
    });

    it('accepts a string of the facts at the limit and refuses one character more', () => {
      setLimits({ maxStringLength: 30 });
      expect(createCase('seasonalWorker', { at: '2026-01-12', facts: { person: { fullName: 'x'.repeat(30) } } }).ok).toBe(true);
      expectLimit(createCase('seasonalWorker', { at: '2026-01-12', facts: { person: { fullName: 'x'.repeat(31) } } }), 'maxStringLength', 30, 31, ['facts', 'person', 'fullName']);
    });

    it('refuses a string of a megabyte by default', () => {
      const current = caseOf(3);
      expectLimit(apply(current, { type: 'documents.supplied', at: '2026-02-09', documents: ['passportCopy'], note: 'x'.repeat(1_000_000) }), 'maxStringLength', 10_000, 1_000_000, ['note']);
    });
  });
});
