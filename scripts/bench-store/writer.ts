/**
 * One writer process of the concurrency benchmark (scripts/bench-store/writers.ts):
 * it opens the store on a PostgreSQL server, prints `READY`, waits for a line
 * on stdin, then appends one event at a time with `updateCase` (read, decide,
 * append, retry on `store.conflict`) to the cases it was given, in a fixed
 * pseudo-random order, for the time it was given, and prints one JSON line:
 * appends per case, retries, failures and the time it ran.
 *
 * Usage: node --import tsx scripts/bench-store/writer.ts <connection string> <writer> <seconds> <id,id,...>
 */
import { openPgCaseStore, updateCase } from '../../src/store/pg';
import { APPEND_EVENT } from './samples';

async function main(): Promise<void> {
  const [connectionString, writerText, secondsText, idList] = process.argv.slice(2);
  if (!connectionString || !writerText || !secondsText || !idList) throw new Error('usage: writer.ts <connection string> <writer> <seconds> <ids>');
  const ids = idList.split(',');
  const opened = await openPgCaseStore({ connectionString, max: 1 });
  if (!opened.ok) throw opened.error;
  const store = opened.value;
  process.stdout.write('READY\n');
  await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
  const appended: Record<string, number> = Object.fromEntries(ids.map((id) => [id, 0]));
  let retries = 0;
  const failures: string[] = [];
  // A small linear congruential generator seeded by the writer: runs repeat, writers differ.
  let seed = Number(writerText) * 7919 + 1;
  const started = performance.now();
  const until = started + Number(secondsText) * 1000;
  while (performance.now() < until) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const id = ids[seed % ids.length]!;
    const outcome = await updateCase(store, id, () => [APPEND_EVENT], { attempts: 1000 });
    if (!outcome.ok) {
      failures.push(outcome.error.code);
      continue;
    }
    retries += outcome.value.attempts - 1;
    appended[id]! += 1;
  }
  const elapsedMs = performance.now() - started;
  await store.close();
  process.stdout.write(`${JSON.stringify({ appended, retries, failures, elapsedMs })}\n`);
  process.stdin.destroy();
}

main().catch((error: unknown) => {
  process.stderr.write(`writer failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
