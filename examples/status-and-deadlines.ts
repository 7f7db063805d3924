/**
 * Where the person stands on a day, what is due by when and who must act,
 * and which documents are still missing for the current step.
 *
 *   npx tsx examples/status-and-deadlines.ts [scenario.json]
 */
import { applyAll, createCase, deadlines, missingDocuments, status } from 'permit-lifecycles';
import { isMainModule, readScenario } from './scenario-file';

/**
 * Run the example on a scenario file (default: the seasonal-worker one); the
 * status is read on the scenario's `readOn` day, or on its last event's day.
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
  const current = applied.value;
  const day = scenario.readOn ?? current.context.lastEventAt;

  const now = status(current, day);
  print(`on ${day}: ${now.state} (phase ${now.phase})`);
  for (const [name, right] of Object.entries(now.rights)) {
    const who = right.verdict === 'notDecidedHere' ? ` (decided by ${right.governedBy})` : '';
    print(`right to ${name}: ${right.verdict}${who}${right.until ? ` until ${right.until}` : ''}`);
  }
  for (const breach of now.breaches) print(`breach: ${breach.deadline} due ${breach.due}${breach.metOn ? `, met late on ${breach.metOn}` : ', not met'}`);

  const due = deadlines(current, day);
  if (due.length === 0) print('deadlines: none open');
  for (const deadline of due) {
    print(`deadline ${deadline.id}: ${deadline.actor} by ${deadline.due} (${deadline.state}): ${deadline.label}`);
    print(`  source: ${deadline.source.file}, "${deadline.source.section}"`);
  }

  const checklist = missingDocuments(current);
  if (checklist === null) print('documents: no checklist in this state');
  else print(`documents for ${checklist.step}: missing ${checklist.missing.map((item) => item.id).join(', ') || 'nothing'}`);
  return 0;
}

if (isMainModule(import.meta.url)) process.exitCode = main(process.argv.slice(2));
