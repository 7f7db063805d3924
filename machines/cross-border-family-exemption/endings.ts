/**
 * What ends a granted cross-border family exemption. The page gives no end:
 * each ending is the loss of one of the conditions it lists (or of the job the
 * application was made for), and says so in its assumption.
 */
import type { SourceRef } from '../../src/law';

const file = '003_07cc08630c496fa1.txt' as const;
const whoIsConcerned = 'Who is concerned';

/**
 * The endings of the exemption, by id, with the event that reports each.
 *
 * @example
 * ```ts
 * crossBorderExemptionEndings.euCitizenEmploymentEnded.event; // 'euCitizenEmployment.ended'
 * ```
 * @category Procedures
 */
export const crossBorderExemptionEndings = {
  euCitizenEmploymentEnded: {
    event: 'euCitizenEmployment.ended',
    label: 'The spouse, registered partner or parent no longer works in Luxembourg',
    source: { file, section: whoIsConcerned, quote: 'their spouse, registered partner or parent already works in Luxembourg' },
    assumption: 'The page makes this a condition of the exemption but does not say what happens when it stops holding; the exemption is assumed to end with it.',
  },
  familyRelationshipEnded: {
    event: 'familyRelationship.ended',
    label: 'The marriage or registered partnership has ended',
    source: { file, section: whoIsConcerned, quote: 'with their spouse, registered partner or parent (or parents) who is a citizen of an EU Member State' },
    assumption: 'The page makes the family relationship a condition but does not say what a divorce or dissolution does; the exemption is assumed to end with it.',
  },
  familyMovedToLuxembourg: {
    event: 'family.movedToLuxembourg',
    label: 'The person no longer lives in another member state: the family has moved to Luxembourg',
    source: { file, section: whoIsConcerned, quote: 'they are legally resident in another EU Member State or a country treated as such' },
    assumption: 'The exemption is for people living in another member state; the page does not say which procedure applies after a move to Luxembourg, so the case only ends here.',
  },
  memberStateResidenceEnded: {
    event: 'memberStateResidence.ended',
    label: 'The legal residence in the other member state has ended',
    source: { file, section: whoIsConcerned, quote: 'they are legally resident in another EU Member State or a country treated as such' },
    assumption: 'Legal residence in another member state is a condition of the page; its end is assumed to end the exemption.',
  },
  employmentEnded: {
    event: 'employment.ended',
    label: 'The employment the exemption was applied for has ended',
    source: { file, section: 'Application for a work permit exemption', quote: 'a copy of the employment contract compliant with Luxembourg labour law' },
    assumption: 'The application is examined with one employment contract and the page says nothing about a change of job; the library assumes a new job needs a new application, so the case ends with the employment.',
  },
} as const satisfies Record<string, { event: string; label: string; source: SourceRef; assumption: string }>;

/**
 * Id of an ending of the exemption.
 *
 * @example
 * ```ts
 * const ending: CrossBorderExemptionEndingId = 'familyMovedToLuxembourg';
 * ```
 * @category Procedures
 */
export type CrossBorderExemptionEndingId = keyof typeof crossBorderExemptionEndings;

/**
 * The event types that end a granted exemption.
 *
 * @example
 * ```ts
 * type Ending = CrossBorderExemptionEndingEvent; // 'euCitizenEmployment.ended' | ...
 * ```
 * @category Procedures
 */
export type CrossBorderExemptionEndingEvent = (typeof crossBorderExemptionEndings)[CrossBorderExemptionEndingId]['event'];

/**
 * The ending reported by an event type, or `null` for other events.
 *
 * @example
 * ```ts
 * endingOfEvent('family.movedToLuxembourg'); // 'familyMovedToLuxembourg'
 * ```
 * @category Procedures
 */
export function endingOfEvent(type: string): CrossBorderExemptionEndingId | null {
  for (const [id, ending] of Object.entries(crossBorderExemptionEndings)) {
    if (ending.event === type) return id as CrossBorderExemptionEndingId;
  }
  return null;
}
