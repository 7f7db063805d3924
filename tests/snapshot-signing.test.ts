/**
 * Signed snapshots (issue 26, §6): with a key the host holds, `serialize`
 * adds an HMAC-SHA256 over the snapshot, and `restore` / `readPersisted`
 * given the key refuse any edit, even one whose CRC-32 checksum was
 * recomputed, as well as unsigned and old-format snapshots unless the host
 * allows them.
 */
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listProcedures, readPersisted, restore, serialize, serializeState, status, type PermitCase } from '../src';
import { canonicalJson, snapshotChecksum } from '../src/persistence/checksum';
import { deepestCasePerState } from './support/sample-cases';
import { seasonalCase, toPermitValid } from './support/seasonal';

const key = 'a host secret of at least thirty-two bytes, kept apart';
const otherKey = new Uint8Array(32).fill(7);
const v1Text = readFileSync(new URL('./fixtures/seasonal-worker-snapshot-v1.json', import.meta.url), 'utf8');

type Json = Record<string, unknown>;

const permitCase = (): PermitCase => seasonalCase(toPermitValid);
const signed = (current: PermitCase = permitCase()): Json => JSON.parse(serialize(current, { key })) as Json;

/** Every path to a string, number or boolean leaf of a snapshot, except the checksum and the signature themselves. */
function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((inner, index) => leafPaths(inner, [...path, index]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([field, inner]) => (path.length === 0 && (field === 'checksum' || field === 'signature') ? [] : leafPaths(inner, [...path, field])));
  }
  return ['string', 'number', 'boolean'].includes(typeof value) ? [path] : [];
}

/** A copy of `snapshot` with one leaf changed (a date moved by a day, a name altered, a number or flag changed) and its checksum recomputed, as a deliberate editor would. */
function editedAt(snapshot: Json, path: (string | number)[]): Json {
  const copy = structuredClone(snapshot);
  let holder = copy as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) holder = holder[step] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  const before = holder[last];
  holder[last] =
    typeof before === 'string' ? (/^\d{4}-\d{2}-\d{2}$/.test(before) ? before.replace(/\d$/, (digit) => String((Number(digit) + 1) % 10)) : `${before}x`) : typeof before === 'number' ? before + 1 : !before;
  return { ...copy, checksum: snapshotChecksum(copy) };
}

describe('signing a snapshot', () => {
  it('adds an HMAC-SHA256 of the canonical snapshot without its signature, which node:crypto computes the same', () => {
    const snapshot = signed();
    const { signature, ...body } = snapshot;
    const expected = createHmac('sha256', key).update(canonicalJson(body)).digest('hex');
    expect(signature).toBe(`hmac-sha256:${expected}`);
    expect(serialize(permitCase(), { key })).toBe(serialize(permitCase(), { key }));
    expect(JSON.parse(serialize(permitCase()))).not.toHaveProperty('signature');
  });

  it('keeps the checksum of the unsigned snapshot, so a signed snapshot still restores without a key', () => {
    const snapshot = signed();
    expect(snapshot.checksum).toBe(JSON.parse(serialize(permitCase())).checksum);
    const restored = restore(snapshot);
    expect(restored.ok && status(restored.value, '2026-07-01').state).toBe(status(permitCase(), '2026-07-01').state);
  });

  it('restores a signed snapshot of every state of every procedure with its key, whatever the key order', () => {
    let checked = 0;
    for (const procedure of listProcedures()) {
      for (const current of deepestCasePerState(procedure)) {
        const snapshot = signed(current);
        const reordered = Object.fromEntries(Object.entries(snapshot).reverse());
        const restored = restore(reordered, { key });
        expect(restored.ok, `${procedure.id}: ${restored.ok ? '' : restored.error.message}`).toBe(true);
        if (restored.ok) expect(serialize(restored.value)).toBe(serialize(current));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });
});

describe('restore with a key refuses what was changed after signing', () => {
  it('refuses every single-field edit with a recomputed checksum, which restore without a key may accept', () => {
    const snapshot = signed();
    const paths = leafPaths(snapshot);
    expect(paths.length).toBeGreaterThan(40);
    let acceptedWithoutKey = 0;
    for (const path of paths) {
      const edited = editedAt(snapshot, path);
      const withKey = restore(edited, { key });
      expect(withKey.ok ? 'accepted' : withKey.error.code, path.join('.')).toBe('snapshot.signatureInvalid');
      expect(readPersisted(edited, { key }).ok, path.join('.')).toBe(false);
      if (restore(edited).ok) acceptedWithoutKey += 1;
    }
    // What the signature adds: without it, some of these edits restore as a different case.
    expect(acceptedWithoutKey).toBeGreaterThan(0);
  });

  it('refuses a snapshot signed with another key, and accepts either key of a rotation', () => {
    const snapshot = JSON.parse(serialize(permitCase(), { key: otherKey })) as Json;
    const refused = restore(snapshot, { key });
    expect(refused.ok ? 'accepted' : refused.error.code).toBe('snapshot.signatureInvalid');
    expect(restore(snapshot, { key: [key, otherKey] }).ok).toBe(true);
    expect(readPersisted(snapshot, { key: [otherKey] }).ok).toBe(true);
  });

  it('refuses an unsigned snapshot, a stripped signature and an old-format snapshot unless unsigned ones are allowed', () => {
    const { signature: _stripped, ...stripped } = signed();
    for (const unsigned of [JSON.parse(serialize(permitCase())) as Json, stripped, JSON.parse(v1Text) as Json]) {
      const refused = restore(unsigned, { key });
      expect(refused.ok ? 'accepted' : refused.error.code).toBe('snapshot.unsigned');
      expect(refused.ok ? [] : refused.error.path).toEqual(['signature']);
      const read = readPersisted(unsigned, { key });
      expect(read.ok ? 'accepted' : read.error.code).toBe('snapshot.unsigned');
      expect(restore(unsigned, { key, allowUnsigned: true }).ok).toBe(true);
    }
  });

  it('still refuses a wrong signature when unsigned snapshots are allowed, and a malformed one even without a key', () => {
    const snapshot = signed();
    const forged = { ...snapshot, signature: `hmac-sha256:${'0'.repeat(64)}` };
    const refused = restore(forged, { key, allowUnsigned: true });
    expect(refused.ok ? 'accepted' : refused.error.code).toBe('snapshot.signatureInvalid');
    const malformed = restore({ ...snapshot, signature: 'by me' });
    expect(malformed.ok ? 'accepted' : malformed.error.code).toBe('snapshot.corrupt');
  });
});

describe('signed state snapshots', () => {
  it('are signed by serializeState and checked by restore with the events and by readPersisted', () => {
    const current = permitCase();
    const state = JSON.parse(serializeState(current, { key })) as Json;
    expect(state.signature).toMatch(/^hmac-sha256:[0-9a-f]{64}$/);
    expect(restore(state, { key, events: current.events }).ok).toBe(true);
    expect(readPersisted(state, { key }).ok).toBe(true);
    const moved = editedAt(state, ['lastEventAt']);
    const refused = readPersisted(moved, { key });
    expect(refused.ok ? 'accepted' : refused.error.code).toBe('snapshot.signatureInvalid');
    const unsigned = readPersisted(JSON.parse(serializeState(current)), { key });
    expect(unsigned.ok ? 'accepted' : unsigned.error.code).toBe('snapshot.unsigned');
  });
});

describe('unusable keys', () => {
  it('are refused with argument.invalid: thrown by serialize, returned by restore and readPersisted', () => {
    const short = 'too short';
    expect(() => serialize(permitCase(), { key: short })).toThrow(expect.objectContaining({ code: 'argument.invalid', path: ['key'] }));
    expect(() => serializeState(permitCase(), { key: new Uint8Array(31) })).toThrow(expect.objectContaining({ code: 'argument.invalid' }));
    for (const bad of [short, 42, [], [key, 'x']] as unknown[]) {
      const restored = restore(signed(), { key: bad as string });
      expect(restored.ok ? 'accepted' : restored.error.code, String(bad)).toBe('argument.invalid');
      const read = readPersisted(signed(), { key: bad as string });
      expect(read.ok ? 'accepted' : read.error.code, String(bad)).toBe('argument.invalid');
    }
  });
});
