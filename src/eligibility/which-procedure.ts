/**
 * `whichProcedure`: which of the modelled procedures apply to a person, which
 * do not, and whether the person needs no permit at all, each with reasons
 * and the sentences of the pages behind them.
 */
import { DateOutOfRangeError, maxDate, type IsoDate } from '../calendar';
import type { ProcedureId } from '../case/types';
import { fail, fromZodError, ok, PermitLifecycleError, type Result } from '../errors';
import type { SourceRef } from '../law';
import { getProcedure } from '../../machines/registry';
import { euFamilyInLuxembourgSource, euFamilyOutsideLuxembourgText, euFamilyRelationsAssumption, euFamilyResidenceAssumption, isFamilyOfEuCitizenInLuxembourg } from './eu-family';
import { profileSchema, type Profile, type ProfileInput } from './profile';
import { eligibilityProcedures, eligibilityRules, studentJobExemptionSource, thirdCountryOnlySource } from './rules';
import type { EligibilityReason, EligibilityResult, EligibilityRule, ProcedureVerdict } from './types';
import { refusedArguments } from '../guard';

const euNationalAssumption =
  'The pages impose these permits on third-country nationals only; that EU, EEA and Swiss nationals need none of them follows from free movement, which the pages do not describe.';

const euFamilyAssumption = `${euFamilyRelationsAssumption} The note speaks of any paid activity, so it is applied to all five procedures.`;

type Verdict = 'applies' | 'doesNotApply' | 'undetermined';

function reasonOf(rule: EligibilityRule, profile: Profile): EligibilityReason & { availableFrom: string | null } {
  const found = rule.check(profile);
  return {
    rule: rule.id,
    met: found.met,
    missingFacts: found.met === null ? (found.missingFacts ?? []) : [],
    text: found.detail ? `${rule.condition}: ${found.detail}` : rule.condition,
    source: found.source ?? rule.source,
    assumption: rule.assumption ?? null,
    availableFrom: found.availableFrom,
  };
}

/**
 * A procedure applies when every condition is met, does not when one is not
 * met (whatever the others), and is undetermined when none is unmet but some
 * cannot be decided: an unknown fact is never read as a "no".
 */
function verdictOn(procedure: ProcedureId, profile: Profile): { kind: Verdict; verdict: ProcedureVerdict } {
  const evaluated = eligibilityRules[procedure].map((rule) => reasonOf(rule, profile));
  const unmet = evaluated.filter((reason) => reason.met === false);
  const unknown = evaluated.filter((reason) => reason.met === null);
  const kind: Verdict = unmet.length > 0 ? 'doesNotApply' : unknown.length > 0 ? 'undetermined' : 'applies';
  const waits = unmet.map((reason) => reason.availableFrom);
  const onlyWaiting = unmet.length > 0 && waits.every((date): date is IsoDate => date !== null);
  const registered = getProcedure(procedure);
  const listed = { applies: evaluated, doesNotApply: unmet, undetermined: unknown }[kind];
  return {
    kind,
    verdict: {
      procedure,
      title: registered?.title ?? eligibilityProcedures[procedure].title,
      seed: eligibilityProcedures[procedure].seed,
      modelled: registered !== undefined,
      reasons: listed.map(({ availableFrom: _from, ...reason }) => reason),
      availableFrom: onlyWaiting ? maxDate(...(waits as IsoDate[])) : null,
      missingFacts: kind === 'undetermined' ? [...new Set(unknown.flatMap((reason) => reason.missingFacts))] : [],
    },
  };
}

function noPermitReasons(profile: Profile): EligibilityReason[] {
  if (profile.nationality === 'euEeaSwiss') {
    return [
      {
        rule: 'noPermit.euEeaSwissNational',
        met: true,
        missingFacts: [],
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
        missingFacts: [],
        text: `A family member (the EU citizen is their ${profile.euFamily?.citizenIs}) of an EU citizen, both residing in Luxembourg, needs no work permit for a paid activity`,
        source: euFamilyInLuxembourgSource,
        assumption: `${euFamilyAssumption} ${euFamilyResidenceAssumption}`,
      },
    ];
  }
  return [];
}

function notDecidedReasons(profile: Profile): EligibilityReason[] {
  const text = profile.nationality === 'thirdCountry' ? euFamilyOutsideLuxembourgText(profile) : null;
  if (text === null) return [];
  return [{ rule: 'notDecided.familyOfEuCitizenLivingOutsideLuxembourg', met: true, missingFacts: [], text, source: euFamilyInLuxembourgSource, assumption: euFamilyResidenceAssumption }];
}

function noteOn(asOf: string, verdicts: Record<Verdict, ProcedureVerdict[]>, exempt: boolean, notDecided: boolean): string | null {
  if (verdicts.applies.length > 0 || exempt) return null;
  if (notDecided) return 'The pages do not decide this situation (see the reasons not decided here); ask the Immigration Directorate.';
  if (verdicts.undetermined.length > 0) {
    const facts = [...new Set(verdicts.undetermined.flatMap((verdict) => verdict.missingFacts))].join(', ');
    return `No procedure applies on ${asOf} from what the profile states; state ${facts} to decide ${verdicts.undetermined.map((verdict) => verdict.procedure).join(', ')}.`;
  }
  const waiting = verdicts.doesNotApply.find((verdict) => verdict.availableFrom !== null);
  if (waiting) return `No procedure applies on ${asOf}; ${waiting.procedure} becomes possible from ${waiting.availableFrom}.`;
  return 'None of the modelled pages covers this situation; ask the Immigration Directorate.';
}

/**
 * Which procedures apply to a person. The profile is validated first (a bad
 * one gives `profile.invalid` with the field's path); then every rule of every
 * procedure is checked. Each procedure is in `applies` (every condition met,
 * all listed), in `doesNotApply` (the conditions not met, listed; with
 * `availableFrom` when only a waiting period is missing) or in `undetermined`.
 *
 * A fact a rule needs and the profile leaves out (for the cross-border
 * exemption: the other state's authorisation to stay, living together, the
 * EU citizen's work in Luxembourg) is never assumed, nor is it an error: the
 * rule is undetermined (`met: null`) and names the fields in `missingFacts`,
 * and the procedure is `undetermined` unless another condition already rules
 * it out. So one unknown fact does not hide the answers that do not depend on it.
 *
 * `noPermitNeeded` says when the person needs none of these permits, and why;
 * `notDecidedHere` when their situation is one the pages leave open (a family
 * member of an EU citizen living in Luxembourg who does not live there).
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
  try {
  const parsed = profileSchema.safeParse(profile);
  if (!parsed.success) return fail(fromZodError('profile.invalid', parsed.error, 'profile'));
  const person = parsed.data;
  const verdicts: Record<Verdict, ProcedureVerdict[]> = { applies: [], doesNotApply: [], undetermined: [] };
  try {
    for (const procedure of Object.keys(eligibilityRules) as ProcedureId[]) {
      const { kind, verdict } = verdictOn(procedure, person);
      verdicts[kind].push(verdict);
    }
  } catch (error) {
    if (!DateOutOfRangeError.describes(error)) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    return fail(new PermitLifecycleError('profile.invalid', `the dates that follow from the profile fall outside the years the calendar supports (${reason})`, { path: ['asOf'] }));
  }
  const exemption = noPermitReasons(person);
  const notDecided = notDecidedReasons(person);
  return ok({
    asOf: person.asOf,
    ...verdicts,
    noPermitNeeded: exemption.length > 0 ? { reasons: exemption } : null,
    notDecidedHere: notDecided.length > 0 ? { reasons: notDecided } : null,
    note: noteOn(person.asOf, verdicts, exemption.length > 0, notDecided.length > 0),
  });
  } catch (error) {
    return fail(refusedArguments('whichProcedure', error));
  }
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
  try {
  const rules = Object.values(eligibilityRules).flatMap((list) => list.map((rule) => ({ where: `eligibility rule ${rule.id}`, source: rule.source })));
  return [
    ...rules,
    { where: 'eligibility noPermit.euEeaSwissNational', source: thirdCountryOnlySource },
    { where: 'eligibility noPermit.familyOfEuCitizenInLuxembourg', source: euFamilyInLuxembourgSource },
    { where: 'eligibility notDecided.familyOfEuCitizenLivingOutsideLuxembourg', source: euFamilyInLuxembourgSource },
    { where: 'eligibility student job exemption', source: studentJobExemptionSource },
  ];
  } catch (error) {
    throw refusedArguments('eligibilitySources', error);
  }
}
