/**
 * What the determinism test compares: every snapshot and every read of a set
 * of scenarios, as one string.
 */
import { applyAll, createCase, deadlines, explain, missingDocuments, serialize, status, type CaseEvent } from '../../src';
import { formatDeadlines, formatDocuments, formatStatus } from '../../src/cli/format';
import { formatDate, formatList, LANGS, translator } from '../../src/i18n';

/** Days around year ends and daylight-saving changes, where a time-zone shift would show. */
const EDGE_DAYS = ['2026-01-01', '2026-03-29', '2026-10-25', '2026-12-31', '2027-03-01', '2028-02-29'];

/** A case to rebuild: the procedure, the opening, and the events. */
export interface Scenario {
  procedureId: string;
  openedOn: string;
  facts: Record<string, unknown>;
  events: CaseEvent[];
}

/**
 * Rebuild each scenario and describe it: snapshot, status, deadlines,
 * documents, explanation (one line each), then status, deadlines and
 * documents as text in every language, and a few dates and lists written out.
 */
export function describeCases(scenarios: readonly Scenario[]): string {
  const lines: string[] = [];
  for (const scenario of scenarios) {
    const opened = createCase(scenario.procedureId, { at: scenario.openedOn, facts: scenario.facts });
    if (!opened.ok) throw opened.error;
    const built = applyAll(opened.value, scenario.events);
    if (!built.ok) throw built.error;
    const current = built.value;
    lines.push(serialize(current), JSON.stringify(status(current)), JSON.stringify(deadlines(current)), JSON.stringify(missingDocuments(current)), JSON.stringify(explain(current)));
    for (const lang of LANGS) {
      const t = translator(lang);
      const now = status(current);
      lines.push(formatStatus(now, t), formatDeadlines(deadlines(current), t), formatDocuments(missingDocuments(current), now.state, t));
    }
  }
  for (const lang of LANGS) lines.push(EDGE_DAYS.map((day) => formatDate(day, lang)).join(' | '), formatList(EDGE_DAYS, lang));
  return `${lines.join('\n')}\n`;
}
