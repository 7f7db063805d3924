/**
 * The documents each step of the ancillary work permit procedure requires,
 * with their sources and the conditions under which they apply: the first
 * application, and the two renewal scenarios of the page.
 */
import { addYears, isOnOrAfter, type IsoDate } from '../../src/calendar';
import type { DocumentStep } from '../../src/case/types';
import { ancillaryWorkPermitLaw as law } from '../../src/law/ancillary-work-permit';
import type { AncillaryWorkPermitContext } from './context';
import { refusedArguments } from '../../src/guard';

const file = '002_023e4c502a131ddc.txt' as const;
const applicationSection = 'Work permit application';
const togetherSection = 'Documents to be attached if the work permit and the residence permit expire at the same time';
const residencePermitValidSection = 'Documents to be attached if the work permit expires but the residence permit remains valid';

/**
 * Whether the person is of the age from which the Luxembourg criminal record
 * extract is required on `on`; `true` when the birth date is unknown, so that
 * the item is listed rather than silently dropped.
 *
 * @example
 * ```ts
 * needsCriminalRecordExtract(undefined, '2027-01-01'); // true
 * needsCriminalRecordExtract('2010-06-01', '2027-01-01'); // false
 * ```
 * @category Procedures
 */
export function needsCriminalRecordExtract(birthDate: IsoDate | undefined, on: IsoDate): boolean {
  try {
  if (!birthDate) return true;
  return isOnOrAfter(on, addYears(birthDate, law.ancillaryCriminalRecordMinAgeYears.value));
  } catch (error) {
    throw refusedArguments('needsCriminalRecordExtract', error);
  }
}

const passportCopy = (section: string) => ({
  id: 'passportCopy',
  label: 'Copy of the valid passport, in its entirety (a plain copy suffices)',
  source: { file, section, quote: 'a copy of their valid passport, in its entirety' },
});

/**
 * The checklists of the ancillary work permit procedure, by step id.
 *
 * @example
 * ```ts
 * ancillaryWorkPermitDocuments.workPermitApplication.items.map((item) => item.id);
 * ```
 * @category Procedures
 */
export const ancillaryWorkPermitDocuments = {
  workPermitApplication: {
    id: 'workPermitApplication',
    label: 'Work permit application to the Immigration Directorate (originals or certified true copies)',
    items: [
      {
        id: 'identityAndAddress',
        label: 'Statement of identity (surname and first name) and exact address in the country of residence',
        source: { file, section: applicationSection, quote: 'They must state their identity (surname and first name), as well as the exact address in their country of residence' },
      },
      passportCopy(applicationSection),
      { id: 'curriculumVitae', label: 'Curriculum vitae', source: { file, section: applicationSection, quote: 'a curriculum vitae' } },
      { id: 'qualificationsCopy', label: 'Copy of diplomas or professional qualifications', source: { file, section: applicationSection, quote: 'a copy of their diplomas or professional qualifications' } },
      {
        id: 'employmentContractCopy',
        label: 'Copy of the employment contract under Luxembourg labour law, dated and signed by applicant and employer (it may say it takes effect only once the work permit is obtained)',
        source: { file, section: applicationSection, quote: 'a copy of the employment contract compliant with Luxembourg labour law, dated and signed by both the applicant and the employer' },
      },
      {
        id: 'vacancyDeclarationProof',
        label: 'Proof, given by the employer, that the vacancy was declared to ADEM',
        source: { file, section: applicationSection, quote: 'evidence that a declaration of vacant position has been submitted to ADEM' },
      },
      {
        id: 'socialSecurityAffiliationCertificate',
        label: 'Recent CCSS certificate listing all Luxembourg social security affiliations, or certifying co-insurance',
        source: { file, section: applicationSection, quote: 'a recent certificate of affiliation with the Joint Social Security Centre' },
      },
      { id: 'feePayment', label: `Proof of payment of the EUR ${law.ancillaryWorkPermitFeeEur.value} fee`, source: law.ancillaryWorkPermitFeeEur.source },
      {
        id: 'powerOfAttorney',
        label: "Written power of attorney, dated and signed by the applicant, the signature preceded by 'bon pour procuration'",
        source: { file, section: applicationSection, quote: 'where necessary, a power of attorney' },
        condition: {
          description: 'only when a third party such as the employer files the application (attorneys need none)',
          applies: (context: AncillaryWorkPermitContext) => context.facts.applicationFiledBy === 'employer' || context.facts.applicationFiledBy === 'mandatedThirdParty',
        },
      },
      {
        id: 'swornTranslations',
        label: 'Official translations by a sworn translator of the documents not in German, French or English',
        source: { file, section: applicationSection, quote: "an official translation by a 'sworn translator' must be attached" },
        condition: {
          description: 'only when some documents are not in German, French or English',
          applies: (context: AncillaryWorkPermitContext) => context.facts.documentsInOtherLanguage,
        },
      },
    ],
  },
  renewalWithResidencePermit: {
    id: 'renewalWithResidencePermit',
    label: 'Renewal when the work permit and the residence permit expire at the same time (online or by post)',
    items: [
      passportCopy(togetherSection),
      { id: 'employmentContractCopy', label: 'Copy of the valid work contract under Luxembourg labour law, dated and signed', source: { file, section: togetherSection, quote: 'a copy of the valid work contract (compliant with Luxembourg labour law), duly dated and signed' } },
      {
        id: 'socialSecurityAffiliationCertificate',
        label: 'Recent CCSS certificate listing all Luxembourg social security affiliations, or certifying co-insurance',
        source: { file, section: togetherSection, quote: 'a recent certificate of affiliation with the Joint Social Security Centre' },
      },
      {
        id: 'luxembourgCriminalRecordExtract',
        label: 'Recent extract from the Luxembourg criminal record',
        source: { file, section: togetherSection, quote: 'a recent extract from the criminal record in Luxembourg (if the applicant is aged 18 or over)' },
        condition: {
          description: `only if the applicant is aged ${law.ancillaryCriminalRecordMinAgeYears.value} or over (listed when the birth date is unknown)`,
          applies: (context: AncillaryWorkPermitContext) => needsCriminalRecordExtract(context.facts.person?.birthDate, context.lastEventAt),
        },
      },
      {
        id: 'resourcesProof',
        label: 'Proof of sufficient resources (own resources, or a statement of support by a guarantor residing in Luxembourg)',
        source: { file, section: togetherSection, quote: 'proof of sufficient resources to cover for living expenses' },
      },
      { id: 'feePayment', label: `Proof of payment of the EUR ${law.ancillaryRenewalFeeEur.value} fee`, source: { ...law.ancillaryRenewalFeeEur.source, section: togetherSection } },
    ],
  },
  renewalWhileResidencePermitValid: {
    id: 'renewalWhileResidencePermitValid',
    label: 'Renewal when the work permit expires but the residence permit remains valid (online or by post)',
    items: [
      passportCopy(residencePermitValidSection),
      {
        id: 'employmentContractCopy',
        label: 'Copy of the valid work contract under Luxembourg labour law, dated and signed',
        source: { file, section: residencePermitValidSection, quote: 'a copy of the valid work contract (compliant with Luxembourg labour law), duly dated and signed' },
      },
      {
        id: 'socialSecurityAffiliationCertificate',
        label: 'Recent certificate listing all Luxembourg social security affiliations',
        source: { file, section: residencePermitValidSection, quote: 'a recent certificate of affiliation which must include all the third-country national' },
      },
      { id: 'feePayment', label: `Proof of payment of the EUR ${law.ancillaryRenewalFeeEur.value} fee`, source: { ...law.ancillaryRenewalFeeEur.source, section: residencePermitValidSection } },
    ],
  },
} as const satisfies Record<string, DocumentStep>;

/**
 * Every document id used by the ancillary work permit checklists.
 *
 * @example
 * ```ts
 * ancillaryWorkPermitDocumentIds.includes('resourcesProof'); // true
 * ```
 * @category Procedures
 */
export const ancillaryWorkPermitDocumentIds = [
  ...new Set(Object.values(ancillaryWorkPermitDocuments).flatMap((step) => step.items.map((item) => item.id))),
].sort() as [string, ...string[]];
