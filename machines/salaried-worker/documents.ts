/**
 * The documents each step of the salaried-worker procedure requires, with
 * their sources and the conditions under which they apply.
 */
import type { DocumentStep } from '../../src/case/types';
import { salariedWorkerLaw as law } from '../../src/law';
import type { SalariedWorkerContext } from './context';

const file = '001_4e3fbcc1bbea5669.txt' as const;
const taSection = 'Documents required';
const permitSection = 'Residence permit for a salaried worker';
const renewalSection = 'Conditions for renewal';

/**
 * The checklists of the salaried-worker procedure, by step id.
 *
 * @example
 * ```ts
 * salariedWorkerDocuments.temporaryAuthorisationApplication.items.map((item) => item.id);
 * ```
 * @category Procedures
 */
export const salariedWorkerDocuments = {
  temporaryAuthorisationApplication: {
    id: 'temporaryAuthorisationApplication',
    label: 'Application for a temporary authorisation to stay as a salaried worker',
    items: [
      { id: 'passportCopy', label: 'Certified copy of the valid passport, in its entirety', source: { file, section: taSection, quote: 'a certified copy of their valid passport, in its entirety' } },
      { id: 'birthCertificate', label: 'Birth certificate', source: { file, section: taSection, quote: 'a birth certificate' } },
      { id: 'criminalRecordExtract', label: 'Criminal record extract or sworn statement from the country of residence', source: { file, section: taSection, quote: 'an extract from the criminal records or an affidavit (sworn statement) established in the country of residence' } },
      { id: 'curriculumVitae', label: 'Curriculum vitae', source: { file, section: taSection, quote: 'a curriculum vitae' } },
      { id: 'qualificationsCopy', label: 'Copy of diplomas or professional qualifications', source: { file, section: taSection, quote: "a copy of the applicant's diplomas or professional qualifications" } },
      { id: 'employmentContractCopy', label: 'Copy of the employment contract, compliant with Luxembourg law, dated and signed by both parties', source: { file, section: taSection, quote: 'a copy of the employment contract (compliant with Luxembourg law), dated and signed by both the applicant and the future employer in Luxembourg' } },
      { id: 'ademCertificateOriginal', label: "Original of ADEM's certificate granting the employer the right to hire a third-country national", source: { file, section: taSection, quote: 'the original copy of the certificate from the National Employment Agency (ADEM) granting the employer the right to hire a third-country national' } },
      { id: 'coveringLetter', label: 'Covering letter supporting the application', source: { file, section: taSection, quote: 'a covering letter to support the application' } },
      {
        id: 'proxy',
        label: 'Proxy',
        source: { file, section: taSection, quote: 'where necessary, a proxy' },
        condition: {
          description: 'only when someone files the application on the applicant\'s behalf',
          applies: (context: SalariedWorkerContext) => context.facts.representedByProxy,
        },
      },
      {
        id: 'swornTranslations',
        label: 'Official translations by a sworn translator',
        source: { file, section: taSection, quote: "If the documents are not drawn up in German, French or English, an official translation by a 'sworn translator' must be attached" },
        condition: {
          description: 'only for documents not drawn up in German, French or English',
          applies: (context: SalariedWorkerContext) => !context.facts.documentsInGermanFrenchOrEnglish,
        },
      },
    ],
  },
  residencePermitApplication: {
    id: 'residencePermitApplication',
    label: 'Application for the salaried worker residence permit',
    items: [
      { id: 'housingProof', label: 'Proof of adequate accommodation', source: { file, section: permitSection, quote: 'Show proof of adequate accommodation and a medical certificate' } },
      { id: 'medicalCertificate', label: 'Medical certificate (from the medical check)', source: { file, section: permitSection, quote: 'Show proof of adequate accommodation and a medical certificate' } },
      { id: 'feePayment', label: `Proof of payment of the EUR ${law.salariedResidencePermitFeeEur.value} fee`, source: law.salariedResidencePermitFeeEur.source },
    ],
  },
  renewalApplication: {
    id: 'renewalApplication',
    label: 'Application to renew the residence permit (special form)',
    items: [
      { id: 'renewalForm', label: 'The special renewal form', source: { file, section: renewalSection, quote: 'The application for renewal must be filed using a special form' } },
      { id: 'passportPagesCopy', label: 'Certified copy of the pages with content of the valid passport', source: { file, section: renewalSection, quote: 'a certified copy of the pages with content of their valid passport' } },
      { id: 'workContractCopy', label: 'Copy of the valid work contract, compliant with Luxembourg labour law, dated and signed', source: { file, section: renewalSection, quote: 'a copy of the valid work contract (compliant with Luxembourg labour law) duly dated and signed' } },
      { id: 'socialSecurityAffiliation', label: 'Recent certificate of affiliation listing all affiliations to social security', source: { file, section: renewalSection, quote: "a recent certificate of affiliation which must include all the salaried worker's affiliations to the social security" } },
      { id: 'luxembourgCriminalRecordExtract', label: 'Recent extract of the Luxembourg criminal record', source: { file, section: renewalSection, quote: 'a recent extract of their Luxembourg criminal record' } },
      { id: 'feePayment', label: `Proof of payment of the EUR ${law.salariedRenewalFeeEur.value} fee`, source: law.salariedRenewalFeeEur.source },
    ],
  },
} as const satisfies Record<string, DocumentStep>;

/**
 * Every document id used by the salaried-worker checklists, sorted.
 *
 * @example
 * ```ts
 * salariedWorkerDocumentIds.includes('birthCertificate'); // true
 * ```
 * @category Procedures
 */
export const salariedWorkerDocumentIds = [
  ...new Set(Object.values(salariedWorkerDocuments).flatMap((step) => step.items.map((item) => item.id))),
].sort() as [string, ...string[]];
