/**
 * The checklist of the written application for a work permit exemption, with
 * sources and the conditions under which items apply.
 */
import type { DocumentStep } from '../../src/case/types';
import type { CrossBorderFamilyExemptionContext } from './context';

const file = '003_07cc08630c496fa1.txt' as const;
const section = 'Application for a work permit exemption';

/**
 * The checklists of the cross-border family exemption, by step id.
 *
 * @example
 * ```ts
 * crossBorderFamilyExemptionDocuments.exemptionApplication.items.map((item) => item.id);
 * ```
 * @category Procedures
 */
export const crossBorderFamilyExemptionDocuments = {
  exemptionApplication: {
    id: 'exemptionApplication',
    label: 'Written application for a work permit exemption to the Immigration Directorate',
    items: [
      {
        id: 'writtenApplication',
        label: 'Written application with surname(s), first name(s) and exact address in the country of residence',
        source: { file, section, quote: "must indicate the applicant's identity details (surname(s), first name(s) and exact address in the country of residence)" },
      },
      { id: 'certifiedPassportCopy', label: 'Certified copy of the valid passport, in its entirety', source: { file, section, quote: 'a certified copy of their valid passport, in its entirety' } },
      {
        id: 'memberStateAuthorisationToStayCopy',
        label: 'Copy of the authorisation to stay issued by the other member state (or Iceland, Liechtenstein, Norway or Switzerland)',
        source: { file, section, quote: 'a copy of an authorisation to stay issued by another EU Member State or country treated as such' },
      },
      {
        id: 'employmentContractCopy',
        label: 'Copy of the employment contract compliant with Luxembourg labour law, dated and signed by both parties',
        source: { file, section, quote: 'a copy of the employment contract compliant with Luxembourg labour law, dated and signed by both the applicant and their employer' },
      },
      {
        id: 'familyMemberSocialSecurityCertificate',
        label: "Recent certificate of affiliation of the spouse, partner or parent to the Joint Social Security Centre, with all their Luxembourg affiliations",
        source: { file, section, quote: 'a recent certificate of affiliation to the Luxembourg Joint Social Security Centre for the spouse/registered partner or the parent' },
      },
      {
        id: 'familyRelationshipProof',
        label: 'Proof of the family relationship (marriage or partnership certificate, family record book, birth certificate, ...)',
        source: { file, section, quote: 'proof of family relationship (e.g. marriage certificate, partnership certificate, family record book, birth certificate, etc.)' },
      },
      { id: 'householdCompositionCertificate', label: 'Recent household composition certificate from the country of residence', source: { file, section, quote: 'a recent household composition certificate' } },
      { id: 'residenceCertificate', label: 'Recent certificate of residence from the country of residence', source: { file, section, quote: 'a recent certificate of residence from their country of residence' } },
      {
        id: 'powerOfAttorney',
        label: "Written power of attorney, dated and signed, the signature preceded by 'bon pour procuration'",
        source: { file, section, quote: 'the proxy holder, with the exception of attorneys, must provide proof of their mandate in the form of a written power of attorney' },
        condition: {
          description: 'only when a mandated third party (e.g. the future employer) files the application; attorneys need none',
          applies: (context: CrossBorderFamilyExemptionContext) => context.facts.applicationFiledBy === 'mandatedThirdParty',
        },
      },
      {
        id: 'certifiedTranslations',
        label: 'Certified true translations by a sworn translator of the documents not in German, French or English',
        source: { file, section, quote: 'If the documents are not drawn up in German, French or English, a certified true translation by a sworn translator must be enclosed' },
        condition: {
          description: 'only when a document is not drawn up in German, French or English',
          applies: (context: CrossBorderFamilyExemptionContext) => !context.facts.documentsInGermanFrenchOrEnglish,
        },
      },
    ],
  },
} as const satisfies Record<string, DocumentStep>;

/**
 * Every document id of the cross-border family exemption checklist.
 *
 * @example
 * ```ts
 * crossBorderFamilyExemptionDocumentIds.includes('familyRelationshipProof'); // true
 * ```
 * @category Procedures
 */
export const crossBorderFamilyExemptionDocumentIds = [
  ...new Set(Object.values(crossBorderFamilyExemptionDocuments).flatMap((step) => step.items.map((item) => item.id))),
].sort() as [string, ...string[]];
