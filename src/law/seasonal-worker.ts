import { defineParameters } from './types';

const file = '004_b06c98a76d7eb733.txt' as const;
const immigrationLaw = 'Amended law of 29 August 2008 on free movement of persons and immigration';

/**
 * Figures of the seasonal-worker procedure (seed `004_b06c98a76d7eb733.txt`).
 *
 * @example
 * ```ts
 * seasonalWorkerLaw.temporaryAuthorisationValidityDays.value; // 90
 * ```
 * @category Law
 */
export const seasonalWorkerLaw = defineParameters({
  seasonalProcedureMinStayMonths: {
    value: 3,
    unit: 'month',
    source: { file, section: 'Staying in Luxembourg as a third-country national seasonal worker', quote: 'wish to live in Luxembourg for more than 3 months in order to work in a seasonal job' },
    legalBasis: immigrationLaw,
  },
  seasonalLabourMarketTestWeeks: {
    value: 3,
    unit: 'week',
    source: { file, section: 'Preliminary steps', quote: 'cannot be filled with a person registered with the ADEM within a 3 week deadline' },
    assumption: 'The 3 weeks run from the declaration of the vacancy to ADEM; the page does not say from when they are counted.',
  },
  seasonalDecisionPeriodMonths: {
    value: 3,
    unit: 'month',
    source: { file, section: 'Supporting documents to be included with the application', quote: 'generally a maximum of 3 months. If no response is received within this time, the application has been rejected' },
    legalBasis: immigrationLaw,
    assumption: 'The period runs from the day the complete application is submitted; the page does not name the starting day.',
  },
  seasonalTemporaryAuthorisationValidityDays: {
    value: 90,
    unit: 'day',
    source: { file, section: 'Supporting documents to be included with the application', quote: "The temporary authorisation to stay is valid for a duration of 90 days" },
    legalBasis: immigrationLaw,
    assumption: 'The 90 days start on the date of the decision granting the authorisation (the page says it is sent by post and does not say whether delivery counts).',
  },
  seasonalVisaMaxValidityMonths: {
    value: 3,
    unit: 'month',
    source: { file, section: 'Passport and visa', quote: 'The visa, valid for a maximum period of 3 months' },
  },
  seasonalPassportRenewalAdviceMonths: {
    value: 6,
    unit: 'month',
    source: { file, section: 'Passport and visa', quote: "passport is due to expire in less than 6 months, they are advised to renew it" },
    assumption: 'Advice, not a condition: reported as a warning in the status, never a refusal.',
  },
  seasonalArrivalDeclarationDays: {
    value: 3,
    unit: 'day',
    source: { file, section: 'Declaration of arrival', quote: 'within 3 days of arrival in Luxembourg' },
    legalBasis: immigrationLaw,
    assumption: 'Calendar days, the arrival day not counted, no extension over weekends or holidays: the page gives no such rule. A late declaration is recorded as a breach, since the page gives no consequence.',
  },
  seasonalTbScreeningMinAgeYears: {
    value: 2,
    unit: 'year',
    source: { file, section: 'Medical check-up', quote: 'for any person aged 2 years and over' },
  },
  seasonalTuberculinTestMinAgeMonths: {
    value: 2,
    unit: 'month',
    source: { file, section: 'Medical check-up', quote: 'for children aged between 2 months and 2 years' },
  },
  seasonalResidencePermitApplicationMonths: {
    value: 3,
    unit: 'month',
    source: { file, section: 'Residence permit application', quote: 'Within 3 months of their arrival in Luxembourg, the third-country national seasonal worker must apply for a residence permit' },
    legalBasis: immigrationLaw,
    assumption: 'Counted from the arrival in Luxembourg: the day of entry when the case records it, else the day of the declaration of arrival (the only dated proof of arrival the case then has); for a person who already resided legally in Luxembourg, from the grant of the temporary authorisation. A late application is recorded as a breach, since the page gives no consequence.',
  },
  seasonalResidencePermitFeeEur: {
    value: 80,
    unit: 'eur',
    source: { file, section: 'Residence permit application', quote: 'proof of payment of a fee of EUR 80' },
  },
  seasonalStayMaxMonths: {
    value: 5,
    unit: 'month',
    source: { file, section: 'Period of validity of the residence permit', quote: 'valid for no more than 5 months over a total period of 12 months' },
    legalBasis: 'Directive 2014/36/EU (seasonal workers), art. 14(1); ' + immigrationLaw,
    assumption: 'Counted in days: in every window of 12 months that starts on the first day of a stay, the days of validity may not exceed the days of the 5 months that start on that day. The earlier seasonal stays the facts list count with the stays of the case, and a decision that states no end date runs to the last day the cap leaves (the room left, not the whole 5 months).',
  },
  seasonalStayCapWindowMonths: {
    value: 12,
    unit: 'month',
    source: { file, section: 'Period of validity of the residence permit', quote: 'valid for no more than 5 months over a total period of 12 months' },
    legalBasis: 'Directive 2014/36/EU (seasonal workers), art. 14(1)',
  },
  seasonalRenewalWindowMonths: {
    value: 2,
    unit: 'month',
    source: { file, section: 'Renewal procedure', quote: 'within 2 months prior to the expiry date of the residence permit' },
    assumption: 'An application filed before the window opens is refused as premature; the page only says when to apply.',
  },
  seasonalRenewalFeeEur: {
    value: 80,
    unit: 'eur',
    source: { file, section: 'Renewal procedure', quote: 'proof of payment of a fee of EUR 80' },
  },
  seasonalRenewalsAfterEmployerChangeMax: {
    value: 1,
    unit: 'count',
    source: { file, section: 'Renewal procedure', quote: 'If the seasonal worker changes employer, the residence permit may only be renewed once' },
    assumption: 'Renewals with the same employer are unlimited ("several times"), within the 5-in-12 cap.',
  },
  seasonalHousingProofExemptionYears: {
    value: 5,
    unit: 'year',
    source: { file, section: 'Supporting documents to be included with the application', quote: 'already been admitted to Luxembourg as a seasonal worker at least once in the last five years' },
    assumption: 'The five years are counted back from the day the application is submitted.',
  },
  seasonalEmployerNotificationWorkingDays: {
    value: 3,
    unit: 'workingDay',
    workingDays: 'joursOuvres',
    source: { file, section: 'Preliminary steps', quote: 'within 3 working days from the first day of work' },
    assumption: 'Working days as jours ouvrés (Monday to Friday except Luxembourg legal holidays), the sense administrations use for filings; the English page does not say which. A late notification is recorded as a breach.',
  },
  seasonalRevocationVacatedPositionLookbackMonths: {
    value: 12,
    unit: 'month',
    source: { file, section: 'Revocation of the temporary authorisation to stay or the residence permit', quote: 'has vacated a full-time position in the 12 months immediately preceding the application' },
  },
});
