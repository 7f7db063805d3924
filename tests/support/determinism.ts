/**
 * What the determinism test compares: every snapshot and every read of a set
 * of scenarios, as one string.
 */
import { applyAll, createCase, deadlines, explain, missingDocuments, serialize, status, type CaseEvent } from '../../src';

/** A case to rebuild: the procedure, the opening, and the events. */
export interface Scenario {
  procedureId: string;
  openedOn: string;
  facts: Record<string, unknown>;
  events: CaseEvent[];
}

/** Rebuild each scenario and describe it: snapshot, status, deadlines, documents, explanation (one line each). */
export function describeCases(scenarios: readonly Scenario[]): string {
  const lines: string[] = [];
  for (const scenario of scenarios) {
    const opened = createCase(scenario.procedureId, { at: scenario.openedOn, facts: scenario.facts });
    if (!opened.ok) throw opened.error;
    const built = applyAll(opened.value, scenario.events);
    if (!built.ok) throw built.error;
    const current = built.value;
    lines.push(serialize(current), JSON.stringify(status(current)), JSON.stringify(deadlines(current)), JSON.stringify(missingDocuments(current)), JSON.stringify(explain(current)));
  }
  return `${lines.join('\n')}\n`;
}
