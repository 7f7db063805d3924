/**
 * Model-based testing for procedure machines: walk the graph with
 * `xstate/graph`, generate paths (shortest to each state, one through each
 * transition), replay them through the case API with invariant checks, and
 * report state and transition coverage.
 *
 * @module permit-lifecycles/testing
 */
export { WALK_START_DATE, nodeKey, walkProcedure, type ProcedureWalk, type WalkEdge, type WalkGraph } from './walk';
export { generatePaths, reachedStates, type TestPath } from './paths';
export { checkCaseInvariants, checkInvariantsWithoutReplay, replayPath, type PathReplay } from './replay';
export { deadlineAgreementProblems, lostBreaches } from './agreement';
export { coverageOf, formatCoverage, type CoverageReport } from './coverage';
export { clockVariants, notBefore, sameDay } from './variants';
export { testProcedure, type ProcedureTestRun } from './run';
