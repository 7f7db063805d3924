/**
 * All procedures: the registry and each procedure's public pieces.
 */
export { procedures, getProcedure, listProcedures } from './registry';
export * from './seasonal-worker';
export * from './salaried-worker';
export * from './ancillary-work-permit';
export * from './cross-border-family-exemption';
export * from './protection-applicant-work-permit';
