/**
 * The case store on a real PostgreSQL server (Debian's `postgresql`, a
 * throwaway cluster on 127.0.0.1): the shared contract, many concurrent
 * writers on one case, and a writer killed in the middle of a batch.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seasonalWorkerDocumentIds } from '../machines/seasonal-worker/documents';
import { startPostgresServer, type PostgresServer } from '../scripts/postgres-server';
import { openPgCaseStore, pgDatabase, updateCase, type CaseStore } from '../src/store/pg';
import { caseStoreContract, preparingCase, type StoreHarness } from './support/store-contract';
import { CRASH_CASE_IDS, expectAllOrNothing, killWriterMidBatch } from './support/store-crash';

let server: PostgresServer;
let pool: pg.Pool;
let harness: StoreHarness;
let freshDatabases = 0;

function databaseUrl(name: string): string {
  return server.connectionString.replace(/\/postgres$/, `/${name}`);
}

async function openStore(connectionString: string, max = 10): Promise<CaseStore> {
  const opened = await openPgCaseStore({ connectionString, max });
  if (!opened.ok) throw opened.error;
  return opened.value;
}

beforeAll(async () => {
  server = await startPostgresServer();
  pool = new pg.Pool({ connectionString: server.connectionString, max: 10 });
  const opened = await openPgCaseStore({ pool });
  if (!opened.ok) throw opened.error;
  harness = {
    store: opened.value,
    raw: pgDatabase(pool, { owned: false }),
    async freshDatabase() {
      freshDatabases += 1;
      const name = `fresh_${freshDatabases}`;
      await pool.query(`CREATE DATABASE ${name}`);
      return pgDatabase(new pg.Pool({ connectionString: databaseUrl(name), max: 2 }), { owned: true });
    },
    importMethod: 'copy',
  };
}, 600_000);

afterAll(async () => {
  await harness?.store.close();
  await pool?.end();
  await server?.stop();
});

describe('case store on a PostgreSQL server', () => {
  caseStoreContract('pg', () => harness);

  it('answers store.unavailable, not a crash, when the server cannot be reached', async () => {
    const unreachable = server.connectionString.replace(`:${server.port}/`, ':1/');
    const opened = await openPgCaseStore({ connectionString: unreachable });
    expect(!opened.ok && opened.error.code).toBe('store.unavailable');
    const noTarget = await openPgCaseStore({});
    expect(!noTarget.ok && noTarget.error.code).toBe('argument.invalid');
  });
});

describe('many writers appending to one case at once', () => {
  const writers = 40;
  /** Writer w supplies the documents whose bit is set in w: a payload no other writer sends. */
  const eventOf = (writer: number) => ({
    type: 'documents.supplied',
    at: '2026-02-06',
    documents: seasonalWorkerDocumentIds.filter((_, bit) => (writer >> bit) & 1),
  });
  const writerOf = (payload: { documents?: string[] }) => seasonalWorkerDocumentIds.reduce((sum, id, bit) => (payload.documents?.includes(id) ? sum + (1 << bit) : sum), 0);

  it('gives each version to exactly one writer; the others get store.conflict, retry, and nothing is lost or doubled', async () => {
    await pool.query('CREATE DATABASE race');
    const store = await openStore(databaseUrl('race'), 20);
    const raw = pgDatabase(new pg.Pool({ connectionString: databaseUrl('race'), max: 2 }), { owned: true });
    try {
      const start = preparingCase();
      expect((await store.create('race', start)).ok).toBe(true);
      const base = start.events.length;

      // Everyone read version `base` and appends at once.
      const firstRound = await Promise.all(Array.from({ length: writers }, (_, index) => store.append('race', [eventOf(index + 1)], { expectedVersion: base })));
      const winners = firstRound.filter((result) => result.ok);
      expect(winners).toHaveLength(1);
      expect(firstRound.filter((result) => !result.ok).map((result) => (result.ok ? 'ok' : result.error.code))).toEqual(Array(writers - 1).fill('store.conflict'));
      const firstWinner = firstRound.findIndex((result) => result.ok) + 1;

      // The losers retry (read, decide, append) until they get through.
      const losers = Array.from({ length: writers }, (_, index) => index + 1).filter((writer) => writer !== firstWinner);
      const retried = await Promise.all(losers.map((writer) => updateCase(store, 'race', () => [eventOf(writer)], { attempts: writers * 2 })));
      const versions = retried.map((result) => {
        if (!result.ok) throw result.error;
        return result.value.stored.version;
      });
      expect([...versions, base + 1].sort((a, b) => a - b)).toEqual(Array.from({ length: writers }, (_, index) => base + 1 + index));

      const rows = await raw.query<{ seq: number; payload: { documents?: string[] } }>('SELECT seq, payload FROM permit_case_events WHERE case_id = $1 ORDER BY seq', ['race']);
      expect(rows.rows.map((row) => row.seq)).toEqual(Array.from({ length: base + writers }, (_, index) => index + 1));
      const appendedBy = rows.rows.slice(base).map((row) => writerOf(row.payload)).sort((a, b) => a - b);
      expect(appendedBy).toEqual(Array.from({ length: writers }, (_, index) => index + 1));
      const read = await store.read('race', { verify: true });
      expect(read.ok && read.value.version).toBe(base + writers);
    } finally {
      await store.close();
      await raw.close();
    }
  });
});

describe('a writer killed in the middle of a batch', () => {
  it('leaves every case exactly as its committed events say: the batch in flight is wholly absent', async () => {
    await pool.query('CREATE DATABASE crash');
    const outcome = await killWriterMidBatch('pg', databaseUrl('crash'));
    expect(outcome.signal).toBe('SIGKILL');
    const store = await openStore(databaseUrl('crash'));
    const raw = pgDatabase(new pg.Pool({ connectionString: databaseUrl('crash'), max: 2 }), { owned: true });
    try {
      const versions = await expectAllOrNothing(store, raw, CRASH_CASE_IDS);
      for (const id of CRASH_CASE_IDS) expect(versions.get(id)).toBe(outcome.committed.get(id) ?? preparingCase().events.length);
      expect(versions.get(outcome.inFlight.id)).toBeLessThan(outcome.inFlight.version);
      // The store takes writes again where the killed writer left off.
      const next = await store.append(outcome.inFlight.id, [{ type: 'documents.supplied', at: '2026-02-06', documents: ['passportCopy'] }], {
        expectedVersion: versions.get(outcome.inFlight.id)!,
      });
      expect(next.ok).toBe(true);
    } finally {
      await store.close();
      await raw.close();
    }
  });
});

describe('the server dying under writers', () => {
  const writerScript = fileURLToPath(new URL('./support/store-server-death-writer.ts', import.meta.url));
  const repoRoot = fileURLToPath(new URL('../', import.meta.url));

  it('answers store.unavailable to every call, and the process lives', async () => {
    const doomed = await startPostgresServer();
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', writerScript, doomed.connectionString], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      // Stop the server once every writer has committed a few appends: four transactions are then in flight at any moment.
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`the writers did not start; stderr: ${stderr}`)), 120_000);
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          const committed = new Set([...stdout.matchAll(/^OK (\d+)$/gm)].map((match) => match[1]));
          if (committed.size === 4 && stdout.split('\nOK ').length > 20) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
      await doomed.stopImmediately();
      const code = await Promise.race([exited, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 120_000))]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const refusals = [...stdout.matchAll(/^ERR (\d+) (\S+)$/gm)];
      expect(new Set(refusals.map((match) => match[1]))).toEqual(new Set(['0', '1', '2', '3']));
      expect(new Set(refusals.map((match) => match[2]))).toEqual(new Set(['store.unavailable']));
      const after = Object.fromEntries([...stdout.matchAll(/^AFTER (\S+) (\S+)$/gm)].map((match) => [match[1], match[2]]));
      expect(after).toEqual({ read: 'store.unavailable', create: 'store.unavailable', append: 'store.unavailable', listDue: 'store.unavailable', listIds: 'store.unavailable', schemaVersion: 'store.unavailable' });
      expect(stdout.trimEnd().endsWith('ALIVE')).toBe(true);
    } finally {
      await doomed.stop();
    }
  }, 300_000);
});
