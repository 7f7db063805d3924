/**
 * French and German versions of texts shared by several procedures.
 */
import type { Catalog } from "./types";

/**
 * Texts shared by several procedures, keyed by their English wording.
 *
 * @example
 * ```ts
 * commonCatalog["The residence permit was refused."];
 * ```
 */
export const commonCatalog: Catalog = {};
