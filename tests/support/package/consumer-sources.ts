/**
 * The files of the throw-away consumer project the packaging test installs the
 * tarball into: an ESM script, a CJS script, two TypeScript files, a browser
 * page. They all run the same plain-JavaScript scenario ({@link SCENARIO_BODY}),
 * which the test also runs against the repository's sources to get the
 * expected answers.
 */

/**
 * Plain JavaScript defining `coreReport(lib)` (a seasonal-worker case: open,
 * apply the README's events, read the status, refuse a bad event, round-trip a
 * snapshot) and `testingReport(lib, testing)` (the generated path test of the
 * smallest registered machine). Kept free of TypeScript so it runs as is in
 * Node (ESM and CJS), in the browser and through `new Function` in the test.
 *
 * @example
 * ```ts
 * const report = new Function('lib', `${SCENARIO_BODY}\nreturn coreReport(lib);`)(lib);
 * ```
 */
export const SCENARIO_BODY = String.raw`
const OPENING = { at: '2026-01-12', facts: { visaRequired: true } };
const EVENTS = [
  { type: 'vacancy.declared', at: '2026-01-12' },
  { type: 'clock.advanced', at: '2026-02-03' },
  { type: 'ademCertificate.issued', at: '2026-02-05' },
];
const READ_ON = '2026-02-06';

function coreReport(lib) {
  const opened = lib.createCase('seasonalWorker', OPENING);
  if (!opened.ok) throw new Error('createCase refused: ' + opened.error.message);
  let current = opened.value;
  for (const event of EVENTS) {
    const next = lib.apply(current, event);
    if (!next.ok) throw new Error('apply refused ' + event.type + ': ' + next.error.message);
    current = next.value;
  }
  const before = lib.serialize(current);
  const refused = lib.apply(current, { type: 'application.submitted', at: 'not a date' });
  const restored = lib.restore(before);
  const read = lib.status(current, READ_ON);
  return {
    state: read.state,
    phase: read.phase,
    reside: read.rights.reside.verdict,
    work: read.rights.work.verdict,
    allowedEvents: read.allowedEvents,
    machineVersion: JSON.parse(before).machineVersion,
    restoredState: restored.ok ? lib.status(restored.value, READ_ON).state : 'refused: ' + restored.error.code,
    refusedCode: refused.ok ? null : refused.error.code,
    refusedIsTyped: !refused.ok && refused.error instanceof lib.PermitLifecycleError,
    unchangedAfterRefusal: lib.serialize(current) === before,
  };
}

function testingReport(lib, testing) {
  const smallest = lib
    .listProcedures()
    .map((procedure) => ({ procedure, states: lib.allStatePaths(procedure.machine).length }))
    .sort((a, b) => a.states - b.states || a.procedure.id.localeCompare(b.procedure.id))[0].procedure;
  const run = testing.testProcedure(smallest);
  return {
    procedure: smallest.id,
    paths: run.paths.length,
    violations: run.replays.reduce((count, replay) => count + replay.violations.length, 0),
    states: [run.coverage.states.covered, run.coverage.states.total],
    transitions: [run.coverage.transitions.covered, run.coverage.transitions.total],
  };
}
`;

/**
 * The consumer's ESM script: imports both entries and prints a JSON report.
 *
 * @example
 * ```ts
 * writeFileSync(join(dir, 'esm.mjs'), ESM_SCRIPT);
 * ```
 */
export const ESM_SCRIPT = `import * as lib from 'permit-lifecycles';
import * as testing from 'permit-lifecycles/testing';
${SCENARIO_BODY}
console.log(JSON.stringify({ core: coreReport(lib), testing: testingReport(lib, testing) }));
`;

/**
 * What the core-only scripts print: whether the core entry refused the
 * procedure before it was registered, and the same core report afterwards.
 */
const CORE_ONLY_BODY = String.raw`
function coreOnlyReport(core, procedure) {
  const before = core.createCase('seasonalWorker', OPENING);
  core.registerProcedures(procedure);
  return {
    refusedBeforeRegistering: before.ok ? null : before.error.code,
    registered: core.registeredProcedures().map((registered) => registered.id),
    core: coreReport(core),
  };
}
`;

/**
 * The consumer's ESM script for `permit-lifecycles/core` with one procedure
 * entry, and nothing else of the package: the procedure is registered by hand.
 *
 * @example
 * ```ts
 * writeFileSync(join(dir, 'core-only.mjs'), CORE_ONLY_ESM_SCRIPT);
 * ```
 */
export const CORE_ONLY_ESM_SCRIPT = `import * as core from 'permit-lifecycles/core';
import { seasonalWorker } from 'permit-lifecycles/seasonal-worker';
${SCENARIO_BODY}
${CORE_ONLY_BODY}
console.log(JSON.stringify(coreOnlyReport(core, seasonalWorker)));
`;

/**
 * The CJS twin of {@link CORE_ONLY_ESM_SCRIPT}.
 *
 * @example
 * ```ts
 * writeFileSync(join(dir, 'core-only.cjs'), CORE_ONLY_CJS_SCRIPT);
 * ```
 */
export const CORE_ONLY_CJS_SCRIPT = `'use strict';
const core = require('permit-lifecycles/core');
const { seasonalWorker } = require('permit-lifecycles/seasonal-worker');
${SCENARIO_BODY}
${CORE_ONLY_BODY}
console.log(JSON.stringify(coreOnlyReport(core, seasonalWorker)));
`;

/**
 * The consumer's CJS script: requires both entries and prints a JSON report.
 *
 * @example
 * ```ts
 * writeFileSync(join(dir, 'cjs.cjs'), CJS_SCRIPT);
 * ```
 */
export const CJS_SCRIPT = `'use strict';
const lib = require('permit-lifecycles');
const testing = require('permit-lifecycles/testing');
${SCENARIO_BODY}
console.log(JSON.stringify({ core: coreReport(lib), testing: testingReport(lib, testing) }));
`;

/**
 * A TypeScript file using the public types of both entries. The
 * `@ts-expect-error` lines make the check fail if the types were `any`.
 *
 * @example
 * ```ts
 * writeFileSync(join(dir, 'check.ts'), TYPED_CONSUMER);
 * ```
 */
export const TYPED_CONSUMER = `import {
  apply,
  createCase,
  listProcedures,
  PermitLifecycleError,
  restore,
  serialize,
  status,
  type CaseStatus,
  type RightVerdict,
  type PermitCase,
  type Result,
} from 'permit-lifecycles';
import { formatCoverage, testProcedure, type ProcedureTestRun } from 'permit-lifecycles/testing';
import { registerProcedures, type Procedure } from 'permit-lifecycles/core';
import { salariedWorker } from 'permit-lifecycles/salaried-worker';

const opened: Result<PermitCase> = createCase('seasonalWorker', { at: '2026-01-12', facts: { visaRequired: true } });
if (!opened.ok) {
  const error: PermitLifecycleError = opened.error;
  throw error;
}
const current: PermitCase = opened.value;
const next: Result<PermitCase> = apply(current, { type: 'vacancy.declared', at: '2026-01-12' });
const read: CaseStatus = status(current, '2026-01-13');
const state: string = read.state;
const mayWork: RightVerdict = read.rights.work.verdict;
// @ts-expect-error the status is typed: a verdict is one of four words, not a boolean
const notAString: boolean = read.rights.work.verdict;
// @ts-expect-error a case cannot be opened without its date
createCase('seasonalWorker', {});
const json: string = serialize(current);
const back: Result<PermitCase> = restore(json);
const code: string | null = back.ok ? null : back.error.code;
const first = listProcedures()[0];
const table: string | null = first ? formatCoverage([(testProcedure(first) satisfies ProcedureTestRun).coverage]) : null;

registerProcedures(salariedWorker);
const asProcedure: Procedure = salariedWorker;
// @ts-expect-error only procedures can be registered
registerProcedures({ id: 'seasonalWorker' });

export { asProcedure, back, code, mayWork, next, notAString, state, table };
`;

/**
 * The browser entry: opens the case in the page and writes its status there.
 *
 * @example
 * ```ts
 * writeFileSync(join(dir, 'browser-entry.mjs'), BROWSER_ENTRY);
 * ```
 */
export const BROWSER_ENTRY = `import * as lib from 'permit-lifecycles';
${SCENARIO_BODY}
const report = coreReport(lib);
document.getElementById('status').textContent = report.state;
globalThis.permitReport = report;
`;

/**
 * The page that loads the browser bundle.
 *
 * @example
 * ```ts
 * writeFileSync(join(dir, 'index.html'), BROWSER_PAGE);
 * ```
 */
export const BROWSER_PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>permit-lifecycles in a browser</title></head>
  <body>
    <p id="status">not run</p>
    <script src="bundle.js"></script>
  </body>
</html>
`;

/**
 * tsconfig files of the consumer: strict, one per module resolution. Under
 * `node16` the `.ts` file is CommonJS (the consumer has no `"type"`), so it
 * reads the `.d.cts` types, and the `.mts` file reads the `.d.ts` types.
 *
 * @example
 * ```ts
 * writeFileSync(join(dir, 'tsconfig.node16.json'), JSON.stringify(CONSUMER_TSCONFIGS.node16));
 * ```
 */
export const CONSUMER_TSCONFIGS = {
  bundler: {
    compilerOptions: { strict: true, noEmit: true, target: 'es2022', lib: ['es2022', 'dom'], types: [], module: 'esnext', moduleResolution: 'bundler', skipLibCheck: false },
    files: ['check.ts', 'check.mts'],
  },
  node16: {
    compilerOptions: { strict: true, noEmit: true, target: 'es2022', lib: ['es2022', 'dom'], types: [], module: 'node16', moduleResolution: 'node16', skipLibCheck: false },
    files: ['check.ts', 'check.mts'],
  },
} as const;
