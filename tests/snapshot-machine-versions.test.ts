/**
 * A case stored under an older minor version of its machine restores after an
 * upgrade: its events are the record, and the current rules read them anew.
 * The fixtures were written by the seasonal-worker machine 1.1.0 (library
 * 0.2.0), which counted the residence-permit deadline from the declaration of
 * arrival (16 April + 3 months); 1.2.0 counts it from entry (14 April).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deadlines, restore, seasonalWorker } from '../src';
import { snapshotChecksum } from '../src/persistence/checksum';
import { compareMachineVersions } from '../src/persistence/replay-check';

type Json = Record<string, unknown>;
const read = (name: string): Json => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as Json;
const full = (): Json => read('seasonal-worker-snapshot-machine-1.1.0.json');
const stateFixture = (): { snapshot: Json; events: unknown[] } => read('seasonal-worker-state-snapshot-machine-1.1.0.json') as { snapshot: Json; events: unknown[] };

/** The snapshot with its fields changed and its checksum recomputed, as a writer of that content would have. */
function rewritten(snapshot: Json, changes: Json): Json {
  const { checksum: _old, ...rest } = { ...snapshot, ...changes };
  return { ...rest, checksum: snapshotChecksum(rest) };
}

const storedDue = (snapshot: Json): unknown => ((snapshot.context as Json).deadlines as Record<string, { due: string }>).residencePermitApplication?.due;

describe('a snapshot of an older minor machine version', () => {
  it('is a real 1.1.0 snapshot whose stored deadline the current rules no longer give', () => {
    expect(full().machineVersion).toBe('1.1.0');
    expect(compareMachineVersions('1.1.0', seasonalWorker.version)).toBeLessThan(0);
    expect(storedDue(full())).toBe('2026-07-16');
  });

  it('restores, read by the current rules, and still says which machine it was created with', () => {
    const restored = restore(full());
    if (!restored.ok) throw restored.error;
    expect(restored.value.machineVersion).toBe('1.1.0');
    expect(restored.value.state).toBe('arrivalDeclared');
    const due = deadlines(restored.value, '2026-05-01').find((deadline) => deadline.id === 'residencePermitApplication');
    expect(due?.due).toBe('2026-07-14');
  });

  it('restores the state-snapshot form with its events the same way', () => {
    const { snapshot, events } = stateFixture();
    const restored = restore(snapshot, { events });
    if (!restored.ok) throw restored.error;
    expect(restored.value.context.deadlines.residencePermitApplication?.due).toBe('2026-07-14');
    expect(restored.value.events).toHaveLength(events.length);
  });

  it('is still refused when damaged: the checksum guards what was stored', () => {
    const stored = full();
    const damaged = { ...stored, context: { ...(stored.context as Json), deadlines: { validityEnd: { due: '2026-09-15' }, residencePermitApplication: { due: '2026-07-17' } } } };
    const restored = restore(damaged);
    expect(restored.ok || restored.error.code).toBe('snapshot.corrupt');
    expect(restored.ok || restored.error.path).toEqual(['checksum']);
    const { snapshot, events } = stateFixture();
    const damagedState = restore({ ...snapshot, context: { ...(snapshot.context as Json), openedOn: '2026-01-13' } }, { events });
    expect(damagedState.ok || damagedState.error.code).toBe('snapshot.corrupt');
  });

  it('is corrupt when it claims the current machine version, whose replay it does not match', () => {
    const relabelled = restore(rewritten(full(), { machineVersion: seasonalWorker.version }));
    expect(relabelled.ok || relabelled.error.code).toBe('snapshot.corrupt');
    expect(relabelled.ok || relabelled.error.path).toEqual(['context']);
    const { snapshot, events } = stateFixture();
    const relabelledState = restore(rewritten(snapshot, { machineVersion: seasonalWorker.version }), { events });
    expect(relabelledState.ok || relabelledState.error.path).toEqual(['context']);
  });

  it('asks for a newer library when written by a newer machine whose rules differ', () => {
    const [major] = seasonalWorker.version.split('.');
    const newer = restore(rewritten(full(), { machineVersion: `${major}.99.0` }));
    expect(newer.ok || newer.error.code).toBe('snapshot.machineVersionUnsupported');
    expect(newer.ok || newer.error.message).toMatch(/upgrade permit-lifecycles/);
  });
});

describe('compareMachineVersions', () => {
  it.each([
    ['1.1.0', '1.2.0', -1],
    ['1.10.0', '1.9.3', 1],
    ['1.2.0', '1.2.0', 0],
    ['1.2.1', '1.2.0', 1],
    ['2.0.0', '1.99.99', 1],
  ])('%s against %s', (left, right, sign) => {
    expect(Math.sign(compareMachineVersions(left, right))).toBe(sign);
  });
});
