import { defineParameters } from './types';

const file = '002_023e4c502a131ddc.txt' as const;

/**
 * Figures of the ancillary work permit procedure for holders of a "private
 * reasons" residence permit (seed `002_023e4c502a131ddc.txt`).
 *
 * @example
 * ```ts
 * ancillaryWorkPermitLaw.ancillaryInitialValidityMaxYears.value; // 1
 * ```
 * @category Law
 */
export const ancillaryWorkPermitLaw = defineParameters({
  ancillaryEmployerNotificationWorkingDays: {
    value: 3,
    unit: 'workingDay',
    workingDays: 'joursOuvres',
    source: { file, section: 'Procedures specific to the employer', quote: 'within 3 working days from the first day of work' },
    assumption:
      'Working days as jours ouvrés (Monday to Friday except Luxembourg legal holidays), the sense administrations use for filings; the English page does not say which. A late notification is recorded as a breach of the employer, since the page gives no other consequence.',
  },
  ancillaryWorkPermitFeeEur: {
    value: 80,
    unit: 'eur',
    source: { file, section: 'Work permit application', quote: 'proof of payment of a fee of EUR 80 on the CCPL bank account' },
  },
  ancillaryDecisionPeriodMonths: {
    value: 3,
    unit: 'month',
    source: { file, section: 'Work permit application', quote: 'generally a maximum of 3 months. If no response is received within this time, the application has been rejected' },
    assumption: 'The period runs from the day the complete application is submitted; the page does not name the starting day. No answer by its last day means rejection from the next day.',
  },
  ancillaryInitialValidityMaxYears: {
    value: 1,
    unit: 'year',
    source: { file, section: 'Work permit validity period', quote: 'for a maximum of one year (without extending beyond the validity period of the residence permit)' },
    assumption: 'The year starts on the day the application is approved ("valid from the date on which the application was approved") and includes that day.',
  },
  ancillaryRenewalValidityMaxYears: {
    value: 3,
    unit: 'year',
    source: { file, section: 'Work permit renewal', quote: 'can be renewed for a maximum of 3 years (without exceeding the period of validity of the residence permit)' },
  },
  ancillaryLimitedRenewalMaxYears: {
    value: 1,
    unit: 'year',
    source: { file, section: 'Work permit renewal', quote: 'will only be renewed for a maximum duration of one year' },
    assumption:
      'Applies when the holder cannot prove having worked for the whole validity (including when no work at all is proved), or receives unemployment benefits when the renewal is made. The validity section asks that the beneficiary "can prove that they actually worked", but the renewal section gives the consequence of not proving it: a renewal for at most one year, not a bar; that more specific sentence is followed. The page says "validity of the residence permit" here; it is read as the validity of the work permit, which this sentence is about.',
  },
  ancillaryRenewalWindowMonths: {
    value: 2,
    unit: 'month',
    source: { file, section: 'Renewal procedure', quote: 'within the 2 months prior to the expiry date of the work permit' },
    assumption: 'An application filed before the window opens is refused as premature; the page only says when to apply.',
  },
  ancillaryRenewalFeeEur: {
    value: 80,
    unit: 'eur',
    source: { file, section: 'Supporting documents', quote: 'proof of payment of a fee of EUR 80 to account IBAN LU46 1111 2582 2814 0000' },
  },
  ancillaryCriminalRecordMinAgeYears: {
    value: 18,
    unit: 'year',
    source: { file, section: 'Documents to be attached if the work permit and the residence permit expire at the same time', quote: 'if the applicant is aged 18 or over' },
    assumption: 'Age on the day the checklist is read or the renewal is applied for. When the birth date is unknown the extract is listed, so that an application is never judged complete for want of a fact.',
  },
  ancillaryIscoCodeDigits: {
    value: 3,
    unit: 'count',
    source: { file, section: 'Work permit validity period', quote: 'This is a three-digit code representing the profession' },
    assumption:
      'The page names "the ISCO classification" without a version; ISCO-08, the version the International Labour Organisation adopted in 2008 and publishes today, is assumed, and its three-digit minor groups are the codes checked.',
  },
  ancillaryLongTermResidenceYears: {
    value: 5,
    unit: 'year',
    source: { file, section: 'Supporting documents', quote: 'After 5 years of a lawful and uninterrupted stay in Luxembourg, third-country nationals may apply for long-term resident status' },
    assumption: 'Counted from `facts.residingInLuxembourgSince` when the host gives it; only a pointer to another procedure, never a condition of this one.',
  },
});
