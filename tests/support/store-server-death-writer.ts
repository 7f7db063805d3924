/**
 * A writer process for the server-death test: four writers append to their
 * own cases through `openPgCaseStore`, each in a loop, until each has been
 * refused three times in a row (the test stops the server under them with
 * `pg_ctl stop -m immediate`). It prints `READY`, then `OK <writer>` or
 * `ERR <writer> <code>` for every append, then the codes of one call of each
 * kind after the server is gone (`AFTER <call> <code>`), and `ALIVE` when it
 * is done. It installs no handler for uncaught errors: an unhandled `'error'`
 * event of a pg client kills it, and the test sees the exit code.
 *
 * Usage: node --import tsx tests/support/store-server-death-writer.ts <connection string>
 */
import { openPgCaseStore } from '../../src/store/pg';
import { preparingCase } from './store-contract';

const WRITERS = 4;

async function main(): Promise<void> {
  const [connectionString] = process.argv.slice(2);
  if (!connectionString) throw new Error('usage: store-server-death-writer.ts <connection string>');
  const opened = await openPgCaseStore({ connectionString, max: WRITERS });
  if (!opened.ok) throw opened.error;
  const store = opened.value;
  for (let writer = 0; writer < WRITERS; writer += 1) {
    const created = await store.create(`writer-${writer}`, preparingCase());
    if (!created.ok) throw created.error;
  }
  process.stdout.write('READY\n');
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, writer) => {
      const id = `writer-${writer}`;
      let version = 3;
      for (let refusedInARow = 0; refusedInARow < 3; ) {
        const appended = await store.append(id, [{ type: 'documents.supplied', at: '2026-02-06', documents: ['passportCopy'] }], { expectedVersion: version });
        if (appended.ok) {
          version = appended.value.version;
          refusedInARow = 0;
          process.stdout.write(`OK ${writer}\n`);
        } else {
          refusedInARow += 1;
          process.stdout.write(`ERR ${writer} ${appended.error.code}\n`);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
    }),
  );
  const after: [string, () => Promise<{ ok: boolean; error?: { code: string } }>][] = [
    ['read', () => store.read('writer-0')],
    ['create', () => store.create('writer-new', preparingCase())],
    ['append', () => store.append('writer-0', [{ type: 'clock.advanced', at: '2026-02-07' }], { expectedVersion: 3 })],
    ['listDue', () => store.listDue({ before: '2027-01-01' })],
    ['listIds', () => store.listIds()],
    ['schemaVersion', () => store.schemaVersion()],
  ];
  for (const [name, call] of after) {
    const result = await call();
    process.stdout.write(`AFTER ${name} ${result.ok ? 'ok' : result.error!.code}\n`);
  }
  await store.close();
  process.stdout.write('ALIVE\n');
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`writer failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
