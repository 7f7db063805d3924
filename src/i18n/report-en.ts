/**
 * The words of the case report in English: the shape every language of the
 * report follows. Kept apart from the other languages so that the report,
 * which ships in the main entry, carries only these.
 */

/**
 * The English words of the case report.
 *
 * @example
 * ```ts
 * REPORT_EN.heading; // 'Case report'
 * ```
 */
export const REPORT_EN = {
  htmlLang: 'en',
  colon: ':',
  heading: 'Case report',
  pageTitle: (title: string, date: string) => `Case report: ${title} on ${date}`,
  asOf: 'as of',
  person: 'Person',
  noPerson: (redacted: boolean) => `The facts name no person${redacted ? ' (personal data is left out of this report)' : ''}.`,
  redactedNote: 'Personal data redacted; produce the report with personal data only for the person concerned and those entitled to it.',
  stands: 'Where the case stands',
  state: 'State',
  phase: (phase: string, final: boolean) => `phase ${phase}${final ? ', final' : ''}`,
  outcome: 'Outcome',
  rightsCaption: 'Rights on this day, and who decides them',
  rightsHeaders: ['right', 'answer', 'who decides', 'until', 'bound to', 'why'],
  toReside: 'To reside',
  toWork: 'To work',
  verdict: { granted: 'Granted', denied: 'Denied', notDecidedHere: 'Not decided here', undetermined: 'Undetermined' },
  nobodyYet: 'nobody yet: the page is silent',
  thisProcedure: 'this procedure',
  employer: 'employer',
  profession: 'profession',
  sector: 'sector',
  assumed: 'Assumed',
  pathTaken: 'Path taken',
  pathLabel: 'States visited, in order',
  diagramCaption: 'The procedure, with the path of this case highlighted',
  timeline: 'Timeline',
  timelineCaption: 'Events and lapses, in order',
  timelineHeaders: ['date', 'event', 'state reached', 'reside / work', 'deadlines'],
  timePasses: 'time passes',
  due: 'due',
  noEvents: 'No events yet.',
  outcomes: { met: 'met', metLate: 'met late', passed: 'passed', ended: 'ended', open: 'open', upcoming: 'upcoming', overdue: 'overdue' },
  on: 'on',
  deadlines: 'Deadlines',
  deadlinesCaption: 'Every deadline of the case, with how it ended or where it stands',
  deadlinesHeaders: ['deadline', 'who acts', 'opened', 'due', 'outcome', 'source'],
  noDeadline: 'No deadline so far.',
  breaches: 'Breaches',
  breachesCaption: 'Obligations met late or not at all',
  breachesHeaders: ['obligation', 'due', 'met'],
  metLateOn: 'met late on',
  notMet: 'not met',
  noBreach: 'No breach.',
  missingDocuments: 'Missing documents',
  missingCaption: 'Documents still to supply for the current step',
  missingHeaders: ['document', 'source'],
  nothingMissing: 'Nothing is missing.',
  noChecklist: 'No checklist applies in this state.',
  notices: 'Notices',
  noNotice: 'No notice.',
  assumptions: 'Assumptions this case rests on',
  noAssumption: 'None: every step of this case follows a sentence of the page.',
  rightToReside: 'right to reside',
  rightToWork: 'right to work',
  sources: 'Sources',
  footer: 'Produced by permit-lifecycles. Not legal advice: where the page is silent, the assumptions above say what was assumed.',
};

/**
 * Every word of the case report in one language: the shape of the English words.
 *
 * @example
 * ```ts
 * const words: ReportWords = REPORT_EN;
 * ```
 * @category Diagrams
 */
export type ReportWords = typeof REPORT_EN;

/**
 * What the case report needs to write in a language: its words, and the
 * names, dates and texts of the case. `reportTranslator(lang)` in
 * `permit-lifecycles/i18n` makes one; without it the report is English with
 * ids and ISO dates.
 *
 * @example
 * ```ts
 * const english: ReportTranslator = ENGLISH_REPORT;
 * english.date('2026-12-01'); // '2026-12-01'
 * ```
 * @category Diagrams
 */
export interface ReportTranslator {
  words: ReportWords;
  date(date: string): string;
  state(id: string): string;
  event(type: string): string;
  text(english: string): string;
  notice(notice: { code: string; message: string }): string;
  actor(actor: string): string;
  phase(phase: string): string;
  sector(id: string): string;
}

/**
 * The report's default language: English, ids and ISO dates as they are.
 *
 * @example
 * ```ts
 * ENGLISH_REPORT.state('awaitingDecision'); // 'awaitingDecision'
 * ```
 */
export const ENGLISH_REPORT: ReportTranslator = {
  words: REPORT_EN,
  date: (date) => date,
  state: (id) => id,
  event: (type) => type,
  text: (english) => english,
  notice: (notice) => notice.message,
  actor: (actor) => actor,
  phase: (phase) => phase,
  sector: (id) => id,
};
