/**
 * Snapshot schema migrations (issue 11): a committed version-1 snapshot still
 * restores through the 1 → 2 migration, which records `writtenBy: null` and a
 * checksum; the result is checked like any other snapshot.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, LIBRARY_NAME, LIBRARY_VERSION, restore, seasonalWorker, serialize, status, toPersisted } from '../src';
import { snapshotChecksum } from '../src/persistence/checksum';
import { migrateSnapshot } from '../src/persistence/migrations';
import { seasonalCase, toPermitValid } from './support/seasonal';

const v1Text = readFileSync(new URL('./fixtures/seasonal-worker-snapshot-v1.json', import.meta.url), 'utf8');
const v1 = (): Record<string, unknown> => JSON.parse(v1Text) as Record<string, unknown>;

describe('snapshot schema version 2', () => {
  it('is what serialize writes, with the writing release and a checksum of the rest', () => {
    const written = toPersisted(seasonalCase(toPermitValid));
    expect(CURRENT_SCHEMA_VERSION).toBe(2);
    expect(written.schemaVersion).toBe(2);
    expect(written.writtenBy).toEqual({ library: 'permit-lifecycles', version: LIBRARY_VERSION });
    expect(written.checksum).toMatch(/^crc32:[0-9a-f]{8}$/);
    expect(written.checksum).toBe(snapshotChecksum({ ...written, checksum: undefined }));
  });

  it('records the version of package.json', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
    expect(LIBRARY_NAME).toBe(manifest.name);
    expect(LIBRARY_VERSION).toBe(manifest.version);
  });

  it('computes the checksum regardless of key order, and any changed value changes it', () => {
    const body = { format: 'permit-lifecycles/case', schemaVersion: 2, context: { b: 1, a: [1, { d: 2, c: 3 }] } };
    const reordered = { context: { a: [1, { c: 3, d: 2 }], b: 1 }, schemaVersion: 2, format: 'permit-lifecycles/case' };
    expect(snapshotChecksum(reordered)).toBe(snapshotChecksum(body));
    expect(snapshotChecksum({ ...body, schemaVersion: 3 })).not.toBe(snapshotChecksum(body));
    expect(snapshotChecksum({ ...body, context: { b: 1, a: [1, { d: 2, c: 4 }] } })).not.toBe(snapshotChecksum(body));
  });
});

describe('migration from version 1', () => {
  it('adds writtenBy (unknown) and a checksum, and keeps every other field', () => {
    const migrated = migrateSnapshot(v1());
    expect(migrated.ok).toBe(true);
    if (!migrated.ok) return;
    const { schemaVersion, writtenBy, checksum, ...rest } = migrated.value;
    expect(schemaVersion).toBe(2);
    expect(writtenBy).toBeNull();
    expect(checksum).toBe(snapshotChecksum(migrated.value));
    const { schemaVersion: _old, ...v1Rest } = v1();
    expect(rest).toEqual(v1Rest);
  });

  it('restores the committed version-1 fixture to the case it was written from', () => {
    const restored = restore(v1Text);
    if (!restored.ok) throw restored.error;
    expect(status(restored.value).state).toBe('residencePermitValid');
    expect(restored.value.events).toHaveLength(toPermitValid.length);
    // The same case, still saying which machine it was created with (a newer minor version of the machine replays it alike).
    expect(restored.value.machineVersion).toBe('1.0.0');
    expect(serialize({ ...restored.value, machineVersion: seasonalWorker.version })).toBe(serialize(seasonalCase(toPermitValid)));
    const upgraded = JSON.parse(serialize(restored.value)) as Record<string, unknown>;
    expect(upgraded).toMatchObject({ schemaVersion: 2, writtenBy: { library: LIBRARY_NAME, version: LIBRARY_VERSION } });
  });

  it('still checks a migrated snapshot against its event log', () => {
    const tampered = { ...v1(), state: 'revoked' };
    const restored = restore(tampered);
    expect(restored.ok || restored.error.code).toBe('snapshot.corrupt');
    const withExtra = restore({ ...v1(), note: 'hello' });
    expect(withExtra.ok || withExtra.error.code).toBe('snapshot.corrupt');
  });

  it('refuses a newer snapshot relabelled as version 1, whose checksum the migration would otherwise recompute', () => {
    const current = JSON.parse(serialize(seasonalCase(toPermitValid))) as Record<string, unknown>;
    const relabelled = restore({ ...current, schemaVersion: 1, context: { ...(current.context as object), facts: { visaRequired: false } } });
    expect(relabelled.ok || [relabelled.error.code, relabelled.error.path]).toEqual(['snapshot.corrupt', ['writtenBy']]);
  });

  it('refuses a version it has no migration for', () => {
    expect(migrateSnapshot({ ...v1(), schemaVersion: 0 }).ok).toBe(false);
    const newer = restore({ ...v1(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 });
    expect(newer.ok || newer.error.code).toBe('snapshot.unsupportedVersion');
  });
});
