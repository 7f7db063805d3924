/**
 * Status notices of the AOT procedure: what the permit does not give, the
 * social-aid check, and the automatic end of the employment contract.
 */
import type { IsoDate } from '../../src/calendar';
import type { CaseContext, Notice } from '../../src/case/types';
import type { ProtectionApplicantWorkPermitContext } from './context';
import { protectionWithdrawalGrounds } from './grounds';

const file = '000_8062ab018996c2b5.txt' as const;
const intro = 'Work for applicants for international protection';

/**
 * Notices for an AOT case on a given day.
 *
 * @example
 * ```ts
 * protectionApplicantWorkPermitNotices(someCase.context, '2026-09-01');
 * ```
 * @category Procedures
 */
export function protectionApplicantWorkPermitNotices(base: CaseContext, _at: IsoDate): Notice[] {
  const context = base as ProtectionApplicantWorkPermitContext;
  const notices: Notice[] = [];
  if (context.validity !== null && context.ending === null) {
    notices.push({
      code: 'noResidencePermit',
      message: 'The AOT does not entitle the holder to a residence permit, or to the payment of full unemployment benefits.',
      source: { file, section: intro, quote: 'The granting of an AOT does not entitle the holder to a residence permit, or to the payment of full unemployment benefits' },
    });
    notices.push({
      code: 'socialAidCheck',
      message: 'Now that the AOT has been granted, the National Reception Office (ONA) checks the right to the social aid reserved for applicants for international protection.',
      source: { file, section: intro, quote: 'is checked by the National Reception Office (Office national de l’accueil - ONA) when the AOT has been granted' },
    });
  }
  if (context.withdrawal) {
    notices.push({
      code: 'permitWithdrawn',
      message: `The permit was withdrawn on ${context.withdrawal.on}: ${protectionWithdrawalGrounds[context.withdrawal.ground].label.toLowerCase()}.`,
      source: protectionWithdrawalGrounds[context.withdrawal.ground].source,
    });
  }
  if (context.contractTerminatedOn) {
    notices.push({
      code: 'contractTerminated',
      message: `The employment contract was terminated automatically on ${context.contractTerminatedOn}, when the permit ${context.withdrawal ? 'was withdrawn' : 'expired'}.`,
      source: { file, section: 'Permit validity and renewal', quote: "The applicant's employment contract will be terminated automatically when the temporary work permit expires or is withdrawn" },
    });
  }
  return notices;
}
