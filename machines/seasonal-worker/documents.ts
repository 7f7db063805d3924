/**
 * The documents each step of the seasonal-worker procedure requires, with
 * their sources and the conditions under which they apply.
 */
import { addMonths, addYears, isOnOrAfter, isBefore } from '../../src/calendar';
import type { DocumentStep } from '../../src/case/types';
import { seasonalWorkerLaw as law } from '../../src/law';
import type { SeasonalWorkerContext } from './context';
import { residesInLuxembourg } from './facts';

const file = '004_b06c98a76d7eb733.txt' as const;
const taSection = 'Supporting documents to be included with the application';

/** Whether the person was admitted as a seasonal worker within the exemption period before `on`. */
function wasAdmittedRecently(context: SeasonalWorkerContext): boolean {
  const last = context.facts.lastAdmittedAsSeasonalWorkerOn;
  if (!last) return false;
  const on = context.submittedOn ?? context.lastEventAt;
  return isOnOrAfter(last, addYears(on, -law.seasonalHousingProofExemptionYears.value));
}

/** Age band of the person on the day of the check, or `null` when the birth date is unknown. */
function ageBand(context: SeasonalWorkerContext): 'underTuberculinAge' | 'tuberculinTest' | 'tbScreening' | null {
  const birth = context.facts.person?.birthDate;
  if (!birth) return null;
  const on = context.lastEventAt;
  if (isBefore(on, addMonths(birth, law.seasonalTuberculinTestMinAgeMonths.value))) return 'underTuberculinAge';
  if (isBefore(on, addYears(birth, law.seasonalTbScreeningMinAgeYears.value))) return 'tuberculinTest';
  return 'tbScreening';
}

const feeLabel = `Proof of payment of the EUR ${law.seasonalResidencePermitFeeEur.value} fee`;

/**
 * The checklists of the seasonal-worker procedure, by step id.
 *
 * @example
 * ```ts
 * seasonalWorkerDocuments.temporaryAuthorisationApplication.items.map((item) => item.id);
 * ```
 * @category Procedures
 */
export const seasonalWorkerDocuments = {
  temporaryAuthorisationApplication: {
    id: 'temporaryAuthorisationApplication',
    label: 'Application for a temporary authorisation to stay',
    items: [
      { id: 'passportCopy', label: 'Copy of the valid passport, in its entirety', source: { file, section: taSection, quote: 'a copy of their valid passport, in its entirety' } },
      { id: 'criminalRecordExtract', label: 'Criminal record extract or sworn affidavit from the country of residence', source: { file, section: taSection, quote: 'an extract from their criminal records or an affidavit (sworn declaration) established in the country of residence' } },
      { id: 'qualificationsCopy', label: 'Copy of diplomas or professional qualifications', source: { file, section: taSection, quote: 'a copy of their diplomas or professional qualifications' } },
      { id: 'seasonalContractCopy', label: 'Copy of the seasonal employment contract, dated and signed by both parties', source: { file, section: taSection, quote: 'a copy of the seasonal employment contract, dated and signed by both the applicant and the future employer' } },
      { id: 'ademCertificateOriginal', label: "Original of ADEM's certificate granting the employer the right to hire a third-country national", source: { file, section: taSection, quote: 'the original copy of the certificate from the National Employment Agency granting the employer the right to hire a third-country national' } },
      {
        id: 'housingProof',
        label: 'Proof of suitable housing, or that it will be provided',
        source: { file, section: taSection, quote: 'proof of suitable housing for the third-country national, or that suitable housing will be provided' },
        condition: {
          description: `not needed when admitted as a seasonal worker at least once in the last ${law.seasonalHousingProofExemptionYears.value} years`,
          applies: (context: SeasonalWorkerContext) => !wasAdmittedRecently(context),
        },
      },
      {
        id: 'powerOfAttorney',
        label: "Written power of attorney, dated and signed, preceded by 'bon pour procuration'",
        source: { file, section: taSection, quote: 'a power of attorney, if the application for authorisation to stay is made by the employer' },
        condition: {
          description: 'only when the employer or another third party files the application (attorneys need none)',
          applies: (context: SeasonalWorkerContext) => context.facts.applicationFiledBy === 'employer' || context.facts.applicationFiledBy === 'mandatedThirdParty',
        },
      },
    ],
  },
  arrivalDeclaration: {
    id: 'arrivalDeclaration',
    label: 'Declaration of arrival at the commune',
    items: [
      { id: 'travelDocument', label: 'Valid travel document (passport and, where applicable, visa or permit of another member state)', source: { file, section: 'Declaration of arrival', quote: 'a valid travel document (passport and, where applicable, a visa or a residence permit or authorisation issued by another EU Member State)' } },
      { id: 'temporaryAuthorisationOriginal', label: 'Original of the temporary authorisation to stay', source: { file, section: 'Declaration of arrival', quote: 'the original copy of the temporary authorisation to stay' } },
      {
        id: 'proofOfDomicile',
        label: 'Proof of domicile (rental agreement, electricity bill, employer affidavit)',
        source: { file, section: 'Declaration of arrival', quote: 'where applicable, valid proof of domicile' },
        condition: { description: "'where applicable': the page does not say when, so it is always listed", applies: () => true },
      },
    ],
  },
  medicalCheck: {
    id: 'medicalCheck',
    label: 'Medical check-up for foreigners',
    items: [
      { id: 'medicalExamination', label: 'Medical examination by a general practitioner, internist or paediatrician established in Luxembourg', source: { file, section: 'Medical check-up', quote: 'a medical examination by a doctor established in Luxembourg' } },
      {
        id: 'tbScreening',
        label: 'Tuberculosis screening at a medical analysis laboratory or at the Ligue médico-sociale',
        source: { file, section: 'Medical check-up', quote: 'for any person aged 2 years and over' },
        condition: {
          description: `for persons aged ${law.seasonalTbScreeningMinAgeYears.value} years and over (listed when the birth date is unknown)`,
          applies: (context: SeasonalWorkerContext) => {
            const band = ageBand(context);
            return band === null || band === 'tbScreening';
          },
        },
      },
      {
        id: 'tuberculinTest',
        label: 'Tuberculin test at the Ligue médico-sociale',
        source: { file, section: 'Medical check-up', quote: 'for children aged between 2 months and 2 years' },
        condition: {
          description: `for children aged between ${law.seasonalTuberculinTestMinAgeMonths.value} months and ${law.seasonalTbScreeningMinAgeYears.value} years`,
          applies: (context: SeasonalWorkerContext) => ageBand(context) === 'tuberculinTest',
        },
      },
    ],
  },
  residencePermitApplication: {
    id: 'residencePermitApplication',
    label: 'Application for the seasonal worker residence permit',
    items: [
      { id: 'passportCopy', label: 'Copy of the valid passport, in its entirety', source: { file, section: 'Residence permit application', quote: 'a copy of their valid passport, in its entirety' } },
      {
        id: 'arrivalDeclarationCopy',
        label: 'Copy of the declaration of arrival from the commune',
        source: { file, section: 'Residence permit application', quote: 'a copy of the declaration of arrival established by the communal authority' },
        condition: {
          description: 'not for a person who already resided legally in Luxembourg, who made no declaration of arrival (assumption: the page describes the declaration only for those who enter)',
          applies: (context: SeasonalWorkerContext) => !residesInLuxembourg(context.facts),
        },
      },
      { id: 'housingProof', label: 'Proof of appropriate housing', source: { file, section: 'Residence permit application', quote: 'proof of appropriate housing' } },
      { id: 'feePayment', label: feeLabel, source: law.seasonalResidencePermitFeeEur.source },
    ],
  },
  renewalApplication: {
    id: 'renewalApplication',
    label: 'Application to renew the residence permit (special form)',
    items: [
      { id: 'passportCopy', label: 'Copy of the valid passport, in its entirety', source: { file, section: 'Renewal procedure', quote: 'a copy of their valid passport, in its entirety' } },
      { id: 'seasonalContractCopy', label: 'Copy of the current seasonal work contract, dated and signed', source: { file, section: 'Renewal procedure', quote: 'a copy of the seasonal work contract (currently valid and compliant with Luxembourg labour law)' } },
      { id: 'socialSecurityCertificate', label: 'Recent certificate of enrolment with Luxembourg social security showing all past enrolments', source: { file, section: 'Renewal procedure', quote: 'a recent certificate of enrolment with the Luxembourg social security system' } },
      { id: 'luxembourgCriminalRecordExtract', label: 'Recent extract of the Luxembourg criminal record', source: { file, section: 'Renewal procedure', quote: 'a recent extract of their Luxembourg criminal record' } },
      { id: 'feePayment', label: `Proof of payment of the EUR ${law.seasonalRenewalFeeEur.value} fee`, source: law.seasonalRenewalFeeEur.source },
    ],
  },
} as const satisfies Record<string, DocumentStep>;

/**
 * Every document id used by the seasonal-worker checklists.
 *
 * @example
 * ```ts
 * seasonalWorkerDocumentIds.includes('passportCopy'); // true
 * ```
 * @category Procedures
 */
export const seasonalWorkerDocumentIds = [
  ...new Set(Object.values(seasonalWorkerDocuments).flatMap((step) => step.items.map((item) => item.id))),
].sort() as [string, ...string[]];
