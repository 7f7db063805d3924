/**
 * `permit-lifecycles/i18n`: everything a person reads, in English, French
 * and German. The ids of the API stay English; this entry writes dates,
 * lists, state and event names and the procedures' texts in a language, and
 * translates the results of `status`, `deadlines`, `missingDocuments` and `explain`.
 *
 * @module permit-lifecycles/i18n
 */
export { LANGS, isLang, type Lang } from './lang';
export { formatDate, formatList, plural } from './intl';
export { reportTranslator, translator, translationOf, type Translator } from './translator';
export { ENGLISH_REPORT, REPORT_EN, type ReportTranslator, type ReportWords } from './report-en';
export { UI_EN, uiMessages, type UiMessages } from './ui';
export { STATE_NAMES, EVENT_NAMES, SECTOR_NAMES, idAsWords } from './labels';
export { CATALOG, type Catalog, type Translation } from './catalog';
export { lawTexts, missingTranslations, procedureTexts, type MissingTranslation, type ProcedureText } from './coverage';
export { translateStatus, translateDeadlines, translateDocuments, translateExplanation } from './translate';
export { translateEligibility, eligibilityText, missingEligibilityTranslations } from './eligibility';
export { cliErrorLine, cliErrorText, requestedLang, type CliErrorPattern, type CliErrorWords } from './cli-errors';
export { pageWords, PAGE_WORDS_EN, type PageWords } from './page-words';
export { GLOSSARY, glossaryMarkdown, type GlossaryEntry, type GlossaryTerm } from './glossary';
