/**
 * The behaviour every case store back end must show, run against each one
 * (embedded PGlite, PostgreSQL server) by its own test file.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { applyAll, createCase, readPersisted, runScenario, serialize, serializeState, type PermitCase } from '../../src';
import { migrateStore, openSqlCaseStore, STORE_SCHEMA_VERSION, sweepDue, type CaseStore, type SqlDatabase, type SqlSession } from '../../src/store';
import type { IsoDate } from '../../src';

/** What a back end's test file gives the contract. */
export interface StoreHarness {
  store: CaseStore;
  /** Raw SQL on the same database as `store`, to look behind its back. */
  raw: SqlSession;
  /** A new, empty database of the same kind (closed by the contract). */
  freshDatabase(): Promise<SqlDatabase>;
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
    expect(steps.rows.map((row) => row.version)).toEqual([1, 2]);
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
      expect(await opened.value.schemaVersion()).toEqual({ ok: true, value: 2 });
      const due = await opened.value.listDue({ before: '2026-07-01' });
      expect(due.ok && due.value.map((entry) => [entry.caseId, entry.deadlines.map((d) => d.id)])).toEqual([['old-case', ['arrivalDeclaration']]]);
      await database.query(`INSERT INTO permit_store_migrations (version, name) VALUES (99, 'from the future')`);
      const newer = await openSqlCaseStore({ ...database, close: async () => undefined });
      expect(!newer.ok && newer.error.code).toBe('store.schemaUnsupported');
    } finally {
      await database.close();
    }
  });
}
