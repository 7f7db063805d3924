/**
 * Bulk import of existing cases into the store: verified one by one as
 * `create` verifies them, written a batch per transaction (`COPY` when the
 * driver offers it, multi-row inserts otherwise), resumable without
 * duplicates.
 */
import { fail, ok, PermitLifecycleError, type Result } from '../errors';
import { canonicalJson } from '../persistence/checksum';
import type { PermitCase } from '../case/types';
import { checkedCaseId } from './case-id';
import { caseRows, indexRowsOf, insertNewCaseRows, type CaseRows } from './case-rows';
import { verifiedCase, verifiedSnapshot } from './incoming';
import type { ImportItem, ImportOptions, ImportProgress, ImportReport, ImportSource, SqlDatabase, SqlSession } from './types';

const DEFAULT_BATCH_SIZE = 1_000;
const MAX_BATCH_SIZE = 10_000;
/** PostgreSQL's code for a unique violation. */
const UNIQUE_VIOLATION = '23505';
/** A batch that lost a race with a concurrent writer is checked and written again, this many times in all. */
const BATCH_ATTEMPTS = 3;

/** Stops the import with a typed error (the items before the one refused are stored). */
class ImportStop extends Error {
  constructor(readonly error: PermitLifecycleError) {
    super(error.message);
  }
}

/** A batch whose ids another writer took meanwhile: it is checked again. */
class LostRace extends Error {}

/** The rows of one item, with where it came from. */
interface Incoming {
  index: number;
  rows: CaseRows;
}

function refusal(code: 'argument.invalid', message: string, index: number): PermitLifecycleError {
  return new PermitLifecycleError(code, message, { path: ['source', index] });
}

/** The case an item describes, verified; or why not (path under `['source', index]`). */
function verifiedItem(item: unknown, index: number): Result<{ id: string; current: PermitCase }> {
  if (item === null || typeof item !== 'object') return fail(refusal('argument.invalid', `import item ${index} is not an object with an id and a case or a snapshot`, index));
  const record = item as Partial<Record<'id' | 'case' | 'snapshot' | 'events', unknown>>;
  const id = checkedCaseId(record.id);
  if (!id.ok) return fail(new PermitLifecycleError(id.error.code, id.error.message, { path: ['source', index, 'id'], details: id.error.details }));
  const hasCase = 'case' in record;
  if (hasCase === 'snapshot' in record) return fail(refusal('argument.invalid', `import item ${index} ("${id.value}") needs exactly one of case and snapshot`, index));
  if (record.events !== undefined && !Array.isArray(record.events)) return fail(refusal('argument.invalid', `import item ${index} ("${id.value}"): events must be an array`, index));
  const verified = hasCase
    ? verifiedCase(id.value, record.case as PermitCase, ['source', index, 'case'])
    : verifiedSnapshot(id.value, record.snapshot, record.events as readonly unknown[] | undefined, ['source', index, 'snapshot']);
  return verified.ok ? ok({ id: id.value, current: verified.value }) : verified;
}

/** What makes two stored cases the same: the state snapshot without who wrote it, and the events. */
function contentOf(snapshot: unknown, events: readonly unknown[]): string {
  const parsed = (typeof snapshot === 'string' ? JSON.parse(snapshot) : snapshot) as Record<string, unknown>;
  const { writtenBy: _writer, checksum: _checksum, ...content } = parsed;
  return canonicalJson({ content, events });
}

function incomingContent(rows: CaseRows): string {
  return contentOf(rows.snapshot, rows.events.map((event) => JSON.parse(event.payload) as unknown));
}

/** The stored content of the cases among `ids` that exist. */
async function storedContents(session: SqlSession, ids: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (ids.length === 0) return found;
  const cases = await session.query<{ id: string; snapshot: unknown }>('SELECT id, snapshot FROM permit_cases WHERE id = ANY($1::text[])', [ids]);
  if (cases.rows.length === 0) return found;
  const events = await session.query<{ case_id: string; payload: unknown }>('SELECT case_id, payload FROM permit_case_events WHERE case_id = ANY($1::text[]) ORDER BY case_id, seq', [
    cases.rows.map((row) => row.id),
  ]);
  const logs = new Map<string, unknown[]>();
  for (const row of events.rows) {
    const log = logs.get(row.case_id) ?? [];
    log.push(row.payload);
    logs.set(row.case_id, log);
  }
  for (const row of cases.rows) found.set(row.id, contentOf(row.snapshot, logs.get(row.id) ?? []));
  return found;
}

function conflictWith(item: Incoming): PermitLifecycleError {
  return new PermitLifecycleError('store.conflict', `case "${item.rows.id}" is already stored with other content (import item ${item.index})`, {
    path: ['source', item.index, 'id'],
    details: { id: item.rows.id, index: item.index },
  });
}

/** Write the new cases of a batch with COPY: the caller checked that none of their ids is stored. */
async function copyCaseRows(session: SqlSession & Required<Pick<SqlSession, 'copyRows'>>, batch: readonly CaseRows[]): Promise<void> {
  await session.copyRows(
    'permit_cases',
    ['id', 'procedure_id', 'machine_version', 'version', 'state', 'last_event_at', 'snapshot'],
    batch.map((rows) => [rows.id, rows.procedureId, rows.machineVersion, rows.version, rows.state, rows.lastEventAt, rows.snapshot]),
  );
  await session.copyRows(
    'permit_case_events',
    ['case_id', 'seq', 'type', 'at', 'payload'],
    batch.flatMap((rows) => rows.events.map((event) => [rows.id, event.seq, event.type, event.at, event.payload])),
  );
  await session.copyRows(
    'permit_case_deadlines',
    ['case_id', 'deadline_id', 'due', 'opens', 'procedure_id', 'state', 'version'],
    batch.flatMap(indexRowsOf).map((row) => [row.caseId, row.deadlineId, row.due, row.opens, row.procedureId, row.state, row.version]),
  );
}

/**
 * Write one batch in one transaction: ids already stored with the same
 * content are skipped, with other content stop the import (the batch's items
 * before that one are written first). Returns how many were written and
 * skipped.
 */
async function writeBatch(database: SqlDatabase, batch: readonly Incoming[]): Promise<{ imported: number; skipped: number; stop: PermitLifecycleError | null; method: ImportReport['method'] }> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await database.transaction(async (session) => {
        const stored = await storedContents(session, batch.map((item) => item.rows.id));
        const fresh: CaseRows[] = [];
        let skipped = 0;
        let stop: PermitLifecycleError | null = null;
        for (const item of batch) {
          const existing = stored.get(item.rows.id);
          if (existing === undefined) {
            fresh.push(item.rows);
            continue;
          }
          if (existing !== incomingContent(item.rows)) {
            stop = conflictWith(item);
            break;
          }
          skipped += 1;
        }
        if (session.copyRows) {
          await copyCaseRows(session as SqlSession & Required<Pick<SqlSession, 'copyRows'>>, fresh);
          return { imported: fresh.length, skipped, stop, method: 'copy' as const };
        }
        if ((await insertNewCaseRows(session, fresh)).size !== fresh.length) throw new LostRace();
        return { imported: fresh.length, skipped, stop, method: 'insert' as const };
      });
    } catch (error) {
      const race = error instanceof LostRace || (error as { code?: unknown } | null)?.code === UNIQUE_VIOLATION;
      if (!race || attempt >= BATCH_ATTEMPTS) throw error;
    }
  }
}

/** The next items of the source, as many as a batch holds (or fewer at its end). */
async function nextItems(iterator: Iterator<ImportItem> | AsyncIterator<ImportItem>, size: number): Promise<{ items: unknown[]; done: boolean }> {
  const items: unknown[] = [];
  while (items.length < size) {
    let step: IteratorResult<ImportItem>;
    try {
      step = await iterator.next();
    } catch (error) {
      throw new ImportStop(new PermitLifecycleError('argument.invalid', `the import source failed: ${error instanceof Error ? error.message : String(error)}`, { path: ['source'] }));
    }
    if (step.done) return { items, done: true };
    items.push(step.value);
  }
  return { items, done: false };
}

function iteratorOf(source: ImportSource): Iterator<ImportItem> | AsyncIterator<ImportItem> | null {
  if (source !== null && typeof source === 'object') {
    const asyncFactory = (source as AsyncIterable<ImportItem>)[Symbol.asyncIterator];
    if (typeof asyncFactory === 'function') return asyncFactory.call(source);
    const syncFactory = (source as Iterable<ImportItem>)[Symbol.iterator];
    if (typeof syncFactory === 'function') return syncFactory.call(source);
  }
  return null;
}

function withProgress(error: PermitLifecycleError, progress: ImportProgress): PermitLifecycleError {
  return new PermitLifecycleError(error.code, error.message, { path: error.path, details: { ...(error.details ?? {}), ...progress } });
}

/** What `writeBatch` did. */
type Written = Awaited<ReturnType<typeof writeBatch>>;

/** A batch read and verified: its rows, the refusal that ends it (if any), the repeats of an id skipped, and how many items it took. */
interface Prepared {
  batch: Incoming[];
  stop: PermitLifecycleError | null;
  twins: number;
  count: number;
}

/** Verify the items of a batch and make their rows, up to the first refused one. */
function preparedBatch(items: readonly unknown[], firstIndex: number): Prepared {
  const prepared: Prepared = { batch: [], stop: null, twins: 0, count: items.length };
  const inBatch = new Map<string, Incoming>();
  for (const [offset, item] of items.entries()) {
    const index = firstIndex + offset;
    const verified = verifiedItem(item, index);
    if (!verified.ok) {
      prepared.stop = verified.error;
      break;
    }
    const incoming: Incoming = { index, rows: caseRows(verified.value.id, verified.value.current) };
    const twin = inBatch.get(incoming.rows.id);
    if (twin === undefined) {
      inBatch.set(incoming.rows.id, incoming);
      prepared.batch.push(incoming);
    } else if (incomingContent(twin.rows) !== incomingContent(incoming.rows)) {
      prepared.stop = conflictWith(incoming);
      break;
    } else {
      prepared.twins += 1;
    }
  }
  return prepared;
}

/**
 * Import cases into a migrated store database (what `store.importCases`
 * runs). See {@link CaseStore.importCases}. Resolves to a typed error, never
 * rejects; the error's `details` carry the progress made (`read`,
 * `imported`, `skipped`): the items before the one that stopped the import
 * are stored, so running it again on the same source resumes it.
 *
 * @example
 * ```ts
 * const report = await importCases(database, cases.map((current, index) => ({ id: `case-${index}`, case: current })), {
 *   onProgress: ({ imported }) => console.log(`${imported} cases`),
 * });
 * ```
 */
export async function importCases(database: SqlDatabase, source: ImportSource, options: ImportOptions = {}): Promise<Result<ImportReport>> {
  const batchSize = options?.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
    return fail(new PermitLifecycleError('argument.invalid', `batchSize must be a whole number from 1 to ${MAX_BATCH_SIZE}`, { path: ['batchSize'] }));
  }
  if (options?.onProgress !== undefined && typeof options.onProgress !== 'function') {
    return fail(new PermitLifecycleError('argument.invalid', 'onProgress must be a function', { path: ['onProgress'] }));
  }
  const iterator = iteratorOf(source);
  if (iterator === null) return fail(new PermitLifecycleError('argument.invalid', 'the import source must be an iterable, an async iterable or an object-mode stream', { path: ['source'] }));
  const progress: ImportProgress = { read: 0, imported: 0, skipped: 0 };
  let method: ImportReport['method'] = 'insert';
  /** The batch being written while the next one is read and verified: a server works on one while this process verifies the other. */
  let writing: { prepared: Prepared; written: Promise<Written> } | null = null;
  const committed = async ({ prepared, written }: { prepared: Prepared; written: Promise<Written> }): Promise<void> => {
    const outcome = await written;
    if (prepared.batch.length > 0) method = outcome.method;
    progress.imported += outcome.imported;
    progress.skipped += outcome.skipped + prepared.twins;
    const stop = outcome.stop ?? prepared.stop;
    if (stop !== null) {
      progress.read = progress.imported + progress.skipped;
      throw new ImportStop(stop);
    }
    progress.read += prepared.count;
    try {
      options.onProgress?.({ ...progress });
    } catch (error) {
      throw new ImportStop(new PermitLifecycleError('argument.invalid', `onProgress threw: ${error instanceof Error ? error.message : String(error)}`, { path: ['onProgress'] }));
    }
  };
  try {
    let taken = 0;
    for (let done = false; !done; ) {
      let next: Awaited<ReturnType<typeof nextItems>>;
      try {
        next = await nextItems(iterator, batchSize);
      } catch (error) {
        // The source failed: what was being written still counts (or fails first).
        if (writing !== null) await committed(writing);
        throw error;
      }
      done = next.done;
      const prepared = preparedBatch(next.items, taken);
      taken += next.items.length;
      if (writing !== null) await committed(writing);
      const written = writeBatch(database, prepared.batch);
      // Awaited in `committed`; until then a failure must not count as unhandled.
      written.catch(() => undefined);
      writing = { prepared, written };
      if (prepared.stop !== null) break;
    }
    if (writing !== null) await committed(writing);
  } catch (error) {
    await closeIterator(iterator);
    if (error instanceof ImportStop) return fail(withProgress(error.error, progress));
    if (error instanceof PermitLifecycleError) return fail(withProgress(error, progress));
    const message = error instanceof Error ? error.message : String(error);
    return fail(withProgress(new PermitLifecycleError('store.unavailable', `the case store failed during the import: ${message}`), progress));
  }
  return ok({ ...progress, method });
}

async function closeIterator(iterator: Iterator<ImportItem> | AsyncIterator<ImportItem>): Promise<void> {
  try {
    await iterator.return?.();
  } catch {
    // The import already failed; a source that fails to close too adds nothing.
  }
}
