import { defineParameters } from './types';

const file = '003_07cc08630c496fa1.txt' as const;

/**
 * Figures of the work permit exemption for the third-country family member of
 * an EU citizen who works in Luxembourg (seed `003_07cc08630c496fa1.txt`). The
 * page names no statute, so no `legalBasis` is given.
 *
 * @example
 * ```ts
 * crossBorderFamilyExemptionLaw.crossBorderDecisionPeriodMonths.value; // 3
 * ```
 * @category Law
 */
export const crossBorderFamilyExemptionLaw = defineParameters({
  crossBorderDecisionPeriodMonths: {
    value: 3,
    unit: 'month',
    source: {
      file,
      section: 'Application for a work permit exemption',
      quote: 'generally a maximum of 3 months. If no response is received within this time, the application shall be deemed to have been rejected',
    },
    assumption:
      'The period runs from the day the complete application is submitted (the page does not name the starting day), the day of submission not counted, with the month-end rule; the application is deemed rejected on the day after its last day.',
  },
});
