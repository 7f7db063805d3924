/**
 * The activities the seasonal page accepts as seasonal, and the five employer
 * grounds on which an authorisation or permit may be revoked: law as data.
 */
import { seasonalWorkerLaw, type SourceRef } from '../../src/law';

const file = '004_b06c98a76d7eb733.txt' as const;

/**
 * The seasonal activities listed on the page, by id.
 *
 * @example
 * ```ts
 * seasonalActivities.harvesting.label; // 'Harvesting (including grape harvesting)'
 * ```
 * @category Procedures
 */
export const seasonalActivities = {
  harvesting: {
    label: 'Harvesting (including grape harvesting)',
    source: { file, section: 'Prerequisites', quote: 'harvesting (incl. grape harvesting, etc.)' },
  },
  packagingHarvestedProducts: {
    label: 'Packaging of harvested products',
    source: { file, section: 'Prerequisites', quote: 'packaging of harvested products' },
  },
  leisureInstruction: {
    label: 'Leisure and holiday instructors and coordinators',
    source: { file, section: 'Prerequisites', quote: 'the activities engaged in by leisure and holiday instructors and coordinators' },
  },
  tourGuiding: {
    label: 'Holiday-tour and tourist guides',
    source: { file, section: 'Prerequisites', quote: 'the activities engaged in by holiday-tour and tourist guides' },
  },
  beachPoolAndCampSiteCare: {
    label: 'Surveillance and maintenance of beaches, outdoor swimming pools and camp sites',
    source: { file, section: 'Prerequisites', quote: 'surveillance and maintenance of beaches, outdoor swimming pools and camp sites' },
  },
  seasonalRetailHotelRestaurant: {
    label: 'Retail stores, hotels and restaurants open only part of the year or with a regular seasonal peak',
    source: { file, section: 'Prerequisites', quote: 'positions in retail stores, hotels and restaurants which are only open at certain times of the year' },
  },
  seasonalAviationAndPassengerTransport: {
    label: 'Aviation and passenger transport companies with a regular seasonal peak',
    source: { file, section: 'Prerequisites', quote: 'jobs in companies involved in aviation and in the transport of passengers' },
  },
} as const satisfies Record<string, { label: string; source: SourceRef }>;

/**
 * Id of a seasonal activity.
 *
 * @example
 * ```ts
 * const activity: SeasonalActivityId = 'harvesting';
 * ```
 * @category Procedures
 */
export type SeasonalActivityId = keyof typeof seasonalActivities;

/**
 * Ids of the seasonal activities, for zod enums.
 *
 * @example
 * ```ts
 * seasonalActivityIds.includes('harvesting'); // true
 * ```
 * @category Procedures
 */
export const seasonalActivityIds = Object.keys(seasonalActivities) as [SeasonalActivityId, ...SeasonalActivityId[]];

/**
 * The employer-related grounds for revoking the authorisation or the permit.
 *
 * @example
 * ```ts
 * revocationGrounds.employerBankruptOrInactive.label;
 * ```
 * @category Procedures
 */
export const revocationGrounds = {
  employerSanctionedForIllegalEmployment: {
    label: 'The employer has been sanctioned for illegal employment or for employing illegally staying third-country nationals',
    source: { file, section: 'Revocation of the temporary authorisation to stay or the residence permit', quote: 'has been sanctioned for illegal employment' },
  },
  employerBankruptOrInactive: {
    label: 'The employer is bankrupt, in compulsory liquidation, or has no business activity',
    source: { file, section: 'Revocation of the temporary authorisation to stay or the residence permit', quote: 'has been declared bankrupt or is in compulsory liquidation, or if they have no business activity' },
  },
  employerFailedSocialSecurityTaxOrLabourObligations: {
    label: 'The employer failed its legal obligations on social security, tax, labour law or working conditions',
    source: { file, section: 'Revocation of the temporary authorisation to stay or the residence permit', quote: 'has failed to fulfil their legal obligations as regards social security, tax, labour law or working conditions' },
  },
  employerFailedLabourLawObligations: {
    label: 'The employer has not fulfilled its obligations under labour law',
    source: { file, section: 'Revocation of the temporary authorisation to stay or the residence permit', quote: 'has not fulfilled their obligations as required by labour law' },
  },
  employerVacatedPositionToCreateJob: {
    label: `The employer vacated a full-time position in the preceding ${seasonalWorkerLaw.seasonalRevocationVacatedPositionLookbackMonths.value} months to create this job`,
    source: { file, section: 'Revocation of the temporary authorisation to stay or the residence permit', quote: 'has vacated a full-time position in the 12 months immediately preceding the application' },
  },
} as const satisfies Record<string, { label: string; source: SourceRef }>;

/**
 * Id of a revocation ground.
 *
 * @example
 * ```ts
 * const ground: RevocationGroundId = 'employerBankruptOrInactive';
 * ```
 * @category Procedures
 */
export type RevocationGroundId = keyof typeof revocationGrounds;

/**
 * Ids of the revocation grounds, for zod enums.
 *
 * @example
 * ```ts
 * revocationGroundIds.length; // 5
 * ```
 * @category Procedures
 */
export const revocationGroundIds = Object.keys(revocationGrounds) as [RevocationGroundId, ...RevocationGroundId[]];
