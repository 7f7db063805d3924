/**
 * The case store on the embedded back end (`@electric-sql/pglite`): the
 * shared contract, reopening a store kept in a directory, and a writer
 * process killed in the middle of a batch.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgliteCaseStore, pgliteDatabase } from '../src/store/pglite';
import { caseStoreContract, preparingCase, type StoreHarness } from './support/store-contract';
import { CRASH_CASE_IDS, expectAllOrNothing, killWriterMidBatch } from './support/store-crash';

let shared: PGlite;
let harness: StoreHarness;
/** An empty cluster, dumped once: starting PGlite from it is much faster than a new initdb. */
let pristine: File | Blob;
let workDir: string;

/** A new directory holding an empty database, ready for `openPgliteCaseStore({ dataDir })`. */
async function emptyDataDir(name: string): Promise<string> {
  const dataDir = join(workDir, name);
  const db = await PGlite.create({ dataDir, loadDataDir: pristine });
  await db.close();
  return dataDir;
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'permit-lifecycles-pglite-'));
  shared = await PGlite.create();
  pristine = await shared.dumpDataDir('none');
  const opened = await openPgliteCaseStore({ database: shared });
  if (!opened.ok) throw opened.error;
  harness = {
    store: opened.value,
    raw: pgliteDatabase(shared, { owned: false }),
    freshDatabase: async () => pgliteDatabase(await PGlite.create({ loadDataDir: pristine }), { owned: true }),
    importMethod: 'insert',
  };
}, 300_000);

afterAll(async () => {
  await harness?.store.close();
  await shared?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe('case store on PGlite (embedded)', () => {
  caseStoreContract('pglite', () => harness);
});

describe('case store on PGlite kept in a directory', () => {
  it('survives a writer process killed in the middle of a batch: the batch in flight is wholly absent', async () => {
    const dataDir = await emptyDataDir('crash');
    const outcome = await killWriterMidBatch('pglite', dataDir);
    expect(outcome.signal).toBe('SIGKILL');
    const db = await PGlite.create({ dataDir });
    const opened = await openPgliteCaseStore({ database: db });
    if (!opened.ok) throw opened.error;
    try {
      const versions = await expectAllOrNothing(opened.value, pgliteDatabase(db, { owned: false }), CRASH_CASE_IDS);
      for (const id of CRASH_CASE_IDS) expect(versions.get(id)).toBe(outcome.committed.get(id) ?? preparingCase().events.length);
      expect(versions.get(outcome.inFlight.id)).toBeLessThan(outcome.inFlight.version);
    } finally {
      await db.close();
    }
    // Closed cleanly this time, the directory opens again through the store's own entry point.
    const reopened = await openPgliteCaseStore({ dataDir });
    if (!reopened.ok) throw reopened.error;
    const read = await reopened.value.read(CRASH_CASE_IDS[0]!, { verify: true });
    await reopened.value.close();
    expect(read.ok && read.value.version).toBe(outcome.committed.get(CRASH_CASE_IDS[0]!));
  });

  it('answers store.unavailable, not a crash, when the directory cannot be used', async () => {
    const opened = await openPgliteCaseStore({ dataDir: '/proc/permit-lifecycles-cannot-write-here' });
    expect(!opened.ok && opened.error.code).toBe('store.unavailable');
  });
});
