/**
 * Open a case and read where it stands. Bad input is refused with a typed
 * error, never thrown.
 *
 *   npx tsx examples/create-case.ts [scenario.json]
 */
import { createCase, status } from 'permit-lifecycles';
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
  if (!opened.ok) {
    print(`cannot open the case: ${opened.error.code}: ${opened.error.message}`);
    return 2;
  }
  const current = opened.value;
  const now = status(current);
  print(`opened a ${current.procedureId} case on ${current.context.openedOn}`);
  print(`state: ${now.state} (phase ${now.phase}): ${now.description}`);
  print(`right to reside: ${now.rights.reside.verdict}, right to work: ${now.rights.work.verdict}`);
  print(`next possible events: ${now.allowedEvents.join(', ')}`);

  const refused = createCase(scenario.procedure, { at: '2026-02-30', facts: scenario.facts });
  if (!refused.ok) print(`refused: ${refused.error.code} (field "${refused.error.path.join('.')}"): ${refused.error.message}`);
  return 0;
}

if (isMainModule(import.meta.url)) process.exitCode = main(process.argv.slice(2));
