/**
 * All procedures: the registry and each procedure's public pieces.
 */
export { procedures, getProcedure, listProcedures } from './registry';
export * from './seasonal-worker';
