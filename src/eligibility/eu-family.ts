/**
 * The family of an EU citizen who lives in Luxembourg: whom the note of the
 * ancillary page exempts from a work permit, and whom it does not reach.
 */
import type { SourceRef } from '../law';
import type { Profile } from './profile';
import { refusedArguments } from '../guard';

const familyRelations = new Set(['spouse', 'registeredPartner', 'parent', 'child']);

/**
 * The note of the ancillary page that family members of an EU citizen resident
 * in Luxembourg need no work permit.
 *
 * @example
 * ```ts
 * euFamilyInLuxembourgSource.file; // '002_023e4c502a131ddc.txt'
 * ```
 */
export const euFamilyInLuxembourgSource: SourceRef = {
  file: '002_023e4c502a131ddc.txt',
  section: 'Who is concerned?',
  quote: 'family members of an EU citizen (or of a national of a country treated as such) resident in Luxembourg do not need a work permit',
};

/**
 * What is assumed about who counts as a family member for the note.
 *
 * @example
 * ```ts
 * euFamilyRelationsAssumption.startsWith('The page names no relations'); // true
 * ```
 */
export const euFamilyRelationsAssumption =
  'The page names no relations; spouse, registered partner, parent and child count as family members, other relatives do not.';

/**
 * What is assumed about where the family member must live for the note.
 *
 * @example
 * ```ts
 * euFamilyResidenceAssumption.includes('reside in Luxembourg themselves'); // true
 * ```
 */
export const euFamilyResidenceAssumption =
  '"Resident in Luxembourg" is read as covering family members who reside in Luxembourg themselves, not those who live in another country while the EU citizen lives in Luxembourg; for them the pages give no answer.';

/**
 * Whether the person's EU/EEA/Swiss relative (spouse, registered partner,
 * parent or child) lives in Luxembourg, wherever the person lives.
 *
 * @example
 * ```ts
 * hasEuFamilyLivingInLuxembourg(profile); // true for the spouse of a French citizen living in Luxembourg
 * ```
 */
export function hasEuFamilyLivingInLuxembourg(profile: Profile): boolean {
  return profile.euFamily !== undefined && familyRelations.has(profile.euFamily.citizenIs) && profile.euFamily.citizenLivesIn === 'luxembourg';
}

/**
 * Whether the note of the ancillary page exempts the person: a family member
 * of an EU/EEA/Swiss citizen who lives in Luxembourg, the person residing in
 * Luxembourg too (the reading the answers record as an assumption).
 *
 * @example
 * ```ts
 * isFamilyOfEuCitizenInLuxembourg({ ...profile, livesIn: 'otherMemberState' }); // false: the note does not reach them
 * ```
 * @category Eligibility
 */
export function isFamilyOfEuCitizenInLuxembourg(profile: Profile): boolean {
  try {
  return hasEuFamilyLivingInLuxembourg(profile) && profile.livesIn === 'luxembourg';
  } catch (error) {
    throw refusedArguments('isFamilyOfEuCitizenInLuxembourg', error);
  }
}

/**
 * Whether the person will be covered by the note once they live in
 * Luxembourg: they live there, or intend to, with their EU relative there.
 * The other procedures are not the route for them.
 *
 * @example
 * ```ts
 * joinsEuFamilyInLuxembourg({ ...profile, livesIn: 'thirdCountry', willLiveInLuxembourg: true }); // true
 * ```
 */
export function joinsEuFamilyInLuxembourg(profile: Profile): boolean {
  return hasEuFamilyLivingInLuxembourg(profile) && (profile.livesIn === 'luxembourg' || profile.willLiveInLuxembourg);
}

/**
 * For a family member of an EU citizen living in Luxembourg who does not live
 * there: why the note does not decide their case (`null` for anyone else).
 *
 * @example
 * ```ts
 * euFamilyOutsideLuxembourgText({ ...profile, livesIn: 'otherMemberState', willLiveInLuxembourg: false });
 * // 'A family member (the EU citizen is their spouse) of an EU citizen living in Luxembourg lives in another member state: ...'
 * ```
 */
export function euFamilyOutsideLuxembourgText(profile: Profile): string | null {
  if (!hasEuFamilyLivingInLuxembourg(profile) || profile.livesIn === 'luxembourg') return null;
  const where = profile.livesIn === 'otherMemberState' ? 'another member state' : 'a third country';
  const who = `A family member (the EU citizen is their ${profile.euFamily!.citizenIs}) of an EU citizen living in Luxembourg lives in ${where}`;
  return profile.willLiveInLuxembourg
    ? `${who}: the note exempts family members residing in Luxembourg from a work permit, and the pages do not describe how the family member comes to live there, so they do not decide what applies before then`
    : `${who} and will not live in Luxembourg: the note exempts only family members residing in Luxembourg, and the cross-border exemption only families living together in another member state, so the pages do not decide whether this person needs a work permit`;
}
