/**
 * The cases the store benchmark loads: real cases made through the case API.
 */
import { readFileSync } from 'node:fs';
import { addDays, applyAll, createCase, runScenario, type PermitCase } from '../../src';
import { longLog } from '../bench/log-growth';
import { shifted } from '../bench/sweep';

/**
 * Up to `wanted` distinct real cases: the bundled scenario cut after each of
 * its events and moved across a year and a half (in a scrambled order, so a
 * small sample is spread out too), so states and due dates vary. Each case
 * goes through the case API; a cut the calendar refuses is skipped.
 *
 * @example
 * ```ts
 * sampleCases(100).length; // 100
 * ```
 */
export function sampleCases(wanted: number): PermitCase[] {
  const run = runScenario(JSON.parse(readFileSync(new URL('../../examples/scenarios/seasonal-worker-typical.json', import.meta.url), 'utf8')));
  if (!run.ok) throw run.error;
  const template = run.value.case;
  const shifts = Array.from({ length: 184 }, (_, index) => -200 + index * 3);
  // A fixed scramble (multiplying by a number prime to the length), not a random one: runs compare.
  const scrambled = shifts.map((_, index) => shifts[(index * 37) % shifts.length]!);
  const cases: PermitCase[] = [];
  for (const shift of scrambled) {
    if (cases.length >= wanted) break;
    const opened = createCase(template.procedureId, { at: addDays(template.context.openedOn, shift), facts: shifted(template.context.facts, shift) });
    if (!opened.ok) continue;
    for (let cut = 1; cut <= template.events.length && cases.length < wanted; cut += 1) {
      const replayed = applyAll(opened.value, shifted(template.events.slice(0, cut), shift));
      if (replayed.ok) cases.push(replayed.value);
    }
  }
  return cases;
}

/**
 * A seasonal-worker case with a log of `count` events (benchmark 5's workload).
 *
 * @example
 * ```ts
 * longCase(100).events.length; // 100
 * ```
 */
export function longCase(count: number): PermitCase {
  const opened = createCase('seasonalWorker' as string, { at: '2026-01-12', facts: { visaRequired: true } });
  if (!opened.ok) throw opened.error;
  const replayed = applyAll(opened.value, longLog(count));
  if (!replayed.ok) throw replayed.error;
  return replayed.value;
}

/** The event every benchmark append adds: documents handed in again (always allowed while the case prepares its application). */
export const APPEND_EVENT = { type: 'documents.supplied', at: '2026-02-09', documents: ['passportCopy'] } as const;
