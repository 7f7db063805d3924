/**
 * `whichProcedure`: which of the modelled procedures apply to a person, which
 * do not, and whether the person needs no permit at all, each with reasons
 * and the sentences of the pages behind them.
 */
import { maxDate } from '../calendar';
import type { ProcedureId } from '../case/types';
import { fail, fromZodError, ok, type Result } from '../errors';
import type { SourceRef } from '../law';
import { getProcedure } from '../../machines/registry';
import { profileSchema, type Profile, type ProfileInput } from './profile';
import {
  eligibilityProcedures,
  eligibilityRules,
  euFamilyInLuxembourgSource,
  isFamilyOfEuCitizenInLuxembourg,
  studentJobExemptionSource,
  thirdCountryOnlySource,
} from './rules';
import type { EligibilityReason, EligibilityResult, EligibilityRule, ProcedureVerdict } from './types';

const euNationalAssumption =
  'The pages impose these permits on third-country nationals only; that EU, EEA and Swiss nationals need none of them follows from free movement, which the pages do not describe.';

const euFamilyAssumption =
  'The page names no relations; spouse, registered partner, parent and child count as family members. The note speaks of any paid activity, so it is applied to all five procedures.';

function reasonOf(rule: EligibilityRule, profile: Profile): EligibilityReason & { availableFrom: string | null } {
  const found = rule.check(profile);
  return {
    rule: rule.id,
    met: found.met,
    text: found.detail ? `${rule.condition}: ${found.detail}` : rule.condition,
    source: found.source ?? rule.source,
    assumption: rule.assumption ?? null,
    availableFrom: found.availableFrom,
  };
}

function verdictOn(procedure: ProcedureId, profile: Profile): { applies: boolean; verdict: ProcedureVerdict } {
  const evaluated = eligibilityRules[procedure].map((rule) => reasonOf(rule, profile));
  const unmet = evaluated.filter((reason) => !reason.met);
  const waits = unmet.map((reason) => reason.availableFrom);
  const onlyWaiting = unmet.length > 0 && waits.every((date): date is string => date !== null);
  const registered = getProcedure(procedure);
  const shown = (unmet.length === 0 ? evaluated : unmet).map(({ availableFrom: _from, ...reason }) => reason);
  return {
    applies: unmet.length === 0,
    verdict: {
      procedure,
      title: registered?.title ?? eligibilityProcedures[procedure].title,
      seed: eligibilityProcedures[procedure].seed,
      modelled: registered !== undefined,
      reasons: shown,
      availableFrom: onlyWaiting ? maxDate(...(waits as string[])) : null,
    },
  };
}

function noPermitReasons(profile: Profile): EligibilityReason[] {
  if (profile.nationality === 'euEeaSwiss') {
    return [
      {
        rule: 'noPermit.euEeaSwissNational',
        met: true,
        text: 'EU, EEA (Iceland, Liechtenstein, Norway) and Swiss nationals need none of these permits',
        source: thirdCountryOnlySource,
        assumption: euNationalAssumption,
      },
    ];
  }
  if (isFamilyOfEuCitizenInLuxembourg(profile)) {
    return [
      {
        rule: 'noPermit.familyOfEuCitizenInLuxembourg',
        met: true,
        text: `A family member (the EU citizen is their ${profile.euFamily?.citizenIs}) of an EU citizen residing in Luxembourg needs no work permit for a paid activity`,
        source: euFamilyInLuxembourgSource,
        assumption: euFamilyAssumption,
      },
    ];
  }
  return [];
}

/**
 * Which procedures apply to a person. The profile is validated first (a bad
 * one gives `profile.invalid` with the field's path); then every rule of every
 * procedure is checked. Each procedure is in `applies` (every condition met,
 * all listed) or in `doesNotApply` (the conditions not met, listed; with
 * `availableFrom` when only a waiting period is missing). `noPermitNeeded`
 * says when the person needs none of these permits, and why.
 *
 * @example
 * ```ts
 * const answer = whichProcedure({
 *   asOf: '2026-03-01', nationality: 'thirdCountry', livesIn: 'thirdCountry',
 *   job: { seasonal: true, activity: 'harvesting', plannedMonths: 4 },
 * });
 * if (answer.ok) answer.value.applies.map((verdict) => verdict.procedure); // ['seasonalWorker']
 * ```
 * @category Eligibility
 */
export function whichProcedure(profile: ProfileInput): Result<EligibilityResult> {
  const parsed = profileSchema.safeParse(profile);
  if (!parsed.success) return fail(fromZodError('profile.invalid', parsed.error, 'profile'));
  const person = parsed.data;
  const applies: ProcedureVerdict[] = [];
  const doesNotApply: ProcedureVerdict[] = [];
  for (const procedure of Object.keys(eligibilityRules) as ProcedureId[]) {
    const { applies: yes, verdict } = verdictOn(procedure, person);
    (yes ? applies : doesNotApply).push(verdict);
  }
  const exemption = noPermitReasons(person);
  const waiting = doesNotApply.find((verdict) => verdict.availableFrom !== null);
  const note =
    applies.length > 0 || exemption.length > 0
      ? null
      : waiting
        ? `No procedure applies on ${person.asOf}; ${waiting.procedure} becomes possible from ${waiting.availableFrom}.`
        : 'None of the modelled pages covers this situation; ask the Immigration Directorate.';
  return ok({ asOf: person.asOf, applies, doesNotApply, noPermitNeeded: exemption.length > 0 ? { reasons: exemption } : null, note });
}

/**
 * Every source the eligibility rules cite, with where it is used (for the
 * test that checks each quote against its page).
 *
 * @example
 * ```ts
 * eligibilitySources().every((entry) => entry.source.quote.length > 0); // true
 * ```
 * @category Eligibility
 */
export function eligibilitySources(): { where: string; source: SourceRef }[] {
  const rules = Object.values(eligibilityRules).flatMap((list) => list.map((rule) => ({ where: `eligibility rule ${rule.id}`, source: rule.source })));
  return [
    ...rules,
    { where: 'eligibility noPermit.euEeaSwissNational', source: thirdCountryOnlySource },
    { where: 'eligibility noPermit.familyOfEuCitizenInLuxembourg', source: euFamilyInLuxembourgSource },
    { where: 'eligibility student job exemption', source: studentJobExemptionSource },
  ];
}
