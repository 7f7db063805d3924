/**
 * State snapshots (`serializeState`): what they leave out comes back the same
 * through `readPersisted` and `restore(snapshot, { events })` for every walked
 * case of every machine, tampering is refused with typed errors, and the
 * typical case of each procedure fits in 1 KB.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  applyAll,
  createCase,
  deadlines,
  eventCountOf,
  explain,
  listProcedures,
  readPersisted,
  redactCase,
  restore,
  serialize,
  serializeState,
  status,
  STATE_SNAPSHOT_FORMAT,
  toPersisted,
  toPersistedState,
  type CaseEvent,
  type PermitCase,
  type PersistedCaseState,
} from '../src';
import { walkProcedure } from '../src/testing';
import { seasonalCase, toPermitValid } from './support/seasonal';
import type { IsoDate } from '../src';

const walked: PermitCase[] = [];

beforeAll(() => {
  for (const procedure of listProcedures()) for (const graph of walkProcedure(procedure).graphs) walked.push(...Object.values(graph.nodes));
});

function stateOf(current: PermitCase): PersistedCaseState {
  return JSON.parse(serializeState(current)) as PersistedCaseState;
}

describe('state snapshots of every walked case', () => {
  it('read back with readPersisted to the same state and context, and the same status and deadlines', () => {
    expect(walked.length).toBeGreaterThan(500);
    for (const current of walked) {
      const read = readPersisted(stateOf(current));
      if (!read.ok) throw new Error(`${JSON.stringify(current.state)}: ${read.error.message}`);
      expect(read.value.state).toEqual(current.state);
      expect(read.value.context).toEqual(current.context);
      expect(read.value.events).toEqual([]);
      for (const day of [current.context.lastEventAt, addDays(current.context.lastEventAt, 400)]) {
        expect(status(read.value, day)).toEqual(status(current, day));
        expect(deadlines(read.value, day)).toEqual(deadlines(current, day));
      }
    }
  });

  it('restore with the event log kept beside them to the case itself', () => {
    for (const current of walked) {
      const restored = restore(serializeState(current), { events: current.events });
      if (!restored.ok) throw new Error(`${JSON.stringify(current.state)}: ${restored.error.message}`);
      expect(restored.value).toEqual(current);
    }
  });

  it('leave out lastEventAt, the empty initial entries and the facts equal to their schema default, and nothing else', () => {
    for (const current of walked) {
      const stored = stateOf(current);
      const context = current.context as unknown as Record<string, unknown>;
      expect(stored.lastEventAt).toBe(current.context.lastEventAt);
      expect(stored.eventCount).toBe(current.events.length);
      expect(stored.context).not.toHaveProperty('lastEventAt');
      for (const [key, value] of Object.entries(context)) {
        if (key === 'lastEventAt' || key === 'facts') continue;
        if (!(key in stored.context)) expect([null, false, 0, '[]', '{}']).toContain(typeof value === 'object' && value !== null ? JSON.stringify(value) : value);
        else expect(stored.context[key]).toEqual(value);
      }
      for (const key of Object.keys(stored.context.facts as object)) expect((stored.context.facts as Record<string, unknown>)[key]).toEqual((context.facts as Record<string, unknown>)[key]);
    }
  });
});

/** The case as it stood after its first `count` events, replayed from its opening. */
function replayedUpTo(current: PermitCase, count: number): PermitCase {
  const opened = createCase(current.procedureId, { at: current.context.openedOn, facts: current.context.facts });
  if (!opened.ok) throw opened.error;
  const replayed = applyAll(opened.value, current.events.slice(0, count));
  if (!replayed.ok) throw replayed.error;
  return replayed.value;
}

describe('a store that keeps the events apart (read the state snapshot, apply, write it again)', () => {
  it('counts every event in the snapshot it writes, so that restore verifies it against the whole log, for every walked case split before its last event, halfway and after all', () => {
    let splits = 0;
    for (const current of walked) {
      const count = current.events.length;
      for (const split of new Set([Math.max(0, count - 1), Math.floor(count / 2), count])) {
        const earlier = current.events.slice(0, split);
        const read = readPersisted(serializeState(replayedUpTo(current, earlier.length)));
        if (!read.ok) throw read.error;
        expect(read.value.events).toEqual([]);
        expect(read.value.earlierEventCount ?? 0).toBe(earlier.length);
        const next = applyAll(read.value, current.events.slice(earlier.length));
        if (!next.ok) throw next.error;
        expect(next.value.events).toEqual(current.events.slice(earlier.length));
        expect(eventCountOf(next.value)).toBe(current.events.length);
        const written = serializeState(next.value);
        expect(written).toBe(serializeState(current));
        const restored = restore(written, { events: current.events });
        if (!restored.ok) throw new Error(`${JSON.stringify(current.state)}: ${restored.error.message}`);
        expect(restored.value).toEqual(current);
        splits += 1;
      }
    }
    expect(splits).toBeGreaterThan(1_500);
  });

  it('reads a case with no events as a new case, with no earlier count', () => {
    const opened = createCase('seasonalWorker', { at: '2026-01-05', facts: {} });
    if (!opened.ok) throw opened.error;
    const read = readPersisted(serializeState(opened.value));
    expect(read.ok && Object.keys(read.value)).toEqual(Object.keys(opened.value));
  });

  it('refuses to write a full snapshot or to explain a case that lacks its earlier events, saying how to get them', () => {
    const current = seasonalCase(toPermitValid);
    const read = readPersisted(serializeState(current));
    if (!read.ok) throw read.error;
    expect(read.value.earlierEventCount).toBe(current.events.length);
    for (const needsLog of [() => serialize(read.value), () => toPersisted(read.value), () => explain(read.value)]) {
      expect(needsLog).toThrow(expect.objectContaining({ code: 'argument.invalid', path: ['earlierEventCount'], message: expect.stringContaining('restore(snapshot, { events })') }));
    }
    const restored = restore(serializeState(current), { events: current.events });
    if (!restored.ok) throw restored.error;
    expect(restored.value.earlierEventCount).toBeUndefined();
    expect(explain(restored.value).steps.length).toBeGreaterThan(0);
  });

  it('keeps the earlier count through redaction, and refuses a count that is not a whole number of events', () => {
    const read = readPersisted(serializeState(seasonalCase(toPermitValid)));
    if (!read.ok) throw read.error;
    expect(redactCase(read.value).earlierEventCount).toBe(read.value.earlierEventCount);
    for (const bad of [-1, 1.5, Number.NaN, '3', 2 ** 53]) {
      expect(() => serializeState({ ...read.value, earlierEventCount: bad as number })).toThrow(expect.objectContaining({ code: 'argument.invalid', path: ['earlierEventCount'] }));
    }
  });
});

describe('the state snapshot format', () => {
  const current = seasonalCase(toPermitValid, { visaRequired: true, person: { fullName: 'Example Worker' } });

  it('is deterministic, has its own marker and version, the writer as a short string, and no event log', () => {
    const stored = stateOf(current);
    expect(serializeState(current)).toBe(serializeState(current));
    expect(stored.format).toBe(STATE_SNAPSHOT_FORMAT);
    expect(stored.format).not.toBe(JSON.parse(serialize(current)).format);
    expect(stored.schemaVersion).toBe(1);
    expect(stored.writtenBy).toMatch(/^\d+\.\d+\.\d+$/);
    expect(stored).not.toHaveProperty('events');
    expect(stored.eventCount).toBe(toPermitValid.length);
    expect(stored.checksum).toMatch(/^crc32:[0-9a-f]{8}$/);
    expect(toPersistedState(current)).toEqual(stored);
    // The facts the host gave stay; the ones the schema filled in with its default go.
    expect(current.context.facts).toMatchObject({ applicationFiledBy: 'applicant' });
    expect(stored.context.facts).not.toHaveProperty('applicationFiledBy');
    expect(stored.context.facts).toHaveProperty('person');
  });

  it('keeps the typical case of every procedure under 1 KB, where the full snapshot is larger', () => {
    const directory = new URL('../examples/scenarios/', import.meta.url);
    const typical = readdirSync(directory).filter((file) => file.endsWith('-typical.json'));
    expect(typical).toHaveLength(listProcedures().length);
    for (const file of typical) {
      const scenario = JSON.parse(readFileSync(new URL(file, directory), 'utf8')) as { procedure: string; openedOn: string; facts: unknown; events: CaseEvent[] };
      const opened = createCase(scenario.procedure, { at: scenario.openedOn, facts: scenario.facts });
      if (!opened.ok) throw opened.error;
      const final = applyAll(opened.value, scenario.events);
      if (!final.ok) throw final.error;
      const bytes = Buffer.byteLength(serializeState(final.value), 'utf8');
      expect(bytes, file).toBeLessThan(1024);
      expect(Buffer.byteLength(serialize(final.value), 'utf8')).toBeGreaterThan(bytes + 400);
    }
  });

  it('refuses restore without the event log, saying what to do instead', () => {
    const refused = restore(serializeState(current));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('argument.invalid');
    expect(refused.error.message).toMatch(/events/);
    expect(refused.error.message).toMatch(/readPersisted/);
  });

  it('refuses tampering and a wrong event log with typed errors', () => {
    const good = stateOf(current);
    const events = current.events;
    const refusals: [string, unknown, readonly unknown[], string, (string | number)[]][] = [
      ['another state', { ...good, state: 'arrivalDeclared' }, events, 'snapshot.corrupt', ['state']],
      ['the opening date', { ...good, context: { ...good.context, openedOn: addDays(current.context.openedOn, 1) } }, events, 'snapshot.corrupt', ['events']],
      ['a context date', { ...good, context: { ...good.context, submittedOn: addDays(current.context.lastEventAt, -1) } }, events, 'snapshot.corrupt', ['context']],
      ['a deadline date', { ...good, context: { ...good.context, deadlines: { validityEnd: { due: '2031-01-01' } } } }, events, 'snapshot.corrupt', ['context']],
      ['the last event date', { ...good, lastEventAt: addDays(good.lastEventAt as IsoDate, 1) }, events, 'snapshot.corrupt', ['context']],
      ['the checksum', { ...good, checksum: 'crc32:00000000' }, events, 'snapshot.corrupt', ['checksum']],
      ['an event left out', good, events.slice(0, -1), 'snapshot.corrupt', ['eventCount']],
      ['an event changed', good, [...events.slice(0, -1), { ...events.at(-1)!, at: addDays(events.at(-1)!.at, 1) }], 'snapshot.corrupt', ['context']],
      ['another case', good, seasonalCase(toPermitValid.slice(0, -1), { visaRequired: true, person: { fullName: 'Example Worker' } }).events.concat([{ type: 'clock.advanced', at: events.at(-1)!.at }]), 'snapshot.corrupt', ['state']],
      ['an unknown procedure', { ...good, procedureId: 'astronaut' }, events, 'snapshot.unknownProcedure', ['procedureId']],
      ['an unknown state', { ...good, state: 'nowhere' }, events, 'snapshot.unknownState', ['state']],
      ['a newer schema', { ...good, schemaVersion: 2 }, events, 'snapshot.unsupportedVersion', ['schemaVersion']],
      ['another major machine version', { ...good, machineVersion: '9.0.0' }, events, 'snapshot.machineVersionUnsupported', ['machineVersion']],
      ['a missing event count', { ...good, eventCount: undefined }, events, 'snapshot.corrupt', ['eventCount']],
    ];
    for (const [what, input, log, code, path] of refusals) {
      const restored = restore(input, { events: log });
      expect(restored.ok, what).toBe(false);
      if (!restored.ok) {
        expect(restored.error.code, what).toBe(code);
        expect(restored.error.path.slice(0, path.length), what).toEqual(path);
      }
    }
  });

  it('gives readPersisted the envelope refusals restore gives, and reads an edited context as written', () => {
    const good = stateOf(current);
    for (const [input, code] of [
      [{ ...good, procedureId: 'astronaut' }, 'snapshot.unknownProcedure'],
      [{ ...good, state: 'nowhere' }, 'snapshot.unknownState'],
      [{ ...good, schemaVersion: 2 }, 'snapshot.unsupportedVersion'],
      [{ ...good, schemaVersion: 0 }, 'snapshot.corrupt'],
      [{ ...good, lastEventAt: '2026-02-30' }, 'snapshot.corrupt'],
      [{ ...good, eventCount: -1 }, 'snapshot.corrupt'],
      // Past the safe integers, as the schema's int() refuses it.
      [{ ...good, eventCount: 2 ** 53 }, 'snapshot.corrupt'],
      [{ ...good, context: { ...good.context, deadlines: { validityEnd: { due: 'soon' } } } }, 'snapshot.corrupt'],
      [{ ...good, context: { ...good.context, facts: 'none' } }, 'snapshot.corrupt'],
    ] as const) {
      const read = readPersisted(input);
      expect(read.ok, JSON.stringify(input).slice(0, 80)).toBe(false);
      if (!read.ok) expect(read.error.code).toBe(code);
    }
    const edited = readPersisted({ ...good, context: { ...good.context, binding: { employer: 'Someone Else SA' } } });
    expect(edited.ok && edited.value.context.binding).toEqual({ employer: 'Someone Else SA' });
  });

  it('gives each read case its own empty arrays', () => {
    const opened = createCase('seasonalWorker', { at: '2026-01-05', facts: {} });
    if (!opened.ok) throw opened.error;
    const json = serializeState(opened.value);
    const first = readPersisted(json);
    const second = readPersisted(JSON.parse(json));
    if (!first.ok || !second.ok) throw new Error('not read');
    expect(first.value.context.breaches).toEqual([]);
    expect(first.value.context.breaches).not.toBe(second.value.context.breaches);
  });

  it('refuses to write a hand-built case whose context lacks an entry the procedure always has', () => {
    const { breaches: _left, ...context } = current.context;
    expect(() => serializeState({ ...current, context: context as PermitCase['context'] })).toThrow(expect.objectContaining({ code: 'argument.invalid' }));
  });

  it('lets restore check events given with a full snapshot against its own log', () => {
    const json = serialize(current);
    expect(restore(json, { events: current.events })).toEqual(restore(json));
    const other = restore(json, { events: current.events.slice(0, -1) });
    expect(!other.ok && other.error.code).toBe('snapshot.corrupt');
  });
});
