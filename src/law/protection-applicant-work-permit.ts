import { defineParameters } from './types';

const file = '000_8062ab018996c2b5.txt' as const;
/** The statute the page lists under "Legal references" (no article is named there, so none is given). */
const receptionLaw =
  "Loi du 18 décembre 2015 relative à l'accueil des demandeurs de protection internationale et de protection temporaire";

/**
 * Figures of the temporary occupation authorisation (AOT) for applicants for
 * international protection (seed `000_8062ab018996c2b5.txt`).
 *
 * @example
 * ```ts
 * protectionApplicantWorkPermitLaw.protectionAotValidityMonths.value; // 6
 * ```
 * @category Law
 */
export const protectionApplicantWorkPermitLaw = defineParameters({
  protectionAotWaitingPeriodMonths: {
    value: 6,
    unit: 'month',
    source: {
      file,
      section: 'Who is concerned',
      quote: '6 months at the earliest after the application for international protection has been submitted',
    },
    legalBasis: receptionLaw,
    assumption:
      'Counted from the day the protection application was submitted with the month-end rule (31 August + 6 months = 28 or 29 February); "at the earliest" is read as: the AOT application may be filed on that day itself.',
  },
  protectionAotValidityMonths: {
    value: 6,
    unit: 'month',
    source: {
      file,
      section: 'Permit validity and renewal',
      quote: 'The permit is valid for 6 months for a specific employer and for one profession',
    },
    legalBasis: receptionLaw,
    assumption:
      'The 6 months start on, and include, the day of the decision granting the permit. The page gives one validity for the permit, so each renewal is assumed to last 6 months too, starting the day after the previous permit ends.',
  },
  protectionAotApplicationFormCopies: {
    value: 2,
    unit: 'count',
    source: { file, section: 'Temporary work permit application', quote: 'the AOT application form in 2 copies' },
  },
});
