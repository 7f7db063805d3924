/**
 * The documents of the AOT application the employer files with ADEM, and of
 * the student-job exemption request, with their sources.
 */
import type { DocumentStep } from '../../src/case/types';
import { protectionApplicantWorkPermitLaw as law } from '../../src/law';
import type { ProtectionApplicantWorkPermitContext } from './context';

const file = '000_8062ab018996c2b5.txt' as const;
const section = 'Temporary work permit application';

/**
 * The checklists of the AOT procedure, by step id.
 *
 * @example
 * ```ts
 * protectionApplicantWorkPermitDocuments.aotApplication.items.map((item) => item.id);
 * ```
 * @category Procedures
 */
export const protectionApplicantWorkPermitDocuments = {
  aotApplication: {
    id: 'aotApplication',
    label: 'AOT application filed by the employer with ADEM',
    items: [
      {
        id: 'aotApplicationForm',
        label: `The AOT application form in ${law.protectionAotApplicationFormCopies.value} copies, duly completed and signed`,
        source: law.protectionAotApplicationFormCopies.source,
      },
      { id: 'protectionApplicationCertificateCopy', label: 'Copy of the certificate of application for international protection', source: { file, section, quote: 'a copy of the certificate of application for international protection' } },
      {
        id: 'qualificationCertificatesCopy',
        label: 'Copy of the certificates attesting the professional qualifications of the worker',
        source: { file, section, quote: 'where applicable, a copy of the certificates attesting the professional qualifications of the worker' },
        condition: {
          description: "'where applicable': when the worker has professional qualifications to attest",
          applies: (context: ProtectionApplicantWorkPermitContext) => context.facts.hasProfessionalQualifications,
        },
      },
      { id: 'employmentContractCopy', label: 'Copy of the employment contract, dated, signed and compliant with Luxembourg labour law', source: { file, section, quote: 'a copy of the employment contract, dated, signed and compliant with Luxembourg labour law' } },
      { id: 'curriculumVitae', label: 'The CV of the person concerned', source: { file, section, quote: 'the CV of the person concerned' } },
      { id: 'employerJustificationLetter', label: 'A letter explaining and justifying the employment of the applicant by the employer', source: { file, section, quote: 'a letter explaining and justifying the employment of the applicant by the employer' } },
    ],
  },
  studentJobExemptionRequest: {
    id: 'studentJobExemptionRequest',
    label: "Student-job exemption request to the General Department of immigration (unaccompanied minors)",
    items: [
      {
        id: 'studentJobContract',
        label: "The 'student job' contract",
        source: { file, section: 'Who is concerned', quote: "The exemption can be requested from the General Department of immigration where the 'student job' contract must be presented" },
      },
    ],
  },
} as const satisfies Record<string, DocumentStep>;

/**
 * Every document id of the AOT checklists.
 *
 * @example
 * ```ts
 * protectionApplicantWorkPermitDocumentIds.includes('curriculumVitae'); // true
 * ```
 * @category Procedures
 */
export const protectionApplicantWorkPermitDocumentIds = [
  ...new Set(Object.values(protectionApplicantWorkPermitDocuments).flatMap((step) => step.items.map((item) => item.id))),
].sort() as [string, ...string[]];
