/**
 * Apply dated events one by one and see each step the machine takes,
 * including lapses the kernel applies when time passes. A refused event
 * leaves the case exactly as it was.
 *
 *   npx tsx examples/apply-events.ts [scenario.json]
 */
import { addDays, apply, applyWithSteps, createCase, serialize, statePath } from 'permit-lifecycles';
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
  let current = opened.value;
  for (const event of scenario.events) {
    const outcome = applyWithSteps(current, event);
    if (!outcome.ok) {
      print(`refused ${event.type} on ${event.at}: ${outcome.error.code}: ${outcome.error.message}`);
      return 1;
    }
    for (const step of outcome.value.steps) {
      const when = step.implicit ? '(time passes) ' : '';
      const guard = step.guard ? ` [${step.guard}]` : '';
      print(`${step.event.at}  ${when}${step.event.type}: ${step.from} → ${step.to}${guard}`);
    }
    current = outcome.value.case;
  }
  print(`final state: ${statePath(current.state)}`);

  const before = serialize(current);
  const late = apply(current, { type: 'clock.advanced', at: addDays(current.context.lastEventAt, -1) });
  if (!late.ok) print(`refused: ${late.error.code}: ${late.error.message}`);
  print(`case unchanged after the refusal: ${serialize(current) === before}`);
  return 0;
}

if (isMainModule(import.meta.url)) process.exitCode = main(process.argv.slice(2));
