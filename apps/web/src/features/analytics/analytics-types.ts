import type { RouterOutputs } from '@mobilis/api';
import type { Guarded, ItemSummary } from '@mobilis/schema';

export type Overview = RouterOutputs['analytics']['overview'];
export type OverviewItem = Overview['items'][number];
export type OutcomeDetail = RouterOutputs['analytics']['outcome'];
export type Comparison = RouterOutputs['analytics']['compare'];

/** The three surveys of a mobility, in the order they are sent. */
export const surveys = [
  { key: 'baseline', label: 'Baseline' },
  { key: 'end', label: 'End of mobility' },
  { key: 'followUp', label: 'Follow-up' },
] as const;

/** One figure of a group's summary, e.g. its change from baseline to end; withheld or absent when the group is. */
export function figureOf<K extends keyof ItemSummary>(
  summary: Guarded<ItemSummary>,
  key: K,
): ItemSummary[K] | 'suppressed' | null {
  return summary === null || summary === 'suppressed' ? summary : summary[key];
}
