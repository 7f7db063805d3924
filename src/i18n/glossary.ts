/**
 * The glossary: the official terms the French and German texts use, each
 * with the address of the public page it was taken from. A term no official
 * page gave is marked `proposed`, so that a reviewer knows what to check.
 * `npm run glossary` writes it out as docs/glossary.md.
 */
import type { Lang } from './lang';

/**
 * A term in one language and where it was found, or `proposed: true` with why.
 *
 * @example
 * ```ts
 * const term: GlossaryTerm = { term: 'Arbeitsmarkttest', source: 'https://itm.public.lu/de/questions-reponses/droit-travail/travail-clandestin/b/b7.html' };
 * ```
 */
export type GlossaryTerm = { term: string; source: string; proposed?: never; note?: string } | { term: string; proposed: true; note: string; source?: never };

/**
 * One concept of the procedures in English, French and German.
 *
 * @example
 * ```ts
 * const entry: GlossaryEntry = GLOSSARY[0]!;
 * entry.fr.term; // 'autorisation de séjour temporaire'
 * ```
 */
export type GlossaryEntry = { id: string } & Record<Lang, GlossaryTerm>;

const GUICHET_EN_SEASONAL = 'https://guichet.public.lu/en/entreprises/ressources-humaines/recrutement/ressortissant-pays-tiers/saisonnier.html';
const GUICHET_EN_AOT = 'https://guichet.public.lu/en/entreprises/ressources-humaines/recrutement/ressortissant-pays-tiers/moins-90-jours/autorisation-occupation-temporaire.html';
const ADEM_FR_THIRD_COUNTRY = 'http://www.adem.public.lu/fr/marche-emploi-luxembourg/travailler-luxembourg/travailleurs-etrangers/ressortissants-pays-tiers/index.html';
const ADEM_FR_HIRING = 'http://adem.public.lu/fr/employeurs/recruter/recruter-international/Embauche-ressortissant-pays-tiers/index.html';
const ADEM_FR_AOT = 'https://adem.public.lu/fr/employeurs/recruter/Recruter_BPI_DPI/Recruter_DPI.html';
const GUICHET_DE_STUDENT = 'https://guichet.public.lu/de/citoyens/immigration/plus-3-mois/ressortissant-tiers/etudiant/etudiant-pays-tiers.html';
const GUICHET_DE_SEASONAL = 'https://guichet.public.lu/de/entreprises/ressources-humaines/recrutement/ressortissant-pays-tiers/saisonnier-moins-3-mois.html';
const GUICHET_FR_SEASONAL = 'http://www.guichet.public.lu/citoyens/fr/immigration/moins-3-mois/ressortissant-tiers/saisonnier/index.html';
const GUICHET_FR_VACANCY = 'http://www.guichet.public.lu/entreprises/fr/ressources-humaines/recrutement/recherche-candidat/vacance-poste-adem/index.html';
const GUICHET_FR_WORK = 'https://guichet.public.lu/fr/entreprises/ressources-humaines/recrutement/ressortissant-pays-tiers/travail-moins-3-mois.html';
const GUICHET_FR_ANCILLARY = 'https://guichet.public.lu/fr/entreprises/ressources-humaines/recrutement/ressortissant-pays-tiers/exercice-activite-accessoire-rp-membre-fam-rp.html';
const GUICHET_FR_PROTECTION = 'https://guichet.public.lu/fr/citoyens/immigration/cas-specifiques/protection-internationale/demande-protection-internationale.html';
const ITM_FR_B7 = 'https://itm.public.lu/fr/questions-reponses/droit-travail/travail-clandestin/b/b7.html';
const ITM_DE_B7 = 'https://itm.public.lu/de/questions-reponses/droit-travail/travail-clandestin/b/b7.html';
const ITM_DE_B8 = 'https://itm.public.lu/de/questions-reponses/droit-travail/travail-clandestin/b/b8.html';
const DIFFERDANGE_DE = 'https://differdange.lu/de/procedures/aufenthaltserlaubnis-drittstaatsangehorige';

/**
 * Every term of the French and German texts, with its source.
 *
 * @example
 * ```ts
 * GLOSSARY.find((entry) => entry.id === 'labourMarketTest')?.de.term; // 'Arbeitsmarkttest'
 * ```
 */
export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: 'temporaryAuthorisationToStay',
    en: { term: 'temporary authorisation to stay', source: GUICHET_EN_SEASONAL },
    fr: { term: 'autorisation de séjour temporaire', source: ADEM_FR_THIRD_COUNTRY },
    de: { term: 'vorübergehende Aufenthaltserlaubnis', source: GUICHET_DE_STUDENT },
  },
  {
    id: 'residencePermit',
    en: { term: 'residence permit', source: GUICHET_EN_SEASONAL },
    fr: { term: 'titre de séjour', source: ADEM_FR_THIRD_COUNTRY },
    de: { term: 'Aufenthaltstitel', source: GUICHET_DE_STUDENT },
  },
  {
    id: 'declarationOfArrival',
    en: { term: 'declaration of arrival', source: GUICHET_EN_SEASONAL },
    fr: { term: 'déclaration d’arrivée', source: ADEM_FR_THIRD_COUNTRY },
    de: { term: 'Ankunftserklärung', source: DIFFERDANGE_DE, note: 'the commune of Differdange; guichet.public.lu says "sich bei ihrer neuen Wohnsitzgemeinde anmelden"' },
  },
  {
    id: 'labourMarketTest',
    en: { term: 'labour-market test', proposed: true, note: 'the English seed pages describe the test without naming it' },
    fr: { term: 'test du marché de l’emploi', source: ITM_FR_B7 },
    de: { term: 'Arbeitsmarkttest', source: ITM_DE_B7 },
  },
  {
    id: 'vacancyDeclaration',
    en: { term: 'declaration of a vacant position', source: GUICHET_EN_SEASONAL },
    fr: { term: 'déclaration de poste vacant', source: GUICHET_FR_VACANCY },
    de: { term: 'Meldung einer freien Stelle', source: GUICHET_DE_SEASONAL },
  },
  {
    id: 'ademCertificate',
    en: { term: 'ADEM certificate', source: GUICHET_EN_SEASONAL },
    fr: { term: 'certificat de l’ADEM', source: ADEM_FR_HIRING },
    de: { term: 'Bescheinigung der ADEM', source: ITM_DE_B7 },
  },
  {
    id: 'workPermit',
    en: { term: 'work permit', source: GUICHET_EN_SEASONAL },
    fr: { term: 'autorisation de travail', source: GUICHET_FR_WORK },
    de: { term: 'Arbeitserlaubnis', source: GUICHET_DE_SEASONAL },
  },
  {
    id: 'typeDVisa',
    en: { term: 'type D visa', source: GUICHET_EN_SEASONAL },
    fr: { term: 'visa de type D', source: ADEM_FR_THIRD_COUNTRY },
    de: { term: 'Visum vom Typ D', source: GUICHET_DE_STUDENT },
  },
  {
    id: 'medicalCheck',
    en: { term: 'medical check', source: GUICHET_EN_SEASONAL },
    fr: { term: 'contrôle médical', source: ADEM_FR_THIRD_COUNTRY },
    de: { term: 'medizinische Untersuchung', source: GUICHET_DE_STUDENT },
  },
  {
    id: 'seasonalWorker',
    en: { term: 'seasonal worker', source: GUICHET_EN_SEASONAL },
    fr: { term: 'travailleur saisonnier', source: GUICHET_FR_SEASONAL },
    de: { term: 'Saisonarbeiter', source: GUICHET_DE_SEASONAL },
  },
  {
    id: 'thirdCountryNational',
    en: { term: 'third-country national', source: GUICHET_EN_SEASONAL },
    fr: { term: 'ressortissant de pays tiers', source: GUICHET_FR_SEASONAL },
    de: { term: 'Drittstaatsangehöriger', source: GUICHET_DE_SEASONAL },
  },
  {
    id: 'immigrationDirectorate',
    en: { term: 'Immigration Directorate', source: GUICHET_EN_SEASONAL },
    fr: { term: 'Direction de l’immigration', source: ADEM_FR_THIRD_COUNTRY },
    de: { term: 'Einwanderungsbehörde', source: GUICHET_DE_STUDENT },
  },
  {
    id: 'ministry',
    en: { term: 'Ministry of Foreign and European Affairs', source: GUICHET_EN_SEASONAL },
    fr: { term: 'ministère des Affaires étrangères et européennes', source: ADEM_FR_THIRD_COUNTRY },
    de: { term: 'Ministerium für auswärtige und europäische Angelegenheiten', source: GUICHET_DE_STUDENT },
  },
  {
    id: 'salariedWorker',
    en: { term: 'salaried worker', source: GUICHET_EN_SEASONAL },
    fr: { term: 'travailleur salarié', source: GUICHET_FR_ANCILLARY },
    de: { term: 'Arbeitnehmer', source: ITM_DE_B8 },
  },
  {
    id: 'ancillaryActivity',
    en: { term: 'ancillary salaried activity', proposed: true, note: 'wording of the seed page title, not checked against the live English page' },
    fr: { term: 'activité salariée à titre accessoire', source: GUICHET_FR_ANCILLARY },
    de: { term: 'unselbständige Nebentätigkeit', proposed: true, note: 'no German page found' },
  },
  {
    id: 'privateReasonsPermit',
    en: { term: 'residence permit for "private reasons"', proposed: true, note: 'as the seed page quotes it' },
    fr: { term: 'titre de séjour pour raisons privées', proposed: true, note: 'the category of the law of 29 August 2008; no guichet page found in this search' },
    de: { term: 'Aufenthaltstitel aus privaten Gründen', proposed: true, note: 'no German page found' },
  },
  {
    id: 'aot',
    en: { term: 'temporary work permit (AOT)', source: GUICHET_EN_AOT },
    fr: { term: 'autorisation d’occupation temporaire (AOT)', source: ADEM_FR_AOT },
    de: { term: 'befristete Arbeitserlaubnis (AOT)', proposed: true, note: 'no German page found; the abbreviation AOT is kept' },
  },
  {
    id: 'protectionApplicant',
    en: { term: 'applicant for international protection', source: GUICHET_EN_AOT },
    fr: { term: 'demandeur de protection internationale', source: ADEM_FR_AOT },
    de: { term: 'Antragsteller auf internationalen Schutz', proposed: true, note: 'no German page found' },
  },
  {
    id: 'internationalProtection',
    en: { term: 'international protection', source: GUICHET_EN_AOT },
    fr: { term: 'protection internationale', source: GUICHET_FR_PROTECTION },
    de: { term: 'internationaler Schutz', proposed: true, note: 'no German page found' },
  },
  {
    id: 'ministerForImmigration',
    en: { term: 'Minister responsible for immigration', source: GUICHET_EN_AOT },
    fr: { term: 'ministre ayant l’immigration dans ses attributions', source: ADEM_FR_AOT },
    de: { term: 'der für Einwanderung zuständige Minister', proposed: true, note: 'no German page found' },
  },
  {
    id: 'municipality',
    en: { term: 'commune of residence', source: GUICHET_EN_SEASONAL },
    fr: { term: 'commune de résidence', source: ADEM_FR_THIRD_COUNTRY },
    de: { term: 'Wohnsitzgemeinde', source: GUICHET_DE_STUDENT },
  },
  {
    id: 'passport',
    en: { term: 'valid passport', source: GUICHET_EN_SEASONAL },
    fr: { term: 'passeport en cours de validité', source: GUICHET_FR_SEASONAL },
    de: { term: 'gültiger Reisepass', source: GUICHET_DE_STUDENT },
  },
  {
    id: 'workPermitExemption',
    en: { term: 'work permit exemption', proposed: true, note: 'wording of the seed page, not checked against the live page' },
    fr: { term: 'dispense d’autorisation de travail', proposed: true, note: 'no French page found in this search' },
    de: { term: 'Befreiung von der Arbeitserlaubnis', proposed: true, note: 'no German page found' },
  },
  {
    id: 'deemedRejection',
    en: { term: 'deemed rejection', proposed: true, note: 'the project’s term for "no answer means rejection"' },
    fr: { term: 'rejet implicite', proposed: true, note: 'usual French administrative-law term; no page found' },
    de: { term: 'stillschweigende Ablehnung', proposed: true, note: 'no German page found' },
  },
  {
    id: 'administrativeTribunal',
    en: { term: 'administrative tribunal', proposed: true, note: 'wording of the seed page' },
    fr: { term: 'tribunal administratif', proposed: true, note: 'name of the Luxembourg court; no page found in this search' },
    de: { term: 'Verwaltungsgericht', proposed: true, note: 'no German page found' },
  },
  {
    id: 'administrativeCourt',
    en: { term: 'administrative court', proposed: true, note: 'wording of the seed page' },
    fr: { term: 'Cour administrative', proposed: true, note: 'name of the Luxembourg court; no page found in this search' },
    de: { term: 'Verwaltungsgerichtshof', proposed: true, note: 'no German page found' },
  },
  {
    id: 'studentJobExemption',
    en: { term: 'student-job exemption', source: GUICHET_EN_AOT },
    fr: { term: 'dispense job étudiant', proposed: true, note: 'no French page found' },
    de: { term: 'Befreiung für Studentenjob', proposed: true, note: 'no German page found' },
  },
];

/**
 * The glossary as a Markdown page: one table, every term with its source
 * address or the "proposed" mark.
 *
 * @example
 * ```ts
 * glossaryMarkdown().startsWith('# Glossary'); // true
 * ```
 */
export function glossaryMarkdown(entries: readonly GlossaryEntry[] = GLOSSARY): string {
  const cell = (term: GlossaryTerm): string => (term.proposed ? `${term.term} (proposed: ${term.note})` : `${term.term} ([source](${term.source})${term.note ? `; ${term.note}` : ''})`);
  const rows = entries.map((entry) => `| ${entry.id} | ${cell(entry.en)} | ${cell(entry.fr)} | ${cell(entry.de)} |`);
  return [
    '# Glossary',
    '',
    'The terms of the French and German texts, each with the public page it was taken from. A term marked "proposed" was not found on an official page and needs a reviewer. Generated from `src/i18n/glossary.ts` by `npm run glossary`; do not edit by hand.',
    '',
    '| id | English | Français | Deutsch |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
