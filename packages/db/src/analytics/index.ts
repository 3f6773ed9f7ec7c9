export type { RespondentFilter } from './contributions.js';
export { outcomeExamples } from './examples.js';
export type { Measures } from './measures.js';
export {
  type AnalyticsCell,
  type LiveQuery,
  liveCells,
  type RollupQuery,
  rollupCallYears,
  rollupCells,
} from './read.js';
export {
  ensureOutcomeRollupCurrent,
  everyOrganisationScope,
  measuresVersion,
  rebuildOutcomeRollup,
  withOutcomeRollup,
} from './rollup.js';
