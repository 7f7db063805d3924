/**
 * Whether a planned seasonal stay fits the cap of `seasonalStayMaxMonths`
 * months over `seasonalStayCapWindowMonths` months, counting the earlier
 * seasonal stays the profile lists.
 */
import { addDays, isAfter, lastDayOfPeriod, latestEndWithinCap, type IsoDate } from '../calendar';
import { law } from '../law';
import type { Profile } from './profile';
import type { RuleOutcome } from './types';

const cap = { months: law.seasonalStayMaxMonths.value, perMonths: law.seasonalStayCapWindowMonths.value };

/** Days a fraction of a month counts for (see {@link seasonalStayCapAssumption}). */
const daysPerFractionalMonth = 30;

/**
 * What the cap check assumes where the page is silent.
 *
 * @example
 * ```ts
 * seasonalStayCapAssumption.includes('30 days'); // true
 * ```
 */
export const seasonalStayCapAssumption =
  `The cap is counted as the seasonal machine counts it (days in rolling ${cap.perMonths}-month windows). The planned stay starts on job.startsOn, or on asOf when that is not stated; a fraction of a month counts as that fraction of ${daysPerFractionalMonth} days, rounded up. Without job.startsOn, a stay that does not fit from asOf is undetermined: a later start leaves more room.`;

/**
 * The last day of a stay of `months` months (possibly fractional) from `start`.
 *
 * @example
 * ```ts
 * plannedStayEnd('2026-04-16', 5); // '2026-09-15'
 * ```
 */
export function plannedStayEnd(start: IsoDate, months: number): IsoDate {
  const whole = Math.floor(months);
  const fractionDays = Math.ceil((months - whole) * daysPerFractionalMonth);
  const wholeEnd = whole > 0 ? lastDayOfPeriod(start, { months: whole }) : addDays(start, -1);
  return addDays(wholeEnd, fractionDays);
}

/**
 * The cap rule's check: not met when the planned months exceed the cap, or
 * when earlier seasonal stays leave too little room in the rolling window;
 * undetermined (`job.startsOn` missing) when the stay would not fit from
 * `asOf` but might from a later start.
 *
 * @example
 * ```ts
 * checkSeasonalStayCap(profileSchema.parse({ ...profile, job: { ...profile.job, plannedMonths: 12 } })).met; // false
 * ```
 */
export function checkSeasonalStayCap(profile: Profile): RuleOutcome {
  const planned = profile.job.plannedMonths;
  const none = { availableFrom: null };
  if (planned > cap.months) return { met: false, detail: `planned stay: ${planned} months, more than ${cap.months}`, ...none };
  const stays = profile.earlierSeasonalStays;
  if (stays.length === 0) return { met: true, detail: `planned stay: ${planned} months, no earlier seasonal stay`, ...none };
  const start = profile.job.startsOn ?? profile.asOf;
  const end = plannedStayEnd(start, planned);
  const room = latestEndWithinCap(stays, start, cap);
  const left = room === null ? 'no room left' : `room until ${room}`;
  const counted = stays.length === 1 ? '1 earlier seasonal stay leaves' : `${stays.length} earlier seasonal stays leave`;
  if (room !== null && !isAfter(end, room)) return { met: true, detail: `planned stay ${start} to ${end}; ${counted} ${left}`, ...none };
  if (profile.job.startsOn === undefined) {
    return { met: null, detail: `from ${start}, ${counted} ${left}; a later start may leave more`, missingFacts: ['job.startsOn'], ...none };
  }
  return { met: false, detail: `planned stay ${start} to ${end}, but ${counted} ${left}`, ...none };
}
