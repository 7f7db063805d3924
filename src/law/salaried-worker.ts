import { defineParameters } from './types';

const file = '001_4e3fbcc1bbea5669.txt' as const;
const immigrationLaw = 'Amended law of 29 August 2008 on free movement of persons and immigration';

/**
 * Figures of the salaried-worker procedure (seed `001_4e3fbcc1bbea5669.txt`).
 *
 * @example
 * ```ts
 * salariedWorkerLaw.salariedDecisionPeriodMonths.value; // 4
 * ```
 * @category Law
 */
export const salariedWorkerLaw = defineParameters({
  salariedProcedureMinStayMonths: {
    value: 3,
    unit: 'month',
    source: { file, section: 'Conditions', quote: 'who wishes to work for a period of more than three months' },
    legalBasis: immigrationLaw,
  },
  salariedLabourMarketTestWeeks: {
    value: 3,
    unit: 'week',
    source: { file, section: 'Work contract', quote: 'cannot be filled with a person registered with the ADEM within a 3-week deadline' },
    assumption: 'The 3 weeks run from the declaration of the vacancy to ADEM; the page does not say from when they are counted.',
  },
  salariedDecisionPeriodMonths: {
    value: 4,
    unit: 'month',
    source: { file, section: 'Processing time', quote: 'generally a maximum of 4 months' },
    assumption: 'The period runs from the day the application is submitted; the page does not name the starting day. After it, no answer means the application is denied ("can consider that their application has been denied").',
  },
  salariedTemporaryAuthorisationValidityDays: {
    value: 90,
    unit: 'day',
    source: { file, section: 'Processing time', quote: 'This temporary authorisation to stay is valid for a duration of 90 days' },
    legalBasis: immigrationLaw,
    assumption: 'The 90 days start on the day the authorisation is granted. The "within 90 days" the page gives for the visa and for entry is read as this same validity ("During that time").',
  },
  salariedArrivalDeclarationDays: {
    value: 3,
    unit: 'day',
    source: { file, section: 'Residence permit for a salaried worker', quote: 'Register to the commune where you will live within three days of his/her arrival' },
    legalBasis: immigrationLaw,
    assumption: 'Calendar days, the arrival day not counted, no extension over weekends or holidays: the page gives no such rule. A late declaration is recorded as a breach, since the page gives no consequence.',
  },
  salariedResidencePermitFeeEur: {
    value: 80,
    unit: 'eur',
    source: { file, section: 'Residence permit for a salaried worker', quote: 'Pay a fee of 80 EUR' },
    assumption: 'The page prints "80 EUR0"; read as EUR 80, the amount it gives for the renewal fee.',
  },
  salariedFirstPermitMaxYears: {
    value: 1,
    unit: 'year',
    source: { file, section: 'Duration of validity', quote: 'for a maximum of 1 year' },
    legalBasis: immigrationLaw,
    assumption: 'The year starts on the day of the declaration of arrival ("valid from the date of the declaration of arrival") and includes it.',
  },
  salariedLongTermResidentPermitYears: {
    value: 5,
    unit: 'year',
    source: { file, section: 'Duration of validity', quote: 'will receive a residence permit valid for a period of 5 years renewable on request' },
    legalBasis: immigrationLaw,
    assumption:
      'Applies to the first permit of a long-term resident of another member state; read as a maximum like the 1-year rule it is an exception to. The exception is for the duration only: the 5-year permit keeps the one-profession, one-sector limit of the first permit.',
  },
  salariedRenewalWindowMonths: {
    value: 2,
    unit: 'month',
    source: { file, section: 'Conditions for renewal', quote: 'within 2 months prior to the expiry date of the residence permit' },
    assumption: 'An application filed before the window opens or after the permit expired is refused; the page only says when to apply.',
  },
  salariedRenewalFeeEur: {
    value: 80,
    unit: 'eur',
    source: { file, section: 'Conditions for renewal', quote: 'proof of payment of a fee of EUR 80' },
  },
  salariedRenewalWithoutWorkMaxYears: {
    value: 1,
    unit: 'year',
    source: { file, section: 'Rights', quote: 'the residence permit will only be renewed for a maximum duration of one year' },
    legalBasis: immigrationLaw,
    assumption: 'The year starts the day after the previous permit ends and includes that day.',
  },
  salariedEmployerNotificationWorkingDays: {
    value: 3,
    unit: 'workingDay',
    workingDays: 'joursOuvres',
    source: { file, section: 'Further requirements', quote: 'within 3 working days from the first day of work' },
    assumption: 'Working days as jours ouvrés (Monday to Friday except Luxembourg legal holidays), the sense administrations use for filings; the English page does not say which. A late notification is recorded as a breach of the employer.',
  },
  salariedLongTermResidenceYears: {
    value: 5,
    unit: 'year',
    source: { file, section: 'Long-term residence', quote: 'After five years of uninterrupted legal residence in Luxembourg' },
    legalBasis: immigrationLaw,
    assumption: 'Legal residence is counted from the declaration of arrival, the day the first permit starts; renewals that continue the day after the previous permit ends keep it uninterrupted.',
  },
});
