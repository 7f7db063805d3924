/**
 * The eligibility answer in French and German: the procedures' titles, the
 * reasons (a rule's condition, then what was found in the profile), the
 * notes and the assumptions. Rule ids, profile field names, dates of the
 * answer and sources stay as they are; quotes stay English.
 */
import type { EligibilityReason, EligibilityResult, ProcedureVerdict } from '../eligibility/types';
import { eligibilityRules } from '../eligibility/rules';
import { ELIGIBILITY_PATTERNS, ELIGIBILITY_TERMS, type PatternHelpers } from './catalog/eligibility';
import { formatDate } from './intl';
import type { Lang } from './lang';
import { translationOf, translator } from './translator';
import { uiMessages } from './ui';

/** The condition of every rule, by rule id: a reason's text starts with it. */
const CONDITIONS: ReadonlyMap<string, string> = new Map(Object.values(eligibilityRules).flatMap((rules) => rules.map((rule) => [rule.id, rule.condition] as const)));

/** A detail or text of the answer in French or German, or `undefined` when neither the catalogue nor a pattern knows it. */
function detailText(english: string, lang: Exclude<Lang, 'en'>): string | undefined {
  const fixed = translationOf(english, lang);
  if (fixed !== undefined) return fixed;
  let unknown = false;
  const helpers: PatternHelpers = {
    date: (iso) => formatDate(iso, lang),
    term: (id) => ELIGIBILITY_TERMS[lang][id] ?? ((unknown = true), id),
    text: (inner) => translationOf(inner, lang) ?? ((unknown = true), inner),
    detail: (inner) => detailText(inner, lang) ?? ((unknown = true), inner),
  };
  for (const pattern of ELIGIBILITY_PATTERNS) {
    const match = english.match(pattern.english);
    if (match) {
      const text = pattern[lang](match, helpers);
      return unknown ? undefined : text;
    }
  }
  return undefined;
}

/**
 * A text of the eligibility answer (a reason's text, a note) in French or
 * German, or `undefined` when part of it has no translation: what the
 * completeness test checks.
 *
 * @example
 * ```ts
 * eligibilityText('seasonalWorker.staysMoreThanMinimum', 'The person will stay more than 3 months: planned stay: 4 months', 'fr');
 * // 'La personne séjournera plus de 3 mois : séjour prévu : 4 mois'
 * ```
 */
export function eligibilityText(rule: string | null, english: string, lang: Exclude<Lang, 'en'>): string | undefined {
  const condition = rule === null ? undefined : CONDITIONS.get(rule);
  if (condition === undefined || !english.startsWith(condition)) return detailText(english, lang);
  const head = translationOf(condition, lang);
  if (head === undefined) return undefined;
  if (english === condition) return head;
  const detail = detailText(english.slice(condition.length + 2), lang);
  return detail === undefined ? undefined : `${head}${uiMessages(lang).colon} ${detail}`;
}

/**
 * Every condition and assumption of the eligibility rules without a French
 * or German version: empty when the catalogue is complete. (The texts with
 * values, and the reasons that are not a rule's, are checked on answers:
 * see {@link eligibilityText}.)
 *
 * @example
 * ```ts
 * missingEligibilityTranslations(); // []
 * ```
 */
export function missingEligibilityTranslations(): { lang: Exclude<Lang, 'en'>; where: string; english: string }[] {
  const missing: { lang: Exclude<Lang, 'en'>; where: string; english: string }[] = [];
  for (const lang of ['fr', 'de'] as const) {
    for (const rules of Object.values(eligibilityRules)) {
      for (const rule of rules) {
        if (translationOf(rule.condition, lang) === undefined) missing.push({ lang, where: `eligibility rule ${rule.id}`, english: rule.condition });
        if (rule.assumption !== undefined && translationOf(rule.assumption, lang) === undefined) missing.push({ lang, where: `eligibility rule ${rule.id} assumption`, english: rule.assumption });
      }
    }
  }
  return missing;
}

/**
 * The eligibility answer with its titles, reasons, notes and assumptions in
 * a language (English: unchanged). A text with no translation stays English.
 *
 * @example
 * ```ts
 * const answer = whichProcedure(profile);
 * if (answer.ok) translateEligibility(answer.value, 'fr').applies[0]?.title;
 * ```
 */
export function translateEligibility(answer: EligibilityResult, lang: Lang): EligibilityResult {
  if (lang === 'en') return answer;
  const t = translator(lang);
  const reason = (entry: EligibilityReason): EligibilityReason => ({
    ...entry,
    text: eligibilityText(entry.rule, entry.text, lang) ?? entry.text,
    assumption: entry.assumption === null ? null : t.text(entry.assumption),
  });
  const verdict = (entry: ProcedureVerdict): ProcedureVerdict => ({ ...entry, title: t.text(entry.title), reasons: entry.reasons.map(reason) });
  return {
    ...answer,
    applies: answer.applies.map(verdict),
    doesNotApply: answer.doesNotApply.map(verdict),
    undetermined: answer.undetermined.map(verdict),
    noPermitNeeded: answer.noPermitNeeded === null ? null : { reasons: answer.noPermitNeeded.reasons.map(reason) },
    notDecidedHere: answer.notDecidedHere === null ? null : { reasons: answer.notDecidedHere.reasons.map(reason) },
    note: answer.note === null ? null : (eligibilityText(null, answer.note, lang) ?? answer.note),
  };
}
