/**
 * The words of the command line and the case report in English, French and
 * German. `fr` and `de` are typed with the shape of `en`, so a missing or
 * misspelt key is a compile error.
 */
import type { Lang } from './lang';

type Verdict = 'granted' | 'denied' | 'notDecidedHere' | 'undetermined';

const en = {
  rights: {
    reside: { granted: 'may reside', denied: 'may not reside', notDecidedHere: 'residence not decided here', undetermined: 'residence undetermined' },
    work: { granted: 'may work', denied: 'may not work', notDecidedHere: 'work not decided here', undetermined: 'work undetermined' },
  } satisfies Record<'reside' | 'work', Record<Verdict, string>>,
  boundToEmployer: (employer: string) => `, bound to employer ${employer}`,
  decidedBy: (who: string) => `: decided by ${who}`,
  until: (date: string) => ` until ${date}`,
  colon: ':',
  source: 'source',
  because: 'because',
  assumed: 'assumed',
  sentence: 'sentence',
  closing: { met: 'met', metLate: 'met late', passed: 'passed', ended: 'ended' },
  quietClocks: (count: number) => `time passes, ${count} clock events, nothing changes`,
  timePasses: '(time passes)',
  deadlineOpened: (label: string, due: string) => `+ deadline ${label} due ${due}`,
  deadlineClosed: (label: string, how: string, due: string | null) => `- deadline ${label} ${how}${due === null ? '' : ` (due ${due})`}`,
  stateOn: (date: string, state: string, phase: string, final: boolean) => `State on ${date}: ${state} (${phase}${final ? ', final' : ''})`,
  profession: 'profession',
  sector: 'sector',
  outcome: 'outcome',
  breach: (deadline: string, due: string, metOn: string | null) => `breach: ${deadline} due ${due}${metOn ? `, met late on ${metOn}` : ', not met'}`,
  notice: 'notice',
  nextEvents: 'next possible events',
  deadlinesNone: 'Deadlines: none open',
  deadlines: 'Deadlines:',
  from: (date: string) => ` (from ${date})`,
  deadlineState: { upcoming: 'upcoming', open: 'open', overdue: 'overdue' },
  actors: { applicant: 'applicant', employer: 'employer', authority: 'authority', court: 'court' },
  procedureLine: (procedure: string, version: string, opened: string) => `Procedure: ${procedure} (machine ${version}), opened ${opened}`,
  timeline: 'Timeline:',
  noEvents: '  (no events)',
  noChecklist: (state: string) => `No document checklist applies in state ${state}.`,
  checklistHead: (label: string, state: string, missing: number, required: number) => `Documents for "${label}" (state ${state}): ${missing} of ${required} missing`,
  snapshotSaved: (file: string) => `Snapshot saved to ${file}`,
  phases: {
    appeal: 'appeal',
    application: 'application',
    arrival: 'arrival',
    authorisation: 'authorisation',
    closed: 'closed',
    decision: 'decision',
    entry: 'entry',
    exemption: 'exemption',
    permit: 'permit',
    preliminary: 'preliminary',
    renewal: 'renewal',
    residence: 'residence',
    waiting: 'waiting',
    workPermit: 'work permit',
  } as Record<string, string>,
  unknownLang: (value: string) => `--lang: "${value}" is not a supported language; use en, fr or de`,
};

/**
 * Every word of the command line and the report, in one language: the
 * shape of the English dictionary.
 *
 * @example
 * ```ts
 * const words: UiMessages = uiMessages('fr');
 * words.deadlines; // 'Délais :'
 * ```
 */
export type UiMessages = typeof en;

const fr: UiMessages = {
  rights: {
    reside: { granted: 'peut séjourner', denied: 'ne peut pas séjourner', notDecidedHere: 'séjour non régi par cette procédure', undetermined: 'séjour indéterminé' },
    work: { granted: 'peut travailler', denied: 'ne peut pas travailler', notDecidedHere: 'travail non régi par cette procédure', undetermined: 'travail indéterminé' },
  },
  boundToEmployer: (employer) => `, lié à l’employeur ${employer}`,
  decidedBy: (who) => ` : relève de ${who}`,
  until: (date) => ` jusqu’au ${date}`,
  colon: '\u00a0:',
  source: 'source',
  because: 'motif',
  assumed: 'hypothèse',
  sentence: 'phrase',
  closing: { met: 'respecté', metLate: 'respecté en retard', passed: 'dépassé', ended: 'sans objet' },
  quietClocks: (count) => `le temps passe, ${count} jalons sans changement`,
  timePasses: '(le temps passe)',
  deadlineOpened: (label, due) => `+ délai « ${label} » : échéance le ${due}`,
  deadlineClosed: (label, how, due) => `- délai « ${label} » ${how}${due === null ? '' : ` (échéance le ${due})`}`,
  stateOn: (date, state, phase, final) => `Situation au ${date} : ${state} (phase : ${phase}${final ? ', définitive' : ''})`,
  profession: 'profession',
  sector: 'secteur',
  outcome: 'issue',
  breach: (deadline, due, metOn) => `manquement : ${deadline}, échéance le ${due}${metOn ? `, respecté en retard le ${metOn}` : ', non respecté'}`,
  notice: 'avis',
  nextEvents: 'suites possibles',
  deadlinesNone: 'Délais : aucun en cours',
  deadlines: 'Délais :',
  from: (date) => ` (à partir du ${date})`,
  deadlineState: { upcoming: 'à venir', open: 'en cours', overdue: 'dépassé' },
  actors: { applicant: 'demandeur', employer: 'employeur', authority: 'autorité', court: 'juridiction' },
  procedureLine: (procedure, version, opened) => `Procédure : ${procedure} (version ${version}), ouverte le ${opened}`,
  timeline: 'Chronologie :',
  noEvents: '  (aucun événement)',
  noChecklist: (state) => `Aucune liste de pièces ne s’applique à l’étape « ${state} ».`,
  checklistHead: (label, state, missing, required) => `Pièces pour « ${label} » (étape « ${state} ») : ${missing} sur ${required} manquante${missing > 1 ? 's' : ''}`,
  snapshotSaved: (file) => `Dossier enregistré dans ${file}`,
  phases: {
    appeal: 'recours',
    application: 'demande',
    arrival: 'arrivée',
    authorisation: 'autorisation',
    closed: 'clôturée',
    decision: 'décision',
    entry: 'entrée',
    exemption: 'dispense',
    permit: 'autorisation',
    preliminary: 'démarches préalables',
    renewal: 'renouvellement',
    residence: 'séjour',
    waiting: 'attente',
    workPermit: 'autorisation de travail',
  },
  unknownLang: (value) => `--lang : « ${value} » n’est pas une langue prise en charge ; utilisez en, fr ou de`,
};

const de: UiMessages = {
  rights: {
    reside: { granted: 'darf sich aufhalten', denied: 'darf sich nicht aufhalten', notDecidedHere: 'Aufenthalt nicht in diesem Verfahren geregelt', undetermined: 'Aufenthalt ungeklärt' },
    work: { granted: 'darf arbeiten', denied: 'darf nicht arbeiten', notDecidedHere: 'Arbeit nicht in diesem Verfahren geregelt', undetermined: 'Arbeit ungeklärt' },
  },
  boundToEmployer: (employer) => `, gebunden an den Arbeitgeber ${employer}`,
  decidedBy: (who) => `: geregelt durch ${who}`,
  until: (date) => ` bis zum ${date}`,
  colon: ':',
  source: 'Quelle',
  because: 'Grund',
  assumed: 'Annahme',
  sentence: 'Satz',
  closing: { met: 'eingehalten', metLate: 'verspätet eingehalten', passed: 'abgelaufen', ended: 'gegenstandslos' },
  quietClocks: (count) => `Zeit vergeht, ${count} Stichtage ohne Änderung`,
  timePasses: '(Zeit vergeht)',
  deadlineOpened: (label, due) => `+ Frist „${label}“: fällig am ${due}`,
  deadlineClosed: (label, how, due) => `- Frist „${label}“ ${how}${due === null ? '' : ` (fällig am ${due})`}`,
  stateOn: (date, state, phase, final) => `Stand am ${date}: ${state} (Phase: ${phase}${final ? ', abgeschlossen' : ''})`,
  profession: 'Beruf',
  sector: 'Sektor',
  outcome: 'Ergebnis',
  breach: (deadline, due, metOn) => `Verstoß: ${deadline}, fällig am ${due}${metOn ? `, verspätet eingehalten am ${metOn}` : ', nicht eingehalten'}`,
  notice: 'Hinweis',
  nextEvents: 'mögliche nächste Schritte',
  deadlinesNone: 'Fristen: keine offen',
  deadlines: 'Fristen:',
  from: (date) => ` (ab dem ${date})`,
  deadlineState: { upcoming: 'bevorstehend', open: 'offen', overdue: 'überschritten' },
  actors: { applicant: 'Antragsteller', employer: 'Arbeitgeber', authority: 'Behörde', court: 'Gericht' },
  procedureLine: (procedure, version, opened) => `Verfahren: ${procedure} (Version ${version}), eröffnet am ${opened}`,
  timeline: 'Verlauf:',
  noEvents: '  (keine Ereignisse)',
  noChecklist: (state) => `Für den Schritt „${state}“ gilt keine Dokumentenliste.`,
  checklistHead: (label, state, missing, required) => `Unterlagen für „${label}“ (Schritt „${state}“): ${missing} von ${required} fehlen`,
  snapshotSaved: (file) => `Akte gespeichert in ${file}`,
  phases: {
    appeal: 'Rechtsmittel',
    application: 'Antrag',
    arrival: 'Ankunft',
    authorisation: 'Genehmigung',
    closed: 'abgeschlossen',
    decision: 'Entscheidung',
    entry: 'Einreise',
    exemption: 'Befreiung',
    permit: 'Genehmigung',
    preliminary: 'Vorabschritte',
    renewal: 'Verlängerung',
    residence: 'Aufenthalt',
    waiting: 'Wartezeit',
    workPermit: 'Arbeitserlaubnis',
  },
  unknownLang: (value) => `--lang: „${value}“ ist keine unterstützte Sprache; verwenden Sie en, fr oder de`,
};

const MESSAGES: Record<Lang, UiMessages> = { en, fr, de };

/**
 * The words of the command line and the report in one language.
 *
 * @example
 * ```ts
 * uiMessages('de').deadlines; // 'Fristen:'
 * uiMessages('fr').rights.work.granted; // 'peut travailler'
 * ```
 */
export function uiMessages(lang: Lang): UiMessages {
  return MESSAGES[lang];
}
