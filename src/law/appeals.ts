import { defineParameters } from './types';

const file = '001_4e3fbcc1bbea5669.txt' as const;
const procedureLaw = 'Law of 21 June 1999 on the procedure before the administrative courts';
const noMoveAssumption =
  'Counted from the day after notification (month-end rule); a limit that ends on a Saturday, Sunday or legal holiday is not moved, because the page gives no such rule: this is the earlier, safer reading for the appellant.';

/**
 * Time limits for appealing a refusal before the administrative courts,
 * shared by every procedure that uses the appeals fragment
 * (`src/case/appeals.ts`). Quoted from the salaried-worker page, the one seed
 * page that states them.
 *
 * @example
 * ```ts
 * appealLaw.appealTribunalMonths.value; // 3
 * appealLaw.appealCourtDays.value; // 40
 * ```
 * @category Law
 */
export const appealLaw = defineParameters({
  appealTribunalMonths: {
    value: 3,
    unit: 'month',
    source: { file, section: 'Appeals', quote: 'within three months of notification of the ministerial decision' },
    legalBasis: `${procedureLaw}, art. 13`,
    assumption: `${noMoveAssumption} The refusal event's date is taken as the day of notification.`,
  },
  appealCourtDays: {
    value: 40,
    unit: 'day',
    source: { file, section: 'Appeals', quote: 'within 40 days of judgement notification' },
    legalBasis: `${procedureLaw}, art. 38`,
    assumption: `${noMoveAssumption} The judgment event's date is taken as the day the judgment was notified.`,
  },
});
