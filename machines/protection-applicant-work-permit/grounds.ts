/**
 * The two grounds on which an AOT is withdrawn, and the reasons a held AOT
 * stops being valid: law as data, with their sources.
 */
import type { SourceRef } from '../../src/law';

const file = '000_8062ab018996c2b5.txt' as const;
const section = 'Permit validity and renewal';

/**
 * The grounds for withdrawing a temporary work permit, by id.
 *
 * @example
 * ```ts
 * protectionWithdrawalGrounds.fraud.label;
 * ```
 * @category Procedures
 */
export const protectionWithdrawalGrounds = {
  differentProfession: {
    label: 'The holder works in a different profession from the one authorised',
    source: { file, section, quote: 'if the beneficiary works in a different profession to that authorised' },
  },
  fraud: {
    label: 'The permit was obtained by dishonest practices or incorrect declarations',
    source: { file, section, quote: 'if the beneficiary fraudulently resorted to dishonest practices or incorrect declarations to obtain it' },
  },
} as const satisfies Record<string, { label: string; source: SourceRef }>;

/**
 * Id of a withdrawal ground.
 *
 * @example
 * ```ts
 * const ground: ProtectionWithdrawalGroundId = 'differentProfession';
 * ```
 * @category Procedures
 */
export type ProtectionWithdrawalGroundId = keyof typeof protectionWithdrawalGrounds;

/**
 * Ids of the withdrawal grounds, for zod enums.
 *
 * @example
 * ```ts
 * protectionWithdrawalGroundIds; // ['differentProfession', 'fraud']
 * ```
 * @category Procedures
 */
export const protectionWithdrawalGroundIds = Object.keys(protectionWithdrawalGrounds) as [ProtectionWithdrawalGroundId, ...ProtectionWithdrawalGroundId[]];

/**
 * Why a granted AOT stopped being valid, by id.
 *
 * @example
 * ```ts
 * protectionAotEndings.expired.label; // 'The permit expired'
 * ```
 * @category Procedures
 */
export const protectionAotEndings = {
  expired: { label: 'The permit expired', source: { file, section, quote: 'when it expires' } },
  employmentEnded: {
    label: 'One of the parties ended the working relationship',
    source: { file, section, quote: 'when one of the parties to the employment contract ends the working relationship' },
  },
  protectionApplicationClosed: {
    label: 'The application for international protection was definitively rejected or cancelled',
    source: { file, section, quote: 'when the application for international protection is definitively rejected or cancelled' },
  },
  withdrawn: { label: 'The permit was withdrawn', source: { file, section, quote: 'A temporary work permit will be withdrawn' } },
  protectionGranted: {
    label: 'International protection was granted: the person is no longer an applicant',
    source: { file: '000_8062ab018996c2b5.txt', section: 'Who is concerned', quote: 'whose application for international protection is therefore still being processed' },
  },
} as const satisfies Record<string, { label: string; source: SourceRef }>;

/**
 * Id of a reason an AOT stopped being valid.
 *
 * @example
 * ```ts
 * const ending: ProtectionAotEndingId = 'expired';
 * ```
 * @category Procedures
 */
export type ProtectionAotEndingId = keyof typeof protectionAotEndings;
