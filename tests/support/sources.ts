/** The source collector now lives in `src/trace/sources.ts`; the quote test and the traceability report share it. */
export { allSourceRefs } from '../../src/trace/sources';
