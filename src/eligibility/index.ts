/**
 * Eligibility: which procedure applies to a person, with reasons and sources.
 *
 * @module
 */
export { profileJsonSchema, profileSchema, type Profile, type ProfileInput } from './profile';
export { isFamilyOfEuCitizenInLuxembourg } from './eu-family';
export { eligibilityProcedures, eligibilityRules } from './rules';
export type { EligibilityReason, EligibilityResult, EligibilityRule, ProcedureVerdict, RuleOutcome } from './types';
export { eligibilitySources, whichProcedure } from './which-procedure';
