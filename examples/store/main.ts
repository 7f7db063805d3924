/**
 * A small app on the embedded case store: it loads the bundled scenarios
 * (examples/scenarios/*.json, run through the case API) into PGlite, then runs
 * the daily sweep and prints what is due.
 *
 *   npx tsx examples/store/main.ts [--at YYYY-MM-DD] [--days N] [--horizon N] [--data-dir DIR]
 *
 * --at       the first day of the sweep (default: the latest reading day of the scenarios;
 *            the library never reads the clock, so a real app passes today's date)
 * --days     how many daily sweeps to run, one day after another (default 1)
 * --horizon  how many days ahead to list deadlines (default 7)
 * --data-dir keep the store in this directory instead of in memory
 *
 * An application imports the same functions from the package:
 *   import { openPgliteCaseStore, sweepDue } from 'permit-lifecycles/store/pglite';
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, isoDateSchema, runScenario, statePath, type IsoDate } from 'permit-lifecycles';
import { openPgliteCaseStore, sweepDue, type CaseStore } from 'permit-lifecycles/store/pglite';

interface Options {
  at: IsoDate | null;
  days: number;
  horizon: number;
  dataDir: string | null;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { at: null, days: 1, horizon: 7, dataDir: null };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--at') options.at = isoDateSchema.parse(value);
    else if (flag === '--days') options.days = Number(value);
    else if (flag === '--horizon') options.horizon = Number(value);
    else if (flag === '--data-dir') options.dataDir = value;
    else throw new Error(`unknown option ${flag}`);
  }
  if (!Number.isInteger(options.days) || options.days < 1) throw new Error('--days must be a positive integer');
  if (!Number.isInteger(options.horizon) || options.horizon < 1) throw new Error('--horizon must be a positive integer');
  return options;
}

const scenariosDir = fileURLToPath(new URL('../scenarios/', import.meta.url));

/** Load every bundled scenario as one case; returns the latest reading day. */
async function loadScenarios(store: CaseStore): Promise<IsoDate> {
  let latest: IsoDate = '0001-01-01';
  const files = readdirSync(scenariosDir).filter((file) => file.endsWith('.json')).sort();
  for (const file of files) {
    const id = basename(file, '.json');
    const run = runScenario(JSON.parse(readFileSync(join(scenariosDir, file), 'utf8')));
    if (!run.ok) {
      console.log(`  ${id}: skipped, ${run.error.message}`);
      continue;
    }
    const existing = await store.read(id);
    const stored = existing.ok ? existing : await store.create(id, run.value.case);
    if (!stored.ok) {
      console.log(`  ${id}: not stored, ${stored.error.message}`);
      continue;
    }
    if (run.value.readOn > latest) latest = run.value.readOn;
    console.log(`  ${id}: ${run.value.scenario.procedure}, ${statePath(stored.value.case.state)}, version ${stored.value.version}${existing.ok ? ' (already stored)' : ''}`);
  }
  return latest;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const opened = await openPgliteCaseStore(options.dataDir ? { dataDir: options.dataDir } : {});
  if (!opened.ok) throw opened.error;
  const store = opened.value;
  try {
    console.log(`Loading the bundled scenarios into the embedded store${options.dataDir ? ` in ${options.dataDir}` : ''}:`);
    const latest = await loadScenarios(store);
    const first = options.at ?? latest;
    console.log(`\nDaily sweep from ${first}, ${options.days} day(s), listing what falls due within ${options.horizon} days.`);
    const shown = new Set<string>();
    for (let day = 0; day < options.days; day += 1) {
      const at = addDays(first, day);
      const swept = await sweepDue(store, { at, horizonDays: options.horizon });
      if (!swept.ok) throw swept.error;
      const lines: string[] = [];
      for (const lapse of swept.value.lapsed) lines.push(`  ${lapse.caseId}: ${lapse.from} -> ${lapse.to} (recorded as version ${lapse.version})`);
      for (const failure of swept.value.failed) lines.push(`  ${failure.caseId}: could not sweep (${failure.error.code}: ${failure.error.message})`);
      for (const due of swept.value.due) {
        for (const deadline of due.deadlines) {
          const key = `${due.caseId}/${deadline.id}/${deadline.due}`;
          // Each deadline once, on the first day it is within the horizon.
          if (shown.has(key)) continue;
          shown.add(key);
          lines.push(`  ${due.caseId} [${due.state}]: ${deadline.label} (${deadline.actor}) due ${deadline.due}, ${deadline.state}`);
        }
      }
      if (lines.length > 0 || options.days === 1) {
        console.log(`${at}${lines.length === 0 ? `: nothing due before ${swept.value.until}` : ''}`);
        for (const line of lines) console.log(line);
      }
    }
    const ids = await store.listIds();
    if (!ids.ok) throw ids.error;
    console.log('\nCases now:');
    for (const id of ids.value) {
      const read = await store.read(id, { verify: true });
      console.log(read.ok ? `  ${id}: ${statePath(read.value.case.state)}, version ${read.value.version}` : `  ${id}: ${read.error.code}`);
    }
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(`store example failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
