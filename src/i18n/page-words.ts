/**
 * The words of the machine pages (`docs/machines/<id>.md` and its French
 * and German versions): headings, table headers and the sentences around
 * them. `fr` and `de` are typed with the shape of `en`, so a missing key is a
 * compile error.
 */
import type { Lang } from './lang';

type Verdict = 'granted' | 'denied' | 'notDecidedHere' | 'undetermined';
type Actor = 'person' | 'authority' | 'time';
type Kind = 'obligation' | 'timeLimit' | 'decisionPeriod' | 'waitingPeriod' | 'expiry';
type Unit = 'day' | 'workingDay' | 'week' | 'month' | 'year' | 'eur' | 'count';

/**
 * The words of a machine page in English: the shape every language follows.
 *
 * @example
 * ```ts
 * PAGE_WORDS_EN.headings.states; // 'States'
 * ```
 */
export const PAGE_WORDS_EN = {
  languageName: 'English',
  intro: (id: string, machine: string, version: string, seed: string) => `Procedure ${id}, machine ${machine} version ${version}, modelled on the seed page ${seed}.`,
  counts: (states: number, finals: number, transitions: number) => `${states} states (${finals} final), ${transitions} transitions.`,
  headings: { diagram: 'Diagram', states: 'States', transitions: 'Transitions', deadlines: 'Deadlines', sources: 'Sources' },
  diagramIntro: [
    'States are named in words and grouped by phase; edges say in words what happens, and their line says who acts',
    '(see the legend). Open a diagram on its own (click it) and hover a state or an edge: the tooltip gives its id, the',
    'guard, and the sentence of the seed page behind it; the tables below list the same. Lapses (time passes) are',
    'labelled with what runs out. Drawn by `npm run diagrams` with `toSvg`.',
  ],
  /** Said on a French or German page under the diagrams, which are drawn with the English ids and words. */
  diagramLanguage: '',
  allPhases: 'all phases',
  phaseAlt: (phase: string) => `${phase} phase`,
  phasesIntro: 'The whole machine is too large for one legible picture, so each phase also has its own, with the states it comes from or leads to drawn dashed.',
  phaseHeading: (phase: string) => `Phase: ${phase}`,
  mermaidIntro: [
    'The same machine as Mermaid text (GitHub draws it): edges read `event [guard] §n`, the event, the condition that must hold (if any),',
    'and the number of the sentence of the seed page behind it (see [Sources](#sources)). Lines marked ↻ inside a state are events',
    'that keep the state (they record something or open a deadline). Final states are shaded with a thick border.',
  ],
  mermaidSummary: 'Mermaid diagram',
  stateHeaders: ['state', 'kind', 'description', 'phase', 'residence', 'work', 'documents step', 'source', 'assumption'],
  transitionHeaders: ['from', 'event', 'who acts', 'guard', 'to', 'actions', 'source', 'assumption'],
  deadlineHeaders: ['deadline', 'what', 'who acts', 'kind', 'parameter', 'source', 'when it passes', 'assumption'],
  sourceHeaders: ['ref', 'page › section', 'quote', 'sentence (see docs/traceability.md)', 'seed file'],
  stateKinds: { initial: 'initial', final: 'final', compound: 'compound', parallel: 'parallel' },
  outcome: 'Outcome:',
  verdicts: { granted: 'granted', denied: 'denied', notDecidedHere: 'not decided here', undetermined: 'undetermined' } satisfies Record<Verdict, string>,
  untilValidityEnds: 'until the validity ends, then',
  by: 'by',
  assumed: 'assumed:',
  where: 'where',
  actors: { person: 'person or employer', authority: 'authority', time: 'time passes' } satisfies Record<Actor, string>,
  deadlineActors: { applicant: 'applicant', employer: 'employer', authority: 'authority', court: 'court' },
  kinds: { obligation: 'obligation', timeLimit: 'timeLimit', decisionPeriod: 'decisionPeriod', waitingPeriod: 'waitingPeriod', expiry: 'expiry' } satisfies Record<Kind, string>,
  units: { day: 'day', workingDay: 'workingDay', week: 'week', month: 'month', year: 'year', eur: 'eur', count: 'count' } satisfies Record<Unit, string>,
  workingDays: { joursOuvres: 'joursOuvres', joursOuvrables: 'joursOuvrables' },
  anyState: '(any state)',
  stays: '(stays)',
  noDeadlines: 'This procedure opens no deadlines.',
  noSources: 'No transition cites a source.',
  notASeedPage: ' (not a known seed page)',
};

/**
 * The words of a machine page in one language.
 *
 * @example
 * ```ts
 * const words: PageWords = pageWords('fr');
 * ```
 */
export type PageWords = typeof PAGE_WORDS_EN;

const fr: PageWords = {
  languageName: 'Français',
  intro: (id, machine, version, seed) => `Procédure ${id}, machine ${machine} version ${version}, modélisée sur la page source ${seed}.`,
  counts: (states, finals, transitions) => `${states} étapes (dont ${finals} finales), ${transitions} transitions.`,
  headings: { diagram: 'Diagramme', states: 'Étapes', transitions: 'Transitions', deadlines: 'Délais', sources: 'Sources' },
  diagramIntro: [
    'Les étapes sont regroupées par phase ; chaque flèche dit ce qui se passe, et son trait dit qui agit (voir la légende).',
    'Ouvrez un diagramme seul (cliquez dessus) et survolez une étape ou une flèche : l’infobulle donne son identifiant, la',
    'condition et la phrase de la page source qui la fonde ; les tableaux ci-dessous donnent les mêmes informations.',
    'Les échéances (le temps passe) portent le nom de ce qui expire. Dessiné par `npm run diagrams` avec `toSvg`.',
  ],
  diagramLanguage: 'Les diagrammes sont dessinés avec les identifiants et les libellés anglais ; les tableaux ci-dessous les nomment en français.',
  allPhases: 'toutes les phases',
  phaseAlt: (phase) => `phase : ${phase}`,
  phasesIntro: 'La machine entière est trop grande pour une seule image lisible : chaque phase a donc aussi la sienne, avec en pointillés les étapes dont elle vient ou vers lesquelles elle mène.',
  phaseHeading: (phase) => `Phase : ${phase}`,
  mermaidIntro: [
    'La même machine en texte Mermaid (GitHub la dessine) : les flèches se lisent `événement [condition] §n`, l’événement, la condition',
    'à remplir (s’il y en a une) et le numéro de la phrase de la page source qui la fonde (voir [Sources](#sources)). Les lignes marquées ↻',
    'dans une étape sont des événements qui ne la font pas changer (ils enregistrent un fait ou ouvrent un délai). Les étapes finales',
    'sont grisées, avec une bordure épaisse.',
  ],
  mermaidSummary: 'Diagramme Mermaid',
  stateHeaders: ['étape', 'type', 'description', 'phase', 'séjour', 'travail', 'pièces à fournir', 'source', 'hypothèse'],
  transitionHeaders: ['depuis', 'événement', 'qui agit', 'condition', 'vers', 'actions', 'source', 'hypothèse'],
  deadlineHeaders: ['délai', 'objet', 'qui agit', 'nature', 'paramètre', 'source', 'à l’échéance', 'hypothèse'],
  sourceHeaders: ['réf.', 'page › rubrique', 'citation', 'phrase (voir docs/traceability.md)', 'fichier source'],
  stateKinds: { initial: 'initiale', final: 'finale', compound: 'composée', parallel: 'parallèle' },
  outcome: 'Issue :',
  verdicts: { granted: 'accordé', denied: 'refusé', notDecidedHere: 'non régi par cette procédure', undetermined: 'indéterminé' },
  untilValidityEnds: 'jusqu’à la fin de la validité, puis',
  by: 'relève de :',
  assumed: 'hypothèse :',
  where: 'lorsque',
  actors: { person: 'personne ou employeur', authority: 'autorité', time: 'le temps passe' },
  deadlineActors: { applicant: 'demandeur', employer: 'employeur', authority: 'autorité', court: 'juridiction' },
  kinds: { obligation: 'obligation', timeLimit: 'délai pour agir', decisionPeriod: 'délai de décision', waitingPeriod: 'délai d’attente', expiry: 'expiration' },
  units: { day: 'jours', workingDay: 'jours ouvrés', week: 'semaines', month: 'mois', year: 'ans', eur: 'euros', count: 'fois' },
  workingDays: { joursOuvres: 'jours ouvrés', joursOuvrables: 'jours ouvrables' },
  anyState: '(toute étape)',
  stays: '(inchangée)',
  noDeadlines: 'Cette procédure n’ouvre aucun délai.',
  noSources: 'Aucune transition ne cite de source.',
  notASeedPage: ' (page source inconnue)',
};

const de: PageWords = {
  languageName: 'Deutsch',
  intro: (id, machine, version, seed) => `Verfahren ${id}, Maschine ${machine} Version ${version}, nach der Quellseite ${seed} modelliert.`,
  counts: (states, finals, transitions) => `${states} Schritte (davon ${finals} Endschritte), ${transitions} Übergänge.`,
  headings: { diagram: 'Diagramm', states: 'Schritte', transitions: 'Übergänge', deadlines: 'Fristen', sources: 'Quellen' },
  diagramIntro: [
    'Die Schritte sind nach Phasen gruppiert; jeder Pfeil sagt, was geschieht, und seine Linie, wer handelt (siehe Legende).',
    'Öffnen Sie ein Diagramm einzeln (anklicken) und fahren Sie über einen Schritt oder Pfeil: Der Tooltip nennt seine Kennung,',
    'die Bedingung und den Satz der Quellseite, auf dem er beruht; die Tabellen unten nennen dasselbe. Fristabläufe (Zeit vergeht)',
    'tragen den Namen dessen, was abläuft. Gezeichnet von `npm run diagrams` mit `toSvg`.',
  ],
  diagramLanguage: 'Die Diagramme sind mit den englischen Kennungen und Bezeichnungen gezeichnet; die Tabellen unten nennen sie auf Deutsch.',
  allPhases: 'alle Phasen',
  phaseAlt: (phase) => `Phase: ${phase}`,
  phasesIntro: 'Die ganze Maschine ist für ein lesbares Bild zu groß; daher hat jede Phase auch ein eigenes, mit gestrichelt gezeichneten Schritten, aus denen sie kommt oder zu denen sie führt.',
  phaseHeading: (phase) => `Phase: ${phase}`,
  mermaidIntro: [
    'Dieselbe Maschine als Mermaid-Text (GitHub zeichnet ihn): Pfeile lesen sich `Ereignis [Bedingung] §n`, das Ereignis, die zu erfüllende',
    'Bedingung (falls vorhanden) und die Nummer des Satzes der Quellseite, auf dem er beruht (siehe [Quellen](#quellen)). Mit ↻ markierte',
    'Zeilen in einem Schritt sind Ereignisse, die ihn nicht ändern (sie halten etwas fest oder eröffnen eine Frist). Endschritte sind',
    'grau hinterlegt und dick umrandet.',
  ],
  mermaidSummary: 'Mermaid-Diagramm',
  stateHeaders: ['Schritt', 'Art', 'Beschreibung', 'Phase', 'Aufenthalt', 'Arbeit', 'einzureichende Unterlagen', 'Quelle', 'Annahme'],
  transitionHeaders: ['von', 'Ereignis', 'wer handelt', 'Bedingung', 'nach', 'Aktionen', 'Quelle', 'Annahme'],
  deadlineHeaders: ['Frist', 'Gegenstand', 'wer handelt', 'Art', 'Parameter', 'Quelle', 'bei Ablauf', 'Annahme'],
  sourceHeaders: ['Ref.', 'Seite › Abschnitt', 'Zitat', 'Satz (siehe docs/traceability.md)', 'Quelldatei'],
  stateKinds: { initial: 'Anfang', final: 'Endschritt', compound: 'zusammengesetzt', parallel: 'parallel' },
  outcome: 'Ergebnis:',
  verdicts: { granted: 'erlaubt', denied: 'nicht erlaubt', notDecidedHere: 'nicht in diesem Verfahren geregelt', undetermined: 'ungeklärt' },
  untilValidityEnds: 'bis zum Ende der Gültigkeit, danach',
  by: 'geregelt durch:',
  assumed: 'Annahme:',
  where: 'wenn',
  actors: { person: 'Person oder Arbeitgeber', authority: 'Behörde', time: 'Zeit vergeht' },
  deadlineActors: { applicant: 'Antragsteller', employer: 'Arbeitgeber', authority: 'Behörde', court: 'Gericht' },
  kinds: { obligation: 'Pflicht', timeLimit: 'Handlungsfrist', decisionPeriod: 'Entscheidungsfrist', waitingPeriod: 'Wartefrist', expiry: 'Ablauf' },
  units: { day: 'Tage', workingDay: 'Arbeitstage', week: 'Wochen', month: 'Monate', year: 'Jahre', eur: 'Euro', count: 'Mal' },
  workingDays: { joursOuvres: 'Arbeitstage (jours ouvrés)', joursOuvrables: 'Werktage (jours ouvrables)' },
  anyState: '(jeder Schritt)',
  stays: '(unverändert)',
  noDeadlines: 'Dieses Verfahren eröffnet keine Fristen.',
  noSources: 'Kein Übergang zitiert eine Quelle.',
  notASeedPage: ' (keine bekannte Quellseite)',
};

const WORDS: Record<Lang, PageWords> = { en: PAGE_WORDS_EN, fr, de };

/**
 * The words of a machine page in one language.
 *
 * @example
 * ```ts
 * pageWords('de').headings.deadlines; // 'Fristen'
 * ```
 */
export function pageWords(lang: Lang): PageWords {
  return WORDS[lang];
}
