/**
 * The name and version of this library, recorded in every snapshot it writes
 * (`writtenBy`) so that a stored case says which release produced it.
 */

/**
 * The package name.
 *
 * @example
 * ```ts
 * LIBRARY_NAME; // 'permit-lifecycles'
 * ```
 * @category Case API
 */
export const LIBRARY_NAME = 'permit-lifecycles';

/**
 * The package version; a test keeps it equal to `package.json`.
 *
 * @example
 * ```ts
 * console.log(`${LIBRARY_NAME}@${LIBRARY_VERSION}`);
 * ```
 * @category Case API
 */
export const LIBRARY_VERSION = '0.2.0';
