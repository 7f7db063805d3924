/**
 * Crash-safety harness: run `store-crash-writer.ts` in a child process, kill
 * it with SIGKILL inside a transaction, and check afterwards that every case's
 * snapshot is exactly the replay of its stored event rows.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { applyAll, createCase, serializeState, type PermitCase } from '../../src';
import type { CaseStore, SqlSession } from '../../src/store';

/** The cases the writer appends to. */
export const CRASH_CASE_IDS = ['crash-a', 'crash-b', 'crash-c'];
/** Events per append: a case's event count is always a multiple of it (the writer's cases start with 3). */
export const CRASH_BATCH_SIZE = 3;

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const writerScript = fileURLToPath(new URL('./store-crash-writer.ts', import.meta.url));

/** What the writer had done when it was killed. */
export interface CrashOutcome {
  /** Last committed version per case. */
  committed: Map<string, number>;
  /** The append that was inside its transaction when the process died. */
  inFlight: { id: string; version: number };
  signal: NodeJS.Signals | null;
}

/** Start the writer, let it commit `afterCommits` appends, and SIGKILL it inside the next transaction. */
export function killWriterMidBatch(backend: 'pg' | 'pglite', target: string, afterCommits = 6, timeoutMs = 120_000): Promise<CrashOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writerScript, backend, target], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    const committed = new Map<string, number>();
    let inFlight: CrashOutcome['inFlight'] | null = null;
    let stderr = '';
    let buffered = '';
    let doneCount = 0;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the writer was not killed in time; stderr: ${stderr}`));
    }, timeoutMs);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const [kind, id, version] = line.split(' ');
        if (kind === 'DONE' && id) {
          committed.set(id, Number(version));
          doneCount += 1;
        }
        if (kind === 'INTX' && id && inFlight === null && doneCount >= afterCommits) {
          inFlight = { id, version: Number(version) };
          child.kill('SIGKILL');
        }
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (inFlight === null) reject(new Error(`the writer exited on its own (code ${code}); stderr: ${stderr}`));
      else resolve({ committed, inFlight, signal });
    });
  });
}

/**
 * For each case: the stored state snapshot must verify and be byte for byte that of the
 * replay of the stored event rows, and hold a whole number of batches.
 * Returns the version of each case.
 */
export async function expectAllOrNothing(store: CaseStore, raw: SqlSession, ids: readonly string[]): Promise<Map<string, number>> {
  const versions = new Map<string, number>();
  for (const id of ids) {
    const read = await store.read(id, { verify: true });
    if (!read.ok) throw read.error;
    const snapshot = await raw.query<{ snapshot: string }>('SELECT snapshot::text AS snapshot FROM permit_cases WHERE id = $1', [id]);
    const events = await raw.query<{ payload: unknown }>('SELECT payload FROM permit_case_events WHERE case_id = $1 ORDER BY seq', [id]);
    const stored = read.value.case;
    const opened = createCase(stored.procedureId, { at: stored.context.openedOn, facts: stored.context.facts });
    if (!opened.ok) throw opened.error;
    const replayed = applyAll(opened.value, events.rows.map((row) => row.payload));
    if (!replayed.ok) throw replayed.error;
    const replayedSnapshot = serializeState({ ...(replayed.value as PermitCase), machineVersion: stored.machineVersion });
    if (snapshot.rows[0]?.snapshot !== replayedSnapshot) throw new Error(`case ${id}: snapshot is not the replay of its ${events.rows.length} events`);
    if (events.rows.length !== read.value.version || read.value.version % CRASH_BATCH_SIZE !== 0) {
      throw new Error(`case ${id}: version ${read.value.version} with ${events.rows.length} events is not a whole number of batches`);
    }
    versions.set(id, read.value.version);
  }
  return versions;
}
