/**
 * The command line's error messages in French and German. The English
 * messages are built in one place each (`src/cli/*`); each has a pattern
 * here, line by line, with its French and German wording. Error codes,
 * option names, file paths and ids stay as they are; a quote from a page
 * stays English. A line no pattern knows (the usage text, an engine's
 * message) stays English.
 */
import type { Lang } from './lang';
import type { Translator } from './translator';

/**
 * How a language writes an English error line that matched a pattern.
 *
 * @example
 * ```ts
 * const words: CliErrorWords = (match) => `option inconnue ${match[1]}`;
 * ```
 */
export type CliErrorWords = (match: RegExpMatchArray, t: Translator) => string;

/**
 * One English error line and how French and German write it.
 *
 * @example
 * ```ts
 * const line: CliErrorPattern = { english: /^no command given$/, fr: () => 'aucune commande indiquée', de: () => 'kein Befehl angegeben' };
 * ```
 */
export interface CliErrorPattern {
  english: RegExp;
  fr: CliErrorWords;
  de: CliErrorWords;
}

const WHY: Record<'fr' | 'de', Record<string, string>> = {
  fr: { 'no such file': 'fichier introuvable', 'is a directory': 'c’est un répertoire', 'permission denied': 'accès refusé' },
  de: { 'no such file': 'Datei nicht gefunden', 'is a directory': 'ist ein Verzeichnis', 'permission denied': 'Zugriff verweigert' },
};

const EXPECTED: Record<'fr' | 'de', Record<string, string>> = {
  fr: {
    'a scenario (JSON or YAML, see docs/scenario.schema.json)': 'un scénario (JSON ou YAML, voir docs/scenario.schema.json)',
    'a profile (JSON or YAML, see docs/profile.schema.json)': 'un profil (JSON ou YAML, voir docs/profile.schema.json)',
    'a snapshot (JSON written by `simulate --save` or serialize())': 'un dossier enregistré (JSON écrit par `simulate --save` ou serialize())',
  },
  de: {
    'a scenario (JSON or YAML, see docs/scenario.schema.json)': 'ein Szenario (JSON oder YAML, siehe docs/scenario.schema.json)',
    'a profile (JSON or YAML, see docs/profile.schema.json)': 'ein Profil (JSON oder YAML, siehe docs/profile.schema.json)',
    'a snapshot (JSON written by `simulate --save` or serialize())': 'eine gespeicherte Akte (JSON, geschrieben von `simulate --save` oder serialize())',
  },
};

const hint = (match: string | undefined, lang: 'fr' | 'de'): string => {
  const suggestion = match === undefined ? undefined : /^ \(did you mean (\S+)\?\)$/.exec(match)?.[1];
  if (suggestion === undefined) return '';
  return lang === 'fr' ? ` (vouliez-vous dire ${suggestion} ?)` : ` (meinten Sie ${suggestion}?)`;
};

const HINT = '( \\(did you mean \\S+\\?\\))?';
const CODE = '( \\[[a-zA-Z]+\\.[a-zA-Z]+\\])?';

/** What the library says of a refused event, rewritten with the names of its states and events. */
function refusal(match: RegExpMatchArray, t: Translator, lang: 'fr' | 'de'): string {
  const [, event, state, movedOn, movedTo, conditions, allowed, page] = match;
  const q = (text: string): string => (lang === 'fr' ? `« ${text} »` : `„${text}“`);
  const allowedNames = allowed === undefined ? '' : allowed.startsWith('nothing') ? (lang === 'fr' ? 'rien (étape finale)' : 'nichts (Endschritt)') : allowed.split(', ').map((type) => t.event(type)).join(', ');
  if (lang === 'fr') {
    return (
      `${q(t.event(event!))} n’est pas possible à l’étape ${q(t.state(state!))}` +
      (movedOn ? ` (le ${t.date(movedOn)}, le dossier était passé à l’étape ${q(t.state(movedTo!))})` : '') +
      (conditions ? ' : ses conditions ne sont pas remplies' : ` ; possible maintenant : ${allowedNames}`) +
      (page ? ` ; la page : ${page}` : '')
    );
  }
  return (
    `${q(t.event(event!))} ist im Schritt ${q(t.state(state!))} nicht möglich` +
    (movedOn ? ` (am ${t.date(movedOn)} war der Fall zum Schritt ${q(t.state(movedTo!))} übergegangen)` : '') +
    (conditions ? ': seine Voraussetzungen sind nicht erfüllt' : `; jetzt möglich: ${allowedNames}`) +
    (page ? `; die Seite: ${page}` : '')
  );
}

const REFUSAL = /^"([^"]+)" is not allowed in state "([^"]+)"(?: \(on (\S+) the case had moved to "([^"]+)"\))?(?:(: its conditions are not met)|; allowed now: (.*?))(?:; the page: (".*"))?$/;

/** The part of a message after its place (`file: `, `--at: `, `simulate: `), translated, or `undefined`. */
function messageText(message: string, lang: 'fr' | 'de', t: Translator): string | undefined {
  const event = /^event (\d+) \(([^ ]+) on (\S+)\): (.*)$/.exec(message);
  if (event) {
    const rest = messageText(event[4]!, lang, t);
    if (rest === undefined) return undefined;
    return lang === 'fr' ? `événement ${event[1]} (${t.event(event[2]!)}, le ${t.date(event[3]!)}) : ${rest}` : `Ereignis ${event[1]} (${t.event(event[2]!)} am ${t.date(event[3]!)}): ${rest}`;
  }
  for (const pattern of MESSAGE_PATTERNS) {
    const match = message.match(pattern.english);
    if (match) return pattern[lang](match, t);
  }
  return undefined;
}

/** The messages that follow a place (`file: `, an option, a command): the library's refusals and the command line's own words. */
const MESSAGE_PATTERNS: readonly CliErrorPattern[] = [
  { english: REFUSAL, fr: (m, t) => refusal(m, t, 'fr'), de: (m, t) => refusal(m, t, 'de') },
  {
    english: /^event dated (\S+) is earlier than the case's last event \((\S+)\)$/,
    fr: (m, t) => `l’événement daté du ${t.date(m[1]!)} précède le dernier événement du dossier (${t.date(m[2]!)})`,
    de: (m, t) => `das Ereignis vom ${t.date(m[1]!)} liegt vor dem letzten Ereignis des Falls (${t.date(m[2]!)})`,
  },
  {
    english: /^cannot read file \((.+)\)$/,
    fr: (m) => `impossible de lire le fichier (${WHY.fr[m[1]!] ?? m[1]})`,
    de: (m) => `Datei kann nicht gelesen werden (${WHY.de[m[1]!] ?? m[1]})`,
  },
  {
    english: /^cannot write file \((.+)\)$/,
    fr: (m) => `impossible d’écrire le fichier (${m[1]})`,
    de: (m) => `Datei kann nicht geschrieben werden (${m[1]})`,
  },
  {
    english: /^the file is empty; expected (.+)$/,
    fr: (m) => `le fichier est vide ; attendu : ${EXPECTED.fr[m[1]!] ?? m[1]}`,
    de: (m) => `die Datei ist leer; erwartet: ${EXPECTED.de[m[1]!] ?? m[1]}`,
  },
  {
    english: /^not valid (JSON|YAML) at line (\d+), column (\d+): (.*)$/,
    fr: (m) => `${m[1]} non valide à la ligne ${m[2]}, colonne ${m[3]} : ${m[4]}`,
    de: (m) => `kein gültiges ${m[1]} in Zeile ${m[2]}, Spalte ${m[3]}: ${m[4]}`,
  },
  { english: /^not valid (JSON|YAML): (.*)$/, fr: (m) => `${m[1]} non valide : ${m[2]}`, de: (m) => `kein gültiges ${m[1]}: ${m[2]}` },
  {
    english: /^"([^"]+)" is not a date written YYYY-MM-DD$/,
    fr: (m) => `« ${m[1]} » n’est pas une date écrite AAAA-MM-JJ`,
    de: (m) => `„${m[1]}“ ist kein als JJJJ-MM-TT geschriebenes Datum`,
  },
  { english: /^required field missing: (.+)$/, fr: (m) => `champ obligatoire manquant : ${m[1]}`, de: (m) => `Pflichtfeld fehlt: ${m[1]}` },
  {
    english: /^(\d+) required fields missing: (.+?)(?:; and (\d+) other problems?:)?$/,
    fr: (m) => `${m[1]} champs obligatoires manquants : ${m[2]}${m[3] ? ` ; et ${m[3]} autre${m[3] === '1' ? '' : 's'} problème${m[3] === '1' ? '' : 's'} :` : ''}`,
    de: (m) => `${m[1]} Pflichtfelder fehlen: ${m[2]}${m[3] ? `; und ${m[3]} ${m[3] === '1' ? 'weiteres Problem' : 'weitere Probleme'}:` : ''}`,
  },
  { english: /^(\d+) problems:$/, fr: (m) => `${m[1]} problèmes :`, de: (m) => `${m[1]} Probleme:` },
  {
    english: new RegExp(`^unknown option (\\S+?)${HINT}; (\\S+) accepts (.+)$`),
    fr: (m) => `option inconnue ${m[1]}${hint(m[2], 'fr')} ; ${m[3]} accepte ${m[4]}`,
    de: (m) => `unbekannte Option ${m[1]}${hint(m[2], 'de')}; ${m[3]} akzeptiert ${m[4]}`,
  },
  { english: /^option (\S+) needs a value$/, fr: (m) => `l’option ${m[1]} attend une valeur`, de: (m) => `die Option ${m[1]} braucht einen Wert` },
  { english: /^option (\S+) takes no value$/, fr: (m) => `l’option ${m[1]} ne prend pas de valeur`, de: (m) => `die Option ${m[1]} nimmt keinen Wert` },
  {
    english: /^expected (exactly one argument|(\d+) arguments), got (\d+)$/,
    fr: (m) => `${m[2] ? `${m[2]} arguments attendus` : 'exactement un argument attendu'}, ${m[3]} reçu${m[3] === '0' || m[3] === '1' ? '' : 's'}`,
    de: (m) => `${m[2] ? `${m[2]} Argumente erwartet` : 'genau ein Argument erwartet'}, ${m[3]} erhalten`,
  },
  {
    english: /^"([^"]+)" is not a diagram format; use mermaid or dot$/,
    fr: (m) => `« ${m[1]} » n’est pas un format de diagramme ; utilisez mermaid ou dot`,
    de: (m) => `„${m[1]}“ ist kein Diagrammformat; verwenden Sie mermaid oder dot`,
  },
  {
    english: /^unknown procedure "([^"]+)"; known: (.+?); register a procedure of your own with registerProcedures\(procedure\) before createCase or restore$/,
    fr: (m) => `procédure inconnue « ${m[1]} » ; connues : ${m[2]} ; une procédure à vous s’enregistre avec registerProcedures(procedure) avant createCase ou restore`,
    de: (m) => `unbekanntes Verfahren „${m[1]}“; bekannt: ${m[2]}; ein eigenes Verfahren wird vor createCase oder restore mit registerProcedures(procedure) registriert`,
  },
  {
    english: /^unknown procedure "([^"]+)"; known: (.+?)(?: \(did you mean (\S+)\?\))?$/,
    fr: (m) => `procédure inconnue « ${m[1]} » ; connues : ${m[2]}${m[3] ? ` (vouliez-vous dire ${m[3]} ?)` : ''}`,
    de: (m) => `unbekanntes Verfahren „${m[1]}“; bekannt: ${m[2]}${m[3] ? ` (meinten Sie ${m[3]}?)` : ''}`,
  },
  { english: /^unknown command "([^"]+)"$/, fr: (m) => `commande inconnue « ${m[1]} »`, de: (m) => `unbekannter Befehl „${m[1]}“` },
];

/**
 * The lines that are not "place: message": the command line's hints and
 * the top-level errors.
 */
const LINE_PATTERNS: readonly CliErrorPattern[] = [
  {
    english: /^Run `permit-lifecycles (\S+) --help` for its options\.$/,
    fr: (m) => `Lancez \`permit-lifecycles ${m[1]} --help\` pour voir ses options.`,
    de: (m) => `Führen Sie \`permit-lifecycles ${m[1]} --help\` aus, um seine Optionen zu sehen.`,
  },
  { english: /^(\s*)did you mean "([^"]+)"\?$/, fr: (m) => `${m[1]}vouliez-vous dire « ${m[2]} » ?`, de: (m) => `${m[1]}meinten Sie „${m[2]}“?` },
  {
    english: /^(\s*)The command line registers the bundled procedures only \(see `permit-lifecycles list`\); to run a procedure of your own, register it with registerProcedures\(procedure\) and call runScenario\(\) from the library\.$/,
    fr: (m) => `${m[1]}La ligne de commande ne connaît que les procédures fournies (voir \`permit-lifecycles list\`) ; pour une procédure à vous, enregistrez-la avec registerProcedures(procedure) et appelez runScenario() depuis la bibliothèque.`,
    de: (m) => `${m[1]}Die Befehlszeile kennt nur die mitgelieferten Verfahren (siehe \`permit-lifecycles list\`); für ein eigenes Verfahren registrieren Sie es mit registerProcedures(procedure) und rufen runScenario() aus der Bibliothek auf.`,
  },
  {
    english: new RegExp(`^unknown option (\\S+?)${HINT}; before a command only --help and --version are accepted$`),
    fr: (m) => `option inconnue ${m[1]}${hint(m[2], 'fr')} ; avant une commande, seules --help et --version sont acceptées`,
    de: (m) => `unbekannte Option ${m[1]}${hint(m[2], 'de')}; vor einem Befehl sind nur --help und --version zulässig`,
  },
  {
    english: new RegExp(`^unknown command "([^"]+)"${HINT}$`),
    fr: (m) => `commande inconnue « ${m[1]} »${hint(m[2], 'fr')}`,
    de: (m) => `unbekannter Befehl „${m[1]}“${hint(m[2], 'de')}`,
  },
];

/**
 * One line of the command line's error output in French or German, or
 * `undefined` when no pattern knows it (what the completeness test checks).
 * A line is either a known line, or `place: message [code]` where the
 * message is known: the place (a file, an option, a command) and the code
 * are kept.
 *
 * @example
 * ```ts
 * cliErrorLine('case.json: cannot read file (no such file)', translator('fr'));
 * // 'case.json : impossible de lire le fichier (fichier introuvable)'
 * ```
 */
export function cliErrorLine(line: string, t: Translator): string | undefined {
  const lang = t.lang;
  if (lang === 'en') return line;
  for (const pattern of LINE_PATTERNS) {
    const match = line.match(pattern.english);
    if (match) return pattern[lang](match, t);
  }
  const issue = /^(\s+)([^\s:]+): (.+)$/.exec(line);
  if (issue) return line;
  // The place is everything before the first ": " that leaves a known message.
  let at = line.indexOf(': ');
  while (at >= 0) {
    const place = line.slice(0, at);
    const rest = line.slice(at + 2);
    const coded = new RegExp(`^(.*?)${CODE}$`).exec(rest)!;
    const text = messageText(coded[1]!, lang, t);
    if (text !== undefined) return `${place}${t.words.colon} ${text}${coded[2] ?? ''}`;
    at = line.indexOf(': ', at + 2);
  }
  return undefined;
}

/**
 * The command line's error output in a language, line by line; lines no
 * pattern knows (the usage text) stay as they are.
 *
 * @example
 * ```ts
 * cliErrorText('simulate: expected exactly one argument, got 0', translator('de'));
 * // 'simulate: genau ein Argument erwartet, 0 erhalten'
 * ```
 */
export function cliErrorText(text: string, t: Translator): string {
  if (t.lang === 'en') return text;
  return text
    .split('\n')
    .map((line) => cliErrorLine(line, t) ?? line)
    .join('\n');
}

/**
 * The language a command line asks for with `--lang` (before a `--` that
 * ends the options), when it is one the library speaks.
 *
 * @example
 * ```ts
 * requestedLang(['status', 'case.json', '--lang', 'fr']); // 'fr'
 * requestedLang(['status', 'case.json', '--lang=de']); // 'de'
 * ```
 */
export function requestedLang(argv: readonly string[]): Lang | undefined {
  const end = argv.indexOf('--');
  const options = end === -1 ? argv : argv.slice(0, end);
  for (const [index, arg] of options.entries()) {
    const value = arg === '--lang' ? options[index + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value === 'en' || value === 'fr' || value === 'de') return value;
  }
  return undefined;
}
