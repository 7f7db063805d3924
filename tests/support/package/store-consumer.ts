/**
 * A throw-away consumer of the packed tarball's store entries: one script
 * (through the main entry) writes a case into an embedded store directory;
 * two others (ESM and CJS) import **only** `permit-lifecycles/store/pglite`
 * and read it back, list what is due and sweep it, printing a JSON report.
 * Before the store entries registered the procedures themselves, the second
 * process got `store.corrupt` on the intact case (unknown procedure), no
 * deemed rejection from `sweepDue`, and the authority's deadline described
 * as the applicant's.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runOrThrow } from './run';

/** The seasonal-worker case the writer stores: submitted on 2026-02-10, so the authority's decision is due on 2026-05-10. */
export const STORED_EVENTS = [
  { type: 'vacancy.declared', at: '2026-01-12' },
  { type: 'clock.advanced', at: '2026-02-03' },
  { type: 'ademCertificate.issued', at: '2026-02-05' },
  { type: 'documents.supplied', at: '2026-02-09', documents: ['passportCopy', 'criminalRecordExtract', 'qualificationsCopy', 'seasonalContractCopy', 'ademCertificateOriginal', 'housingProof'] },
  { type: 'application.submitted', at: '2026-02-10', submittedFrom: 'abroad', employer: 'Domaine Example SARL', activity: 'harvesting' },
];

/** The day the store-only scripts sweep: after the decision period. */
export const SWEEP_DAY = '2026-06-01';

const WRITE_SCRIPT = `import * as lib from 'permit-lifecycles';
import { openPgliteCaseStore } from 'permit-lifecycles/store/pglite';
const opened = lib.createCase('seasonalWorker', { at: '2026-01-12', facts: { visaRequired: true } });
if (!opened.ok) throw opened.error;
const current = lib.applyAll(opened.value, ${JSON.stringify(STORED_EVENTS)});
if (!current.ok) throw current.error;
const store = await openPgliteCaseStore({ dataDir: process.argv[2] });
if (!store.ok) throw store.error;
const created = await store.value.create('case-1', current.value);
if (!created.ok) throw created.error;
await store.value.close();
`;

const STORE_ONLY_BODY = String.raw`
async function storeOnlyReport(storeEntry, dataDir) {
  const opened = await storeEntry.openPgliteCaseStore({ dataDir });
  if (!opened.ok) throw opened.error;
  const store = opened.value;
  const read = await store.read('case-1', { verify: true });
  const due = await store.listDue({ before: '${SWEEP_DAY}' });
  const swept = await storeEntry.sweepDue(store, { at: '${SWEEP_DAY}' });
  await store.close();
  return {
    read: read.ok ? { state: read.value.case.state, version: read.value.version } : read.error.code,
    due: due.ok ? due.value.flatMap((entry) => entry.deadlines.map((deadline) => ({ id: deadline.id, actor: deadline.actor, kind: deadline.kind }))) : due.error.code,
    lapsed: swept.ok ? swept.value.lapsed.map((lapse) => ({ from: lapse.from, to: lapse.to })) : swept.error.code,
    failed: swept.ok ? swept.value.failed.map((failure) => failure.error.code) : [],
  };
}
`;

const STORE_ONLY_ESM = `import * as storeEntry from 'permit-lifecycles/store/pglite';
${STORE_ONLY_BODY}
console.log(JSON.stringify(await storeOnlyReport(storeEntry, process.argv[2])));
`;

const STORE_ONLY_CJS = `'use strict';
const storeEntry = require('permit-lifecycles/store/pglite');
${STORE_ONLY_BODY}
storeOnlyReport(storeEntry, process.argv[2]).then((report) => console.log(JSON.stringify(report)));
`;

/**
 * Create the store consumer in `dir`: the tarball, xstate, zod and PGlite
 * at the given versions, and the scripts `write.mjs <dataDir>`,
 * `store-only.mjs <dataDir>` and `store-only.cjs <dataDir>`.
 *
 * @example
 * ```ts
 * const dir = createStoreConsumer(join(workDir, 'store-consumer'), tarball, { xstate: '5.33.3', zod: '4.6.7', pglite: '0.5.16' });
 * ```
 */
export function createStoreConsumer(dir: string, tarball: string, versions: { xstate: string; zod: string; pglite: string }): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'permit-lifecycles-store-consumer', version: '1.0.0', private: true }, null, 2)}\n`);
  writeFileSync(join(dir, 'write.mjs'), WRITE_SCRIPT);
  writeFileSync(join(dir, 'store-only.mjs'), STORE_ONLY_ESM);
  writeFileSync(join(dir, 'store-only.cjs'), STORE_ONLY_CJS);
  runOrThrow(
    'npm',
    ['install', '--prefix', dir, '--no-audit', '--no-fund', '--no-package-lock', '--ignore-scripts', '--loglevel=error', tarball, `xstate@${versions.xstate}`, `zod@${versions.zod}`, `@electric-sql/pglite@${versions.pglite}`],
    dir,
    600_000,
  );
  return dir;
}
