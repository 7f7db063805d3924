/**
 * Reference data shipped with the package: ISCO-08 minor groups.
 *
 * @module
 */
export { isco08MinorGroups, type Isco08Code } from './isco08';
export { iscoCodeSchema, isIscoCode, iscoTitle, validateIscoCode, unknownIscoCodeMessage, MALFORMED_ISCO_CODE_MESSAGE } from './isco';
