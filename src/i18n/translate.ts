/**
 * The `translate(result, lang)` layer: the results of `status`, `deadlines`,
 * `missingDocuments` and `explain` with their texts for a person in another language.
 * Ids, dates and sources are left as they are, so a program reads the same
 * fields whatever the language; quotes stay in the page's language.
 */
import type { CaseDeadline } from '../case/deadlines';
import type { DocumentChecklist } from '../case/documents';
import type { RightAnswer } from '../case/rights';
import type { CaseStatus } from '../case/status';
import type { Explanation } from '../case/explain';
import type { DocumentItem } from '../case/types';
import type { Lang } from './lang';
import { translator, type Translator } from './translator';

function right(answer: RightAnswer, t: Translator): RightAnswer {
  return {
    ...answer,
    governedBy: answer.governedBy === null ? null : t.text(answer.governedBy),
    assumption: answer.assumption === null ? null : t.text(answer.assumption),
  };
}

/**
 * A status with its description, outcome, notices and rights' reasons in a language.
 *
 * @example
 * ```ts
 * translateStatus(status(someCase), 'fr').description; // 'Le ministère examine la demande complète.'
 * ```
 */
export function translateStatus(s: CaseStatus, lang: Lang): CaseStatus {
  const t = translator(lang);
  return {
    ...s,
    description: t.text(s.description),
    outcome: s.outcome === null ? null : t.text(s.outcome),
    rights: { reside: right(s.rights.reside, t), work: right(s.rights.work, t) },
    notices: s.notices.map((notice) => ({ ...notice, message: t.notice(notice) })),
  };
}

/**
 * An explanation with its summary, rights' reasons and assumptions in a
 * language. States, events, guards and sources stay as they are (ids and
 * quotes).
 *
 * @example
 * ```ts
 * translateExplanation(explain(someCase), 'de').summary; // 'Das Ministerium prüft den vollständigen Antrag.'
 * ```
 */
export function translateExplanation(why: Explanation, lang: Lang): Explanation {
  const t = translator(lang);
  return {
    ...why,
    summary: t.text(why.summary),
    stateAssumption: why.stateAssumption === null ? null : t.text(why.stateAssumption),
    rights: { reside: right(why.rights.reside, t), work: right(why.rights.work, t) },
    steps: why.steps.map((step) => ({ ...step, assumption: step.assumption === null ? null : t.text(step.assumption) })),
  };
}

/**
 * Deadlines with their labels and consequences in a language.
 *
 * @example
 * ```ts
 * translateDeadlines(deadlines(someCase), 'de')[0]?.label; // 'Ankunftserklärung bei der Wohnsitzgemeinde abgeben'
 * ```
 */
export function translateDeadlines(list: readonly CaseDeadline[], lang: Lang): CaseDeadline[] {
  const t = translator(lang);
  return list.map((d) => ({ ...d, label: t.text(d.label), consequence: t.text(d.consequence) }));
}

/**
 * A document checklist with its labels and conditions in a language
 * (`null` stays `null`).
 *
 * @example
 * ```ts
 * translateDocuments(missingDocuments(someCase), 'fr')?.label; // 'Demande d’autorisation de séjour temporaire'
 * ```
 */
export function translateDocuments(list: DocumentChecklist | null, lang: Lang): DocumentChecklist | null {
  if (list === null) return null;
  const t = translator(lang);
  const item = (entry: DocumentItem): DocumentItem => ({
    ...entry,
    label: t.text(entry.label),
    ...(entry.condition ? { condition: { ...entry.condition, description: t.text(entry.condition.description) } } : {}),
  });
  return { ...list, label: t.text(list.label), required: list.required.map(item), missing: list.missing.map(item) };
}
