/**
 * Persist a case as a versioned JSON snapshot and restore it. A snapshot that
 * is not JSON, or whose state does not match its own event log, is refused
 * whole with a typed error.
 *
 *   npx tsx examples/persist-and-restore.ts [scenario.json]
 */
import { applyAll, createCase, restore, serialize, statePath, type PersistedCase } from 'permit-lifecycles';
import { isMainModule, readScenario } from './scenario-file';

/**
 * Run the example on a scenario file (default: the seasonal-worker one).
 *
 * @example
 * ```ts
 * main([], (line) => lines.push(line)); // 0
 * ```
 */
export function main(args: readonly string[], print: (line: string) => void = console.log): number {
  const scenario = readScenario(args[0]);
  const opened = createCase(scenario.procedure, { at: scenario.openedOn, facts: scenario.facts });
  const applied = opened.ok ? applyAll(opened.value, scenario.events) : opened;
  if (!applied.ok) {
    print(`cannot build the case: ${applied.error.code}: ${applied.error.message}`);
    return 1;
  }
  const json = serialize(applied.value);
  const stored = JSON.parse(json) as PersistedCase;
  print(`snapshot: ${json.length} bytes, schema version ${stored.schemaVersion}, ${stored.procedureId} machine ${stored.machineVersion}`);

  const restored = restore(json);
  if (!restored.ok) {
    print(`cannot restore: ${restored.error.code}: ${restored.error.message}`);
    return 1;
  }
  print(`restored state: ${statePath(restored.value.state)}, ${restored.value.events.length} events`);
  print(`round trip identical: ${serialize(restored.value) === json}`);

  const notJson = restore('{"format": "permit-lifecycles/case", ');
  if (!notJson.ok) print(`truncated snapshot refused: ${notJson.error.code}`);
  const tampered = restore({ ...stored, context: { ...stored.context, lastEventAt: '2099-12-31' } });
  if (!tampered.ok) print(`tampered snapshot refused: ${tampered.error.code} at ${tampered.error.path.join('.')}`);
  return 0;
}

if (isMainModule(import.meta.url)) process.exitCode = main(process.argv.slice(2));
