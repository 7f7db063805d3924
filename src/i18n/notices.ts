/**
 * French and German versions of the notices whose message carries values
 * (dates, names, figures). The values are read back from the English
 * message, where the procedure wrote them, so that the machines keep one
 * source of truth; a notice without values is translated through the
 * catalogue like any other text.
 */
import type { Notice } from '../case/types';
import type { Lang } from './lang';

/** Writes a notice from the groups its pattern matched in the English message, with dates written out and embedded texts translated. */
type Write = (match: RegExpExecArray, date: (iso: string) => string, text: (english: string) => string) => string;

interface Template {
  pattern: RegExp;
  fr: Write;
  de: Write;
}

const DATE = '(\\d{4}-\\d{2}-\\d{2})';

/** A label the machine lower-cased to put it inside a sentence, translated and lower-cased back (German nouns keep their capital). */
function inner(label: string, text: (english: string) => string, lang: Exclude<Lang, 'en'>): string {
  const translated = text(label.charAt(0).toUpperCase() + label.slice(1));
  return lang === 'fr' ? translated.charAt(0).toLowerCase() + translated.slice(1) : translated;
}

const TEMPLATES: Record<string, Template> = {
  passportRenewalAdvised: {
    pattern: new RegExp(`^The passport expires on ${DATE}, less than (\\d+) months away`),
    fr: (m, date) => `Le passeport expire le ${date(m[1]!)}, dans moins de ${m[2]} mois : le renouveler avant de venir au Luxembourg.`,
    de: (m, date) => `Der Reisepass läuft am ${date(m[1]!)} ab, in weniger als ${m[2]} Monaten: vor der Reise nach Luxemburg erneuern.`,
  },
  compensationOwed: {
    pattern: new RegExp(`^Revoked on ${DATE} \\((.+)\\): (.+) owes the worker the salaries`),
    fr: (m, date, text) => `Retrait le ${date(m[1]!)} (${inner(m[2]!, text, 'fr')}) : ${m[3] === 'the employer' ? 'l’employeur' : m[3]} doit au travailleur les salaires prévus au contrat pour le reste de sa durée.`,
    de: (m, date, text) => `Widerruf am ${date(m[1]!)} (${inner(m[2]!, text, 'de')}): ${m[3] === 'the employer' ? 'der Arbeitgeber' : m[3]} schuldet dem Arbeitnehmer die im Vertrag vorgesehenen Löhne für dessen restliche Laufzeit.`,
  },
  salariedProcedureRequired: {
    pattern: new RegExp(`^Paid employment as the main activity(?: \\(since ${DATE}\\))? needs`),
    fr: (m, date) => `Un emploi rémunéré exercé à titre principal${m[1] ? ` (depuis le ${date(m[1])})` : ''} nécessite un titre de séjour pour travailleur salarié : suivre la procédure du travailleur salarié (salariedWorker).`,
    de: (m, date) => `Eine bezahlte Beschäftigung als Haupttätigkeit${m[1] ? ` (seit dem ${date(m[1])})` : ''} erfordert einen Aufenthaltstitel für Arbeitnehmer: Verfahren für Arbeitnehmer (salariedWorker) anwenden.`,
  },
  lostResidencePermitCard: {
    pattern: new RegExp(`reported lost, stolen or damaged on ${DATE}`),
    fr: (m, date) => `La perte, le vol ou la détérioration du titre de séjour a été déclaré le ${date(m[1]!)} : suivre la procédure spécifique de remplacement.`,
    de: (m, date) => `Verlust, Diebstahl oder Beschädigung des Aufenthaltstitels wurde am ${date(m[1]!)} gemeldet: Für den Ersatz ist ein besonderes Verfahren einzuhalten.`,
  },
  renewalLimited: {
    pattern: /^The renewal can be granted for at most (\d+) year, because (unemployment benefits are received|work is not proved for the whole validity)\.$/,
    fr: (m) => `Le renouvellement ne peut être accordé que pour ${m[1]} an au plus, car ${m[2]!.startsWith('unemployment') ? 'des indemnités de chômage sont perçues' : 'le travail n’est pas prouvé pour toute la durée de validité'}.`,
    de: (m) => `Die Verlängerung kann höchstens für ${m[1]} Jahr bewilligt werden, weil ${m[2]!.startsWith('unemployment') ? 'Arbeitslosengeld bezogen wird' : 'die Arbeit nicht für die gesamte Gültigkeitsdauer nachgewiesen ist'}.`,
  },
  longTermResidenceAvailable: {
    pattern: new RegExp(`^After (\\d+) years of lawful and uninterrupted stay \\(since ${DATE}\\)`),
    fr: (m, date) => `Après ${m[1]} ans de séjour légal et ininterrompu (depuis le ${date(m[2]!)}), la personne peut demander le statut de résident de longue durée.`,
    de: (m, date) => `Nach ${m[1]} Jahren rechtmäßigen und ununterbrochenen Aufenthalts (seit dem ${date(m[2]!)}) kann die Person die Rechtsstellung eines langfristig Aufenthaltsberechtigten beantragen.`,
  },
  exemptionEnded: {
    pattern: new RegExp(`^The exemption ended on ${DATE}: (.+?)\\. (.+)$`),
    fr: (m, date, text) => `La dispense a pris fin le ${date(m[1]!)} : ${inner(m[2]!, text, 'fr')}. ${text(m[3]!)}`,
    de: (m, date, text) => `Die Befreiung endete am ${date(m[1]!)}: ${inner(m[2]!, text, 'de')}. ${text(m[3]!)}`,
  },
  permitWithdrawn: {
    pattern: new RegExp(`^The permit was withdrawn on ${DATE}: (.+)\\.$`),
    fr: (m, date, text) => `L’autorisation a été retirée le ${date(m[1]!)} : ${inner(m[2]!, text, 'fr')}.`,
    de: (m, date, text) => `Die Erlaubnis wurde am ${date(m[1]!)} entzogen: ${inner(m[2]!, text, 'de')}.`,
  },
  contractTerminated: {
    pattern: new RegExp(`^The employment contract was terminated automatically on ${DATE}, when the permit (was withdrawn|expired)\\.$`),
    fr: (m, date) => `Le contrat de travail a pris fin de plein droit le ${date(m[1]!)}, ${m[2] === 'expired' ? 'à l’expiration de l’autorisation' : 'au retrait de l’autorisation'}.`,
    de: (m, date) => `Der Arbeitsvertrag endete automatisch am ${date(m[1]!)}, als die Erlaubnis ${m[2] === 'expired' ? 'ablief' : 'entzogen wurde'}.`,
  },
  longTermResidenceEligible: {
    pattern: new RegExp(`^Legally resident since ${DATE}: `),
    fr: (m, date) => `En séjour régulier depuis le ${date(m[1]!)} : le titulaire peut demander à la Direction de l’immigration le statut de résident de longue durée, en justifiant de ressources stables et régulières, d’un logement approprié et d’une assurance maladie, sans menace pour l’ordre public et avec un casier judiciaire vierge.`,
    de: (m, date) => `Seit dem ${date(m[1]!)} rechtmäßig wohnhaft: Der Inhaber kann bei der Einwanderungsbehörde die Rechtsstellung eines langfristig Aufenthaltsberechtigten beantragen, mit Nachweis fester und regelmäßiger Einkünfte, angemessener Unterkunft und Krankenversicherung, ohne Gefahr für die öffentliche Ordnung und mit leerem Strafregister.`,
  },
  renewalLimitedToOneYear: {
    pattern: /for at most (\d+) year\.$/,
    fr: (m) => `Le titulaire n’a pas travaillé pendant toute la durée de validité ou perçoit des indemnités de chômage : le renouvellement ne peut dépasser ${m[1]} an.`,
    de: (m) => `Der Inhaber hat nicht während der gesamten Gültigkeitsdauer gearbeitet oder bezieht Arbeitslosengeld: Die Verlängerung kann höchstens ${m[1]} Jahr betragen.`,
  },
  employmentChangeBeforeFirstRenewal: {
    pattern: /^The permit is valid for (.+) in (.+) with any employer; /,
    fr: (m) => `Le titre vaut pour ${m[1] === 'one profession' ? 'une profession' : m[1]} dans ${m[2] === 'one sector' ? 'un secteur' : m[2]}, auprès de tout employeur ; un changement de profession ou de secteur doit être demandé depuis le Luxembourg avant le premier renouvellement.`,
    de: (m) => `Der Titel gilt für ${m[1] === 'one profession' ? 'einen Beruf' : m[1]} in ${m[2] === 'one sector' ? 'einem Sektor' : m[2]}, bei jedem Arbeitgeber; ein Berufs- oder Sektorwechsel ist vor der ersten Verlängerung von Luxemburg aus zu beantragen.`,
  },
};

/**
 * The notice's message in French or German when a template knows its code
 * and its English message has the expected shape; `undefined` otherwise.
 *
 * @example
 * ```ts
 * noticeText({ code: 'passportRenewalAdvised', message: 'The passport expires on 2026-05-01, less than 6 months away: renew it before coming to Luxembourg.' }, 'fr', (d) => d);
 * // 'Le passeport expire le 2026-05-01, dans moins de 6 mois : le renouveler avant de venir au Luxembourg.'
 * ```
 */
export function noticeText(notice: Pick<Notice, 'code' | 'message'>, lang: Exclude<Lang, 'en'>, date: (iso: string) => string, text: (english: string) => string = (english) => english): string | undefined {
  const template = Object.hasOwn(TEMPLATES, notice.code) ? TEMPLATES[notice.code]! : undefined;
  const match = template?.pattern.exec(notice.message);
  if (!template || !match) return undefined;
  return template[lang](match, date, text);
}

/**
 * The notice codes that carry values and have French and German templates.
 *
 * @example
 * ```ts
 * NOTICE_TEMPLATE_CODES.includes('passportRenewalAdvised'); // true
 * ```
 */
export const NOTICE_TEMPLATE_CODES: readonly string[] = Object.keys(TEMPLATES);
