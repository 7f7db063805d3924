/**
 * The behaviour every case store back end must show, run against each one
 * (embedded PGlite, PostgreSQL server) by its own test file.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { applyAll, createCase, readPersisted, restore, runScenario, serialize, serializeState, type PermitCase } from '../../src';
import { migrateStore, openSqlCaseStore, STORE_SCHEMA_VERSION, sweepDue, type CaseStore, type SqlDatabase, type SqlSession } from '../../src/store';
import type { IsoDate } from '../../src';

/** What a back end's test file gives the contract. */
export interface StoreHarness {
  store: CaseStore;
  /** Raw SQL on the same database as `store`, to look behind its back. */
  raw: SqlSession;
  /** A new, empty database of the same kind (closed by the contract). */
  freshDatabase(): Promise<SqlDatabase>;
  /** How this back end bulk-loads: `copy` or `insert`. */
  importMethod: 'copy' | 'insert';
}

const scenarioFile = new URL('../../examples/scenarios/seasonal-worker-typical.json', import.meta.url);

/** The bundled typical scenario's case after its first `count` events (all of them by default). */
export function typicalCase(count?: number): PermitCase {
  const run = runScenario(JSON.parse(readFileSync(scenarioFile, 'utf8')));
  if (!run.ok) throw run.error;
  const full = run.value.case;
  if (count === undefined) return full;
  const opened = createCase(full.procedureId, { at: full.context.openedOn, facts: full.context.facts });
  if (!opened.ok) throw opened.error;
  const prefix = applyAll(opened.value, full.events.slice(0, count));
  if (!prefix.ok) throw prefix.error;
  return prefix.value;
}

/** The typical case after 12 events, for a person whose name holds what COPY's text format must escape. */
function oddlyNamedCase(): PermitCase {
  const full = typicalCase();
  const facts = { ...full.context.facts, person: { ...(full.context.facts as { person: object }).person, fullName: 'Tab\there \\N back\\slash\nnew\rline "quoted" \u00e9' } };
  const opened = createCase(full.procedureId, { at: full.context.openedOn, facts });
  if (!opened.ok) throw opened.error;
  const replayed = applyAll(opened.value, full.events.slice(0, 12));
  if (!replayed.ok) throw replayed.error;
  return replayed.value;
}

/** A case preparing its application (documents may be supplied any number of times). */
export function preparingCase(): PermitCase {
  return typicalCase(3);
}

async function eventCount(raw: SqlSession, id: string): Promise<number> {
  const found = await raw.query<{ n: number }>('SELECT count(*)::int AS n FROM permit_case_events WHERE case_id = $1', [id]);
  return found.rows[0]?.n ?? -1;
}

/** Register the contract's tests; `harness` is read when they run (after `beforeAll`). */
export function caseStoreContract(prefix: string, harness: () => StoreHarness): void {
  const id = (name: string) => `${prefix}-${name}`;

  it('migrates to the current schema version', async () => {
    expect(await harness().store.schemaVersion()).toEqual({ ok: true, value: STORE_SCHEMA_VERSION });
    const steps = await harness().raw.query<{ version: number }>('SELECT version FROM permit_store_migrations ORDER BY version');
    expect(steps.rows.map((row) => row.version)).toEqual([1, 2, 3]);
  });

  it('stores a case with its events and reads it back, verified against the event rows', async () => {
    const { store, raw } = harness();
    const original = typicalCase();
    const created = await store.create(id('roundtrip'), original);
    expect(created.ok && created.value.version).toBe(18);
    const read = await store.read(id('roundtrip'), { verify: true });
    if (!read.ok) throw read.error;
    expect(read.value.version).toBe(18);
    expect(serialize(read.value.case)).toBe(serialize(original));
    expect(await eventCount(raw, id('roundtrip'))).toBe(18);
  });

  it('refuses a second case under the same id with store.conflict and keeps the first', async () => {
    const { store } = harness();
    expect((await store.create(id('twice'), typicalCase(3))).ok).toBe(true);
    const again = await store.create(id('twice'), typicalCase());
    expect(!again.ok && again.error.code).toBe('store.conflict');
    const read = await store.read(id('twice'));
    expect(read.ok && read.value.version).toBe(3);
  });

  it('refuses a tampered case at creation and stores nothing', async () => {
    const { store } = harness();
    const tampered = { ...typicalCase(5), state: 'residencePermitValid' };
    const created = await store.create(id('tampered'), tampered);
    expect(!created.ok && created.error.code).toBe('argument.invalid');
    const read = await store.read(id('tampered'));
    expect(!read.ok && read.error.code).toBe('store.notFound');
  });

  it('refuses a case read from a state snapshot (no earlier events) at creation, saying how to get them, and stores nothing', async () => {
    const { store } = harness();
    const read = readPersisted(serializeState(typicalCase(5)));
    if (!read.ok) throw read.error;
    const created = await store.create(id('partial-log'), read.value);
    expect(!created.ok && created.error.code).toBe('argument.invalid');
    expect(!created.ok && created.error.message).toContain('restore(snapshot, { events })');
    const stored = await store.read(id('partial-log'));
    expect(!stored.ok && stored.error.code).toBe('store.notFound');
  });

  it('appends events: new version, new state, event rows and snapshot together', async () => {
    const { store, raw } = harness();
    await store.create(id('append'), typicalCase(4));
    const appended = await store.append(
      id('append'),
      [{ type: 'application.submitted', at: '2026-02-10', submittedFrom: 'abroad', employer: 'Domaine Example SARL', activity: 'harvesting' }],
      { expectedVersion: 4 },
    );
    if (!appended.ok) throw appended.error;
    expect(appended.value.version).toBe(5);
    expect(appended.value.case.state).toBe('awaitingDecision');
    expect(await eventCount(raw, id('append'))).toBe(5);
    const read = await store.read(id('append'), { verify: true });
    expect(read.ok && read.value.case.context.deadlines).toEqual({ decision: { due: '2026-05-10' } });
  });

  it('refuses a stale expected version with store.conflict and changes nothing', async () => {
    const { store, raw } = harness();
    await store.create(id('stale'), preparingCase());
    const first = await store.append(id('stale'), [{ type: 'documents.supplied', at: '2026-02-06', documents: ['passportCopy'] }], { expectedVersion: 3 });
    expect(first.ok).toBe(true);
    const second = await store.append(id('stale'), [{ type: 'documents.supplied', at: '2026-02-06', documents: ['housingProof'] }], { expectedVersion: 3 });
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.error.code).toBe('store.conflict');
    expect(second.error.details).toMatchObject({ expectedVersion: 3, actualVersion: 4 });
    expect(await eventCount(raw, id('stale'))).toBe(4);
  });

  it('lets exactly one of several simultaneous appends at the same version through', async () => {
    const { store, raw } = harness();
    await store.create(id('simultaneous'), preparingCase());
    const documents = ['passportCopy', 'housingProof', 'qualificationsCopy', 'seasonalContractCopy', 'criminalRecordExtract'];
    const results = await Promise.all(
      documents.map((document) => store.append(id('simultaneous'), [{ type: 'documents.supplied', at: '2026-02-06', documents: [document] }], { expectedVersion: 3 })),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok).map((result) => !result.ok && result.error.code)).toEqual(Array(4).fill('store.conflict'));
    expect(await eventCount(raw, id('simultaneous'))).toBe(4);
  });

  it('refuses a batch whose second event the procedure refuses: nothing of it is stored', async () => {
    const { store, raw } = harness();
    await store.create(id('batch'), preparingCase());
    const refused = await store.append(
      id('batch'),
      [
        { type: 'documents.supplied', at: '2026-02-06', documents: ['passportCopy'] },
        { type: 'visa.issued', at: '2026-02-07' },
      ],
      { expectedVersion: 3 },
    );
    expect(!refused.ok && refused.error.code).toBe('event.notAllowed');
    expect(!refused.ok && refused.error.path.slice(0, 2)).toEqual(['events', 1]);
    expect(await eventCount(raw, id('batch'))).toBe(3);
    const read = await store.read(id('batch'), { verify: true });
    expect(read.ok && read.value.version).toBe(3);
  });

  it('gives typed errors for bad input, unknown cases and out-of-order events', async () => {
    const { store } = harness();
    await store.create(id('bad'), preparingCase());
    const codes = [
      await store.append('', [{ type: 'clock.advanced', at: '2026-02-06' }], { expectedVersion: 0 }),
      await store.append(id('bad'), [], { expectedVersion: 3 }),
      await store.append(id('bad'), [{ type: 'clock.advanced', at: '2026-02-06' }], { expectedVersion: -1 }),
      await store.append(id('bad'), [{ type: 'clock.advanced', at: '2026-02-30' }], { expectedVersion: 3 }),
      await store.append(id('bad'), [{ type: 'clock.advanced', at: '2026-01-01' }], { expectedVersion: 3 }),
      await store.append(id('missing'), [{ type: 'clock.advanced', at: '2026-02-06' }], { expectedVersion: 0 }),
      await store.read(id('missing')),
      await store.listDue({ before: 'next week' as IsoDate }),
      await store.create(id('not-a-case'), { nonsense: true } as unknown as PermitCase),
    ].map((result) => (result.ok ? 'ok' : result.error.code));
    expect(codes).toEqual([
      'store.invalidId',
      'argument.invalid',
      'argument.invalid',
      'event.invalid',
      'event.outOfOrder',
      'store.notFound',
      'store.notFound',
      'argument.invalid',
      'argument.invalid',
    ]);
    const read = await store.read(id('bad'), { verify: true });
    expect(read.ok && read.value.version).toBe(3);
  });

  it('refuses ids that are not well-formed, hold a control character or are too long (store.invalidId), writing nothing', async () => {
    const { store, raw } = harness();
    const countRows = async () => (await raw.query<{ n: number }>("SELECT count(*)::int AS n FROM permit_cases WHERE id LIKE $1 OR id LIKE 'lone%' OR id LIKE 'nul%'", [`${id('ids')}%`])).rows[0]!.n;
    const before = await countRows();
    const clock = [{ type: 'clock.advanced', at: '2026-02-06' }];
    const bad = ['lone\ud800', 'lone\udc00', 'lone\udc00\ud800', `${id('ids')}\ud83d`, 'nul\u0000byte', `${id('ids')}\u0007`, `${id('ids')}\n`, `${id('ids')}\u009b`, '', 'x'.repeat(201), 42, null];
    for (const each of bad) {
      const codes = [await store.create(each as string, preparingCase()), await store.read(each as string), await store.append(each as string, clock, { expectedVersion: 3 })].map((result) => (result.ok ? 'ok' : result.error.code));
      expect(codes, JSON.stringify(each)).toEqual(['store.invalidId', 'store.invalidId', 'store.invalidId']);
    }
    const refused = await store.read('lone\ud800');
    expect(!refused.ok && refused.error.path).toEqual(['id']);
    expect(await countRows()).toBe(before);
    // At the limit, and with surrogate pairs: accepted, and two ids that differ only in their astral characters stay two cases.
    const longest = `${id('ids')}-`.padEnd(200, 'x');
    const smile = `${id('ids')}-\ud83d\ude00`;
    const frown = `${id('ids')}-\ud83d\ude41`;
    for (const each of [longest, smile, frown]) expect((await store.create(each, preparingCase())).ok, each).toBe(true);
    expect((await store.create(smile, preparingCase())).ok).toBe(false);
    const appended = await store.append(smile, clock, { expectedVersion: 3 });
    expect(appended.ok && appended.value.version).toBe(4);
    const [readSmile, readFrown, readLongest] = [await store.read(smile), await store.read(frown), await store.read(longest)];
    expect(readSmile.ok && readSmile.value.version).toBe(4);
    expect(readFrown.ok && readFrown.value.version).toBe(3);
    expect(readLongest.ok && readLongest.value.id).toBe(longest);
    const ids = await store.listIds();
    expect(ids.ok && ids.value.filter((each) => [longest, smile, frown].includes(each)).length).toBe(3);
  });

  it('never rejects and never half-writes, whatever is appended (property)', async () => {
    const { store, raw } = harness();
    await store.create(id('fuzz'), preparingCase());
    const junk = fc.oneof(
      fc.anything(),
      fc.record({ type: fc.constantFrom('documents.supplied', 'clock.advanced', 'visa.issued'), at: fc.oneof(fc.constant('2026-02-06'), fc.string()) }, { requiredKeys: [] }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(junk, { minLength: 1, maxLength: 3 }), async (events) => {
        const before = await store.read(id('fuzz'));
        if (!before.ok) throw before.error;
        const result = await store.append(id('fuzz'), events, { expectedVersion: before.value.version });
        const after = await store.read(id('fuzz'), { verify: true });
        if (!after.ok) throw after.error;
        expect(after.value.version).toBe(result.ok ? before.value.version + events.length : before.value.version);
        expect(await eventCount(raw, id('fuzz'))).toBe(after.value.version);
      }),
      { numRuns: 40 },
    );
  });

  it('reports a stored snapshot that no longer matches as store.corrupt', async () => {
    const { store, raw } = harness();
    await store.create(id('corrupt'), typicalCase(6));
    await raw.query(`UPDATE permit_cases SET snapshot = json_build_object('format', 'permit-lifecycles/case') WHERE id = $1`, [id('corrupt')]);
    const read = await store.read(id('corrupt'));
    expect(!read.ok && read.error.code).toBe('store.corrupt');
    await store.create(id('corrupt-log'), typicalCase(6));
    await raw.query('DELETE FROM permit_case_events WHERE case_id = $1 AND seq = 6', [id('corrupt-log')]);
    expect((await store.read(id('corrupt-log'))).ok).toBe(true);
    const verified = await store.read(id('corrupt-log'), { verify: true });
    expect(!verified.ok && verified.error.code).toBe('store.corrupt');
  });

  it('lists the cases with deadlines due before a day, soonest first, through the due-date index', async () => {
    const { store } = harness();
    await store.create(id('due-decision'), typicalCase(5)); // decision due 2026-05-10
    await store.create(id('due-arrival'), typicalCase(8)); // arrival declaration due 2026-04-17, authorisation to 2026-06-17
    await store.create(id('due-none'), typicalCase(4));
    const due = await store.listDue({ before: '2026-05-11', asOf: '2026-05-01' });
    if (!due.ok) throw due.error;
    const mine = due.value.filter((entry) => entry.caseId.startsWith(id('due-')));
    expect(mine.map((entry) => [entry.caseId, entry.state, entry.deadlines.map((d) => `${d.id}:${d.due}:${d.state}:${d.actor}`)])).toEqual([
      [id('due-arrival'), 'enteredLuxembourg', ['arrivalDeclaration:2026-04-17:overdue:applicant']],
      [id('due-decision'), 'awaitingDecision', ['decision:2026-05-10:open:authority']],
    ]);
    const window = await store.listDue({ from: '2026-04-18', before: '2026-05-11' });
    expect(window.ok && window.value.filter((entry) => entry.caseId.startsWith(id('due-'))).map((entry) => entry.caseId)).toEqual([id('due-decision')]);
    const badFrom = await store.listDue({ from: '18/04/2026' as IsoDate, before: '2026-05-11' });
    expect(!badFrom.ok && badFrom.error.path).toEqual(['from']);
    const exclusive = await store.listDue({ before: '2026-05-10', procedureId: 'seasonalWorker' });
    expect(exclusive.ok && exclusive.value.some((entry) => entry.caseId === id('due-decision'))).toBe(false);
    const otherProcedure = await store.listDue({ before: '2026-05-11', procedureId: 'salariedWorker' });
    expect(otherProcedure.ok && otherProcedure.value.some((entry) => entry.caseId.startsWith(id('due-')))).toBe(false);
    // Declaring arrival meets the obligation: it leaves the index.
    await store.append(id('due-arrival'), [{ type: 'arrival.declared', at: '2026-04-16' }], { expectedVersion: 8 });
    const after = await store.listDue({ before: '2026-05-11' });
    expect(after.ok && after.value.some((entry) => entry.caseId === id('due-arrival'))).toBe(false);
  });

  it('sweeps: lapses fire once and are recorded, then what is due in the week is listed', async () => {
    const { store } = harness();
    await store.create(id('sweep-decision'), typicalCase(5)); // decision due 2026-05-10
    await store.create(id('sweep-permit'), typicalCase()); // valid to 2026-09-15
    const first = await sweepDue(store, { at: '2026-05-11' });
    if (!first.ok) throw first.error;
    expect(first.value.lapsed.filter((lapse) => lapse.caseId.startsWith(id('sweep-')))).toEqual([
      { caseId: id('sweep-decision'), from: 'awaitingDecision', to: 'deemedRejected', version: 6 },
    ]);
    // A case in a final state accepts nothing: it leaves the due-date index.
    const afterLapse = await store.listDue({ before: '2027-01-01' });
    expect(afterLapse.ok && afterLapse.value.some((entry) => entry.caseId === id('sweep-decision'))).toBe(false);
    const again = await sweepDue(store, { at: '2026-05-11' });
    expect(again.ok && again.value.lapsed.filter((lapse) => lapse.caseId.startsWith(id('sweep-')))).toEqual([]);
    const week = await sweepDue(store, { at: '2026-09-10', horizonDays: 7 });
    if (!week.ok) throw week.error;
    expect(week.value.until).toBe('2026-09-17');
    const permit = week.value.due.find((entry) => entry.caseId === id('sweep-permit'));
    expect(permit?.deadlines.map((d) => `${d.id}:${d.due}`)).toEqual(['renewalApplication:2026-09-15', 'validityEnd:2026-09-15']);
    const bad = await sweepDue(store, { at: '2026-13-01' });
    expect(!bad.ok && bad.error.code).toBe('argument.invalid');
  });

  it('runs versioned migrations: a version-1 store gets the due-date index, backfilled; a newer one is refused', async () => {
    const database = await harness().freshDatabase();
    try {
      expect(await migrateStore(database, 1)).toBe(1);
      const old = typicalCase(8);
      await database.query(
        `INSERT INTO permit_cases (id, procedure_id, machine_version, version, state, last_event_at, snapshot) VALUES ($1, $2, $3, $4, $5, $6::date, $7::text::json)`,
        ['old-case', old.procedureId, old.machineVersion, old.events.length, 'enteredLuxembourg', old.context.lastEventAt, serialize(old)],
      );
      const opened = await openSqlCaseStore({ ...database, close: async () => undefined });
      if (!opened.ok) throw opened.error;
      expect(await opened.value.schemaVersion()).toEqual({ ok: true, value: 3 });
      const due = await opened.value.listDue({ before: '2026-07-01' });
      expect(due.ok && due.value.map((entry) => [entry.caseId, entry.deadlines.map((d) => d.id)])).toEqual([['old-case', ['arrivalDeclaration']]]);
      await database.query(`INSERT INTO permit_store_migrations (version, name) VALUES (99, 'from the future')`);
      const newer = await openSqlCaseStore({ ...database, close: async () => undefined });
      expect(!newer.ok && newer.error.code).toBe('store.schemaUnsupported');
    } finally {
      await database.close();
    }
  });

  it('imports cases, full snapshots and state snapshots with their events from an async source, batch by batch, with progress', async () => {
    const { store, raw } = harness();
    const cases = [typicalCase(), typicalCase(5), typicalCase(0), typicalCase(9), oddlyNamedCase()];
    async function* source() {
      yield { id: id('import-0'), case: cases[0]! };
      yield { id: id('import-1'), snapshot: serialize(cases[1]!) };
      yield { id: id('import-2'), snapshot: JSON.parse(serialize(cases[2]!)) as unknown };
      yield { id: id('import-3'), snapshot: serializeState(cases[3]!), events: cases[3]!.events };
      yield { id: id('import-4'), case: cases[4]! };
    }
    const progress: unknown[] = [];
    const report = await store.importCases(source(), { batchSize: 2, onProgress: (step) => progress.push(step) });
    expect(report).toEqual({ ok: true, value: { read: 5, imported: 5, skipped: 0, method: harness().importMethod } });
    expect(progress).toEqual([
      { read: 2, imported: 2, skipped: 0 },
      { read: 4, imported: 4, skipped: 0 },
      { read: 5, imported: 5, skipped: 0 },
    ]);
    for (const [index, original] of cases.entries()) {
      const read = await store.read(id(`import-${index}`), { verify: true });
      if (!read.ok) throw read.error;
      expect(serialize(read.value.case)).toBe(serialize(original));
      expect(await eventCount(raw, id(`import-${index}`))).toBe(original.events.length);
    }
    const due = await store.listDue({ before: '2026-05-11', asOf: '2026-05-01' });
    expect(due.ok && due.value.filter((entry) => entry.caseId.startsWith(id('import-'))).map((entry) => entry.caseId)).toEqual([id('import-1')]);
  });

  it('stops an import at a refused item with everything before it stored, and resumes without duplicates', async () => {
    const { store, raw } = harness();
    const items = Array.from({ length: 7 }, (_, index) => ({ id: id(`resume-${index}`), case: typicalCase(index + 2) }));
    const tampered = [...items];
    tampered[4] = { id: items[4]!.id, case: { ...items[4]!.case, state: 'residencePermitValid' } as PermitCase };
    const first = await store.importCases(tampered, { batchSize: 3 });
    expect(first.ok).toBe(false);
    if (first.ok) return;
    expect(first.error.code).toBe('argument.invalid');
    expect(first.error.path.slice(0, 3)).toEqual(['source', 4, 'case']);
    expect(first.error.details).toMatchObject({ read: 4, imported: 4, skipped: 0 });
    const stored = async () => (await raw.query<{ id: string }>('SELECT id FROM permit_cases WHERE id LIKE $1 ORDER BY id', [`${id('resume-')}%`])).rows.map((row) => row.id);
    expect(await stored()).toEqual(items.slice(0, 4).map((item) => item.id));
    // Resumed from the start with the source corrected: what is stored is skipped, the rest imported once.
    const second = await store.importCases(items, { batchSize: 3 });
    expect(second.ok && second.value).toMatchObject({ read: 7, imported: 3, skipped: 4 });
    expect(await stored()).toEqual(items.map((item) => item.id));
    for (const item of items) expect(await eventCount(raw, item.id)).toBe(item.case.events.length);
    // The same id twice in one source, with the same case: stored once.
    const twice = await store.importCases([{ id: id('resume-twice'), case: typicalCase(3) }, { id: id('resume-twice'), case: typicalCase(3) }]);
    expect(twice.ok && twice.value).toMatchObject({ read: 2, imported: 1, skipped: 1 });
    expect(await eventCount(raw, id('resume-twice'))).toBe(3);
  });

  it('refuses to import over a stored case with other content (store.conflict), keeping the items before it', async () => {
    const { store, raw } = harness();
    await store.create(id('clash'), typicalCase(4));
    const result = await store.importCases([
      { id: id('clash-before'), case: typicalCase(2) },
      { id: id('clash'), case: typicalCase(5) },
      { id: id('clash-after'), case: typicalCase(2) },
    ]);
    expect(!result.ok && [result.error.code, result.error.path, result.error.details]).toEqual([
      'store.conflict',
      ['source', 1, 'id'],
      { id: id('clash'), index: 1, read: 1, imported: 1, skipped: 0 },
    ]);
    expect(await eventCount(raw, id('clash'))).toBe(4);
    expect((await store.read(id('clash-before'))).ok).toBe(true);
    expect((await store.read(id('clash-after'))).ok).toBe(false);
    const inBatch = await store.importCases([
      { id: id('clash-twin'), case: typicalCase(2) },
      { id: id('clash-twin'), case: typicalCase(3) },
    ]);
    expect(!inBatch.ok && inBatch.error.code).toBe('store.conflict');
    expect(await eventCount(raw, id('clash-twin'))).toBe(2);
  });

  it('gives typed errors for a bad import source or options, and for a source that fails midway', async () => {
    const { store } = harness();
    const codes = [
      await store.importCases(42 as never),
      await store.importCases([], { batchSize: 0 }),
      await store.importCases([], { onProgress: 'yes' as never }),
      await store.importCases([{ id: 'lone\ud800', case: typicalCase(2) }]),
      await store.importCases([null as never]),
      await store.importCases([{ id: id('neither') } as never]),
      await store.importCases([{ id: id('state-alone'), snapshot: serializeState(typicalCase(3)) }]),
    ].map((result) => (result.ok ? 'ok' : `${result.error.code} ${result.error.path.slice(0, 3).join('/')}`));
    expect(codes).toEqual([
      'argument.invalid source',
      'argument.invalid batchSize',
      'argument.invalid onProgress',
      'store.invalidId source/0/id',
      'argument.invalid source/0',
      'argument.invalid source/0',
      'argument.invalid source/0/snapshot',
    ]);
    function* failing() {
      yield { id: id('failing-0'), case: typicalCase(2) };
      throw new Error('disk gone');
    }
    const failed = await store.importCases(failing(), { batchSize: 1 });
    expect(!failed.ok && [failed.error.code, failed.error.message, failed.error.details]).toEqual(['argument.invalid', 'the import source failed: disk gone', { read: 1, imported: 1, skipped: 0 }]);
    const empty = await store.importCases([]);
    expect(empty.ok && empty.value).toMatchObject({ read: 0, imported: 0, skipped: 0 });
  });

  it('migrates a store written by release 0.2.0 (schema 2, full snapshots in the case rows) to state snapshots, case for case', async () => {
    const database = await harness().freshDatabase();
    try {
      expect(await migrateStore(database, 2)).toBe(2);
      await loadTables(database, releasedStore);
      // A row the store could not have written (its snapshot's log is one event short) is left as it is.
      const damaged = { ...releasedStore.permit_cases[0]!, id: 'v2-damaged' };
      const shortLog = { ...(damaged.snapshot as { events: unknown[] }), events: (damaged.snapshot as { events: unknown[] }).events.slice(1) };
      await loadTables(database, { permit_cases: [{ ...damaged, snapshot: shortLog }], permit_case_events: releasedStore.permit_case_events.filter((row) => row.case_id === releasedStore.permit_cases[0]!.id).map((row) => ({ ...row, case_id: 'v2-damaged' })) });
      const opened = await openSqlCaseStore({ ...database, close: async () => undefined });
      if (!opened.ok) throw opened.error;
      const store = opened.value;
      expect(await store.schemaVersion()).toEqual({ ok: true, value: 3 });
      const formats = await database.query<{ id: string; format: string }>(`SELECT id, snapshot->>'format' AS format FROM permit_cases ORDER BY id`);
      expect(formats.rows).toEqual([
        ...releasedStore.permit_cases.slice(0, 1).map((row) => ({ id: row.id, format: 'permit-lifecycles/case-state' })),
        { id: 'v2-damaged', format: 'permit-lifecycles/case' },
        ...releasedStore.permit_cases.slice(1).map((row) => ({ id: row.id, format: 'permit-lifecycles/case-state' })),
      ]);
      for (const row of releasedStore.permit_cases) {
        const verified = await store.read(row.id, { verify: true });
        if (!verified.ok) throw verified.error;
        expect(verified.value.version).toBe(row.version);
        const before = restore(row.snapshot);
        if (!before.ok) throw before.error;
        expect(serialize(verified.value.case)).toBe(serialize(before.value));
        const quick = await store.read(row.id);
        expect(quick.ok && [quick.value.case.state, quick.value.case.context, quick.value.case.earlierEventCount ?? 0]).toEqual([before.value.state, before.value.context, row.version]);
      }
      const damagedRead = await store.read('v2-damaged');
      expect(!damagedRead.ok && damagedRead.error.code).toBe('store.corrupt');
      const dueBefore = await store.listDue({ before: '2026-04-18' });
      expect(dueBefore.ok && dueBefore.value.map((entry) => [entry.caseId, entry.deadlines.map((d) => d.id)])).toEqual([['v2-appended', ['arrivalDeclaration']]]);
      const appended = await store.append('v2-appended', [{ type: 'arrival.declared', at: '2026-04-16' }], { expectedVersion: 8 });
      if (!appended.ok) throw appended.error;
      const after = await store.read('v2-appended', { verify: true });
      expect(after.ok && [after.value.version, after.value.case.events.at(-1)?.type]).toEqual([9, 'arrival.declared']);
      const dueAfter = await store.listDue({ before: '2026-04-18' });
      expect(dueAfter.ok && dueAfter.value.map((entry) => entry.caseId)).toEqual([]);
    } finally {
      await database.close();
    }
  });
}

/** The tables of a store written by release 0.2.0 (see tests/fixtures/store-v2/README.md). */
interface ReleasedTables {
  permit_cases: { id: string; procedure_id: string; machine_version: string; version: number; state: string; last_event_at: string; snapshot: unknown }[];
  permit_case_events: { case_id: string; seq: number; type: string; at: string; payload: unknown }[];
  permit_case_deadlines: { case_id: string; deadline_id: string; due: string; opens: string | null; procedure_id: string; state: string; version: number }[];
}

const releasedStore = JSON.parse(readFileSync(new URL('../fixtures/store-v2/tables.json', import.meta.url), 'utf8')) as ReleasedTables;

async function loadTables(database: SqlSession, tables: Partial<ReleasedTables>): Promise<void> {
  for (const row of tables.permit_cases ?? []) {
    await database.query(`INSERT INTO permit_cases (id, procedure_id, machine_version, version, state, last_event_at, snapshot) VALUES ($1, $2, $3, $4, $5, $6::date, $7::text::json)`, [
      row.id, row.procedure_id, row.machine_version, row.version, row.state, row.last_event_at, JSON.stringify(row.snapshot),
    ]);
  }
  for (const row of tables.permit_case_events ?? []) {
    await database.query(`INSERT INTO permit_case_events (case_id, seq, type, at, payload) VALUES ($1, $2, $3, $4::date, $5::text::json)`, [row.case_id, row.seq, row.type, row.at, JSON.stringify(row.payload)]);
  }
  for (const row of tables.permit_case_deadlines ?? []) {
    await database.query(`INSERT INTO permit_case_deadlines (case_id, deadline_id, due, opens, procedure_id, state, version) VALUES ($1, $2, $3::date, $4::date, $5, $6, $7)`, [
      row.case_id, row.deadline_id, row.due, row.opens, row.procedure_id, row.state, row.version,
    ]);
  }
}
