/**
 * French and German versions of the cross-border-family-exemption procedure's texts.
 */
import type { Catalog } from './types';

/**
 * The cross-border-family-exemption texts, keyed by their English wording.
 *
 * @example
 * ```ts
 * crossBorderFamilyExemptionCatalog['The ministry refused the exemption.']?.fr; // 'Le ministère a refusé la dispense.'
 * ```
 */
export const crossBorderFamilyExemptionCatalog: Catalog = {
  'A copy of a passport that has expired on the day of the application is not the "certified copy of their valid passport" the page asks for: the application is incomplete and returned.': {
    fr: 'La copie d’un passeport expiré le jour de la demande n’est pas la "certified copy of their valid passport" que la page demande : la demande est incomplète et renvoyée.',
    de: 'Die Kopie eines Reisepasses, der am Tag des Antrags abgelaufen ist, ist nicht die "certified copy of their valid passport", die die Seite verlangt: Der Antrag ist unvollständig und wird zurückgesandt.',
  },
  'Work permit exemption for the third-country spouse, partner or child of an EU citizen working in Luxembourg, living in another member state': {
    fr: 'Dispense d’autorisation de travail pour le conjoint, partenaire ou enfant ressortissant de pays tiers d’un citoyen de l’Union travaillant au Luxembourg et résidant dans un autre État membre',
    de: 'Befreiung von der Arbeitserlaubnis für drittstaatsangehörige Ehegatten, Partner oder Kinder eines in Luxemburg arbeitenden, in einem anderen Mitgliedstaat wohnenden EU-Bürgers',
  },
  'Before recruiting the person, the employer must declare the vacant position to ADEM (and be able to prove it); the documents can be gathered meanwhile.': {
    fr: 'Avant de recruter la personne, l’employeur doit déclarer le poste vacant à l’ADEM (et pouvoir le prouver) ; les pièces peuvent être réunies entre-temps.',
    de: 'Vor der Einstellung muss der Arbeitgeber die freie Stelle bei der ADEM melden (und dies nachweisen können); die Unterlagen können inzwischen zusammengestellt werden.',
  },
  'Before starting work, the person (or a mandated third party) prepares the written application for a work permit exemption to the Immigration Directorate.': {
    fr: 'Avant de commencer à travailler, la personne (ou un tiers mandaté) prépare la demande écrite de dispense d’autorisation de travail à la Direction de l’immigration.',
    de: 'Vor Arbeitsbeginn bereitet die Person (oder ein bevollmächtigter Dritter) den schriftlichen Antrag auf Befreiung von der Arbeitserlaubnis bei der Einwanderungsbehörde vor.',
  },
  'The Ministry of Foreign and European Affairs examines the complete application.': {
    fr: 'Le ministère des Affaires étrangères et européennes examine la demande complète.',
    de: 'Das Ministerium für auswärtige und europäische Angelegenheiten prüft den vollständigen Antrag.',
  },
  'No answer within the response period: the application is deemed to have been rejected.': {
    fr: 'Pas de réponse dans le délai de réponse : la demande est réputée rejetée.',
    de: 'Keine Antwort innerhalb der Antwortfrist: Der Antrag gilt als abgelehnt.',
  },
  'The application is deemed rejected; the person may not work in Luxembourg on it unless an express grant follows.': {
    fr: 'La demande est réputée rejetée ; la personne ne peut pas travailler au Luxembourg sur cette base, sauf accord exprès ultérieur.',
    de: 'Der Antrag gilt als abgelehnt; die Person darf auf dieser Grundlage nicht in Luxemburg arbeiten, es sei denn, eine ausdrückliche Bewilligung folgt.',
  },
  'The person is exempt from a work permit and may work in Luxembourg for the employer named in the application, while living in the other member state.': {
    fr: 'La personne est dispensée d’autorisation de travail et peut travailler au Luxembourg pour l’employeur indiqué dans la demande, tout en résidant dans l’autre État membre.',
    de: 'Die Person ist von der Arbeitserlaubnis befreit und darf, während sie im anderen Mitgliedstaat wohnt, in Luxemburg für den im Antrag genannten Arbeitgeber arbeiten.',
  },
  'The facts do not meet the conditions of the page (spouse, registered partner or child of an EU citizen who already works in Luxembourg, legally resident with them in another member state).': {
    fr: 'Les faits ne remplissent pas les conditions de la page (conjoint, partenaire enregistré ou enfant d’un citoyen de l’Union qui travaille déjà au Luxembourg, résidant légalement avec lui dans un autre État membre).',
    de: 'Der Sachverhalt erfüllt die Voraussetzungen der Seite nicht (Ehegatte, eingetragener Partner oder Kind eines bereits in Luxemburg arbeitenden EU-Bürgers, mit ihm rechtmäßig in einem anderen Mitgliedstaat wohnhaft).',
  },
  'This exemption does not apply; another procedure (for example a salaried worker permit) may.': {
    fr: 'Cette dispense ne s’applique pas ; une autre procédure (par exemple une autorisation pour travailleur salarié) peut s’appliquer.',
    de: 'Diese Befreiung ist nicht anwendbar; ein anderes Verfahren (etwa eine Erlaubnis als Arbeitnehmer) kann es sein.',
  },
  'The ministry refused the exemption.': { fr: 'Le ministère a refusé la dispense.', de: 'Das Ministerium hat die Befreiung abgelehnt.' },
  'The person may not work in Luxembourg on this exemption.': {
    fr: 'La personne ne peut pas travailler au Luxembourg sous cette dispense.',
    de: 'Die Person darf auf Grund dieser Befreiung nicht in Luxemburg arbeiten.',
  },
  'A condition of the exemption no longer holds (see the notice for which one), so the exemption has ended.': {
    fr: 'Une condition de la dispense n’est plus remplie (voir l’avis pour savoir laquelle) : la dispense a pris fin.',
    de: 'Eine Voraussetzung der Befreiung ist entfallen (siehe Hinweis), daher ist die Befreiung beendet.',
  },
  'The person may no longer work in Luxembourg on this exemption; a new application or another procedure is needed.': {
    fr: 'La personne ne peut plus travailler au Luxembourg sous cette dispense ; une nouvelle demande ou une autre procédure est nécessaire.',
    de: 'Die Person darf auf Grund dieser Befreiung nicht mehr in Luxemburg arbeiten; ein neuer Antrag oder ein anderes Verfahren ist erforderlich.',
  },
  'The Ministry of Foreign and European Affairs answers the exemption application': {
    fr: 'Le ministère des Affaires étrangères et européennes répond à la demande de dispense',
    de: 'Das Ministerium für auswärtige und europäische Angelegenheiten beantwortet den Antrag auf Befreiung',
  },
  'No answer by then means the application is deemed to have been rejected; an express decision that arrives later is still recorded.': {
    fr: 'L’absence de réponse à cette date vaut rejet de la demande ; une décision expresse ultérieure est néanmoins enregistrée.',
    de: 'Bleibt bis dahin eine Antwort aus, gilt der Antrag als abgelehnt; eine spätere ausdrückliche Entscheidung wird dennoch erfasst.',
  },
  'Written application for a work permit exemption to the Immigration Directorate': {
    fr: 'Demande écrite de dispense d’autorisation de travail à la Direction de l’immigration',
    de: 'Schriftlicher Antrag auf Befreiung von der Arbeitserlaubnis bei der Einwanderungsbehörde',
  },
  'Written application with surname(s), first name(s) and exact address in the country of residence': {
    fr: 'Demande écrite indiquant le(s) nom(s), le(s) prénom(s) et l’adresse exacte dans le pays de résidence',
    de: 'Schriftlicher Antrag mit Name(n), Vorname(n) und genauer Anschrift im Wohnsitzland',
  },
  'Copy of the authorisation to stay issued by the other member state (or Iceland, Liechtenstein, Norway or Switzerland)': {
    fr: 'Copie de l’autorisation de séjour délivrée par l’autre État membre (ou l’Islande, le Liechtenstein, la Norvège ou la Suisse)',
    de: 'Kopie der vom anderen Mitgliedstaat (oder Island, Liechtenstein, Norwegen oder der Schweiz) ausgestellten Aufenthaltserlaubnis',
  },
  'Copy of the employment contract compliant with Luxembourg labour law, dated and signed by both parties': {
    fr: 'Copie du contrat de travail conforme au droit du travail luxembourgeois, daté et signé par les deux parties',
    de: 'Kopie des dem luxemburgischen Arbeitsrecht entsprechenden Arbeitsvertrags, von beiden Parteien datiert und unterschrieben',
  },
  'Recent certificate of affiliation of the spouse, partner or parent to the Joint Social Security Centre, with all their Luxembourg affiliations': {
    fr: 'Certificat d’affiliation récent du conjoint, du partenaire ou du parent auprès du Centre commun de la sécurité sociale, avec toutes ses affiliations luxembourgeoises',
    de: 'Aktuelle Versicherungsbescheinigung des Ehegatten, Partners oder Elternteils beim Gemeinsamen Zentrum der Sozialversicherung mit allen luxemburgischen Anmeldungen',
  },
  'Proof of the family relationship (marriage or partnership certificate, family record book, birth certificate, ...)': {
    fr: 'Preuve du lien familial (acte de mariage ou de partenariat, livret de famille, acte de naissance, ...)',
    de: 'Nachweis des Familienverhältnisses (Heirats- oder Partnerschaftsurkunde, Familienbuch, Geburtsurkunde, ...)',
  },
  'Recent household composition certificate from the country of residence': {
    fr: 'Certificat de composition de ménage récent du pays de résidence',
    de: 'Aktuelle Haushaltsbescheinigung aus dem Wohnsitzland',
  },
  'Recent certificate of residence from the country of residence': {
    fr: 'Certificat de résidence récent du pays de résidence',
    de: 'Aktuelle Wohnsitzbescheinigung aus dem Wohnsitzland',
  },
  "Written power of attorney, dated and signed, the signature preceded by 'bon pour procuration'": {
    fr: 'Procuration écrite, datée et signée, la signature précédée de la mention « bon pour procuration »',
    de: 'Schriftliche Vollmacht, datiert und unterschrieben, die Unterschrift mit dem Vermerk „bon pour procuration“',
  },
  'only when a mandated third party (e.g. the future employer) files the application; attorneys need none': {
    fr: 'uniquement si un tiers mandaté (par exemple le futur employeur) introduit la demande ; un avocat n’en a pas besoin',
    de: 'nur wenn ein bevollmächtigter Dritter (z. B. der künftige Arbeitgeber) den Antrag stellt; Rechtsanwälte benötigen keine',
  },
  'Certified true translations by a sworn translator of the documents not in German, French or English': {
    fr: 'Traductions certifiées conformes par un traducteur assermenté des documents qui ne sont pas en allemand, en français ou en anglais',
    de: 'Beglaubigte Übersetzungen durch einen vereidigten Übersetzer der Dokumente, die nicht auf Deutsch, Französisch oder Englisch sind',
  },
  'only when a document is not drawn up in German, French or English': {
    fr: 'uniquement si un document n’est pas rédigé en allemand, en français ou en anglais',
    de: 'nur wenn ein Dokument nicht auf Deutsch, Französisch oder Englisch abgefasst ist',
  },
};
